// Verdicts of the vervangende leerplicht (arts 3a, 3b) and of the consultation of WEB 9.2.5 lid 5,
// read from their outcome facts.
import type { Feiten } from '../facts/feiten';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface VervangendeLeerplichtUitkomst {
  artikel: string | null; voldoet: boolean | null;
  besluitUiterlijk: Dag | null; afschriftUiterlijk: Dag | null; verlengingUiterlijk: Dag | null;
}

export function vervangendeLeerplicht(f: Feiten): VervangendeLeerplichtUitkomst {
  return {
    artikel: f.get('vervangendeLeerplichtArtikel') as string | null,
    voldoet: f.get('vervangendeLeerplichtVoldoet') as boolean | null,
    besluitUiterlijk: f.get('vervangendBesluitUiterlijk') as Dag | null,
    afschriftUiterlijk: f.get('vervangendAfschriftUiterlijk') as Dag | null,
    verlengingUiterlijk: f.get('vervangendVerlengingUiterlijk') as Dag | null,
  };
}

export function vervangendeLeerplichtUitleg(f: Feiten, taal: Taal): UitlegUitvoer[] {
  const uit: UitlegUitvoer[] = [];
  for (const type of ['vervangendeLeerplicht', 'vervangendeLeerplichtTermijnen', 'inschrijvingVoldoet']) {
    const u = uitleg(f.beslis(type), taal);
    if (u) uit.push(u);
  }
  return uit;
}

export interface OverlegUitkomst { vereist: boolean; grond: string | null; tot: Dag | null }

/** null when no rule of WEB 9.2.5 lid 5 is in force on the wetsdatum (before 2026-01-01). */
export function doorstroompuntOverleg(f: Feiten): OverlegUitkomst | null {
  const b = f.beslis('doorstroompuntOverleg');
  if (b.regel === null) return null;
  return { vereist: b.params.overlegVereist === true, grond: (b.params.overlegGrond as string | null) ?? null, tot: (b.params.overlegTot as Dag | null) ?? null };
}

export function doorstroompuntOverlegUitleg(f: Feiten, taal: Taal): UitlegUitvoer[] {
  const u = uitleg(f.beslis('doorstroompuntOverleg'), taal);
  return u ? [u] : [];
}
