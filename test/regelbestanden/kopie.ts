// A throw-away copy of rules/ to break one file in, and the load error it then gives.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RegelFout } from '../../src/engine/fouten';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';

/** Copies rules/ (without cases/, which laadRegelset does not read) to a new temp folder. */
export function kopieerRegels(): string {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-regelbestanden-'));
  fs.cpSync(REGELMAP, map, { recursive: true, filter: (bron) => path.relative(REGELMAP, bron).split(path.sep)[0] !== 'cases' });
  return map;
}

/** Rewrites one JSON file of the copy. */
export function wijzig(map: string, relatief: string, wijziging: (inhoud: any) => void): void {
  const pad = path.join(map, relatief);
  const inhoud = JSON.parse(fs.readFileSync(pad, 'utf8'));
  wijziging(inhoud);
  fs.writeFileSync(pad, JSON.stringify(inhoud, null, 2));
}

/** The RegelFout laadRegelset throws for the folder (fails the test when it loads). */
export function laadFout(map: string): RegelFout {
  try {
    laadRegelset(map);
  } catch (e) {
    if (e instanceof RegelFout) return e;
    throw e;
  }
  throw new Error(`laadRegelset accepted ${map}`);
}
