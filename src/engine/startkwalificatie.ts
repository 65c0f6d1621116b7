// The startkwalificatie verdict: the earliest diploma the rules recognise, behaald on the peildatum.
import type { Feiten } from '../facts/feiten';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface StartkwalificatieUitkomst { behaald: boolean; datum: Dag | null; diploma: string | null; uitleg: UitlegUitvoer[] }

/** The verdict without its explanation (rendered by startkwalificatieUitleg only when asked). */
export function startkwalificatieKern(f: Feiten): Omit<StartkwalificatieUitkomst, 'uitleg'> {
  const datum = f.get('startkwalificatieDatum') as Dag | null;
  const behaald = datum !== null && datum <= f.ctx.peildatum;
  return { behaald, datum: behaald ? datum : null, diploma: behaald ? (f.get('startkwalificatieDiploma') as string) : null };
}

/** One explanation per diploma the rules judged. */
export function startkwalificatieUitleg(f: Feiten, taal: Taal): UitlegUitvoer[] {
  const uit: UitlegUitvoer[] = [];
  for (const d of f.get('diplomaBeoordelingen') as Feiten[]) {
    const u = uitleg(d.beslis('startkwalificatie'), taal);
    if (u) uit.push(u);
  }
  return uit;
}

export function startkwalificatie(f: Feiten, taal: Taal): StartkwalificatieUitkomst {
  const kern = startkwalificatieKern(f);
  return { ...kern, uitleg: startkwalificatieUitleg(f, taal) };
}
