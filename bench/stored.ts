// bench/stored: the stored path at scale. Starts an embedded PostgreSQL (temp dir), applies the
// migrations, generates a gemeente of N leerlingen per size (bench/genereer-gemeente: woonperiode,
// inschrijving and a schooljaar of verzuim each, written by PostgreSQL itself), and for each size
// starts the server in a child process of its own (so its peak RSS, VmHWM from /proc/<pid>/status,
// is that of one question alone) and times through HTTP:
//   meldingen   — every page of meldingenOverzicht(peildatum, eerste: PAGINA)
//   jaarcijfers — jaarcijfers(gemeente, "2023/2024")
// Prints ms, ms per leerling, peak RSS, and the per-leerling time relative to the smallest size
// (1.0: linear). Targets at 100,000: each ≤ 30 s with RSS ≤ 400 MB.
// Run: npm run bench:stored   env: GROOTTES=1000,10000,100000  HERHAAL=1 (rounds; min/median)  PAGINA=5000
//      VRAGEN=meldingen,jaarcijfers  BENCH_TS=1 (TypeScript sources)  BENCH_PROF=<dir> (CPU profiles)
//      BENCH_GC=<file> (the server's --trace-gc lines, every thread, appended to that file)
//      DELEN=aan,uit (LEERPLICHT_LIST_SHARE on and off, side by side in one run, alternating per round; default uit, as the server)
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client as PgClient } from 'pg';
import { startEmbeddedPostgres } from '../src/store/embedded-postgres';
import { maakConfig } from '../src/store/mikro-orm.config';
import { nieuweSleutel } from '../src/toegang/toegang';
import { genereerGemeente } from './genereer-gemeente';

const GROOTTES = (process.env.GROOTTES ?? '1000,10000,100000').split(',').map(Number);
const HERHAAL = Number(process.env.HERHAAL ?? 1);
const PAGINA = Number(process.env.PAGINA ?? 5000);
const VRAGEN = (process.env.VRAGEN ?? 'meldingen,jaarcijfers').split(',');
const DELEN = (process.env.DELEN ?? 'uit').split(',') as ('aan' | 'uit')[];
if (DELEN.some((d) => d !== 'aan' && d !== 'uit')) throw new Error('DELEN: aan, uit or aan,uit');
/** LEERPLICHT_LIST_SHARE of the next server started */
let delen: 'aan' | 'uit' = 'uit';
const DOEL_MS = 30_000;
const DOEL_MB = 400;
const root = path.join(__dirname, '..');
const tsNode = require.resolve('ts-node/register/transpile-only');

interface Server { kind: ChildProcess; url: string }

/**
 * The server as production runs it: compiled JavaScript (ts-node alone costs hundreds of MB in the
 * process and its worker threads). Compiled with tsc into a temp dir of its own (never the shared
 * dist/), next to links to rules/ and node_modules/. BENCH_TS=1 runs the TypeScript sources instead.
 */
function bouw(dir: string): string[] {
  if (process.env.BENCH_TS === '1') return ['-r', tsNode, path.join(root, 'src', 'main.ts')];
  const uit = path.join(dir, 'build');
  fs.mkdirSync(uit);
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--outDir', path.join(uit, 'dist')], { stdio: 'inherit' });
  if (!fs.existsSync(path.join(uit, 'dist', 'src', 'main.js'))) throw new Error(`tsc exited ${tsc.status} without dist/src/main.js`);
  fs.copyFileSync(path.join(root, 'package.json'), path.join(uit, 'package.json'));
  for (const d of ['node_modules', 'rules']) fs.symlinkSync(path.join(root, d), path.join(uit, d));
  return [path.join(uit, 'dist', 'src', 'main.js')];
}
let serverArgs: string[] = [];

