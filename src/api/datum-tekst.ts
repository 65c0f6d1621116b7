// The text of an answer's day (YYYY-MM-DD), each day formatted once: a bulk answer has several dates
// per situatie, mostly the same few thousand days, and a fresh string for each was garbage to collect.
import { formatDatum, parseDatum, type Dag } from '../time/dag';
import { EERSTE_DATUM, LAATSTE_DATUM } from './scalars';

const EERSTE = parseDatum(EERSTE_DATUM)!;
const LAATSTE = parseDatum(LAATSTE_DATUM)!;
const teksten: (string | undefined)[] = new Array(LAATSTE - EERSTE + 1);

export function datumTekst(d: Dag): string {
  if (d < EERSTE || d > LAATSTE || (d | 0) !== d) return formatDatum(d);
  return (teksten[d - EERSTE] ??= formatDatum(d));
}
