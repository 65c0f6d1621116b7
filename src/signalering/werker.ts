// A signalering worker: graphile-worker's runner on the API's PostgreSQL (schema graphile_worker,
// migrated by graphile-worker itself), the tasks of taken.ts, the schedule of cron.ts and the
// recovery of herstel.ts. Any number of them, in any number of processes and machines, share the
// jobs through the database. Also: enqueueing a run, and asking whether a run is done.
import { Pool } from 'pg';
import { Logger as GraphileLogger, run, type Runner } from 'graphile-worker';
import type { Logger } from '../server/log';
import type { Reken } from './taken';
import { herstelVerweesdeJobs, JOB_PREFIX } from './herstel';
import { SCHEMA } from './wachtrij';
import { takenlijst } from './taken';

export { nieuweRunId, SCHEMA, startRun, type RunVraag } from './wachtrij';

export interface WerkerOpties {
  /** evaluates one batch (berekenBatch, here or on a thread) */
  databaseUrl: string; reken: Reken; logger: Logger;
  concurrency: number; crontab: string; batch: number; herstelMs: number; testVertragingMs: number;
}
export interface Werker { stop(): Promise<void> }

/** graphile-worker's log lines through our logger (BSN-safe); its per-job chatter at debug. */
function graphileLogger(log: Logger): GraphileLogger {
  return new GraphileLogger((scope) => (niveau, bericht) => {
    const waar = { bron: 'graphile-worker', taak: scope.taskIdentifier, job: scope.jobId };
    if (niveau === 'error') log.error(waar, bericht);
    else if (niveau === 'warning') log.warn(waar, bericht);
    else log.debug(waar, bericht);
  });
}

export async function startWerker(o: WerkerOpties): Promise<Werker> {
  // its own pool: one connection per running job (its slot transaction), plus LISTEN, enqueueing and recovery
  const pool = new Pool({ connectionString: o.databaseUrl, max: o.concurrency * 2 + 3 });
  // a connection that fails (database restart) must not crash the process: logged, graphile-worker reconnects
  pool.on('error', (e) => o.logger.warn({ err: e }, 'signalering: idle database connection failed'));
  pool.on('connect', (c) => c.on('error', (e) => o.logger.warn({ err: e }, 'signalering: database connection failed')));
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool, schema: SCHEMA, concurrency: o.concurrency, noHandleSignals: true, pollInterval: 1000,
      taskList: takenlijst({ reken: o.reken, batch: o.batch, logger: o.logger, testVertragingMs: o.testVertragingMs }),
      // no schedule: an empty list (an empty crontab string would make graphile-worker read ./crontab)
      ...(o.crontab ? { crontab: o.crontab } : { parsedCronItems: [] }), logger: graphileLogger(o.logger),
    });
  } catch (e) {
    await pool.end();
    throw e;
  }
  let bezig = false;
  const herstel = setInterval(() => {
    if (bezig) return;
    bezig = true;
    herstelVerweesdeJobs(pool, SCHEMA, o.herstelMs)
      .then((ids) => { if (ids.length) o.logger.warn({ jobs: ids }, 'signalering: jobs of a worker that is gone released for another worker'); })
      .catch((e) => o.logger.warn({ err: e }, 'signalering: recovery check failed'))
      .finally(() => { bezig = false; });
  }, Math.max(50, Math.round(o.herstelMs / 2)));
  herstel.unref();
  o.logger.info({ concurrency: o.concurrency, schema: o.crontab ? o.crontab.split(' ').slice(0, 5).join(' ') : null }, 'signalering worker started');
  let gestopt = false;
  return {
    stop: async () => {
      if (gestopt) return;
      gestopt = true;
      clearInterval(herstel);
      try {
        await runner.stop(); // no new jobs; the running ones finish
      } finally {
        await pool.end();
      }
    },
  };
}

export interface RunStand { open: number; mislukt: number; fouten: string[] }

/** The jobs of a run still in the queue: open (waiting, running, retrying) and failed for good (attempts used up). */
export async function runStand(uitvoeren: (sql: string, par: unknown[]) => Promise<{ attempts: number; max_attempts: number; last_error: string | null }[]>, runId: string): Promise<RunStand> {
  const rijen = await uitvoeren(`select attempts, max_attempts, last_error from ${SCHEMA}.jobs where key = ? or key like ?`, [`${JOB_PREFIX}${runId}`, `${JOB_PREFIX}${runId}:%`]);
  const mislukt = rijen.filter((r) => r.attempts >= r.max_attempts && r.last_error);
  return { open: rijen.length - mislukt.length, mislukt: mislukt.length, fouten: mislukt.map((r) => r.last_error!) };
}
