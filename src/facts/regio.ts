// What depends on the vakantieregio when the caller gave none: the first schooldag on or after a
// day in each regio. Facts only (which day, in which regio); the rules decide what it means.
import type { Dag } from '../time/dag';
import { schoolkalender, VAKANTIEREGIOS, type Vakantieregio } from '../time/kalender';
import type { Situatie } from './situatie';

/** datum null: the official school holidays of that regio are not known for that day. */
export interface RegioDag { regio: Vakantieregio; datum: Dag | null }

/** In the given regio, or in each of the three when none is given. */
export function eersteSchooldagPerRegio(s: Situatie, d: Dag): RegioDag[] {
  const regios = s.vakantieregio === null ? VAKANTIEREGIOS : [s.vakantieregio];
  return regios.map((regio) => ({ regio, datum: schoolkalender(regio, s.vrijeDagen).eersteSchooldagVanafOfNull(d) }));
}

