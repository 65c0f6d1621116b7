// The pool of worker threads (piscina) that runs heavy requests off the main thread.
import path from 'node:path';
import { Piscina } from 'piscina';
import type { WerkerAntwoord, WerkerData, WerkerTaak } from './werker';
import { WERKER_GRENZEN } from './draadgrenzen';

export class Werkers {
  private readonly pool: Piscina<WerkerTaak, WerkerAntwoord>;

  constructor(data: WerkerData, opties: { threads: number; vooraf: boolean }) {
    const ts = path.extname(__filename) === '.ts';
    this.pool = new Piscina({
      filename: path.join(__dirname, ts ? 'werker-ts.cjs' : 'werker.js'),
      workerData: data,
      maxThreads: opties.threads,
      minThreads: opties.vooraf ? opties.threads : 0,
      idleTimeout: opties.vooraf ? Infinity : 60_000,
      concurrentTasksPerWorker: 1,
      resourceLimits: WERKER_GRENZEN,
      // a request waiting for a thread counts against its own time limit
      maxQueue: Math.max(16, opties.threads * 16),
    });
  }

  /** Runs one request on a worker; the signal aborts it (the thread is terminated and replaced). */
  async voer(taak: WerkerTaak, signal: AbortSignal): Promise<WerkerAntwoord> {
    try {
      return await this.pool.run(taak, { signal });
    } catch (e) {
      if (signal.aborted) this.afgebroken++;
      throw e;
    }
  }

  /** requests stopped by their time limit or a client that went away */
  afgebroken = 0;

  get wachtrij(): number { return this.pool.queueSize; }
  get threads(): number { return this.pool.threads.length; }
  get bezetting(): number { return this.pool.utilization; }

  async stop(): Promise<void> {
    await this.pool.destroy();
  }
}