function startServer(databaseUrl: string, sleutels: string): Promise<Server> {
  // BENCH_PROF=<dir>: CPU profiles of the server and its worker threads (node --cpu-prof)
  const prof = process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROF] : process.env.BENCH_GC ? ['--trace-gc'] : [];
  const kind = spawn(process.execPath, [...prof, ...serverArgs], {
    env: {
      ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LEERPLICHT_API_KEYS: sleutels, LOG_LEVEL: 'warn',
      LEERPLICHT_RATE_KEY_PER_MIN: '0', LEERPLICHT_MAX_SITUATIES: '10000000', LEERPLICHT_TIMEOUT_MS: '3600000', LEERPLICHT_LIST_SHARE: String(delen === 'aan'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, nietOk) => {
    let uit = '';
    kind.stdout!.on('data', (d) => { if (process.env.BENCH_GC) fs.appendFileSync(process.env.BENCH_GC, d); uit += d; const m = /ready at http:\/\/(?:127\.0\.0\.1|localhost):(\d+)/.exec(uit); if (m) ok({ kind, url: `http://127.0.0.1:${m[1]}/graphql` }); });
    kind.on('exit', (c) => nietOk(new Error(`server exited ${c}`)));
  });
}

async function stopServer(s: Server): Promise<void> {
  if (s.kind.exitCode !== null) return;
  const klaar = new Promise((r) => s.kind.once('exit', r));
  s.kind.kill('SIGTERM');
  await klaar;
}

/** Peak (VmHWM) or current (VmRSS) resident set size of the process, in MB. */
function rssMb(pid: number, veld: 'VmHWM' | 'VmRSS' = 'VmHWM'): number {
  const m = new RegExp(`${veld}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function vraag(url: string, sleutel: string, query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${sleutel}` }, body: JSON.stringify({ query, variables }) });
  const json = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  if (json.errors || !json.data) throw new Error(`HTTP ${res.status}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

const MELDINGEN = `query($na: String, $eerste: Int) { meldingenOverzicht(peildatum: "2024-07-15", eerste: $eerste, na: $na) {
  meldingen { leerlingId soort verplicht einddatum uren melding { id } } fouten { leerlingId } volgende } }`;
const JAARCIJFERS = `query($gemeente: String!) { jaarcijfers(gemeente: $gemeente, schooljaar: "2023/2024") { leerlingen thuiszitters voortijdigSchoolverlaters luxeVerzuim fouten { leerlingId } } }`;

interface Meting { ms: number; mb: number; rust: number; uit: string }

async function meet(databaseUrl: string, sleutels: string, sleutel: string, doe: (url: string) => Promise<string>): Promise<Meting> {
  const s = await startServer(databaseUrl, sleutels);
  try {
    // warm: the worker threads started and one tiny stored list answered (not timed)
    await vraag(s.url, sleutel, MELDINGEN, { na: null, eerste: 1 });
    const rust = rssMb(s.kind.pid!, 'VmRSS');
    const t = performance.now();
    const uit = await doe(s.url);
    const ms = performance.now() - t;
    return { ms, mb: rssMb(s.kind.pid!), rust, uit };
  } finally {
    await stopServer(s);
  }
}

const mediaan = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-bench-stored-'));
  fs.chmodSync(dir, 0o755);
  serverArgs = bouw(dir);
  const pg = await startEmbeddedPostgres(path.join(dir, 'pg'));
  try {
    const config = maakConfig(pg.url, { entities: false });
    const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
    try { await orm.getMigrator().up(); } finally { await orm.close(true); }
    const db = new PgClient({ connectionString: pg.url });
    await db.connect();
    const rijen: string[][] = [];
    const perLeerling: Record<string, number[]> = {};
    for (const [i, n] of GROOTTES.entries()) {
      const gemeente = `70${String(50 + i).padStart(2, '0')}`;
      const t0 = performance.now();
      await genereerGemeente((sql) => db.query(sql), { n, gemeente, brin: `70${String.fromCharCode(65 + i)}A`, patroon: 'schooljaar' });
      const genMs = performance.now() - t0;
      const k = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente });
      const sleutels = JSON.stringify([k.regel]);
      const metingen: Record<string, Meting[]> = {};
      for (let r = 0; r < HERHAAL; r++) for (const d of DELEN) {
        delen = d;
        const m = (v: string) => (metingen[`${v} ${d}`] ??= []);
        if (VRAGEN.includes('meldingen')) m('meldingen').push(await meet(pg.url, sleutels, k.sleutel, async (url) => {
          let na: string | null = null; let aantal = 0; let fouten = 0; let paginas = 0;
          do {
            const d: { meldingen: unknown[]; fouten: unknown[]; volgende: string | null } = (await vraag(url, k.sleutel, MELDINGEN, { na, eerste: PAGINA })).meldingenOverzicht;
            aantal += d.meldingen.length; fouten += d.fouten.length; na = d.volgende; paginas++;
          } while (na);
          return `${aantal} meldingen, ${fouten} fouten, ${paginas} pages`;
        }));
        if (VRAGEN.includes('jaarcijfers')) m('jaarcijfers').push(await meet(pg.url, sleutels, k.sleutel, async (url) => {
          const j = (await vraag(url, k.sleutel, JAARCIJFERS, { gemeente })).jaarcijfers;
          return `leerlingen ${j.leerlingen}, thuiszitters ${j.thuiszitters}, vsv ${j.voortijdigSchoolverlaters}, fouten ${j.fouten.length}`;
        }));
      }
      for (const vraagNaam of ['meldingen', 'jaarcijfers'] as const) for (const d of DELEN) {
        const m = metingen[`${vraagNaam} ${d}`] ?? [];
        if (m.length === 0) continue;
        const sleutelNaam = `${vraagNaam} ${d}`;
        const ms = m.map((x) => x.ms);
        const mb = m.map((x) => x.mb);
        (perLeerling[sleutelNaam] ??= []).push(mediaan(ms) / n);
        const ratio = mediaan(ms) / n / perLeerling[sleutelNaam][0];
        const doel = n >= 100_000 ? `${mediaan(ms) <= DOEL_MS && Math.max(...mb) <= DOEL_MB ? 'meets' : 'MISSES'} ≤ ${DOEL_MS / 1000} s, ≤ ${DOEL_MB} MB` : '';
        rijen.push([String(n), DELEN.length > 1 ? `${vraagNaam} (share ${d})` : vraagNaam, `${Math.min(...ms).toFixed(0)} / ${mediaan(ms).toFixed(0)}`, (mediaan(ms) / n).toFixed(3), `${Math.min(...mb).toFixed(0)} / ${mediaan(mb).toFixed(0)}`, mediaan(m.map((x) => x.rust)).toFixed(0), ratio.toFixed(2), doel, m[0].uit]);
      }
      console.error(`generated ${n} leerlingen in ${(genMs / 1000).toFixed(1)} s; measured`);
    }
    await db.end();
    console.log(`rounds: ${HERHAAL}, page size ${PAGINA}, load: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}, cores: ${os.cpus().length}`);
    const kop = ['leerlingen', 'question', 'ms min / median', 'ms per leerling', 'peak RSS MB min / median', 'RSS before MB', 'per leerling vs smallest', 'target', 'answer'];
    const breed = kop.map((h, c) => Math.max(h.length, ...rijen.map((r) => r[c].length)));
    for (const r of [kop, ...rijen]) console.log(r.map((x, c) => x.padEnd(breed[c])).join('  '));
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
