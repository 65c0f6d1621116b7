// The computed output objects of the vervangende leerplicht and of the Doorstroompunt's
// 9.2.5 lid 5 consultation; each uitleg and the consultation are computed on first read.
import type { UitlegUitvoer } from '../engine/uitleg';
import { doorstroompuntOverleg, doorstroompuntOverlegUitleg, vervangendeLeerplicht, vervangendeLeerplichtUitleg } from '../engine/vervangend';
import type { Dag } from '../time/dag';
import { datumTekst } from './datum-tekst';
import { metKalender } from './met-kalender';
import type { Beoordeling } from './uitvoer';
import { type DoorstroompuntOverleg, type OverlegGrond, type VervangendeLeerplichtArtikel, type VervangendeLeerplichtOordeel } from './vervangend-typen';

const iso = (d: Dag | null) => (d === null ? null : datumTekst(d));

/** Computes its uitleg once, on first read (private fields stay out of JSON). */
class Lui {
  #bereken: (() => UitlegUitvoer[]) | null;
  #tekst: UitlegUitvoer[] | null = null;
  constructor(bereken: () => UitlegUitvoer[]) { this.#bereken = bereken; }
  get uitleg(): UitlegUitvoer[] {
    if (this.#bereken !== null) { this.#tekst = metKalender(this.#bereken); this.#bereken = null; }
    return this.#tekst!;
  }
  toJSON(): object { return { ...this, uitleg: this.uitleg }; }
}

class VervangendUitvoer extends Lui implements VervangendeLeerplichtOordeel {
  constructor(readonly artikel: VervangendeLeerplichtArtikel | null, readonly voldoet: boolean | null, readonly besluitUiterlijk: string | null,
    readonly afschriftUiterlijk: string | null, readonly verlengingUiterlijk: string | null, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

export function vervangendeLeerplichtVan(b: Beoordeling): VervangendeLeerplichtOordeel {
  const v = vervangendeLeerplicht(b.feiten);
  const { feiten, taal } = b;
  return new VervangendUitvoer(v.artikel as VervangendeLeerplichtArtikel | null, v.voldoet, iso(v.besluitUiterlijk), iso(v.afschriftUiterlijk), iso(v.verlengingUiterlijk),
    () => vervangendeLeerplichtUitleg(feiten, taal));
}

class OverlegUitvoer extends Lui implements DoorstroompuntOverleg {
  constructor(readonly vereist: boolean, readonly grond: OverlegGrond | null, readonly tot: string | null, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

/** WEB 9.2.5 lid 5: null before 2026-01-01, when the article does not exist. */
export function doorstroompuntOverlegVan(b: Beoordeling): DoorstroompuntOverleg | null {
  const { feiten, taal } = b;
  const o = metKalender(() => doorstroompuntOverleg(feiten));
  return o === null ? null : new OverlegUitvoer(o.vereist, o.grond as OverlegGrond | null, iso(o.tot), () => doorstroompuntOverlegUitleg(feiten, taal));
}
