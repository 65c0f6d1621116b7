// The leerplicht verdict of an evaluation, read from its outcome facts.
import type { Beslissing, Feiten } from '../facts/feiten';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

export interface LeerplichtUitkomst {
  status: string;
  leerplichtigVanaf: Dag;
  leerplichtigTot: Dag;
  eindgrond: string;
  kwalificatieplichtigVanaf: Dag | null;
  kwalificatieplichtigTot: Dag | null;
  uitzondering: string | null;
  inschrijfplichtVrijgesteld: boolean;
  /** null: inschrijvingen not given, so not known */
  absoluutVerzuim: boolean | null;
  inschrijvingVoldoet: boolean | null;
}

/** Only what the status needs: the hot path of bulk and benchmark evaluations. */
export function leerplichtStatus(f: Feiten): string {
  return f.get('status') as string;
}

export function leerplicht(f: Feiten): LeerplichtUitkomst {
  const regime = f.get('regime');
  return {
    status: f.get('status') as string,
    leerplichtigVanaf: f.get('leerplichtigVanaf') as Dag,
    leerplichtigTot: f.get('leerplichtigTot') as Dag,
    eindgrond: f.get('eindgrond') as string,
    kwalificatieplichtigVanaf: f.get('kwalificatieplichtigVanaf') as Dag | null,
    kwalificatieplichtigTot: f.get('kwalificatieplichtigTot') as Dag | null,
    // the exception is reported when it is what ends (or prevents) the kwalificatieplicht
    uitzondering: regime !== 'PARTIELE_LEERPLICHT' && f.get('kwalificatieplichtEindgrond') === 'UITZONDERING' ? (f.get('uitzondering') as string) : null,
    inschrijfplichtVrijgesteld: f.get('inschrijfplichtVrijgesteld') as boolean,
    absoluutVerzuim: f.get('absoluutVerzuim') as boolean | null,
    inschrijvingVoldoet: f.get('inschrijvingVoldoet') as boolean | null,
  };
}

const LEERPLICHT_BESLISSINGEN = ['leerplichtBegin', 'leerplichtEinde', 'kwalificatieplichtEinde', 'naLeerplicht', 'leerplichtStatus', 'inschrijfplicht', 'absoluutVerzuim', 'inschrijvingVoldoet'];

export function leerplichtUitleg(f: Feiten, taal: Taal): UitlegUitvoer[] {
  leerplicht(f);
  const uit: UitlegUitvoer[] = [];
  for (const type of LEERPLICHT_BESLISSINGEN) {
    const b = f.genomen().find((x) => x.type === type);
    const u = b && uitleg(b, taal);
    if (u) uit.push(u);
  }
  // the end of the partiële leerplicht (old art 4b lid 1) is cited only when it applies
  if (f.get('regime') === 'PARTIELE_LEERPLICHT') {
    const u = uitleg(f.beslis('partieleLeerplicht'), taal);
    if (u) uit.push(u);
  }
  const uitz = f.get('uitzonderingBeoordeling') as Feiten | null;
  if (uitz !== null && f.get('kwalificatieplichtEindgrond') === 'UITZONDERING') {
    const u = uitleg(uitz.beslis('kwalificatieplichtUitzondering'), taal);
    if (u) uit.push(u);
  }
  return uit;
}

export function beslissing(f: Feiten, type: string): Beslissing {
  return f.beslis(type);
}
