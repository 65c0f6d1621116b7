// The text of an answer's day (YYYY-MM-DD), each day formatted once: a bulk answer has several dates
// per situatie, mostly the same few thousand days, and a fresh string for each was garbage to collect.
import { formatDatum, type Dag } from '../time/dag';

const EERSTE = -25567; // 1900-01-01, the first LocalDate
const LAATSTE = 47846; // 2100-12-31, the last
const teksten: (string | undefined)[] = new Array(LAATSTE - EERSTE + 1);

export function datumTekst(d: Dag): string {
  if (d < EERSTE || d > LAATSTE || (d | 0) !== d) return formatDatum(d);
  return (teksten[d - EERSTE] ??= formatDatum(d));
}
