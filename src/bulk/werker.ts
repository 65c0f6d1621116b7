// A bulk worker thread: its own rule set and Beoordelaar per opdracht; takes a block of input
// bytes and gives back the answer bytes, both transferred (no copy, no object graph).
import { workerData } from 'node:worker_threads';
import { Piscina, transferableSymbol, valueSymbol } from 'piscina';
import { regelsetVoorDraad, type Regelteksten } from '../server/regelmappen';
import { alsFout, Beoordelaar, type Blokuitkomst, type Fout } from './beoordelaar';
import { controleerOpdracht, type Opdracht } from './opdracht';

export interface BulkWerkerData { regelsetHash?: string; maxRegelBytes: number; verbergSuggesties: boolean; regelteksten?: Regelteksten }
export type BulkTaak =
  | { soort: 'controleer'; opdracht: Opdracht }
  | { soort: 'blok'; opdracht: Opdracht; sleutel: string; bytes: Uint8Array; eersteRegel: number };

const data = workerData as BulkWerkerData;
const regelset = regelsetVoorDraad(data.regelteksten);
// the server recorded this hash; a worker on other rule files would answer with another law
if (data.regelsetHash && regelset.hash !== data.regelsetHash) throw new Error(`bulk worker loaded rule set ${regelset.hash}, the server ${data.regelsetHash}`);

// one Beoordelaar per opdracht (a run sends the same one with every block); a few runs at a time
const beoordelaars = new Map<string, Beoordelaar>();
function beoordelaar(sleutel: string, o: Opdracht): Beoordelaar {
  let b = beoordelaars.get(sleutel);
  if (!b) {
    if (beoordelaars.size >= 16) beoordelaars.delete(beoordelaars.keys().next().value!);
    b = new Beoordelaar(regelset, o, data.maxRegelBytes, data.verbergSuggesties);
    beoordelaars.set(sleutel, b);
  }
  return b;
}

export default function voer(taak: BulkTaak): Blokuitkomst | Fout | null {
  if (taak.soort === 'controleer') {
    try {
      controleerOpdracht(regelset, taak.opdracht);
      new Beoordelaar(regelset, taak.opdracht, data.maxRegelBytes);
      return null;
    } catch (e) {
      return alsFout(e);
    }
  }
  const uit = beoordelaar(taak.sleutel, taak.opdracht).blok(taak.bytes, taak.eersteRegel);
  return Piscina.move({ [transferableSymbol]: [uit.bytes.buffer], [valueSymbol]: uit } as never) as unknown as Blokuitkomst;
}
