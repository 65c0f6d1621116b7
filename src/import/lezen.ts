// An export file read with its profile: every line is checked before anything else happens, and
// the first problem stops the import naming its line (record, for JSON) and column. The result is
// one verzuimregel per line, in hours with a Verzuimreden; who the leerling is and whether the day
// is a schooldag are decided later, against the store and the calendar.
import { parseDatum, weekdag } from '../time/dag';
import { csvRecords, CsvFout } from './csv';
import { GEEN_VERZUIM, WEEKDAGEN, type Codering, type Importprofiel, type Kolom } from './profielen';

export interface Verzuimregel {
  /** the line (CSV, counted from 1) or record (JSON, from 1) it came from */
  regel: number;
  leerlingnummer: string;
  /** from kolommen.brin; null: the caller's BRIN */
  brin: string | null;
  datum: string;
  uren: number;
  /** a Verzuimreden, or GEEN_VERZUIM */
  reden: string;
  /** the dagdeel had no lessons in the lesrooster on that weekday (eenheid dagdelen) */
  geenLestijd: boolean;
}

export interface GelezenBestand { regels: Verzuimregel[]; plek: 'regel' | 'record' }

export class ImportFout extends Error {
  constructor(readonly plek: string, readonly kolom: string | null, readonly probleem: string) {
    super(`${plek}${kolom !== null ? `, kolom ${kolom}` : ''}: ${probleem}`);
  }
}

/** Same as the store's leerlingnummer (store/leerlingnummers.ts). */
const LEERLINGNUMMER = /^[A-Za-z0-9-]{1,20}$/;
const BRIN = /^[0-9]{2}[A-Z]{2}(?:[0-9]{2})?$/;
const STUURTEKEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

const regelVan = (tekst: string, index: number) => { let n = 1; for (let i = tekst.indexOf('\n'); i >= 0 && i < index; i = tekst.indexOf('\n', i + 1)) n++; return n; };

/** The file's bytes as text in the profile's character set; the first byte that is not valid UTF-8 is named by its line. */
export function decodeer(bytes: Uint8Array, tekenset: Importprofiel['tekenset'] = 'utf-8'): string {
  const tekst = new TextDecoder(tekenset === 'iso-8859-1' ? 'latin1' : tekenset).decode(bytes);
  if (tekenset === 'utf-8') {
    const i = tekst.indexOf('\ufffd');
    if (i >= 0) throw new ImportFout(`regel ${regelVan(tekst, i)}`, null, 'not valid UTF-8 (is the file perhaps Windows-1252? then its profile needs "tekenset": "windows-1252")');
  }
  return tekst;
}

/** "dd-MM-yyyy" → a reader of such dates giving yyyy-mm-dd, or null for a text that is no such date. */
function datumlezer(formaat: string): (w: string) => string | null {
  const delen: ('d' | 'M' | 'y')[] = [];
  const bron = formaat.replace(/yyyy|dd?|MM?|[.*+?^${}()|[\]\\/-]|./g, (t) => {
    if (t === 'yyyy') { delen.push('y'); return '(\\d{4})'; }
    if (t === 'dd' || t === 'MM') { delen.push(t[0] as 'd' | 'M'); return '(\\d{2})'; }
    if (t === 'd' || t === 'M') { delen.push(t as 'd' | 'M'); return '(\\d{1,2})'; }
    return t.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  });
  const re = new RegExp(`^${bron}$`);
  return (w) => {
    const m = re.exec(w);
    if (!m) return null;
    const v: Record<string, string> = {};
    delen.forEach((d, i) => { v[d] = m[i + 1]; });
    const iso = `${v.y}-${v.M.padStart(2, '0')}-${v.d.padStart(2, '0')}`;
    return parseDatum(iso) === null ? null : iso;
  };
}

function getallezer(decimaalkomma: boolean): (w: string) => number | null {
  const re = decimaalkomma ? /^[0-9]+(?:,[0-9]+)?$/ : /^[0-9]+(?:\.[0-9]+)?$/;
  return (w) => (re.test(w) ? Number(decimaalkomma ? w.replace(',', '.') : w) : null);
}

const TIJD = /^([01]?[0-9]|2[0-3]):([0-5][0-9])(?::[0-5][0-9])?$/;
const minutenVan = (w: string): number | null => { const m = TIJD.exec(w); return m ? Number(m[1]) * 60 + Number(m[2]) : null; };

/** One line as cells by column (header name or number), with its line or record number. */
interface Rij { plek: string; regel: number; cel(kolom: Kolom): string | undefined; naam(kolom: Kolom): string }

