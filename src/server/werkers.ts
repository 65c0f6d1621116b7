// The pool of worker threads (piscina) that runs heavy requests off the main thread.
import path from 'node:path';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { Deeltaak, Hulpbericht, WerkerAntwoord, WerkerData, WerkerTaak } from './werker';
import { WERKER_GRENZEN } from './draadgrenzen';

type Pool = Piscina<WerkerTaak | Deeltaak, WerkerAntwoord | Uint8Array>;

export class Werkers {
  private pool: Pool;
  /** requests running or waiting, per pool (a replaced pool is destroyed when it reaches 0) */
  private readonly lopend = new Map<Pool, number>();
  /** replaced pools being destroyed */
  private readonly sluitend = new Set<Promise<void>>();

  constructor(data: WerkerData, private readonly opties: { threads: number; vooraf: boolean; delen: boolean }) {
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

  /**
   * Runs one request on a worker; the signal aborts it (the thread is terminated and replaced).
   * The request's thread may offer batches of a stored list over its hulp line: each goes to an
   * idle thread of the same pool, or is refused at once (the request's thread then does it).
   */
  async voer(taak: Omit<WerkerTaak, 'hulp'>, signal: AbortSignal): Promise<WerkerAntwoord> {
    const pool = this.pool;
    // no line when sharing is off or there is nobody to share with
    const lijn = this.opties.delen && this.opties.threads > 1 ? new MessageChannel() : null;
    const delen = new AbortController(); // batches still running when the request ends are stopped with it
    lijn?.port1.on('message', (m: Hulpbericht) => { if ('deel' in m) void this.neemDeel(pool, m, lijn.port1, delen.signal); });
    this.lopend.set(pool, (this.lopend.get(pool) ?? 0) + 1);
    try {
      const uit = lijn ? pool.run({ ...taak, hulp: lijn.port2 }, { signal, transferList: [lijn.port2] as never }) : pool.run(taak, { signal });
      return (await uit) as WerkerAntwoord;
    } catch (e) {
      if (signal.aborted) this.afgebroken++;
      throw e;
    } finally {
      delen.abort();
      lijn?.port1.close();
      this.klaar(pool);
    }
  }

  /** Whether a thread of this (current) pool is idle now: a batch given to it starts at once and waits for nothing. */
  private vrij(pool: Pool): boolean {
    return pool === this.pool && pool.queueSize === 0 && pool.threads.length > (this.lopend.get(pool) ?? 0);
  }

  private async neemDeel(pool: Pool, m: { id: number; deel: Uint8Array }, poort: MessagePort, signal: AbortSignal): Promise<void> {
    const antwoord = (uitslag: Uint8Array | null) => poort.postMessage({ id: m.id, uitslag } satisfies Hulpbericht, uitslag ? [uitslag.buffer as ArrayBuffer] : []);
    if (signal.aborted || !this.vrij(pool)) return antwoord(null);
    this.lopend.set(pool, (this.lopend.get(pool) ?? 0) + 1);
    this.gedeeld++;
    try {
      antwoord((await pool.run({ deel: m.deel }, { signal, transferList: [m.deel.buffer] as never })) as Uint8Array);
    } catch {
      antwoord(null); // the request's thread does it itself (or has ended)
    } finally {
      this.klaar(pool);
    }
  }

  private klaar(pool: Pool): void {
    const n = this.lopend.get(pool)! - 1;
    this.lopend.set(pool, n);
    if (n === 0 && pool !== this.pool) this.sluit(pool);
  }

  /** batches of stored lists taken over by another thread */
  gedeeld = 0;

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
