// bench/graphql: what GraphQL itself costs, measured side by side in one run (issue 10 part 2).
//  1. bulk, in-process: the engine path beoordelingen uses (input check + full leerplicht verdict)
//     vs the GraphQL bulk query through graphql-js execute on the product schema (10,000 per
//     request), same situaties; target GraphQL ≤ 3× the in-process time per situatie.
//  2. HTTP, a real server process (npm start's code, embedded PostgreSQL in a temp dir, rate limits
//     off): autocannon, 50 connections, `{ __typename }` vs the single leerplicht-status query,
//     alternating; target status ≥ 0.6× the req/s of __typename. Every response body is checked.
// Run: npm run bench:graphql   env: N (situaties, 100000), RONDES (3), DUUR (s per autocannon run, 10),
//      DEEL (bulk | http | all, default all), SERVER_NODE_ARGS (node flags for the server). Prints min/median per side and the ratio of the medians.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql } from 'graphql';
import { maakSchema } from '../src/api/schema';
import { maakVraag } from '../src/api/vraag';
import { evalueer } from '../src/engine/evaluatie';
import { leerplicht } from '../src/engine/leerplicht';
import { laadRegelset } from '../src/engine/regelset';
import { maakSituaties, PEILDATUM } from './situaties';

// autocannon ships no types: what this bench uses of it
interface KanonOpties { url: string; method: string; connections: number; duration: number; headers: Record<string, string>; body: string; verifyBody(body: string): boolean }
interface KanonUitslag { requests: { average: number; total: number }; non2xx: number; mismatches: number; errors: number; timeouts: number }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (o: KanonOpties) => Promise<KanonUitslag>;

const N = Number(process.env.N ?? 100_000);
const RONDES = Number(process.env.RONDES ?? 3);
const DUUR = Number(process.env.DUUR ?? 10);
const DEEL = process.env.DEEL ?? 'all';
const PER_VERZOEK = 10_000;

const mediaan = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const rond = (x: number) => Math.round(x).toLocaleString('en');

// ---- 1. bulk in-process ----
const BULK = `query($s: [SituatieInput!]!, $p: LocalDate!) { beoordelingen(situaties: $s, peildatum: $p) {
  leerplicht { status leerplichtigVanaf leerplichtigTot eindgrond kwalificatieplichtigVanaf kwalificatieplichtigTot absoluutVerzuim } } }`;

async function bulk(): Promise<void> {
  const regelset = laadRegelset();
  const schema = maakSchema();
  const situaties = maakSituaties(N);
  const inProces = () => {
    let leerplichtig = 0;
    for (const s of situaties) if (leerplicht(evalueer(regelset, maakVraag(regelset, s as never, PEILDATUM, null, null))).status === 'LEERPLICHTIG') leerplichtig++;
    return leerplichtig;
  };
  const viaGraphql = async () => {
    let leerplichtig = 0;
    for (let i = 0; i < N; i += PER_VERZOEK) {
      const r = await graphql({ schema, source: BULK, variableValues: { s: situaties.slice(i, i + PER_VERZOEK), p: PEILDATUM }, contextValue: { regelset, regelsetInfo: null } });
      if (r.errors) throw new Error(r.errors[0].message);
      for (const b of (r.data as { beoordelingen: { leerplicht: { status: string } }[] }).beoordelingen) if (b.leerplicht.status === 'LEERPLICHTIG') leerplichtig++;
    }
    return leerplichtig;
  };
  inProces(); // warm-up
  await viaGraphql();
  const a: number[] = [];
  const b: number[] = [];
  // CPU time of the process too (all threads, GC included): less disturbed than wall time on a busy machine
  const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
  const ca: number[] = [];
  const cb: number[] = [];
  for (let r = 0; r < RONDES; r++) {
    let t = performance.now();
    let c = cpu();
    const x = inProces();
    a.push(performance.now() - t);
    ca.push(cpu() - c);
    t = performance.now();
    c = cpu();
    const y = await viaGraphql();
    b.push(performance.now() - t);
    cb.push(cpu() - c);
    if (x !== y) throw new Error(`in-process and GraphQL disagree: ${x} vs ${y} leerplichtig`);
  }
  const ratio = mediaan(b) / mediaan(a);
  console.log(`bulk: ${N} situaties, peildatum ${PEILDATUM}, ${RONDES} rounds (both paths agree on every round)`);
  console.log(`  in-process engine     min ${Math.min(...a).toFixed(0)} ms  median ${mediaan(a).toFixed(0)} ms  (${rond(N / (mediaan(a) / 1000))} situaties/s)`);
  console.log(`  GraphQL bulk execute  min ${Math.min(...b).toFixed(0)} ms  median ${mediaan(b).toFixed(0)} ms  (${rond(N / (mediaan(b) / 1000))} situaties/s)`);
  console.log(`  GraphQL / in-process: ${ratio.toFixed(2)}× (medians)   target ≤ 3×: ${ratio <= 3 ? 'MET' : 'NOT MET'}   (CPU time: ${(mediaan(cb) / mediaan(ca)).toFixed(2)}×)`);
}

// ---- 2. HTTP with autocannon ----
const root = path.join(__dirname, '..');

