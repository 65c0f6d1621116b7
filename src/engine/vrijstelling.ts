// A beroep op vrijstelling judged by the rules: formal requirements, time limits, renewal, who decides.
import type { Feiten } from '../facts/feiten';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface VrijstellingsbesluitUitkomst {
  geldig: boolean; tijdig: boolean; uiterlijkeKennisgeving: Dag | null; verlengingUiterlijk: Dag | null; beslisser: string; redenen: UitlegUitvoer[];
}

export function vrijstellingsbesluit(f: Feiten, taal: Taal): VrijstellingsbesluitUitkomst {
  const toetsen = f.beslisAlle('vrijstellingToets');
  const tijdig = f.get('tijdig') === true;
  const redenen = [f.beslis('vrijstellingTermijn'), ...toetsen, f.beslis('vrijstellingVerlenging'), f.beslis('vrijstellingBeslisser')]
    .map((b) => uitleg(b, taal)).filter((u): u is UitlegUitvoer => u !== null);
  return {
    // valid when timely, at least one requirement applies and none fails
    geldig: tijdig && toetsen.length > 0 && toetsen.every((b) => b.params.geldig === true),
    tijdig,
    uiterlijkeKennisgeving: f.get('uiterlijkeKennisgeving') as Dag | null,
    verlengingUiterlijk: f.get('verlengingUiterlijk') as Dag | null,
    beslisser: f.get('vrijstellingBeslisser') as string,
    redenen,
  };
}
