// Verdicts on target groups: JiKP, RMC/Doorstroompunt, and voortijdig schoolverlaten per schooljaar.
import { Feiten } from '../facts/feiten';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface OordeelUitkomst { vanToepassing: boolean; uitleg: UitlegUitvoer[] }

function oordeel(f: Feiten, type: string, veld: string, taal: Taal): OordeelUitkomst {
  const b = f.beslis(type);
  let tekst: UitlegUitvoer[] | undefined;
  // the sentence is rendered on first read only (most queries do not select it)
  return {
    vanToepassing: b.params[veld] === true,
    get uitleg() { if (tekst === undefined) { const u = uitleg(b, taal); tekst = u ? [u] : []; } return tekst; },
  };
}

export const kwetsbarePositie = (f: Feiten, taal: Taal) => oordeel(f, 'jikp', 'kwetsbarePositie', taal);
export const doorstroompunt = (f: Feiten, taal: Taal) => oordeel(f, 'doorstroompunt', 'doelgroep', taal);

/** One evaluation per schooljaar asked: its peildata are 1 oktober T and T+1, whatever the peildatum. */
export function voortijdigSchoolverlater(f: Feiten, schooljaar: number, taal: Taal): OordeelUitkomst {
  return oordeel(new Feiten(f.ctx.catalogi.vsv, f.ctx, f, { schooljaar }), 'vsvOordeel', 'voortijdigSchoolverlater', taal);
}