function startServer(): Promise<{ kind: ChildProcess; url: string; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-bench-graphql-'));
  fs.chmodSync(dir, 0o755);
  // SERVER_NODE_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p" to profile it
  const extra = (process.env.SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const kind = spawn(process.execPath, [...extra, '-r', require.resolve('ts-node/register/transpile-only'), path.join(root, 'src', 'main.ts')], {
    env: {
      ...process.env, PORT: '0', HOST: '127.0.0.1', LEERPLICHT_DATA_DIR: dir, LEERPLICHT_API_KEYS: '', LOG_LEVEL: 'silent', DATABASE_URL: '',
      LEERPLICHT_RATE_PUBLIC_PER_MIN: '0', LEERPLICHT_RATE_KEY_PER_MIN: '0', LEERPLICHT_WORKERS: '1', LEERPLICHT_WORKERS_EAGER: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((ok, nietOk) => {
    let uit = '';
    kind.stdout!.on('data', (d) => { uit += d; const m = /(?:127\.0\.0\.1|localhost):(\d+)/.exec(uit); if (m) ok({ kind, url: `http://127.0.0.1:${m[1]}/graphql`, dir }); });
    kind.on('exit', (c) => nietOk(new Error(`server exited ${c}`)));
  });
}

interface Vorm { naam: string; query: string; goed(data: unknown): boolean }
const TYPENAME: Vorm = { naam: '{ __typename }', query: '{ __typename }', goed: (d) => (d as { __typename?: string })?.__typename === 'Query' };
const STATUS: Vorm = {
  naam: 'beoordeling { leerplicht { status } }',
  query: '{ beoordeling(situatie: { geboortedatum: "2012-05-17", vakantieregio: MIDDEN }, peildatum: "2024-03-15") { leerplicht { status } } }',
  // born 2012-05-17: leerplichtig from the first schooldag of June 2017 until the end of the schooljaar of the 16th birthday (2028)
  goed: (d) => (d as { beoordeling?: { leerplicht?: { status?: string } } })?.beoordeling?.leerplicht?.status === 'LEERPLICHTIG',
};

/** CPU time (ms, user + system, all threads) of a process so far, from /proc (Linux); null elsewhere. */
function procesCpu(pid: number): number | null {
  try {
    const velden = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(velden[11]) + Number(velden[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return null;
  }
}

async function kanon(url: string, v: Vorm, duur: number): Promise<{ perSeconde: number; aantal: number }> {
  let fout = '';
  const r = await autocannon({
    url, method: 'POST', connections: 50, duration: duur, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: v.query }),
    verifyBody: (body: string) => {
      try {
        const j = JSON.parse(body) as { data?: unknown; errors?: unknown[] };
        if (!j.errors && v.goed(j.data)) return true;
      } catch { /* not JSON */ }
      fout ||= body.slice(0, 200);
      return false;
    },
  });
  if (r.non2xx > 0 || r.mismatches > 0 || r.errors > 0 || r.timeouts > 0) {
    throw new Error(`${v.naam}: ${r.non2xx} non-2xx, ${r.mismatches} wrong bodies, ${r.errors} errors, ${r.timeouts} timeouts; e.g. ${fout}`);
  }
  return { perSeconde: r.requests.average, aantal: r.requests.total };
}

/** One autocannon run, with the server's CPU time per answered request (µs; null without /proc). */
async function meet(url: string, pid: number, v: Vorm, duur: number): Promise<{ perSeconde: number; cpuUs: number | null }> {
  const c0 = procesCpu(pid);
  const r = await kanon(url, v, duur);
  const c1 = procesCpu(pid);
  return { perSeconde: r.perSeconde, cpuUs: c0 === null || c1 === null ? null : ((c1 - c0) * 1000) / r.aantal };
}

async function http(): Promise<void> {
  const { kind, url, dir } = await startServer();
  try {
    await kanon(url, TYPENAME, 2); // warm-up (JIT, Apollo's document cache)
    await kanon(url, STATUS, 2);
    const t: number[] = [];
    const s: number[] = [];
    const ct: number[] = [];
    const cs: number[] = [];
    for (let r = 0; r < RONDES; r++) {
      const a = await meet(url, kind.pid!, TYPENAME, DUUR);
      const b = await meet(url, kind.pid!, STATUS, DUUR);
      t.push(a.perSeconde); s.push(b.perSeconde);
      if (a.cpuUs !== null && b.cpuUs !== null) { ct.push(a.cpuUs); cs.push(b.cpuUs); }
    }
    const ratio = mediaan(s) / mediaan(t);
    const cpuTekst = (xs: number[]) => (xs.length ? `  server CPU ${rond(mediaan(xs))} µs/request` : '');
    console.log(`http: autocannon 50 connections, ${DUUR} s per run, ${RONDES} rounds alternating, NODE_ENV=${process.env.NODE_ENV ?? '(unset)'}; every body checked`);
    console.log(`  ${TYPENAME.naam.padEnd(38)} req/s min ${rond(Math.min(...t))}  median ${rond(mediaan(t))}${cpuTekst(ct)}`);
    console.log(`  ${STATUS.naam.padEnd(38)} req/s min ${rond(Math.min(...s))}  median ${rond(mediaan(s))}${cpuTekst(cs)}`);
    console.log(`  status / __typename: ${ratio.toFixed(2)}× (medians)   target ≥ 0.6×: ${ratio >= 0.6 ? 'MET' : 'NOT MET'}${ct.length ? `   (by server CPU per request: ${(mediaan(ct) / mediaan(cs)).toFixed(2)}×)` : ''}`);
  } finally {
    await new Promise<void>((ok) => { kind.once('exit', () => ok()); kind.kill('SIGTERM'); });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(`node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  if (DEEL === 'all' || DEEL === 'bulk') await bulk();
  if (DEEL === 'all' || DEEL === 'http') await http();
}
main().catch((e) => { console.error(e); process.exit(1); });
