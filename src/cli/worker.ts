// `npm run worker`: a signalering worker process, no HTTP. It shares the jobs with every other
// worker (and the API's in-process one) through DATABASE_URL. SIGTERM/SIGINT stop it gracefully:
// running jobs finish, then it exits 0 (after 20 s: exit 1; the open batch rolls back and is redone elsewhere).
// It reads the rules as the API does (LEERPLICHT_RULES_DIR, LEERPLICHT_BELEID_DIR); SIGHUP reloads
// them: a valid changed set gets a new runner, the old one finishes its running jobs and stops.
//   npm run worker                                     work on the queue (and the schedule)
//   npm run worker -- --nu [--peildatum D] [--gemeente 0363 …] [--tot-klaar]
//                                                      enqueue a run now; --tot-klaar: exit when it is done
import 'reflect-metadata';
import os from 'node:os';
import { ENGINE_VERSIE, type Regelset } from '../engine/regelset';
import { logFout, logger, zonderBsn } from '../server/log';
import { leesInstellingen } from '../server/instellingen';
import { openDatabase, registreerRegelset } from '../store/database';
import { startRun, startWerker, runStand, type Werker } from '../signalering/werker';
import { berekenBatch } from '../signalering/berekening';
import { maakHerlader } from '../server/herladen';
import { laadServerRegelset } from '../server/regelmappen';
import { GEMEENTECODE } from '../toegang/toegang';
import { parseDatum } from '../time/dag';

const STOP_TIMEOUT_MS = 20_000;

interface Args { nu: boolean; peildatum?: string; gemeenten?: string[]; totKlaar: boolean }

export function leesArgs(argv: readonly string[]): Args {
  const a: Args = { nu: false, totKlaar: false };
  for (let i = 0; i < argv.length; i++) {
    const w = argv[i];
    if (w === '--nu') a.nu = true;
    else if (w === '--tot-klaar') a.totKlaar = true;
    else if (w === '--peildatum') {
      const d = argv[++i];
      if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(d) || parseDatum(d) === null) throw new Error(`--peildatum: ${JSON.stringify(d ?? '')} is not a date (YYYY-MM-DD)`);
      a.peildatum = d;
    } else if (w === '--gemeente') {
      const g = argv[++i];
      if (!g || !GEMEENTECODE.test(g)) throw new Error(`--gemeente: ${JSON.stringify(g ?? '')} is not a CBS gemeentecode (4 digits)`);
      (a.gemeenten ??= []).push(g);
    } else throw new Error(`unknown argument ${JSON.stringify(w)} (expected --nu, --peildatum YYYY-MM-DD, --gemeente CODE, --tot-klaar)`);
  }
  if (!a.nu && (a.peildatum || a.gemeenten || a.totKlaar)) throw new Error('--peildatum, --gemeente and --tot-klaar need --nu');
  return a;
}

async function main(): Promise<void> {
  const args = leesArgs(process.argv.slice(2));
  const instellingen = leesInstellingen(process.env, os.availableParallelism?.() ?? os.cpus().length);
  const url = process.env.DATABASE_URL;
  // the embedded PostgreSQL of `npm start` belongs to that process (random port): workers elsewhere need a shared server
  if (!url) throw new Error('npm run worker needs DATABASE_URL: the PostgreSQL the API uses (the embedded one of npm start runs its own worker in-process)');
  const mappen = { regelmap: instellingen.regelmap, beleidMappen: instellingen.beleidMappen };
  let regelset = laadServerRegelset(mappen);
  const db = await openDatabase({ databaseUrl: url });
  let stoppen: (() => Promise<void>) | null = null;
  let gevraagd = false;
  const stop = (reden: string, code = 0) => {
    if (gevraagd) return;
    gevraagd = true;
    logger.info({ reden }, 'signalering worker stopping');
    setTimeout(() => { console.error(`${reden}: not stopped within ${STOP_TIMEOUT_MS / 1000} s; exiting`); process.exit(1); }, STOP_TIMEOUT_MS).unref();
    void (stoppen ?? db.stop)().then(() => process.exit(code), (e) => { logFout(e); process.exit(1); });
  };
  for (const s of ['SIGINT', 'SIGTERM'] as const) process.on(s, () => stop(s));
  // SIGHUP reloads once the worker runs (one during start-up is ignored: the start reads the files anyway)
  let herlaad: (() => Promise<unknown>) | null = null;
  process.on('SIGHUP', () => { if (!gevraagd) void herlaad?.(); });
  const registreer = (r: Regelset) => registreerRegelset(db.orm, { hash: r.hash, bestanden: r.bestanden, aantalRegels: r.regels.length, engineVersie: ENGINE_VERSIE, inhoud: r.inhoud });
  const start = (r: Regelset) => startWerker({
    // a process of its own: the batches are evaluated on its main thread
    databaseUrl: url, reken: (v) => berekenBatch(db.orm, r, v), logger, concurrency: instellingen.werkerConcurrency, crontab: instellingen.signaleringCrontab,
    batch: instellingen.signaleringBatch, herstelMs: instellingen.signaleringHerstelMs, testVertragingMs: instellingen.signaleringTestVertragingMs,
  });
  await registreer(regelset);
  let werker: Werker = await start(regelset);
  const oude = new Set<Promise<void>>();
  herlaad = maakHerlader({
    laad: () => laadServerRegelset(mappen), huidig: () => regelset, logger,
    wissel: async (nieuw) => {
      if (gevraagd) throw new Error('the worker is stopping');
      await registreer(nieuw);
      const nieuwe = await start(nieuw);
      if (gevraagd) { await nieuwe.stop(); throw new Error('the worker is stopping'); }
      const vorige = werker;
      werker = nieuwe;
      regelset = nieuw;
      const weg: Promise<void> = vorige.stop().catch((e) => logFout(e)).finally(() => oude.delete(weg));
      oude.add(weg);
    },
  });
  stoppen = async () => { try { await werker.stop(); await Promise.all([...oude]); } finally { await db.stop(); } };
  if (gevraagd) return; // a signal during start-up: stop() already runs
  console.log(`signalering worker ready (pid ${process.pid}, concurrency ${instellingen.werkerConcurrency})`);
  if (!args.nu) return;
  const runId = await startRun(url, { peildatum: args.peildatum, gemeenten: args.gemeenten });
  console.log(`signalering run ${runId} enqueued`);
  if (!args.totKlaar) return;
  const conn = db.orm.em.fork().getConnection();
  for (;;) {
    const stand = await runStand((sql, par) => conn.execute(sql, par), runId);
    if (stand.open === 0) {
      if (stand.mislukt) console.error(`signalering run ${runId}: ${stand.mislukt} job(s) failed: ${zonderBsn(stand.fouten.join('; '))}`);
      else console.log(`signalering run ${runId} done`);
      stop('run done', stand.mislukt ? 1 : 0);
      return;
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(zonderBsn(e instanceof Error ? e.message : String(e)));
    process.exit(1);
  });
}
