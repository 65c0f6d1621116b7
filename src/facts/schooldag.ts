// Whether a day is a schooldag for this jongere, and if not, why (weekend, feestdag, school
// holiday, vrije dag of the school): facts for ignoring and reporting verzuim on such a day.
// Without a vakantieregio a day is only known to be a school holiday when it lies in the holidays
// of all three regio's (time/kalender.ts); in one or two of them it depends on the regio (a
// waarschuwing says so).
import { weekdag, jmd, type Dag } from '../time/dag';
import { feestdagen } from '../time/feestdagen';
import { vakantieOp, VAKANTIEREGIOS, type Schoolkalender, type Vakantieregio, type Vakantiesoort } from '../time/kalender';
import type { Situatie } from './situatie';

export const GEEN_SCHOOLDAG_REDENEN = ['WEEKEND', 'FEESTDAG', 'SCHOOLVAKANTIE', 'VRIJE_DAG'] as const;
export type GeenSchooldagReden = (typeof GEEN_SCHOOLDAG_REDENEN)[number];

export interface GeenSchooldag {
  reden: GeenSchooldagReden;
  /** the feestdag's name (FEESTDAG) */
  feestdag: string | null;
  /** the holiday and the regio's it is a holiday in (SCHOOLVAKANTIE) */
  vakantie: Vakantiesoort | null;
  regios: Vakantieregio[];
}

/** The regio's (of the situatie's one, or all three) in whose official holidays d lies. */
export function vakantieRegios(s: Situatie, d: Dag): Vakantieregio[] {
  return (s.vakantieregio === null ? VAKANTIEREGIOS : [s.vakantieregio]).filter((r) => vakantieOp(r, d) !== null);
}

/** true/false; null where (with a vakantieregio) the official holidays of d are not known. The calendar without regio already leaves out the holidays all three share. */
export function isSchooldagVoor(kalender: Schoolkalender, d: Dag): boolean | null {
  return kalender.isSchooldagOfNull(d);
}

/** Why d is no schooldag (isSchooldagVoor false): the first of weekend, feestdag, vrije dag, school holiday. */
export function waaromGeenSchooldag(s: Situatie, d: Dag): GeenSchooldag {
  const leeg = { feestdag: null, vakantie: null, regios: [] as Vakantieregio[] };
  if (weekdag(d) > 5) return { reden: 'WEEKEND', ...leeg };
  const f = feestdagen(jmd(d).jaar).find((x) => x.datum === d && x.scholenDicht);
  if (f) return { reden: 'FEESTDAG', ...leeg, feestdag: f.naam };
  if (s.vrijeDagen.includes(d)) return { reden: 'VRIJE_DAG', ...leeg };
  const regios = vakantieRegios(s, d);
  return { reden: 'SCHOOLVAKANTIE', feestdag: null, vakantie: regios.length > 0 ? vakantieOp(regios[0], d)!.soort : null, regios };
}
