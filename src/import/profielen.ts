// Import profiles: how one school system's absence export maps to verzuim records (README
// "Verzuim importeren uit een schoolsysteem"). Read from the project's rules/importprofielen and the
// deployment folder LEERPLICHT_IMPORTPROFIELEN_DIR, each file checked against
// rules/schema/importprofiel.schema.json (ajv) and against the Verzuimreden list at load: a broken
// profile stops the start naming its file and JSON path, it never fails one upload later.
import Ajv from 'ajv';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REGELMAP } from '../engine/regelset';
import { VERZUIMREDENEN } from '../facts/typen';

export type Kolom = string | number;
export type Eenheid = 'minuten' | 'uren' | 'lesuren' | 'dagdelen' | 'tijd';
export const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'] as const;
/** A code that is read and checked but is no absence (an excursion, an internship day): not stored. */
export const GEEN_VERZUIM = 'GEEN_VERZUIM';

export interface Codering { reden: string; minuten?: number }

export interface Importprofiel {
  naam: string;
  omschrijving: string;
  voorbeeld?: string;
  formaat: 'csv' | 'json';
  csv?: { scheidingsteken?: string; aanhalingsteken?: string; kopregel?: boolean; overslaan?: number };
  json?: { records?: string };
  tekenset?: 'utf-8' | 'windows-1252' | 'iso-8859-1';
  datumformaat?: string;
  decimaalkomma?: boolean;
  kolommen: { leerlingnummer: Kolom; datum: Kolom; code: Kolom; brin?: Kolom; duur?: Kolom; lesuur?: Kolom; dagdeel?: Kolom; begintijd?: Kolom; eindtijd?: Kolom };
  duur: { eenheid: Eenheid; lesuurMinuten?: number; dagdelen?: Record<string, string>; lesrooster?: Record<(typeof WEEKDAGEN)[number], Record<string, number>> };
  codes: Record<string, string | Codering>;
  hoofdlettergevoelig?: boolean;
}

/** A loaded profile: the file it came from and the sha256 of its text (part of an import's idempotency hash). */
export interface GeladenProfiel { profiel: Importprofiel; bron: string; hash: string }

export class ProfielFout extends Error {}

const SCHEMA_PAD = path.join(REGELMAP, 'schema', 'importprofiel.schema.json');
/** The profiles shipped with the project. */
export const PROJECT_PROFIELEN = path.join(REGELMAP, 'importprofielen');

let valideer: ReturnType<Ajv['compile']> | null = null;
function schema() {
  return (valideer ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(SCHEMA_PAD, 'utf8'))));
}

/** What the schema cannot say: the reden names, and columns that the chosen unit needs. */
function inhoudFouten(p: Importprofiel): string[] {
  const fouten: string[] = [];
  const redenen = new Set<string>([...VERZUIMREDENEN, GEEN_VERZUIM]);
  const gezien = new Map<string, string>();
  for (const [code, w] of Object.entries(p.codes)) {
    const reden = typeof w === 'string' ? w : w.reden;
    if (!redenen.has(reden)) fouten.push(`/codes/${code}: ${reden} is no Verzuimreden (${[...redenen].join(', ')})`);
    const sleutel = p.hoofdlettergevoelig ? code.trim() : code.trim().toUpperCase();
    if (gezien.has(sleutel)) fouten.push(`/codes/${code}: the same code as "${gezien.get(sleutel)}"${p.hoofdlettergevoelig ? '' : ' (codes are compared without case)'}`);
    gezien.set(sleutel, code);
  }
  const k = p.kolommen;
  const e = p.duur.eenheid;
  if ((e === 'minuten' || e === 'uren') && k.duur === undefined) fouten.push(`/kolommen: eenheid ${e} needs kolommen.duur`);
  if (e === 'dagdelen' && k.dagdeel === undefined) fouten.push('/kolommen: eenheid dagdelen needs kolommen.dagdeel');
  if (e === 'tijd' && (k.begintijd === undefined || k.eindtijd === undefined)) fouten.push('/kolommen: eenheid tijd needs kolommen.begintijd and kolommen.eindtijd');
  if (p.formaat === 'csv' && p.csv?.kopregel === false) {
    for (const [naam, kolom] of Object.entries(k)) if (typeof kolom !== 'number') fouten.push(`/kolommen/${naam}: without a kopregel a column is its number (1, 2 …)`);
  }
  if (p.formaat === 'json') {
    for (const [naam, kolom] of Object.entries(k)) if (typeof kolom !== 'string') fouten.push(`/kolommen/${naam}: a JSON record's column is its key`);
    if (p.csv) fouten.push('/csv: only for formaat csv');
  }
  if (p.formaat === 'csv' && p.json) fouten.push('/json: only for formaat json');
  if (e === 'dagdelen') {
    const namen = new Set(WEEKDAGEN.flatMap((d) => Object.keys(p.duur.lesrooster?.[d] ?? {})));
    for (const [code, naam] of Object.entries(p.duur.dagdelen ?? {})) if (!namen.has(naam)) fouten.push(`/duur/dagdelen/${code}: dagdeel "${naam}" is in no day of the lesrooster`);
  }
  return fouten;
}

