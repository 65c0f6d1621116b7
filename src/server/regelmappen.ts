// Where the served rule set comes from: LEERPLICHT_RULES_DIR (its beleid/ packs included) and the
// extra policy folders of LEERPLICHT_BELEID_DIR. The one way the server, its worker threads and
// `npm run worker` load rules, so that every thread loads the same files and gets the same hash.
import { bouwRegelsetUitTekst, laadRegelset, REGELMAP, type Regelset } from '../engine/regelset';

export interface Regelmappen { regelmap: string; beleidMappen: readonly string[] }

export const STANDAARD_MAPPEN: Regelmappen = { regelmap: REGELMAP, beleidMappen: [] };

/** Reads, validates and compiles the folders; throws RegelFout (file, rule, JSON path) on a broken one. */
export function laadServerRegelset(m: Regelmappen = STANDAARD_MAPPEN): Regelset {
  return laadRegelset(m.regelmap, m.beleidMappen);
}

/** The texts of a loaded set (Regelset.inhoud), as a worker thread gets them. */
export type Regelteksten = Regelset['inhoud'];

/**
 * A worker thread's set: built from the texts the main thread loaded and validated, so that a file
 * changed meanwhile (a reload on its way) cannot give one thread another set; without texts (the
 * bulk CLI) from the project's rules/.
 */
export function regelsetVoorDraad(teksten: Regelteksten | undefined): Regelset {
  return teksten ? bouwRegelsetUitTekst(teksten) : laadServerRegelset();
}

/** What `npm run dev` watches: every folder the set is read from. */
export const bewaakteMappen = (m: Regelmappen): string[] => [m.regelmap, ...m.beleidMappen];
