// Checks on stored-leerling input, each naming the field. Facts go through the same converter as
// the stateless query (api/omzetten.ts), so what can be stored is exactly what can be evaluated.
import { BRIN, GEMEENTECODE } from '../../toegang/toegang';
import { parseDatum } from '../../time/dag';
import { KalenderBereikFout, schoolkalender, type Vakantieregio } from '../../time/kalender';
import { parseSchooljaar } from '../../time/schooljaar';
import { invoerFout } from '../fouten';
import { controleerSchooljaarBereik, controleerSchooljarenTot, kort, situatie, vandaag } from '../omzetten';
import type { SituatieInput } from '../invoer';
import type { FeitenInput } from './invoer';

export function controleerBrin(veld: string, brin: string): void {
  if (!BRIN.test(brin)) throw invoerFout(veld, `${kort(brin)} is not a BRIN (two digits and two capitals, e.g. "12AB", optionally a two-digit vestiging, e.g. "12AB01")`);
}

export function controleerGemeente(veld: string, gemeente: string): void {
  if (!GEMEENTECODE.test(gemeente)) throw invoerFout(veld, `${kort(gemeente)} is not a CBS gemeentecode (4 digits, e.g. "0363")`);
}

/**
 * 9 digits passing the elfproef, not all the same digit (000000000, 111111111 … 999999999 pass the
 * elfproef but are no BSN). The message never repeats the number.
 */
export function controleerBsn(veld: string, bsn: string): void {
  const ok = /^[0-9]{9}$/.test(bsn) && !/^(\d)\1{8}$/.test(bsn) && [...bsn].reduce((s, c, i) => s + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
  if (!ok) throw invoerFout(veld, 'not a valid BSN (9 digits passing the elfproef)');
}

export function situatieVanFeiten(basis: Omit<SituatieInput, keyof FeitenInput>, feiten: FeitenInput | null | undefined): SituatieInput {
  return {
    ...basis,
    inschrijvingen: feiten?.inschrijvingen?.map(({ brin: _brin, ...i }) => i),
    schooljaren: feiten?.schooljaren, diplomas: feiten?.diplomas, vrijstellingen: feiten?.vrijstellingen, verzuim: feiten?.verzuim, verlof: feiten?.verlof,
  };
}

/**
 * New facts on their own, with their own paths (feiten.verzuim[3].datum …); schooljaren not yet stored.
 * There is no peildatum when facts are stored: schooljaren are checked against today (none after the
 * current schooljaar, no more than the whole years lived).
 */
export function controleerFeiten(geboortedatum: string, feiten: FeitenInput | null | undefined, veld: string, opgeslagenSchooljaren: readonly string[] = []): void {
  if (!feiten) return;
  feiten.inschrijvingen?.forEach((i, n) => controleerBrin(`${veld}.inschrijvingen[${n}].brin`, i.brin));
  controleerSchooljarenTot(situatie(situatieVanFeiten({ geboortedatum }, feiten), veld), vandaag(), veld, 'today');
  const gezien = new Set(opgeslagenSchooljaren);
  feiten.schooljaren?.forEach((j, n) => {
    if (gezien.has(j.schooljaar)) throw invoerFout(`${veld}.schooljaren[${n}].schooljaar`, `${j.schooljaar} is already stored for this leerling`);
    gezien.add(j.schooljaar);
  });
}

/** The whole stored leerling after a change must still be a valid situatie (e.g. no fact before a changed geboortedatum). */
export function controleerGeheel(s: SituatieInput): void {
  controleerSchooljarenTot(situatie(s, 'leerling'), vandaag(), 'leerling', 'today');
}

/** A schooljaar asked about ("2023/2024"): its days must lie in the dates this API answers for. */
export function controleerSchooljaar(veld: string, s: string): number {
  const jaar = parseSchooljaar(s);
  if (jaar === null) throw invoerFout(veld, `${kort(s)} is not a schooljaar (YYYY/YYYY+1, e.g. "2023/2024")`);
  controleerSchooljaarBereik(veld, jaar);
  return jaar;
}

/**
 * A verzuim record must be evaluable: its day (and its week, for the lesweken) lies in the school
 * calendar of the leerling's vakantieregio, so a stored record can never break a later list query.
 */
export function controleerVerzuimdatum(veld: string, vakantieregio: string | null | undefined, datum: string): void {
  const d = parseDatum(datum);
  if (d === null) throw invoerFout(veld, `${kort(datum)} is not a date`);
  try {
    const k = schoolkalender((vakantieregio ?? undefined) as Vakantieregio | undefined);
    k.isSchooldag(d);
    k.isLesweek(d);
  } catch (e) {
    if (e instanceof KalenderBereikFout || e instanceof RangeError) throw invoerFout(veld, `${datum} lies outside the school calendar this API covers (${e.message})`);
    throw e;
  }
}
