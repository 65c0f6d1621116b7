// The flat CSV form of a bulk run (README "Bulk"): one situatie per line with at most one
// inschrijving and one diploma, and one answer per line with the velden flattened to columns.
// RFC 4180 quoting (commas, doubled quotes); a record never spans lines.
import { invoerFout } from '../api/fouten';
import { beoordelingType } from './schema';
import { kolommen } from './projectie';
import { selectie } from './velden';

/** Input columns, in the documented order; only geboortedatum is required. An empty cell is absent. */
export const CSV_INVOER = [
  'geboortedatum', 'vakantieregio',
  'inschrijving_onderwijs', 'inschrijving_vanaf', 'inschrijving_tot', 'inschrijving_niveau', 'inschrijving_leerweg',
  'diploma_soort', 'diploma_datum', 'meerderjarig_verklaard',
] as const;

/** Where a SituatieInput path comes from in the CSV, so an error names the column. */
const KOLOM_VAN: [RegExp, string][] = [
  [/^situatie\.inschrijvingen\[0\]\.(onderwijs|vanaf|tot|niveau|leerweg)$/, 'inschrijving_$1'],
  [/^situatie\.inschrijvingen\[0\]$/, 'inschrijving_onderwijs'],
  [/^situatie\.diplomas\[0\]\.(soort|datum)$/, 'diploma_$1'],
  [/^situatie\.diplomas\[0\]$/, 'diploma_soort'],
  [/^situatie\.meerderjarigVerklaard$/, 'meerderjarig_verklaard'],
  [/^situatie\.(geboortedatum|vakantieregio)$/, '$1'],
];

export function kolomVan(veld: string): string {
  for (const [re, naam] of KOLOM_VAN) if (re.test(veld)) return veld.replace(re, naam);
  return veld;
}

/** The cells of one CSV line; null when its quoting is broken. */
export function csvCellen(regel: string): string[] | null {
  const cellen: string[] = [];
  let i = 0;
  for (;;) {
    if (regel.charCodeAt(i) === 34) {
      let w = '';
      i++;
      for (;;) {
        const q = regel.indexOf('"', i);
        if (q < 0) return null;
        w += regel.slice(i, q);
        if (regel.charCodeAt(q + 1) === 34) { w += '"'; i = q + 2; continue; }
        i = q + 1;
        break;
      }
      cellen.push(w);
      if (i === regel.length) return cellen;
      if (regel.charCodeAt(i) !== 44) return null;
      i++;
    } else {
      const k = regel.indexOf(',', i);
      const w = k < 0 ? regel.slice(i) : regel.slice(i, k);
      if (w.includes('"')) return null;
      cellen.push(w);
      if (k < 0) return cellen;
      i = k + 1;
    }
  }
}

export function csvKop(regel: string): string[] {
  const kop = csvCellen(regel.replace(/^\uFEFF/, '').replace(/\r$/, ''));
  if (kop === null) throw invoerFout('csv', 'the header line is not valid CSV');
  const namen = kop.map((k) => k.trim());
  for (const n of namen) {
    if (!(CSV_INVOER as readonly string[]).includes(n)) throw invoerFout('csv', `unknown column ${JSON.stringify(n.slice(0, 40))} in the header; columns: ${CSV_INVOER.join(', ')}`);
    if (namen.indexOf(n) !== namen.lastIndexOf(n)) throw invoerFout('csv', `column ${n} appears twice in the header`);
  }
  if (!namen.includes('geboortedatum')) throw invoerFout('csv', 'the header has no geboortedatum column');
  return namen;
}

const getal = (w: string) => (/^-?\d+$/.test(w) ? Number(w) : w); // anything else: coercion names the column
const waarheid = (w: string) => (w === 'true' ? true : w === 'false' ? false : w);

/** One CSV record as a SituatieInput value (not yet checked: leesSituatie does that). */
export function csvSituatie(cellen: string[], kop: string[]): Record<string, unknown> {
  if (cellen.length !== kop.length) throw invoerFout('csv', `${cellen.length} cells; the header has ${kop.length}`);
  const c: Record<string, string> = {};
  kop.forEach((k, i) => { if (cellen[i] !== '') c[k] = cellen[i]; });
  const s: Record<string, unknown> = {};
  if (c.geboortedatum !== undefined) s.geboortedatum = c.geboortedatum;
  if (c.vakantieregio !== undefined) s.vakantieregio = c.vakantieregio;
  if (c.inschrijving_onderwijs !== undefined || c.inschrijving_vanaf !== undefined || c.inschrijving_tot !== undefined || c.inschrijving_niveau !== undefined || c.inschrijving_leerweg !== undefined) {
    const x: Record<string, unknown> = { onderwijs: c.inschrijving_onderwijs, vanaf: c.inschrijving_vanaf };
    if (c.inschrijving_tot !== undefined) x.tot = c.inschrijving_tot;
    if (c.inschrijving_niveau !== undefined) x.niveau = getal(c.inschrijving_niveau);
    if (c.inschrijving_leerweg !== undefined) x.leerweg = c.inschrijving_leerweg;
    s.inschrijvingen = [x];
  }
  // a file with inschrijving (diploma) columns gives them for every record: empty cells there are
  // "none" (an empty list), not "not given" (issue 13: absoluutVerzuim null only when not given)
  else if (kop.some((k) => k.startsWith('inschrijving_'))) s.inschrijvingen = [];
  if (c.diploma_soort !== undefined || c.diploma_datum !== undefined) s.diplomas = [{ soort: c.diploma_soort, datum: c.diploma_datum }];
  else if (kop.some((k) => k.startsWith('diploma_'))) s.diplomas = [];
  if (c.meerderjarig_verklaard !== undefined) s.meerderjarigVerklaard = waarheid(c.meerderjarig_verklaard);
  return s;
}

/** The answer columns for these velden: regel, the fout columns, then each veld flattened. */
export function csvUitvoerKolommen(velden: readonly string[]): string[] {
  const typen = beoordelingType().getFields();
  return ['regel', 'fout.code', 'fout.veld', 'fout.message', ...[...selectie(velden)].flatMap(([v, sub]) => kolommen(v, typen[v].type, sub))];
}

export function csvCel(w: unknown): string {
  if (w === null || w === undefined) return '';
  const t = typeof w === 'object' ? JSON.stringify(w) : String(w);
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}
