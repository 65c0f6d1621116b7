// bench/signalering: one signalering run over generated gemeenten (bench/genereer-gemeente: a
// schooljaar of verzuim per leerling) with 1 and with 2 worker processes (src/cli/worker.ts, as
// `npm run worker` runs it) on the same embedded PostgreSQL, side by side in one run. Worker start-up
// is not timed: the clock runs from enqueueing the run until its last job is gone. Prints, per
// number of workers, min/median ms and leerlingen per second, and the ratio to one worker; checks
// that every round stored the same number of signalen.
// Run: npm run bench:signalering   env: N=4000 (leerlingen) GEMEENTEN=4 WERKERS=1,2 CONCURRENCY=1 BATCH=500 HERHAAL=3
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/store/embedded-postgres';
import { openDatabase } from '../src/store/database';
import { runStand, startRun } from '../src/signalering/werker';
import { genereerGemeente } from './genereer-gemeente';

const N = Number(process.env.N ?? 4000);
const GEMEENTEN = Number(process.env.GEMEENTEN ?? 4);
const WERKERS = (process.env.WERKERS ?? '1,2').split(',').map(Number);
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 1);
const BATCH = Number(process.env.BATCH ?? 500);
const HERHAAL = Number(process.env.HERHAAL ?? 3);
const PEILDATUM = '2024-06-28';
const root = path.join(__dirname, '..');
const wacht = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

function startWerker(url: string): Promise<ChildProcess> {
  const kind = spawn(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), path.join(root, 'src', 'cli', 'worker.ts')], {
    cwd: root, stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, WORKER_CONCURRENCY: String(CONCURRENCY), SIGNALERING_BATCH: String(BATCH), SIGNALERING_CRON: '', LOG_LEVEL: 'warn' },
  });
  return new Promise((ok, nietOk) => {
    kind.stdout!.setEncoding('utf8').on('data', (d: string) => { if (d.includes('signalering worker ready')) ok(kind); });
    kind.once('exit', (code) => nietOk(new Error(`worker exited ${code} before it was ready`)));
  });
}

const stop = (k: ChildProcess) => new Promise<void>((ok) => { if (k.exitCode !== null) return ok(); k.once('exit', () => ok()); k.kill('SIGTERM'); });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-bench-signalering-'));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(path.join(dir, 'pg'));
  const werkers: ChildProcess[] = [];
  try {
    const db = await openDatabase({ databaseUrl: pg.url });
    const conn = () => db.orm.em.fork().getConnection();
    const gemeenten = Array.from({ length: GEMEENTEN }, (_, i) => String(6090 + i).padStart(4, '0'));
    for (const [i, gemeente] of gemeenten.entries()) {
      await genereerGemeente((sql) => conn().execute(sql), { n: Math.ceil(N / GEMEENTEN), gemeente, brin: `6${i}ZZ`, patroon: 'schooljaar' });
    }
    const aantal = Math.ceil(N / GEMEENTEN) * GEMEENTEN;
    console.log(`signalering: ${aantal} leerlingen in ${GEMEENTEN} gemeenten, batch ${BATCH}, concurrency ${CONCURRENCY} per worker, ${HERHAAL} rounds, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const tijden = new Map<number, number[]>(WERKERS.map((m) => [m, []]));
    const signalen = new Set<number>();
    for (let r = 0; r < HERHAAL; r++) {
      for (const m of WERKERS) {
        await conn().execute('truncate signaal');
        werkers.push(...(await Promise.all(Array.from({ length: m }, () => startWerker(pg.url)))));
        const t0 = performance.now();
        const runId = await startRun(pg.url, { peildatum: PEILDATUM, gemeenten });
        for (;;) {
          const stand = await runStand((sql, par) => conn().execute(sql, par), runId);
          if (stand.open === 0) { if (stand.mislukt) throw new Error(stand.fouten.join('; ')); break; }
          await wacht(50);
        }
        tijden.get(m)!.push(performance.now() - t0);
        signalen.add((await conn().execute<{ n: number }[]>('select count(*)::int as n from signaal'))[0].n);
        await Promise.all(werkers.splice(0).map(stop));
      }
    }
    if (signalen.size !== 1) throw new Error(`rounds stored different numbers of signalen: ${[...signalen].join(', ')}`);
    const basis = median(tijden.get(WERKERS[0])!);
    console.log(`signalen per round: ${[...signalen][0]}`);
    console.log('workers | min ms | median ms | leerlingen/s (median) | median vs first');
    for (const m of WERKERS) {
      const t = tijden.get(m)!;
      console.log(`${String(m).padStart(7)} | ${Math.min(...t).toFixed(0).padStart(6)} | ${median(t).toFixed(0).padStart(9)} | ${(aantal / (median(t) / 1000)).toFixed(0).padStart(21)} | ${(basis / median(t)).toFixed(2)}×`);
    }
    await db.stop();
  } finally {
    await Promise.all(werkers.map(stop));
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
