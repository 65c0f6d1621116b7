// The base of the computed output objects: uitleg rendered on first read, and dates as text.
import type { UitlegUitvoer } from '../engine/uitleg';
import type { Dag } from '../time/dag';
import { datumTekst } from './datum-tekst';
import { metKalender } from './met-kalender';

/** A day as YYYY-MM-DD, null kept. */
export const iso = (d: Dag | null) => (d === null ? null : datumTekst(d));

/** An output object whose uitleg is computed on first read (private fields stay out of JSON). */
export abstract class MetUitleg {
  #bereken: (() => UitlegUitvoer[]) | null;
  #tekst: UitlegUitvoer[] | null = null;
  constructor(bereken: () => UitlegUitvoer[]) { this.#bereken = bereken; }
  get uitleg(): UitlegUitvoer[] {
    if (this.#bereken !== null) { this.#tekst = metKalender(this.#bereken); this.#bereken = null; }
    return this.#tekst!;
  }
  toJSON(): object { return { ...this, uitleg: this.uitleg }; }
}
