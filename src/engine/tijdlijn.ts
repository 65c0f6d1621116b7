// The consecutive periods of a jongere's life under the Leerplichtwet, each with the rule that
// decided it. Independent of the peildatum: the status on any day agrees with it.
import type { Feiten } from '../facts/feiten';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface Tijdvak { status: string; vanaf: Dag; tot: Dag | null; grond: UitlegUitvoer }

export function tijdlijn(f: Feiten, taal: Taal): Tijdvak[] {
  const grond = (type: string) => uitleg(f.beslis(type), taal)!;
  const vanaf = f.get('leerplichtigVanaf') as Dag;
  const tot = f.get('leerplichtigTot') as Dag;
  const uit: Tijdvak[] = [
    { status: 'NOG_NIET_LEERPLICHTIG', vanaf: f.ctx.situatie.geboortedatum, tot: vanaf - 1, grond: grond('leerplichtBegin') },
    { status: 'LEERPLICHTIG', vanaf, tot, grond: grond('leerplichtEinde') },
  ];
  const regime = f.get('regime');
  if (regime === 'KWALIFICATIEPLICHT') {
    const kTot = f.get('kwalificatieplichtigTot') as Dag;
    uit.push({ status: 'KWALIFICATIEPLICHTIG', vanaf: tot + 1, tot: kTot, grond: grond('naLeerplicht') });
    uit.push({ status: 'NIET_LEERPLICHTIG', vanaf: kTot + 1, tot: null, grond: grond('kwalificatieplichtEinde') });
  } else if (regime === 'PARTIELE_LEERPLICHT') {
    uit.push({ status: 'PARTIEEL_LEERPLICHTIG', vanaf: tot + 1, tot: null, grond: grond('naLeerplicht') });
  } else {
    uit.push({ status: 'NIET_LEERPLICHTIG', vanaf: tot + 1, tot: null, grond: grond('naLeerplicht') });
  }
  return uit;
}
