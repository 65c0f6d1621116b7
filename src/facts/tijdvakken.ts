// The periods of the tijdlijn, read from the decided outcome facts; the status on any day is the
// status of the period containing it (a property test checks this agrees with the status rules).
import type { Dag } from '../time/dag';
import type { Feiten } from './feiten';

export interface Periode { status: string; vanaf: Dag; tot: Dag | null; beslissing: string }

export function tijdvakken(f: Feiten): Periode[] {
  const root = f.ouder ?? f;
  const vanaf = root.get('leerplichtigVanaf') as Dag;
  const tot = root.get('leerplichtigTot') as Dag;
  const uit: Periode[] = [
    { status: 'NOG_NIET_LEERPLICHTIG', vanaf: root.ctx.situatie.geboortedatum, tot: vanaf - 1, beslissing: 'leerplichtBegin' },
    { status: 'LEERPLICHTIG', vanaf, tot, beslissing: 'leerplichtEinde' },
  ];
  const regime = root.get('regime');
  if (regime === 'KWALIFICATIEPLICHT') {
    const kTot = root.get('kwalificatieplichtigTot') as Dag;
    uit.push({ status: 'KWALIFICATIEPLICHTIG', vanaf: tot + 1, tot: kTot, beslissing: 'naLeerplicht' });
    uit.push({ status: 'NIET_LEERPLICHTIG', vanaf: kTot + 1, tot: null, beslissing: 'kwalificatieplichtEinde' });
  } else if (regime === 'PARTIELE_LEERPLICHT') {
    // old art 4b lid 1: it ends on the last day of the schooljaar
    const pTot = root.get('partieelLeerplichtigTot') as Dag;
    uit.push({ status: 'PARTIEEL_LEERPLICHTIG', vanaf: tot + 1, tot: pTot, beslissing: 'naLeerplicht' });
    uit.push({ status: 'NIET_LEERPLICHTIG', vanaf: pTot + 1, tot: null, beslissing: 'partieleLeerplicht' });
  } else {
    uit.push({ status: 'NIET_LEERPLICHTIG', vanaf: tot + 1, tot: null, beslissing: 'naLeerplicht' });
  }
  return uit;
}

export function statusOp(f: Feiten, dag: Dag): string {
  for (const p of tijdvakken(f)) if (p.vanaf <= dag && (p.tot === null || dag <= p.tot)) return p.status;
  return 'NOG_NIET_LEERPLICHTIG'; // before birth cannot occur: input is rejected
}