function leesProfiel(pad: string, bronNaam: string): GeladenProfiel {
  const tekst = fs.readFileSync(pad, 'utf8');
  let inhoud: unknown;
  try {
    inhoud = JSON.parse(tekst);
  } catch (e) {
    throw new ProfielFout(`${bronNaam}: not valid JSON: ${(e as Error).message}`);
  }
  const v = schema();
  if (!v(inhoud)) {
    const fouten = (v.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
    throw new ProfielFout(`${bronNaam}: ${fouten.join('; ')}`);
  }
  const p = inhoud as Importprofiel;
  const fouten = inhoudFouten(p);
  if (fouten.length > 0) throw new ProfielFout(`${bronNaam}: ${fouten.join('; ')}`);
  if (`${p.naam}.json` !== path.basename(pad)) throw new ProfielFout(`${bronNaam}: /naam: "${p.naam}" must be the file name without .json`);
  return { profiel: p, bron: bronNaam, hash: createHash('sha256').update(tekst).digest('hex') };
}

/** Every profile of these folders, by name; a name in two folders is refused (a deployment adds profiles, it does not silently replace one). */
export function laadImportprofielen(mappen: readonly string[]): Map<string, GeladenProfiel> {
  const uit = new Map<string, GeladenProfiel>();
  for (const map of mappen) {
    if (!fs.existsSync(map)) continue;
    const project = path.resolve(map) === path.resolve(PROJECT_PROFIELEN);
    for (const naam of fs.readdirSync(map).filter((n) => n.endsWith('.json')).sort()) {
      const bron = project ? `rules/importprofielen/${naam}` : path.join(map, naam);
      const g = leesProfiel(path.join(map, naam), bron);
      const eerder = uit.get(g.profiel.naam);
      if (eerder) throw new ProfielFout(`${bron}: profile "${g.profiel.naam}" is also defined in ${eerder.bron}`);
      uit.set(g.profiel.naam, g);
    }
  }
  return uit;
}

/** The folders read: the project's profiles and the deployment's (LEERPLICHT_IMPORTPROFIELEN_DIR). */
export function profielmappen(env: NodeJS.ProcessEnv = process.env): string[] {
  const eigen = env.LEERPLICHT_IMPORTPROFIELEN_DIR?.trim();
  return [PROJECT_PROFIELEN, ...(eigen ? [path.resolve(eigen)] : [])];
}

let cache: { sleutel: string; profielen: Map<string, GeladenProfiel> } | null = null;

/** The profiles of this process (main thread and worker threads alike read the same folders), read once. */
export function importprofielen(env: NodeJS.ProcessEnv = process.env): Map<string, GeladenProfiel> {
  const mappen = profielmappen(env);
  const sleutel = mappen.join('\0');
  if (cache?.sleutel !== sleutel) cache = { sleutel, profielen: laadImportprofielen(mappen) };
  return cache.profielen;
}
