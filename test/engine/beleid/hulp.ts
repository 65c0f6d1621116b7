// Writing policy packs into temporary folders for the loader and scope tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REGELMAP } from '../../../src/engine/regelset';

export const PAKKET = {
  naam: 'Testprotocol', versie: '1.0.0', omschrijving: 'Een protocol om te testen.', eigenaar: 'Gemeente Test, Leerplicht',
  document: { titel: 'Verzuimprotocol Test 2024', url: 'https://example.nl/protocol.pdf' }, geldig: { vanaf: '2024-08-01' },
};

export function signaalRegel(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, beleid: true, bron: { onderdeel: '§ 3.2' }, geldig: { vanaf: '2024-08-01' },
    uitleg: { nl: '{maxUrenVierLesweken} uur ongeoorloofd verzuim in vier lesweken.', en: '{maxUrenVierLesweken} hours of unexcused absence in four school weeks.' },
    conditions: { all: [{ fact: 'maxUrenVierLesweken', operator: 'greaterThanInclusive', value: 12 }] },
    event: { type: 'signaal', params: { code: 'SIGNAAL_12_UUR', ernst: 'AANDACHT', omschrijving: { nl: '12 uur in vier lesweken', en: '12 hours in four school weeks' } } },
    ...extra,
  };
}

/** A folder of packs: { "<pack>/<file>": json }. */
export function pakketMap(bestanden: Record<string, unknown>): string {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'beleid-'));
  for (const [naam, inhoud] of Object.entries(bestanden)) {
    const p = path.join(map, naam);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, typeof inhoud === 'string' ? inhoud : JSON.stringify(inhoud, null, 2));
  }
  return map;
}

/** A copy of rules/ (without its own packs) with extra files: for refusals inside the statutory folders. */
export function regelmapMet(bestanden: Record<string, unknown>): string {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'regels-'));
  fs.cpSync(REGELMAP, map, { recursive: true, filter: (p) => !p.startsWith(path.join(REGELMAP, 'beleid')) });
  for (const [naam, inhoud] of Object.entries(bestanden)) {
    const p = path.join(map, naam);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, JSON.stringify(inhoud, null, 2));
  }
  return map;
}
