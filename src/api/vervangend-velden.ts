// The computed output objects of the vervangende leerplicht and of the Doorstroompunt's
// 9.2.5 lid 5 consultation; each uitleg and the consultation are computed on first read.
import type { UitlegUitvoer } from '../engine/uitleg';
import { doorstroompuntOverleg, doorstroompuntOverlegUitleg, vervangendeLeerplicht, vervangendeLeerplichtUitleg } from '../engine/vervangend';
import { metKalender } from './met-kalender';
import { iso, MetUitleg } from './met-uitleg';
import type { Beoordeling } from './uitvoer';
import { type DoorstroompuntOverleg, type OverlegGrond, type VervangendeLeerplichtArtikel, type VervangendeLeerplichtOordeel } from './vervangend-typen';

class VervangendUitvoer extends MetUitleg implements VervangendeLeerplichtOordeel {
  constructor(readonly artikel: VervangendeLeerplichtArtikel | null, readonly voldoet: boolean | null, readonly besluitUiterlijk: string | null,
    readonly afschriftUiterlijk: string | null, readonly verlengingUiterlijk: string | null, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

export function vervangendeLeerplichtVan(b: Beoordeling): VervangendeLeerplichtOordeel {
  const v = vervangendeLeerplicht(b.feiten);
  const { feiten, taal } = b;
  return new VervangendUitvoer(v.artikel as VervangendeLeerplichtArtikel | null, v.voldoet, iso(v.besluitUiterlijk), iso(v.afschriftUiterlijk), iso(v.verlengingUiterlijk),
    () => vervangendeLeerplichtUitleg(feiten, taal));
}

class OverlegUitvoer extends MetUitleg implements DoorstroompuntOverleg {
  constructor(readonly vereist: boolean, readonly grond: OverlegGrond | null, readonly tot: string | null, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

/** WEB 9.2.5 lid 5: null before 2026-01-01, when the article does not exist. */
export function doorstroompuntOverlegVan(b: Beoordeling): DoorstroompuntOverleg | null {
  const { feiten, taal } = b;
  const o = metKalender(() => doorstroompuntOverleg(feiten));
  return o === null ? null : new OverlegUitvoer(o.vereist, o.grond as OverlegGrond | null, iso(o.tot), () => doorstroompuntOverlegUitleg(feiten, taal));
}
