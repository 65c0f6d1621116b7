// The signalering worker inside the API process (WORKER_IN_PROCES). graphile-worker's runner (light:
// LISTEN, polling, the schedule) runs on the API's event loop; each batch is evaluated on a thread
// of its own (rekendraad.ts), started with the first batch and ended after IDLE_MS without one, so
// that evaluating never blocks HTTP and a process at rest keeps no second engine in memory.
import path from 'node:path';
import { Piscina } from 'piscina';
import type { Logger } from '../server/log';
import { WERKER_GRENZEN } from '../server/draadgrenzen';
import type { Batchuitkomst, Batchvraag } from './berekening';
import type { RekendraadData } from './rekendraad';
import { startWerker, type Werker, type WerkerOpties } from './werker';

/** An idle evaluation thread ends after this long (a run's batches follow each other closely). */
const IDLE_MS = 30_000;

export async function startWerkerInProces(o: Omit<WerkerOpties, 'reken'> & RekendraadData & { logger: Logger }): Promise<Werker> {
  const ts = path.extname(__filename) === '.ts';
  const workerData: RekendraadData = { databaseUrl: o.databaseUrl, regelsetHash: o.regelsetHash, regelteksten: o.regelteksten };
  const draad = new Piscina<Batchvraag, Batchuitkomst>({
    filename: path.join(__dirname, ts ? 'rekendraad-ts.cjs' : 'rekendraad.js'), workerData,
    // one thread: the jobs this worker runs at once (WORKER_CONCURRENCY) take turns on it, as before
    minThreads: 0, maxThreads: 1, idleTimeout: IDLE_MS, concurrentTasksPerWorker: Math.max(1, o.concurrency),
    // the same young-generation size as the GraphQL worker threads (server/draadgrenzen.ts)
    resourceLimits: WERKER_GRENZEN,
  });
  let werker: Werker;
  try {
    werker = await startWerker({ ...o, reken: (v) => draad.run(v) });
  } catch (e) {
    await draad.destroy();
    throw e;
  }
  let stoppen: Promise<void> | null = null;
  return {
    stop: () => (stoppen ??= (async () => {
      try {
        await werker.stop(); // the running jobs finish: their batches on the thread too
      } finally {
        await draad.destroy();
      }
    })()),
  };
}
