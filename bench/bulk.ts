// bench/bulk: the same generated situaties (the realistic mix of bench/situaties.ts) through every
// bulk path, side by side in one run, at each size of BULK_N (default 10k, 100k, 1M):
//   engine     in-process, one thread: maakVraag → evalueer → leerplicht (the engine alone)
//   regels     in-process, one thread: the bulk line work (JSON.parse, check, evaluate, velden, JSON)
//   CLI        `node src/cli/beoordeel.ts` spawned, file on stdin, stdout to a file; all cores
//   HTTP       POST /bulk/beoordelingen on the real server (src/main.ts, embedded PostgreSQL), streamed
//   GraphQL    beoordelingen over HTTP on a second server process, 10,000 per request, one request per core at a time
// Rates, ratios against the one-thread engine, ms per 1,000 situaties (growth must be linear) and
// the peak RSS (VmHWM) of the CLI and server processes. BULK_VELDEN picks the velden (default: the
// leerplicht fields the old bench selected, no uitleg); BULK_GRAPHQL=0 skips GraphQL at sizes > 100k.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { maakVraag } from '../src/api/vraag';
import { Beoordelaar } from '../src/bulk/beoordelaar';
import { leesOpdracht } from '../src/bulk/opdracht';
import { evalueer } from '../src/engine/evaluatie';
import { leerplicht } from '../src/engine/leerplicht';
import { laadRegelset } from '../src/engine/regelset';
import { maakSituaties as bulkMix, PEILDATUM } from './situaties';

const MATEN = (process.env.BULK_N ?? process.env.N ?? '10000,100000,1000000').split(',').map(Number);

const VELDEN = process.env.BULK_VELDEN ?? 'leerplicht.status,leerplicht.leerplichtigVanaf,leerplicht.leerplichtigTot,leerplicht.eindgrond,leerplicht.kwalificatieplichtigVanaf,leerplicht.kwalificatieplichtigTot,leerplicht.absoluutVerzuim';
const PER_VERZOEK = 10_000;
const HERHAAL = Number(process.env.BULK_HERHAAL ?? 3);
const CORES = os.availableParallelism?.() ?? os.cpus().length;
const WORTEL = path.join(__dirname, '..');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-bulk-'));
fs.chmodSync(TMP, 0o755); // the embedded PostgreSQL's OS user must traverse it
const regelset = laadRegelset();

/** the GraphQL selection equal to VELDEN's paths */
function selectie(paden: string[]): string {
  const boom = new Map<string, Map<string, unknown>>();
  for (const p of paden) { let m = boom as Map<string, unknown>; for (const d of p.split('.')) { if (!m.has(d)) m.set(d, new Map()); m = m.get(d) as Map<string, unknown>; } }
  const tekst = (m: Map<string, unknown>): string => [...m].map(([k, sub]) => ((sub as Map<string, unknown>).size ? `${k} { ${tekst(sub as Map<string, unknown>)} }` : k)).join(' ');
  return tekst(boom as Map<string, unknown>);
}

/** clear_refs 5 resets a process's peak RSS (Linux ≥ 4.0), so each path's peak is its own */
const wisPiek = (pid: number) => { try { fs.writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { /* not Linux, or not allowed: the peak so far */ } };
const vmHwmKb = (pid: number) => { try { return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN); } catch { return NaN; } };
const telRegels = (b: Buffer) => { let n = 0; for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) n++; return n; };

function engine(situaties: Record<string, unknown>[]): number {
  let leerplichtig = 0;
  for (const s of situaties) if (leerplicht(evalueer(regelset, maakVraag(regelset, structuredClone(s) as never, PEILDATUM, null, null))).status === 'LEERPLICHTIG') leerplichtig++;
  return leerplichtig;
}

function regels(bytes: Uint8Array): number {
  const b = new Beoordelaar(regelset, leesOpdracht({ peildatum: PEILDATUM, velden: VELDEN }), 1 << 20);
  let n = 0;
  const stap = 4 * 1024 * 1024; // whole lines per call, as the workers get them
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let start = 0; start < buf.length;) {
    const eind = Math.min(buf.length, buf.lastIndexOf(10, start + stap) + 1 || buf.length);
    n += b.blok(buf.subarray(start, eind > start ? eind : buf.length), 1).regels;
    start = eind > start ? eind : buf.length;
  }
  return n;
}

