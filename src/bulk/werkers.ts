// The bulk pool of worker threads (piscina), shared by the CLI and the HTTP route: blocks of lines
// go to whichever thread is free; evaluation never runs on the calling thread.
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { invoerFout } from '../api/fouten';
import { BULK_GRENZEN } from '../server/draadgrenzen';
import type { Blokuitkomst, Fout } from './beoordelaar';
import type { Opdracht } from './opdracht';
import type { BulkTaak, BulkWerkerData } from './werker';
import type { Regelteksten } from '../server/regelmappen';

export const standaardThreads = () => Math.max(1, os.availableParallelism?.() ?? os.cpus().length);

export interface BulkWerkersOpties {
  threads?: number;
  /** start every thread now (CLI) instead of on the first run (server) */
  vooraf?: boolean;
  /** whose process the threads live in: the CLI's own (a larger young generation) or the server's */
  gebruik?: 'cli' | 'server';
  /** longest line accepted, in bytes */
  maxRegelBytes: number;
  /** the server's rule-set hash: a worker that loads other rules refuses to start */
  regelsetHash?: string;
  /** no "did you mean …" in messages (production, as GraphQL) */
  verbergSuggesties?: boolean;
  /** the texts of the server's rule set (default: the threads load the project's rules/) */
  regelteksten?: Regelteksten;
}

export class BulkWerkers {
  private readonly pool: Piscina<BulkTaak, Blokuitkomst | Fout | null>;
  readonly threads: number;
  readonly maxRegelBytes: number;

  constructor(o: BulkWerkersOpties) {
    this.threads = o.threads ?? standaardThreads();
    this.maxRegelBytes = o.maxRegelBytes;
    const ts = path.extname(__filename) === '.ts';
    const workerData: BulkWerkerData = { regelsetHash: o.regelsetHash, maxRegelBytes: o.maxRegelBytes, verbergSuggesties: o.verbergSuggesties ?? false, regelteksten: o.regelteksten };
    this.pool = new Piscina({
      filename: path.join(__dirname, ts ? 'werker-ts.cjs' : 'werker.js'),
      workerData,
      resourceLimits: BULK_GRENZEN[o.gebruik ?? 'server'],
      maxThreads: this.threads,
      minThreads: o.vooraf ? this.threads : 0,
      idleTimeout: o.vooraf ? Infinity : 60_000,
      concurrentTasksPerWorker: 1,
    });
  }

  /** Throws BAD_USER_INPUT when the rules do not cover the opdracht's wetsdatum. */
  async controleer(opdracht: Opdracht): Promise<void> {
    const f = (await this.pool.run({ soort: 'controleer', opdracht })) as Fout | null;
    if (f) {
      if (f.code === 'BAD_USER_INPUT') throw invoerFout(f.veld ?? 'opdracht', f.message.replace(/^[^:]*: /, ''));
      throw new Error(f.message);
    }
  }

  /** One block of whole lines; the bytes are moved to the worker (unusable here afterwards). */
  blok(opdracht: Opdracht, sleutel: string, bytes: Uint8Array, eersteRegel: number): Promise<Blokuitkomst> {
    return this.pool.run({ soort: 'blok', opdracht, sleutel, bytes, eersteRegel }, { transferList: [bytes.buffer as ArrayBuffer] }) as Promise<Blokuitkomst>;
  }

  get wachtrij(): number { return this.pool.queueSize; }
  /** threads alive: 0 once idle long enough (a pool replaced by a reload is then stopped) */
  get draden(): number { return this.pool.threads.length; }

  async stop(): Promise<void> {
    await this.pool.destroy();
  }
}
