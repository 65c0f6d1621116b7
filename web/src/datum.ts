// Dates as people type them (20-07-2020, 20/7/2020, 2020-07-20) to ISO dates, and "today" as the
// calendar day in Europe/Amsterdam — both on the API's own date module, so page and API agree.
import { formatDatum, jmd, parseDatum, vandaag } from '../../src/time/dag';

export type Datumuitkomst = { soort: 'leeg' } | { soort: 'fout' } | { soort: 'ok'; iso: string };

const twee = (s: string) => s.padStart(2, '0');

export function leesDatum(invoer: string): Datumuitkomst {
  const tekst = invoer.trim();
  if (tekst === '') return { soort: 'leeg' };
  const dmj = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(tekst);
  const jmdInvoer = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  const iso = dmj ? `${dmj[3]}-${twee(dmj[2])}-${twee(dmj[1])}` : jmdInvoer ? `${jmdInvoer[1]}-${twee(jmdInvoer[2])}-${twee(jmdInvoer[3])}` : null;
  const d = iso === null ? null : parseDatum(iso);
  if (d === null || jmd(d).jaar < 1900) return { soort: 'fout' };
  return { soort: 'ok', iso: formatDatum(d) };
}

/** Today in Europe/Amsterdam as dd-mm-jjjj, the way the date fields show it. */
export function vandaagInvoer(nu: Date | number = Date.now()): string {
  const { jaar, maand, dag } = jmd(vandaag(nu));
  return `${twee(String(dag))}-${twee(String(maand))}-${jaar}`;
}