async function cli(invoer: string, n: number): Promise<{ ms: number; rssKb: number; regels: number }> {
  const uit = path.join(TMP, 'uit.ndjson');
  const t0 = performance.now();
  const p = spawn('/usr/bin/time', ['-f', '%M', process.execPath, '-r', './src/bulk/swc-register.cjs', 'src/cli/beoordeel.ts', '--peildatum', PEILDATUM, '--velden', VELDEN, '--stil'], {
    cwd: WORTEL, stdio: [fs.openSync(invoer, 'r'), fs.openSync(uit, 'w'), 'pipe'], env: process.env,
  });
  let fout = '';
  p.stderr!.on('data', (d) => { fout += d; });
  const code = await new Promise<number | null>((ok) => p.on('close', ok));
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`CLI exit ${code}: ${fout}`);
  const regels = telRegels(fs.readFileSync(uit));
  if (regels !== n) throw new Error(`CLI answered ${regels} of ${n} lines`);
  return { ms, rssKb: Number(fout.trim().split('\n').at(-1)), regels };
}

async function startServer(naam: string, env: Record<string, string> = {}): Promise<{ proces: ChildProcess; poort: number }> {
  const proces = spawn(process.execPath, ['-r', './src/bulk/swc-register.cjs', 'src/main.ts'], {
    cwd: WORTEL, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEERPLICHT_DATA_DIR: path.join(TMP, `pg-${naam}`), LEERPLICHT_RATE_PUBLIC_PER_MIN: '0', LEERPLICHT_RATE_KEY_PER_MIN: '0', LOG_LEVEL: 'warn', LEERPLICHT_TIMEOUT_MS: '600000', ...env },
  });
  let tekst = '';
  const poort = await new Promise<number>((ok, nietOk) => {
    proces.stdout!.on('data', (d) => { tekst += d; const m = /ready at http:\/\/[^:]+:(\d+)/.exec(tekst); if (m) ok(Number(m[1])); });
    proces.stderr!.on('data', (d) => { tekst += d; });
    proces.on('exit', (c) => nietOk(new Error(`server exited ${c}: ${tekst}`)));
  });
  return { proces, poort };
}

function httpBulk(poort: number, invoer: string, n: number): Promise<number> {
  const t0 = performance.now();
  return new Promise((ok, nietOk) => {
    const req = http.request({ host: '127.0.0.1', port: poort, method: 'POST', path: `/bulk/beoordelingen?peildatum=${PEILDATUM}&velden=${VELDEN}`, headers: { 'content-type': 'application/x-ndjson' } }, (res) => {
      if (res.statusCode !== 200) return nietOk(new Error(`HTTP ${res.statusCode}`));
      let regels = 0;
      res.on('data', (d: Buffer) => { regels += telRegels(d); });
      res.on('end', () => (regels === n ? ok(performance.now() - t0) : nietOk(new Error(`HTTP answered ${regels} of ${n}`))));
    });
    req.on('error', nietOk);
    fs.createReadStream(invoer, { highWaterMark: 256 * 1024 }).pipe(req);
  });
}

