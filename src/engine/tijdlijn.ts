// The consecutive periods of a jongere's life under the Leerplichtwet, each with the rule that
// decided it. Independent of the peildatum: the status on any day agrees with it.
import type { Feiten } from '../facts/feiten';
import { tijdvakken } from '../facts/tijdvakken';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface Tijdvak { status: string; vanaf: Dag; tot: Dag | null; grond: UitlegUitvoer }

export function tijdlijn(f: Feiten, taal: Taal): Tijdvak[] {
  return tijdlijnKern(f).map((p) => ({ status: p.status, vanaf: p.vanaf, tot: p.tot, grond: p.grond(taal) }));
}

/** The periods with their explanation as a function: rendered only when asked. */
export function tijdlijnKern(f: Feiten): (Omit<Tijdvak, 'grond'> & { grond(taal: Taal): UitlegUitvoer })[] {
  return tijdvakken(f).map((p) => ({ status: p.status, vanaf: p.vanaf, tot: p.tot, grond: (taal: Taal) => uitleg(f.beslis(p.beslissing), taal)! }));
}
