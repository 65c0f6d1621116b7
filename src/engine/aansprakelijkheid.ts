// Who can be held to the duties of the Leerplichtwet on the peildatum, and whether Halt is possible.
import type { Feiten } from '../facts/feiten';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface AansprakelijkheidUitkomst { ouders: boolean; jongere: boolean; haltMogelijk: boolean; uitleg: UitlegUitvoer[] }

export function aansprakelijkheid(f: Feiten, taal: Taal): AansprakelijkheidUitkomst {
  const typen = ['oudersAansprakelijk', 'jongereAansprakelijk', 'halt'];
  return {
    ouders: f.get('ouders') === true,
    jongere: f.get('jongere') === true,
    haltMogelijk: f.get('haltMogelijk') === true,
    uitleg: typen.map((t) => uitleg(f.beslis(t), taal)).filter((u): u is UitlegUitvoer => u !== null),
  };
}
