// Checks on stored-leerling input, each naming the field. Facts go through the same converter as
// the stateless query (api/omzetten.ts), so what can be stored is exactly what can be evaluated.
import { BRIN, GEMEENTECODE } from '../../server/toegang';
import { parseSchooljaar } from '../../time/schooljaar';
import { invoerFout } from '../fouten';
import { situatie } from '../omzetten';
import type { SituatieInput } from '../invoer';
import type { FeitenInput } from './invoer';

export function controleerBrin(veld: string, brin: string): void {
  if (!BRIN.test(brin)) throw invoerFout(veld, `${JSON.stringify(brin)} is not a BRIN (two digits and two capitals, e.g. "12AB")`);
}

export function controleerGemeente(veld: string, gemeente: string): void {
  if (!GEMEENTECODE.test(gemeente)) throw invoerFout(veld, `${JSON.stringify(gemeente)} is not a CBS gemeentecode (4 digits, e.g. "0363")`);
}

/** 9 digits passing the elfproef. The message never repeats the number. */
export function controleerBsn(veld: string, bsn: string): void {
  const ok = /^[0-9]{9}$/.test(bsn) && [...bsn].reduce((s, c, i) => s + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
  if (!ok) throw invoerFout(veld, 'not a valid BSN (9 digits passing the elfproef)');
}

export function situatieVanFeiten(basis: Omit<SituatieInput, keyof FeitenInput>, feiten: FeitenInput | null | undefined): SituatieInput {
  return {
    ...basis,
    inschrijvingen: feiten?.inschrijvingen?.map(({ brin: _brin, ...i }) => i),
    schooljaren: feiten?.schooljaren, diplomas: feiten?.diplomas, vrijstellingen: feiten?.vrijstellingen, verzuim: feiten?.verzuim, verlof: feiten?.verlof,
  };
}

/** New facts on their own, with their own paths (feiten.verzuim[3].datum …); schooljaren not yet stored. */
export function controleerFeiten(geboortedatum: string, feiten: FeitenInput | null | undefined, veld: string, opgeslagenSchooljaren: readonly string[] = []): void {
  if (!feiten) return;
  feiten.inschrijvingen?.forEach((i, n) => controleerBrin(`${veld}.inschrijvingen[${n}].brin`, i.brin));
  situatie(situatieVanFeiten({ geboortedatum }, feiten), veld);
  const gezien = new Set(opgeslagenSchooljaren);
  feiten.schooljaren?.forEach((j, n) => {
    if (gezien.has(j.schooljaar)) throw invoerFout(`${veld}.schooljaren[${n}].schooljaar`, `${j.schooljaar} is already stored for this leerling`);
    gezien.add(j.schooljaar);
  });
}

/** The whole stored leerling after a change must still be a valid situatie (e.g. no fact before a changed geboortedatum). */
export function controleerGeheel(s: SituatieInput): void {
  situatie(s, 'leerling');
}

export function controleerSchooljaar(veld: string, s: string): number {
  const jaar = parseSchooljaar(s);
  if (jaar === null) throw invoerFout(veld, `${JSON.stringify(s)} is not a schooljaar (YYYY/YYYY+1, e.g. "2023/2024")`);
  return jaar;
}
