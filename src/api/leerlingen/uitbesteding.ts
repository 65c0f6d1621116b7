// A list's batches in order, every other one handed to another thread of the server when one is free
// (ApiContext.verdeel): the list's own thread evaluates the next batch meanwhile. No thread waits
// for work that has not started: the server takes a batch only on an idle thread, and says at once
// when there is none; the list's thread then does it itself.
import type { ApiContext } from '../context';
import type { Lijstdeel, Lijstdeeluitslag } from './lijstdeel';

/** Batches not offered after a refusal: serialising one costs a little, and a busy server stays busy for a while. */
const RUST_NA_WEIGERING = 8;

export class Uitbesteding<T> {
  private open: { antwoord: Promise<T | null>; zelf: () => T } | null = null;
  private rust = 0;

  constructor(private readonly verdeel: ApiContext['verdeel']) {}

  /**
   * One batch: handed out when nothing is out and a thread may be free (its result comes with a
   * later call or sluit), else evaluated here. Returns the results now complete, in batch order.
   */
  async batch(deel: () => Lijstdeel, lees: (u: Lijstdeeluitslag) => T, zelf: () => T): Promise<T[]> {
    if (this.verdeel && this.open === null && this.rust === 0) {
      const antwoord = this.verdeel(deel()).then((u) => (u === null ? null : lees(u)), () => null);
      this.open = { antwoord, zelf };
      return [];
    }
    if (this.rust > 0) this.rust--;
    const hier = zelf();
    return [...(await this.sluit()), hier];
  }

  /** The batch that is out, if any: its result, or evaluated here after all when no thread took it. */
  async sluit(): Promise<T[]> {
    const o = this.open;
    if (o === null) return [];
    this.open = null;
    const u = await o.antwoord;
    if (u !== null) return [u];
    this.rust = RUST_NA_WEIGERING;
    return [o.zelf()];
  }
}
