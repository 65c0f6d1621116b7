// A leave request judged by the rules: who decides, the maximum, and every test that applies.
import type { Feiten } from '../facts/feiten';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface VerlofbesluitUitkomst { toelaatbaar: boolean; beslisser: string; maxDagen: number | null; maxUren: number | null; redenen: UitlegUitvoer[] }

export function verlofbesluit(f: Feiten, taal: Taal): VerlofbesluitUitkomst {
  const toetsen = f.beslisAlle('verlofToets');
  const redenen = [f.beslis('verlofBeslisser'), f.beslis('verlofMaximum'), ...toetsen]
    .map((b) => uitleg(b, taal)).filter((u): u is UitlegUitvoer => u !== null);
  return {
    // toelaatbaar when at least one test applies and none excludes it
    toelaatbaar: toetsen.length > 0 && toetsen.every((b) => b.params.toelaatbaar === true),
    beslisser: f.get('beslisser') as string,
    maxDagen: f.get('maxDagen') as number | null,
    maxUren: f.get('maxUren') as number | null,
    redenen,
  };
}
