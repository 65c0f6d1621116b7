// Dates as people type them (20-07-2020, 20/7/2020, 2020-07-20) to ISO dates, and "today" as the
// calendar day in Europe/Amsterdam, which is what the law means by a day.
export type Datumuitkomst = { soort: 'leeg' } | { soort: 'fout' } | { soort: 'ok'; iso: string };

export function leesDatum(invoer: string): Datumuitkomst {
  const tekst = invoer.trim();
  if (tekst === '') return { soort: 'leeg' };
  let d: number, m: number, j: number;
  const dmj = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(tekst);
  const jmd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  if (dmj) [d, m, j] = [Number(dmj[1]), Number(dmj[2]), Number(dmj[3])];
  else if (jmd) [j, m, d] = [Number(jmd[1]), Number(jmd[2]), Number(jmd[3])];
  else return { soort: 'fout' };
  const datum = new Date(Date.UTC(j, m - 1, d));
  if (j < 1900 || datum.getUTCFullYear() !== j || datum.getUTCMonth() !== m - 1 || datum.getUTCDate() !== d) return { soort: 'fout' };
  return { soort: 'ok', iso: `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** Today in Europe/Amsterdam as dd-mm-jjjj, the way the date fields show it. */
export function vandaagInvoer(nu = new Date()): string {
  const delen = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(nu);
  const deel = (type: string) => delen.find((p) => p.type === type)!.value;
  return `${deel('day')}-${deel('month')}-${deel('year')}`;
}
