// bench/hardening: the service under abuse, measured side by side in one run against a real server
// process (npm start's code, embedded PostgreSQL in a temp dir):
//  1. /health/live latency idle, during the abusive request (250 aliases × one 10,000-situatie
//     variable, anonymous) and during a maximal allowed request (10,000 situaties, every field);
//  2. how fast the abusive request is refused;
//  3. the server's RSS before and after 10 × 20 MB bodies (just over the limit → 413, and just under
//     it → parsed on a worker and refused as bad input).
// Run: npm run bench:hardening [-- rounds]   (repeats the latency rounds, prints min/median)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ALLE_VELDEN, bulkBody, situaties } from '../test/server/maximaal-verzoek';

const RONDES = Number(process.argv[2] ?? 3);
const root = path.join(__dirname, '..');
const tsNode = require.resolve('ts-node/register/transpile-only');

function start(): Promise<{ kind: ChildProcess; url: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-bench-'));
  fs.chmodSync(dir, 0o755);
  const kind = spawn(process.execPath, ['-r', tsNode, path.join(root, 'src', 'main.ts')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEERPLICHT_DATA_DIR: dir, LEERPLICHT_API_KEYS: '', LOG_LEVEL: 'warn', LEERPLICHT_RATE_PUBLIC_PER_MIN: '0', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, nietOk) => {
    let uit = '';
    kind.stdout!.on('data', (d) => { uit += d; const m = /(?:127\.0\.0\.1|localhost):(\d+)/.exec(uit); if (m) ok({ kind, url: `http://127.0.0.1:${m[1]}`, dir }); });
    kind.on('exit', (c) => nietOk(new Error(`server exited ${c}`)));
  });
}

function stuur(url: string, body: string | Buffer): Promise<{ status: number; bytes: number; ms: number; kop: string }> {
  const t = performance.now();
  return new Promise((ok, nietOk) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      let bytes = 0; let kop = '';
      res.on('data', (d: Buffer) => { bytes += d.length; if (kop.length < 200) kop += d.toString('utf8', 0, 200); });
      res.on('end', () => ok({ status: res.statusCode!, bytes, ms: performance.now() - t, kop: kop.slice(0, 160) }));
    });
    req.on('error', (e) => ok({ status: 0, bytes: 0, ms: performance.now() - t, kop: String(e) })); // a 413 may close the socket mid-upload
    req.end(body);
    void nietOk;
  });
}

/** polls /health/live every 20 ms while `werk` runs; latencies in ms */
async function peil(url: string, werk: () => Promise<unknown>): Promise<number[]> {
  const tijden: number[] = [];
  let stop = false;
  const lus = (async () => {
    for (let i = 0; i < 5; i++) await (await fetch(`${url}/health/live`)).text();
    while (!stop) {
      const t = performance.now();
      await (await fetch(`${url}/health/live`)).text();
      tijden.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await new Promise((r) => setTimeout(r, 300));
  await werk();
  stop = true;
  await lus;
  return tijden;
}

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: s[Math.floor(s.length / 2)], p99: s[Math.floor(s.length * 0.99)], max: s.at(-1)! };
};
const f = (x: number) => x.toFixed(1).padStart(7);
const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function main(): Promise<void> {
  const { kind, url, dir } = await start();
  try {
    const abusief = JSON.stringify({ query: `query($s: [SituatieInput!]!) { ${Array.from({ length: 250 }, (_, i) => `a${i}: beoordelingen(situaties: $s, peildatum: "2024-03-15") { leeftijd leerplicht { status } }`).join(' ')} }`, variables: { s: situaties(10_000, false) } });
    const maximaal = bulkBody(situaties(10_000), ALLE_VELDEN);
    console.log(`abusive request ${(abusief.length / 1024).toFixed(0)} KB; maximal allowed request ${(maximaal.length / 1e6).toFixed(1)} MB; ${RONDES} rounds; load: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
    await stuur(`${url}/graphql`, bulkBody(situaties(500), 'leeftijd')); // warm the workers
    const rijen: Record<string, number[][]> = { idle: [], abusive: [], maximal: [] };
    const weigering: number[] = [];
    const maxDuur: number[] = [];
    for (let r = 0; r < RONDES; r++) {
      rijen.idle.push(Object.values(stat(await peil(url, () => new Promise((ok) => setTimeout(ok, 3000))))).slice(1));
      let a = { status: 0, ms: 0, kop: '' };
      rijen.abusive.push(Object.values(stat(await peil(url, async () => { for (let i = 0; i < 10; i++) { a = await stuur(`${url}/graphql`, abusief); weigering.push(a.ms); } }))).slice(1));
      let m = { status: 0, ms: 0, bytes: 0 };
      rijen.maximal.push(Object.values(stat(await peil(url, async () => { m = await stuur(`${url}/graphql`, maximaal); maxDuur.push(m.ms); }))).slice(1));
      console.log(`round ${r + 1}: abusive → ${a.status} ${a.kop.slice(0, 110)}…; maximal → ${m.status}, ${(m.bytes / 1e6).toFixed(0)} MB in ${(m.ms / 1000).toFixed(1)} s`);
    }
    const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    console.log('\n/health/live latency (ms), min / median over rounds       p50              p99              max');
    for (const [naam, r] of Object.entries(rijen)) {
      const kol = (k: number) => `${f(Math.min(...r.map((x) => x[k])))} /${f(med(r.map((x) => x[k])))}`;
      console.log(`  ${naam.padEnd(52)} ${kol(0)}  ${kol(1)}  ${kol(2)}`);
    }
    const idleP50 = med(rijen.idle.map((x) => x[0]));
    console.log(`  ratio p50 during maximal / idle: ${(med(rijen.maximal.map((x) => x[0])) / idleP50).toFixed(2)}×; during abusive / idle: ${(med(rijen.abusive.map((x) => x[0])) / idleP50).toFixed(2)}×`);
    console.log(`abusive request refused in min ${Math.min(...weigering).toFixed(0)} ms / median ${med(weigering).toFixed(0)} ms (${weigering.length} requests); maximal allowed request min ${(Math.min(...maxDuur) / 1000).toFixed(1)} s / median ${(med(maxDuur) / 1000).toFixed(1)} s`);

    const voor = rss(kind.pid!);
    const groot = (n: number) => Buffer.alloc(n, 0x20);
    const statussen: number[] = [];
    for (let i = 0; i < 10; i++) statussen.push((await stuur(`${url}/graphql`, groot(20 * 1024 * 1024 + 1))).status);
    const naOver = rss(kind.pid!);
    const onder = Buffer.concat([Buffer.from('{"query":"{ __typename }","x":"'), Buffer.alloc(20 * 1024 * 1024 - 64, 0x61), Buffer.from('"}')]);
    for (let i = 0; i < 10; i++) statussen.push((await stuur(`${url}/graphql`, onder)).status);
    const naOnder = rss(kind.pid!);
    console.log(`server RSS: ${voor.toFixed(0)} MB before; ${naOver.toFixed(0)} MB after 10 × 20 MB + 1 byte (answers ${statussen.slice(0, 10).join(',')}); ${naOnder.toFixed(0)} MB after 10 × 20 MB − 32 bytes (answers ${statussen.slice(10).join(',')})`);
  } finally {
    kind.kill('SIGTERM');
    await new Promise((r) => kind.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
