// Ages per BW 1:2: an age is reached on the birthday itself. A 29 February birthday in a
// non-leap year falls on 1 March (MAART_1, the default reading) or 28 February (FEB_28).
import { Dag, dag, datumGetal, isSchrikkeljaar } from './dag';

export type Feb29Verjaardag = 'MAART_1' | 'FEB_28';

// Module-local alias: a global lookup of Math is slow inside vm contexts such as jest's.
const floor = Math.floor;

/** The day on which someone born on `geboorte` reaches `jaren` years. */
export function verjaardag(geboorte: Dag, jaren: number, feb29: Feb29Verjaardag = 'MAART_1'): Dag {
  const g = datumGetal(geboorte);
  const jaar = floor(g / 10000) + jaren;
  const maandDag = g % 10000;
  if (maandDag === 229 && !isSchrikkeljaar(jaar)) {
    return feb29 === 'MAART_1' ? dag(jaar, 3, 1) : dag(jaar, 2, 28);
  }
  return dag(jaar, floor(maandDag / 100), maandDag % 100);
}

/** Whole years reached on peildatum (negative before birth). Integer-only: called millions of times. */
export function leeftijd(geboorte: Dag, peildatum: Dag, feb29: Feb29Verjaardag = 'MAART_1'): number {
  const g = datumGetal(geboorte);
  const p = datumGetal(peildatum);
  const pJaar = floor(p / 10000);
  let drempel = g % 10000; // MMDD of the birthday in pJaar
  // Under MAART_1 the plain comparison already works (MMDD < 0229 ⇔ MMDD < 0301 in a non-leap year).
  if (drempel === 229 && feb29 === 'FEB_28' && !isSchrikkeljaar(pJaar)) drempel = 228;
  return pJaar - floor(g / 10000) - (p % 10000 < drempel ? 1 : 0);
}
