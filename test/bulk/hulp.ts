// Helpers for the bulk tests: run a stroom over in-memory input and collect the answer lines.
import { PassThrough, Readable, Writable } from 'node:stream';
import { leesOpdracht, type Formaat, type Parameters } from '../../src/bulk/opdracht';
import { stroom, type StroomOpties, type Verslag } from '../../src/bulk/stroom';
import type { BulkWerkers } from '../../src/bulk/werkers';

export async function draai(werkers: BulkWerkers, invoer: string | Buffer, p: Parameters = { peildatum: '2024-03-15' }, extra: Partial<StroomOpties> & { formaat?: Formaat } = {}): Promise<{ tekst: string; regels: string[]; verslag: Verslag }> {
  const formaat = extra.formaat ?? 'ndjson';
  const opdracht = leesOpdracht(p, { invoer: formaat, uitvoer: formaat });
  const uit = new PassThrough();
  const delen: Buffer[] = [];
  uit.on('data', (d: Buffer) => delen.push(d));
  const verslag = await stroom(Readable.from([Buffer.from(invoer)]), uit, { opdracht, werkers, ...extra });
  const tekst = Buffer.concat(delen).toString('utf8');
  return { tekst, regels: tekst.split('\n').filter((r) => r !== ''), verslag };
}

export const json = (regels: string[]) => regels.map((r) => JSON.parse(r) as { regel: number | null; beoordeling?: Record<string, any>; fout?: { code: string; veld?: string; message: string } });

/** A Writable that accepts nothing until released: a client that does not read. */
export function trageUitvoer(): { uit: Writable; geschreven: () => number; los: () => void } {
  let geschreven = 0;
  let wachtend: (() => void)[] = [];
  let vrij = false;
  const uit = new Writable({
    highWaterMark: 64 * 1024,
    write(stuk: Buffer, _enc, klaar) {
      geschreven += stuk.length;
      if (vrij) klaar(); else wachtend.push(klaar);
    },
  });
  return { uit, geschreven: () => geschreven, los: () => { vrij = true; const w = wachtend; wachtend = []; w.forEach((k) => k()); } };
}
