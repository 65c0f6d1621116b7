// The consecutive periods of a jongere's life under the Leerplichtwet, each with the rule that
// decided it. Independent of the peildatum: the status on any day agrees with it.
import type { Feiten } from '../facts/feiten';
import { tijdvakken } from '../facts/tijdvakken';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface Tijdvak { status: string; vanaf: Dag; tot: Dag | null; grond: UitlegUitvoer }

export function tijdlijn(f: Feiten, taal: Taal): Tijdvak[] {
  return tijdvakken(f).map((p) => ({ status: p.status, vanaf: p.vanaf, tot: p.tot, grond: uitleg(f.beslis(p.beslissing), taal)! }));
}
