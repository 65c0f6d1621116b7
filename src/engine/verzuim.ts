// The verzuim verdict: which meldingen the rules require or allow, and the highest window sum.
import type { Feiten } from '../facts/feiten';
import type { Kandidaat } from '../facts/verzuim';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface MeldingUitkomst { soort: string; verplicht: boolean; begindatum: Dag; einddatum: Dag; uren: number; uitleg: UitlegUitvoer[] }
export interface VerzuimUitkomst { meldplicht: boolean; meldingen: MeldingUitkomst[]; maxUrenVierLesweken: number; uitleg: UitlegUitvoer[] }

export function meldingen(f: Feiten): { kandidaat: Kandidaat; verplicht: boolean; feiten: Feiten }[] {
  return (f.get('meldingBeoordelingen') as Feiten[])
    .filter((m) => m.beslis('meldingOordeel').params.melden === true)
    .map((m) => ({ kandidaat: m.onderwerp as Kandidaat, verplicht: m.beslis('meldingOordeel').params.verplicht === true, feiten: m }));
}

export type VerzuimKern = Omit<VerzuimUitkomst, 'uitleg' | 'meldingen'> & { meldingen: Omit<MeldingUitkomst, 'uitleg'>[] };

/** The verdict without explanations (no uitleg texts are rendered): for bulk use and the benchmark. */
export function verzuimKern(f: Feiten): VerzuimKern {
  const lijst = meldingen(f).map((m) => ({
    soort: m.kandidaat.soort, verplicht: m.verplicht, begindatum: m.kandidaat.begindatum, einddatum: m.kandidaat.einddatum, uren: m.kandidaat.uren,
  }));
  return {
    meldplicht: lijst.some((m) => m.verplicht && m.einddatum <= f.ctx.peildatum),
    meldingen: lijst,
    maxUrenVierLesweken: f.get('maxUrenVierLesweken') as number,
  };
}

/** The explanation of one melding (its meldingOordeel), from meldingen(f)[i].feiten. */
export function meldingUitleg(melding: Feiten, taal: Taal): UitlegUitvoer[] {
  return [uitleg(melding.beslis('meldingOordeel'), taal)!];
}

/** Per record, the first explanation of each rule that judged a record (not one line per lesson). */
export function registratieUitleg(f: Feiten, taal: Taal): UitlegUitvoer[] {
  const gezien = new Set<string>();
  const perRegistratie: UitlegUitvoer[] = [];
  for (const r of f.get('verzuimBeoordelingen') as Feiten[]) {
    const b = r.beslis('verzuimOordeel');
    if (b.regel === null || gezien.has(b.regel.id)) continue; // the text is only rendered for a rule's first record
    const u = uitleg(b, taal)!;
    gezien.add(u.regel);
    perRegistratie.push(u);
  }
  return perRegistratie;
}

export function verzuim(f: Feiten, taal: Taal): VerzuimUitkomst {
  const lijst = meldingen(f).map((m) => ({
    soort: m.kandidaat.soort, verplicht: m.verplicht, begindatum: m.kandidaat.begindatum, einddatum: m.kandidaat.einddatum,
    uren: m.kandidaat.uren, uitleg: meldingUitleg(m.feiten, taal),
  }));
  return {
    meldplicht: lijst.some((m) => m.verplicht && m.einddatum <= f.ctx.peildatum),
    meldingen: lijst,
    maxUrenVierLesweken: f.get('maxUrenVierLesweken') as number,
    uitleg: [...registratieUitleg(f, taal), ...lijst.flatMap((m) => m.uitleg)],
  };
}
