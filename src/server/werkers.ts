// The pool of worker threads (piscina) that runs heavy requests off the main thread.
import path from 'node:path';
import { Piscina } from 'piscina';
import type { WerkerAntwoord, WerkerData, WerkerTaak } from './werker';
import { WERKER_GRENZEN } from './draadgrenzen';

type Pool = Piscina<WerkerTaak, WerkerAntwoord>;

export class Werkers {
  private pool: Pool;
  /** requests running or waiting, per pool (a replaced pool is destroyed when it reaches 0) */
  private readonly lopend = new Map<Pool, number>();
  /** replaced pools being destroyed */
  private readonly sluitend = new Set<Promise<void>>();

  constructor(data: WerkerData, private readonly opties: { threads: number; vooraf: boolean }) {
    this.pool = this.maakPool(data);
  }

  private maakPool(data: WerkerData): Pool {
    const ts = path.extname(__filename) === '.ts';
    return new Piscina({
      filename: path.join(__dirname, ts ? 'werker-ts.cjs' : 'werker.js'),
      workerData: data,
      maxThreads: this.opties.threads,
      minThreads: this.opties.vooraf ? this.opties.threads : 0,
      idleTimeout: this.opties.vooraf ? Infinity : 60_000,
      concurrentTasksPerWorker: 1,
      resourceLimits: WERKER_GRENZEN,
      // a request waiting for a thread counts against its own time limit
      maxQueue: Math.max(16, this.opties.threads * 16),
    });
  }

  /**
   * A reloaded rule set: new requests go to a new pool whose threads load it; the old pool takes
   * no more requests, finishes those it has (on the set they started with) and then closes.
   */
  vervang(data: WerkerData): void {
    const oud = this.pool;
    this.pool = this.maakPool(data);
    if (!this.lopend.get(oud)) this.sluit(oud);
  }

  // not piscina's close(): it gives up after closeTimeout and does not wait for queued requests
  private sluit(pool: Pool): void {
    this.lopend.delete(pool);
    const dicht: Promise<void> = pool.destroy().finally(() => this.sluitend.delete(dicht));
    this.sluitend.add(dicht);
  }

  /** Runs one request on a worker; the signal aborts it (the thread is terminated and replaced). */
  async voer(taak: WerkerTaak, signal: AbortSignal): Promise<WerkerAntwoord> {
    const pool = this.pool;
    this.lopend.set(pool, (this.lopend.get(pool) ?? 0) + 1);
    try {
      return await pool.run(taak, { signal });
    } catch (e) {
      if (signal.aborted) this.afgebroken++;
      throw e;
    } finally {
      const n = this.lopend.get(pool)! - 1;
      this.lopend.set(pool, n);
      if (n === 0 && pool !== this.pool) this.sluit(pool);
    }
  }

  /** requests stopped by their time limit or a client that went away */
  afgebroken = 0;

  get wachtrij(): number { return this.pool.queueSize; }
  get threads(): number { return this.pool.threads.length; }
  get bezetting(): number { return this.pool.utilization; }

  async stop(): Promise<void> {
    for (const oud of [...this.lopend.keys()]) if (oud !== this.pool) this.sluit(oud);
    await Promise.all([...this.sluitend]);
    await this.pool.destroy();
  }
}