async function graphqlBulk(poort: number, situaties: Record<string, unknown>[]): Promise<number> {
  const query = `query($s: [SituatieInput!]!, $p: LocalDate!) { beoordelingen(situaties: $s, peildatum: $p) { ${selectie(VELDEN.split(','))} } }`;
  const t0 = performance.now();
  let volgende = 0;
  const een = async () => {
    for (let i = (volgende += PER_VERZOEK) - PER_VERZOEK; i < situaties.length; i = (volgende += PER_VERZOEK) - PER_VERZOEK) {
      const res = await fetch(`http://127.0.0.1:${poort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { s: situaties.slice(i, i + PER_VERZOEK), p: PEILDATUM } }) });
      const j = (await res.json()) as { errors?: { message: string }[]; data?: { beoordelingen: unknown[] } };
      if (j.errors) throw new Error(j.errors[0].message);
      if (j.data!.beoordelingen.length !== Math.min(PER_VERZOEK, situaties.length - i)) throw new Error('GraphQL answered too few');
    }
  };
  await Promise.all(Array.from({ length: CORES }, een));
  return performance.now() - t0;
}

const snelheid = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en').padStart(9)}/s`;
const perDuizend = (n: number, ms: number) => `${(ms / (n / 1000)).toFixed(2).padStart(7)} ms/1k`;

async function main() {
  console.log(`node ${process.version}, ${CORES} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, peildatum ${PEILDATUM}`);
  console.log(`velden ${VELDEN}`);
  // two servers, so each path's RSS is its own: the bulk one never starts its GraphQL worker threads
  const [{ proces: server, poort }, { proces: gqlServer, poort: gqlPoort }] = await Promise.all([startServer('bulk', { LEERPLICHT_WORKERS_EAGER: 'false' }), startServer('graphql')]);
  try {
    const warm = bulkMix(20_000, 1);
    engine(warm);
    const warmBestand = path.join(TMP, 'warm.ndjson');
    fs.writeFileSync(warmBestand, `${warm.map((s) => JSON.stringify(s)).join('\n')}\n`);
    regels(fs.readFileSync(warmBestand));
    await httpBulk(poort, warmBestand, warm.length);
    await graphqlBulk(gqlPoort, warm);
    for (const n of MATEN) {
      const situaties = bulkMix(n);
      const bestand = path.join(TMP, `in-${n}.ndjson`);
      fs.writeFileSync(bestand, `${situaties.map((s) => JSON.stringify(s)).join('\n')}\n`);
      const bytes = fs.readFileSync(bestand);
      const k = n >= 1_000_000 ? Math.min(HERHAAL, Number(process.env.BULK_HERHAAL_1M ?? 1)) : HERHAAL;
      // each path k times (alternating), min and median
      const tijden: Record<string, number[]> = { engine: [], regels: [], cli: [], http: [], graphql: [] };
      const rss = { cli: 0, http: 0, graphql: 0 };
      const metGraphql = n <= 100_000 || process.env.BULK_GRAPHQL !== '0';
      for (let ronde = 0; ronde < k; ronde++) {
        let t = performance.now(); engine(situaties); tijden.engine.push(performance.now() - t);
        t = performance.now(); const r = regels(bytes); tijden.regels.push(performance.now() - t);
        if (r !== n) throw new Error(`in-process answered ${r} of ${n}`);
        const c = await cli(bestand, n);
        tijden.cli.push(c.ms);
        rss.cli = Math.max(rss.cli, c.rssKb);
        wisPiek(server.pid!);
        tijden.http.push(await httpBulk(poort, bestand, n));
        rss.http = Math.max(rss.http, vmHwmKb(server.pid!));
        if (metGraphql) {
          wisPiek(gqlServer.pid!);
          tijden.graphql.push(await graphqlBulk(gqlPoort, situaties));
          rss.graphql = Math.max(rss.graphql, vmHwmKb(gqlServer.pid!));
        }
      }
      const min = (xs: number[]) => Math.min(...xs);
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      const msEngine = min(tijden.engine);
      const rij = (naam: string, xs: number[], doel = '') => console.log(`  ${naam.padEnd(46)} min ${min(xs).toFixed(0).padStart(6)} ms, median ${med(xs).toFixed(0).padStart(6)} ms ${snelheid(n, min(xs))} ${perDuizend(n, min(xs))}  ×${(min(xs) / msEngine).toFixed(2)} engine time ${doel}`);
      console.log(`\n${n.toLocaleString('en')} situaties (${(bytes.length / 1e6).toFixed(1)} MB NDJSON), ${k}×, load ${os.loadavg()[0].toFixed(2)}`);
      rij('engine, in-process, 1 thread', tijden.engine);
      rij('bulk line work, in-process, 1 thread', tijden.regels);
      rij(`CLI, ${CORES} worker threads (incl. start-up)`, tijden.cli, n === 1_000_000 ? `target ≤ 10 s: ${min(tijden.cli) <= 10_000 ? 'MET' : 'NOT MET'}` : '');
      rij('HTTP NDJSON stream', tijden.http, n === 1_000_000 ? `target ≤ 15 s: ${min(tijden.http) <= 15_000 ? 'MET' : 'NOT MET'}` : '');
      if (metGraphql) rij(`GraphQL beoordelingen over HTTP (${PER_VERZOEK}/request)`, tijden.graphql);
      const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
      console.log(`  peak RSS (target ≤ 500 MB): CLI ${mb(rss.cli)}, server during HTTP NDJSON ${mb(rss.http)}${metGraphql ? `, the GraphQL server during GraphQL bulk ${mb(rss.graphql)}` : ''}`);
      fs.rmSync(bestand);
    }
  } finally {
    for (const p of [server, gqlServer]) p.kill('SIGTERM');
    await Promise.all([server, gqlServer].map((p) => new Promise((ok) => p.once('exit', ok))));
    fs.rmSync(TMP, { recursive: true, force: true });
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
