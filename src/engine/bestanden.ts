// Reading the rules folder: which files are what, JSON parsing and JSON Schema validation (ajv).
import Ajv, { type ErrorObject } from 'ajv';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { datumFouten } from './datumcontrole';
import { RegelFout } from './fouten';
import { CATALOGUS_SCHEMA, catalogusStandIn } from './regelschema';
import { leesBeleidsmappen, pakketDeel, soortInPakket } from './beleid/bestanden';

export interface Bestand { pad: string; relatief: string; inhoud: unknown; hash: string; /** the file's text exactly as read (the hash is over it) */ tekst: string }
export interface Bestanden {
  wetten: Bestand; parameters: Bestand[]; regels: Bestand[]; kalender: Bestand[];
  /** the files of the policy packs (pakket.json, parameters.json, rule files), each named beleid/<pack>/<file> */
  beleid: Bestand[];
  hash: string;
}

/** Folders that hold no rule files. */
const GEEN_REGELS = new Set(['schema', 'cases', 'parameters', 'kalender', 'beleid', 'importprofielen']);

const PAKKETSCHEMA = { pakket: 'pakket.schema.json', parameters: 'parameters.schema.json', regels: 'rules.schema.json' } as const;

function jsonBestanden(map: string): string[] {
  if (!fs.existsSync(map)) return [];
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(map, e.name);
    if (e.isDirectory()) return jsonBestanden(p);
    return e.name.endsWith('.json') ? [p] : [];
  }).sort();
}

function lees(map: string, pad: string): Bestand {
  const tekst = fs.readFileSync(pad, 'utf8');
  const relatief = path.relative(map, pad);
  try {
    return { pad, relatief, inhoud: JSON.parse(tekst), hash: createHash('sha256').update(tekst).digest('hex'), tekst };
  } catch (e) {
    throw new RegelFout([{ bestand: relatief, pad: '', bericht: `not valid JSON: ${(e as Error).message}` }]);
  }
}

/**
 * The schemas of a schema folder. With `namen` false (the loader) the generated catalogue of names
 * (catalogus.schema.json, for editors) is replaced by a stand-in that accepts any name: the
 * loader checks names against the catalogue it actually loads (typecontrole, with "did you mean").
 */
export function maakAjv(schemaMap: string, { namen = false } = {}): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false });
  let catalogus: { $defs?: Record<string, unknown> } | undefined;
  for (const p of jsonBestanden(schemaMap)) {
    const s = JSON.parse(fs.readFileSync(p, 'utf8'));
    if (s.$id === CATALOGUS_SCHEMA) catalogus = s;
    else ajv.addSchema(s);
  }
  ajv.addSchema(namen && catalogus ? catalogus : catalogusStandIn(catalogus));
  return ajv;
}

const ajvFout = (bestand: string, e: ErrorObject) => ({ bestand, pad: e.instancePath || '/', bericht: `${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}` });

/**
 * Reads and schema-validates every file of a rules folder. `schemaMap` defaults to <map>/schema.
 * Policy packs: <map>/beleid and every folder of `extraBeleidMappen` (same layout).
 */
export function leesRegelmap(map: string, schemaMap = path.join(map, 'schema'), extraBeleidMappen: readonly string[] = []): Bestanden {
  const ajv = maakAjv(schemaMap);
  const fouten: ConstructorParameters<typeof RegelFout>[0] = [];
  const valideer = (b: Bestand, schema: string) => {
    const ok = ajv.validate(schema, b.inhoud);
    if (!ok) for (const e of ajv.errors ?? []) fouten.push(ajvFout(b.relatief, e));
    fouten.push(...datumFouten(b.relatief, b.inhoud));
  };
  const wettenPad = path.join(map, 'wetten.json');
  const wetten = lees(map, fs.existsSync(wettenPad) ? wettenPad : path.join(schemaMap, '..', 'wetten.json'));
  valideer(wetten, 'wetten.schema.json');
  const parameters = jsonBestanden(path.join(map, 'parameters')).map((p) => lees(map, p));
  parameters.forEach((b) => valideer(b, 'parameters.schema.json'));
  const regels = fs.readdirSync(map, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !GEEN_REGELS.has(e.name))
    .flatMap((e) => jsonBestanden(path.join(map, e.name)))
    .map((p) => lees(map, p));
  regels.forEach((b) => valideer(b, 'rules.schema.json'));
  const kalender = jsonBestanden(path.join(map, 'kalender')).map((p) => lees(map, p));
  kalender.forEach((b) => fouten.push(...datumFouten(b.relatief, b.inhoud)));
  // the words for enum values in texts (engine/labels.ts): checked here so a broken file stops the load; not part of the rule-set hash
  const labelsPad = path.join(map, 'labels.json');
  if (fs.existsSync(labelsPad)) valideer(lees(map, labelsPad), 'labels.schema.json');
  const beleid = leesBeleidsmappen([path.join(map, 'beleid'), ...extraBeleidMappen], fouten);
  beleid.forEach((b) => valideer(b, PAKKETSCHEMA[soortInPakket(pakketDeel(b.relatief).binnen)]));
  if (fouten.length > 0) throw new RegelFout(fouten);
  return { wetten, parameters, regels, kalender, beleid, hash: regelsetHash([wetten, ...parameters, ...regels, ...kalender, ...beleid]) };
}

/** The rule-set hash: sha256 over every file's relative path and sha256, in load order. */
export function regelsetHash(bestanden: readonly { relatief: string; hash: string }[]): string {
  const hash = createHash('sha256');
  for (const b of bestanden) hash.update(`${b.relatief}\0${b.hash}\n`);
  return hash.digest('hex');
}

/**
 * The files of a rule set from their stored texts (as kept in the database by hash), in load
 * order: wetten.json, parameters/…, rule folders, kalender/…, beleid/…. No schema validation (they passed it
 * when first loaded); the rules are type-checked again when the set is built.
 */
export function bestandenUitTekst(lijst: readonly { pad: string; tekst: string }[]): Bestanden {
  const fouten: ConstructorParameters<typeof RegelFout>[0] = [];
  const alle = lijst.map(({ pad, tekst }) => {
    try {
      return { pad, relatief: pad, inhoud: JSON.parse(tekst) as unknown, hash: createHash('sha256').update(tekst).digest('hex'), tekst };
    } catch (e) {
      fouten.push({ bestand: pad, pad: '', bericht: `not valid JSON: ${(e as Error).message}` });
      return null;
    }
  }).filter((b): b is Bestand => b !== null);
  const wetten = alle.find((b) => b.relatief === 'wetten.json');
  if (!wetten) fouten.push({ bestand: 'wetten.json', pad: '', bericht: 'missing from the stored rule set' });
  if (fouten.length > 0) throw new RegelFout(fouten);
  const onder = (map: string) => (b: Bestand) => b.relatief.split(/[\\/]/)[0] === map;
  const parameters = alle.filter(onder('parameters'));
  const kalender = alle.filter(onder('kalender'));
  const beleid = alle.filter(onder('beleid'));
  const regels = alle.filter((b) => b !== wetten && !parameters.includes(b) && !kalender.includes(b) && !beleid.includes(b));
  return { wetten: wetten!, parameters, regels, kalender, beleid, hash: regelsetHash([wetten!, ...parameters, ...regels, ...kalender, ...beleid]) };
}