function* csvRijen(tekst: string, p: Importprofiel): Generator<Rij> {
  const c = p.csv ?? {};
  const kop = c.kopregel ?? true;
  const overslaan = c.overslaan ?? 0;
  let index: Map<string, number> | null = null;
  let kopNamen: string[] = [];
  let gezien = 0;
  try {
    for (const r of csvRecords(tekst, c.scheidingsteken ?? ',', c.aanhalingsteken ?? '"')) {
      if (gezien++ < overslaan) continue;
      if (kop && index === null) {
        kopNamen = r.cellen.map((x) => x.trim());
        index = new Map(kopNamen.map((x, i) => [x.toLowerCase(), i]));
        for (const [veld, kolom] of Object.entries(p.kolommen)) {
          if (typeof kolom === 'string' && !index.has(kolom.toLowerCase())) {
            throw new ImportFout(`regel ${r.regel}`, null, `the header has no column "${kolom}" (kolommen.${veld} of profiel ${p.naam}); it has ${kopNamen.map((x) => `"${x}"`).join(', ')}`);
          }
        }
        continue;
      }
      const ix = index;
      yield {
        plek: `regel ${r.regel}`, regel: r.regel,
        cel: (k) => r.cellen[typeof k === 'number' ? k - 1 : ix!.get(k.toLowerCase())!],
        naam: (k) => (typeof k === 'number' ? String(k) : kopNamen[ix!.get(k.toLowerCase())!]),
      };
    }
  } catch (e) {
    if (e instanceof CsvFout) throw new ImportFout(`regel ${e.regel}`, null, e.message);
    throw e;
  }
}

