// Words for enum values in texts for people (rules/labels.json): an explanation says
// "vmbo-tl-diploma" or "leerplichtig", never VMBO_TL or LEERPLICHTIG. The file is kept with the
// rules and schema-validated like them; a fact's values are found by the set of values it allows.
import fs from 'node:fs';
import path from 'node:path';
import { maakAjv } from './bestanden';
import { RegelFout } from './fouten';
import type { Tekst } from './regel';
import { REGELMAP } from './regelset';

/** Per enum name: every value with its nl and en label. */
export type Labels = Readonly<Record<string, Readonly<Record<string, Tekst>>>>;

/** Reads and validates <map>/labels.json (against labels.schema.json in the schema folder). */
export function leesLabels(map: string, schemaMap = path.join(map, 'schema')): Labels {
  let inhoud: unknown;
  try {
    inhoud = JSON.parse(fs.readFileSync(path.join(map, 'labels.json'), 'utf8'));
  } catch (e) {
    throw new RegelFout([{ bestand: 'labels.json', pad: '', bericht: `not readable JSON: ${(e as Error).message}` }]);
  }
  const ajv = maakAjv(schemaMap);
  if (!ajv.validate('labels.schema.json', inhoud)) {
    throw new RegelFout((ajv.errors ?? []).map((e) => ({ bestand: 'labels.json', pad: e.instancePath || '/', bericht: e.message ?? 'invalid' })));
  }
  return (inhoud as { labels: Labels }).labels;
}

let geladen: Labels | undefined;
/** The labels of the rules folder, read once. */
export function labels(): Labels {
  return (geladen ??= leesLabels(REGELMAP));
}

const sleutel = (waarden: readonly string[]) => [...waarden].sort().join('|');
let perWaarden: Map<string, Readonly<Record<string, Tekst>>> | undefined;
const perLijst = new WeakMap<readonly string[], Readonly<Record<string, Tekst>> | null>();

/** The label group whose values are exactly `waarden` (a fact's enum), or null. */
export function labelgroep(waarden: readonly string[]): Readonly<Record<string, Tekst>> | null {
  let g = perLijst.get(waarden);
  if (g === undefined) {
    perWaarden ??= new Map(Object.values(labels()).map((groep) => [sleutel(Object.keys(groep)), groep]));
    g = perWaarden.get(sleutel(waarden)) ?? null;
    perLijst.set(waarden, g);
  }
  return g;
}
