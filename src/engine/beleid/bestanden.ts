// Reading policy packs from disk: rules/beleid/<pack>/ and the extra folders of a deployment
// (LEERPLICHT_BELEID_DIR). Every file is named beleid/<pack>/<file> wherever it was read, so a
// stored rule set (bouwRegelsetUitTekst) rebuilds the same packs. cases/ is not part of a pack's rules.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Bestand } from '../bestanden';
import type { Vondst } from '../fouten';

export const PAKKETBESTAND = 'pakket.json';
export const PARAMETERBESTAND = 'parameters.json';
/** Folders inside a pack that hold no rule files. */
const GEEN_PAKKETREGELS = new Set(['cases']);

/** What a file of a pack is, by its path inside the pack. */
export function soortInPakket(binnen: string): 'pakket' | 'parameters' | 'regels' {
  if (binnen === PAKKETBESTAND) return 'pakket';
  if (binnen === PARAMETERBESTAND) return 'parameters';
  return 'regels';
}

function jsonOnder(map: string, wortel: boolean): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(map, e.name);
    if (e.isDirectory()) return wortel && GEEN_PAKKETREGELS.has(e.name) ? [] : jsonOnder(p, false);
    return e.name.endsWith('.json') ? [p] : [];
  }).sort();
}

function leesBestand(pad: string, relatief: string, fouten: Vondst[]): Bestand | null {
  const tekst = fs.readFileSync(pad, 'utf8');
  try {
    return { pad, relatief, inhoud: JSON.parse(tekst), hash: createHash('sha256').update(tekst).digest('hex'), tekst };
  } catch (e) {
    fouten.push({ bestand: relatief, pad: '', bericht: `not valid JSON: ${(e as Error).message}` });
    return null;
  }
}

/**
 * The files of every pack under the given folders (each subfolder one pack), in a fixed order:
 * by pack folder name, then path. A pack folder name found in two folders is refused.
 */
export function leesBeleidsmappen(mappen: readonly string[], fouten: Vondst[]): Bestand[] {
  const gezien = new Map<string, string>();
  const uit: Bestand[] = [];
  for (const map of mappen) {
    if (!fs.existsSync(map)) continue;
    for (const e of fs.readdirSync(map, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const pakketMap = path.join(map, e.name);
      if (!e.isDirectory()) {
        if (e.name.endsWith('.json')) fouten.push({ bestand: pakketMap, pad: '', bericht: 'a policy pack lives in its own folder: beleid/<gemeentecode or regio>/pakket.json' });
        continue;
      }
      if (gezien.has(e.name)) {
        fouten.push({ bestand: `beleid/${e.name}`, pad: '', bericht: `pack folder "${e.name}" exists twice: ${gezien.get(e.name)} and ${map}` });
        continue;
      }
      gezien.set(e.name, map);
      for (const p of jsonOnder(pakketMap, true)) {
        const binnen = path.relative(pakketMap, p).split(path.sep).join('/');
        const b = leesBestand(p, `beleid/${e.name}/${binnen}`, fouten);
        if (b) uit.push(b);
      }
    }
  }
  return uit.sort((a, b) => (a.relatief < b.relatief ? -1 : a.relatief > b.relatief ? 1 : 0));
}

/** The pack folder and the path inside it of a file named beleid/<pack>/<file>. */
export function pakketDeel(relatief: string): { pakket: string; binnen: string } {
  const [, pakket, ...rest] = relatief.split(/[\\/]/);
  return { pakket, binnen: rest.join('/') };
}
