// An uitschrijving (art 10) or a verwijderingsbesluit (art 18 lid 1) judged by the rules: whether the
// school may take the jongere off its register, and each report that is then due with its deadline.
// Reads decided outcomes; decides nothing.
import type { Feiten } from '../facts/feiten';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface SchoolmeldingUitkomst {
  wat: string; aan: string; termijnSoort: string; termijn: string; uiterlijk: Dag | null; parameter: string | null; uitleg: UitlegUitvoer;
}
export interface Ontbrekend { invoer: string; tekst: string }
export interface UitschrijvingsbesluitUitkomst {
  toegestaan: boolean | null; grond: string | null; meldingen: SchoolmeldingUitkomst[]; uitleg: UitlegUitvoer[]; ontbreekt: Ontbrekend[];
}

export function schoolmeldingen(f: Feiten, taal: Taal): SchoolmeldingUitkomst[] {
  return f.beslisAlle('schoolmelding').map((b) => ({
    wat: b.params.schoolmeldingWat as string, aan: b.params.schoolmeldingAan as string,
    termijnSoort: b.params.schoolmeldingTermijnSoort as string, termijn: b.params.schoolmeldingTermijn as string,
    uiterlijk: (b.params.schoolmeldingUiterlijk as Dag | null) ?? null, parameter: (b.params.schoolmeldingParameter as string | null) ?? null,
    uitleg: uitleg(b, taal)!,
  }));
}

/** Which input a null answer waits for, by the rule that gave it (the rules say null; this names the field). */
const WACHT_OP: Readonly<Record<string, { invoer: string; tekst: Record<Taal, string> }>> = {
  'lpw.art10.aanvraag-onbekend': {
    invoer: 'verzoek.opAanvraag',
    tekst: { NL: 'Niet opgegeven of de ouders of verzorgers (of de meerderjarige jongere) de uitschrijving aanvroegen (art 10, art 2 lid 1, art 1b).', EN: 'Not given whether the parents (or the adult jongere) asked for the removal (art 10, art 2 lid 1, art 1b).' },
  },
  'lpw.art10.grond-niet-opgegeven': {
    invoer: 'verzoek.gebleken',
    tekst: { NL: 'Niet opgegeven of de grond het hoofd gebleken is: bewijs van inschrijving op de andere school of instelling, of de vrijstelling (art 10; bij art 5: aan art 6 tot en met 9 voldaan).', EN: 'Not given whether the ground was shown to the head: proof of enrolment elsewhere, or the exemption (art 10; for art 5: arts 6 to 9 met).' },
  },
};

export function uitschrijvingsbesluit(f: Feiten, taal: Taal): UitschrijvingsbesluitUitkomst {
  const toets = f.beslis('uitschrijvingToets');
  const toegestaan = (toets.params.toegestaan as boolean | null | undefined) ?? null;
  const meldingen = schoolmeldingen(f, taal);
  const u = uitleg(toets, taal);
  const wacht = toegestaan === null && toets.regel !== null ? WACHT_OP[toets.regel.id] : undefined;
  return {
    toegestaan,
    grond: toegestaan === true ? (f.get('uitschrijvingsgrond') as string) : null,
    meldingen,
    uitleg: [...(u ? [u] : []), ...meldingen.map((m) => m.uitleg)],
    ontbreekt: wacht ? [{ invoer: wacht.invoer, tekst: wacht.tekst[taal] }] : [],
  };
}

export interface VerzuimmeldtermijnUitkomst { soort: string; termijn: string; uiterlijk: Dag | null; parameter: string | null; uitleg: UitlegUitvoer | null }

/** The deadline of one verzuimmelding (meldingen(f)[i].feiten): its meldingTermijn outcome. */
export function verzuimmeldtermijn(melding: Feiten, taal: Taal): VerzuimmeldtermijnUitkomst | null {
  const b = melding.beslis('meldingTermijn');
  if (b.regel === null) return null;
  return {
    soort: b.params.verzuimTermijnSoort as string, termijn: b.params.verzuimTermijn as string,
    uiterlijk: (b.params.verzuimUiterlijk as Dag | null) ?? null, parameter: (b.params.verzuimTermijnParameter as string | null) ?? null,
    uitleg: uitleg(b, taal),
  };
}
