// Who can be held to the duties of the Leerplichtwet on the peildatum, and whether Halt is possible.
import type { Feiten } from '../facts/feiten';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface AansprakelijkheidUitkomst { ouders: boolean; jongere: boolean; haltMogelijk: boolean; uitleg: UitlegUitvoer[] }

export function aansprakelijkheid(f: Feiten, taal: Taal): AansprakelijkheidUitkomst {
  const typen = ['oudersAansprakelijk', 'jongereAansprakelijk', 'halt'];
  const ouders = f.get('ouders') === true;
  const jongere = f.get('jongere') === true;
  const haltMogelijk = f.get('haltMogelijk') === true;
  const besluiten = typen.map((t) => f.beslis(t)); // decided now, in the same order as before; only the sentences wait
  let tekst: UitlegUitvoer[] | undefined;
  return {
    ouders, jongere, haltMogelijk,
    get uitleg() { return (tekst ??= besluiten.map((b) => uitleg(b, taal)).filter((u): u is UitlegUitvoer => u !== null)); },
  };
}