function* jsonRijen(tekst: string, p: Importprofiel): Generator<Rij> {
  let inhoud: unknown;
  try {
    inhoud = JSON.parse(tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    throw new ImportFout(pos ? `regel ${regelVan(tekst, Number(pos[1]))}` : 'bestand', null, 'not valid JSON');
  }
  const sleutel = p.json?.records;
  const lijst = sleutel !== undefined && inhoud && typeof inhoud === 'object' && !Array.isArray(inhoud) ? (inhoud as Record<string, unknown>)[sleutel] : inhoud;
  if (!Array.isArray(lijst)) throw new ImportFout('bestand', null, sleutel ? `expected an object with an array "${sleutel}" of records` : 'expected an array of records');
  for (let i = 0; i < lijst.length; i++) {
    const r = lijst[i];
    const plek = `record ${i + 1}`;
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw new ImportFout(plek, null, 'not an object');
    const o = r as Record<string, unknown>;
    yield {
      plek, regel: i + 1,
      cel: (k) => { const w = o[String(k)]; return w === null || w === undefined ? undefined : typeof w === 'number' ? String(w) : typeof w === 'string' ? w : JSON.stringify(w); },
      naam: (k) => String(k),
    };
  }
}

/** Every line of the file read and checked; throws ImportFout for the first bad one. */
export function leesBestand(tekst: string, p: Importprofiel, maxRegels: number): GelezenBestand {
  const stuur = STUURTEKEN.exec(tekst);
  if (stuur) throw new ImportFout(`regel ${regelVan(tekst, stuur.index)}`, null, `contains control character U+${stuur[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  const datum = datumlezer(p.datumformaat ?? 'yyyy-MM-dd');
  const getal = getallezer(p.decimaalkomma ?? false);
  const norm = (c: string) => (p.hoofdlettergevoelig ? c.trim() : c.trim().toUpperCase());
  const codes = new Map<string, Codering>(Object.entries(p.codes).map(([c, w]) => [norm(c), typeof w === 'string' ? { reden: w } : w]));
  const dagdelen = new Map(Object.entries(p.duur.dagdelen ?? {}).map(([c, naam]) => [norm(c), naam]));
  const k = p.kolommen;
  const d = p.duur;
  const regels: Verzuimregel[] = [];
  const momenten = new Map<string, number>(); // leerling|datum|lesuur or dagdeel → first line
  const rijen = p.formaat === 'json' ? jsonRijen(tekst, p) : csvRijen(tekst, p);
  for (const rij of rijen) {
    if (regels.length >= maxRegels) throw new ImportFout(rij.plek, null, `more than ${maxRegels} lines; at most ${maxRegels} per import`);
    const fout = (kolom: Kolom | null, probleem: string) => new ImportFout(rij.plek, kolom === null ? null : rij.naam(kolom), probleem);
    const verplicht = (kolom: Kolom): string => {
      const w = rij.cel(kolom)?.trim();
      if (w === undefined) throw fout(kolom, 'missing (the line has fewer cells)');
      if (w === '') throw fout(kolom, 'empty');
      return w;
    };
    const leerlingnummer = verplicht(k.leerlingnummer);
    if (!LEERLINGNUMMER.test(leerlingnummer)) throw fout(k.leerlingnummer, 'not a leerlingnummer (1–20 letters, digits or hyphens)');
    let brin: string | null = null;
    if (k.brin !== undefined) {
      brin = verplicht(k.brin).toUpperCase();
      if (!BRIN.test(brin)) throw fout(k.brin, `"${brin.slice(0, 20)}" is not a BRIN (e.g. "12AB" or "12AB01")`);
    }
    const datumTekst = verplicht(k.datum);
    const iso = datum(datumTekst);
    if (iso === null) throw fout(k.datum, `"${datumTekst.slice(0, 40)}" is not a date in the format ${p.datumformaat ?? 'yyyy-MM-dd'}`);
    const codeTekst = verplicht(k.code);
    const codering = codes.get(norm(codeTekst));
    if (!codering) {
      const bekend = [...codes.keys()];
      throw fout(k.code, `unknown code "${codeTekst.slice(0, 40)}" (profiel ${p.naam} knows ${bekend.slice(0, 12).join(', ')}${bekend.length > 12 ? ' …' : ''})`);
    }
    let uren: number;
    let geenLestijd = false;
    let moment: string | null = null;
    if (d.eenheid === 'minuten' || d.eenheid === 'uren') {
      const w = verplicht(k.duur!);
      const n = getal(w);
      if (n === null) throw fout(k.duur!, `"${w.slice(0, 20)}" is not a number of ${d.eenheid}${p.decimaalkomma ? ' (decimal comma: 1,5)' : ' (decimal point: 1.5)'}`);
      uren = d.eenheid === 'minuten' ? n / 60 : n;
    } else if (d.eenheid === 'lesuren') {
      let n = 1;
      if (k.duur !== undefined) {
        const w = verplicht(k.duur);
        const g = getal(w);
        if (g === null) throw fout(k.duur, `"${w.slice(0, 20)}" is not a number of lesuren`);
        n = g;
      }
      uren = (n * d.lesuurMinuten!) / 60;
    } else if (d.eenheid === 'dagdelen') {
      const w = verplicht(k.dagdeel!);
      const naam = dagdelen.get(norm(w));
      if (naam === undefined) throw fout(k.dagdeel!, `unknown dagdeel "${w.slice(0, 20)}" (profiel ${p.naam} knows ${[...dagdelen.keys()].join(', ')})`);
      const wd = weekdag(parseDatum(iso)!);
      const u = wd <= 5 ? d.lesrooster![WEEKDAGEN[wd - 1]][naam] : undefined;
      geenLestijd = u === undefined || u === 0;
      uren = u ?? 0;
      moment = naam;
    } else {
      const b = verplicht(k.begintijd!);
      const e = verplicht(k.eindtijd!);
      const mb = minutenVan(b);
      const me = minutenVan(e);
      if (mb === null) throw fout(k.begintijd!, `"${b.slice(0, 20)}" is not a time (HH:mm)`);
      if (me === null) throw fout(k.eindtijd!, `"${e.slice(0, 20)}" is not a time (HH:mm)`);
      if (me <= mb) throw fout(k.eindtijd!, `${e} is not after begintijd ${b}`);
      uren = (me - mb) / 60;
      moment = b;
    }
    if (codering.minuten !== undefined && !geenLestijd) uren = codering.minuten / 60;
    if (uren > 24) throw fout(k.duur ?? k.code, `${Math.round(uren * 100) / 100} hours on one line, more than 24`);
    if (k.lesuur !== undefined) {
      const w = rij.cel(k.lesuur)?.trim();
      if (w) moment = `lesuur ${w}`;
    }
    if (moment !== null) {
      const sleutel = `${brin ?? ''}|${leerlingnummer}|${iso}|${moment}`;
      const eerder = momenten.get(sleutel);
      if (eerder !== undefined) throw fout(k.lesuur ?? k.dagdeel ?? k.begintijd ?? null, `the same leerling, datum and ${k.lesuur !== undefined ? 'lesuur' : k.dagdeel !== undefined ? 'dagdeel' : 'begintijd'} as ${p.formaat === 'json' ? 'record' : 'regel'} ${eerder}`);
      momenten.set(sleutel, rij.regel);
    }
    regels.push({ regel: rij.regel, leerlingnummer, brin, datum: iso, uren, reden: codering.reden, geenLestijd });
  }
  return { regels, plek: p.formaat === 'json' ? 'record' : 'regel' };
}

export const isVerzuim = (r: Verzuimregel) => r.reden !== GEEN_VERZUIM;
