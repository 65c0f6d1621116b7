// The streaming run, on the calling thread: cut the input into blocks of whole lines, send them
// to the bulk workers, write their answers strictly in input order. Backpressure both ways: input
// is paused while too many blocks are in flight or the output is full, so memory does not grow
// with the input. This thread only finds line ends and moves bytes.
import { randomUUID } from 'node:crypto';
import type { Readable, Writable } from 'node:stream';
import { invoerFout } from '../api/fouten';
import { inTaalVan, teLangeRegel, type Blokuitkomst } from './beoordelaar';
import { csvCel, csvKop, csvUitvoerKolommen } from './csv';
import type { Opdracht } from './opdracht';
import type { BulkWerkers } from './werkers';

/** A block is cut at the first line end after this many bytes (~1,000–3,000 situaties). */
export const BLOK_BYTES = 256 * 1024;

export interface StroomOpties {
  opdracht: Opdracht;
  werkers: BulkWerkers;
  /** blocks in flight (sent, or answered but not yet written); default 2 per thread + 1 */
  inVlucht?: number;
  blokBytes?: number;
  /** stops the run (client gone); what was written stays written */
  signal?: AbortSignal;
  /** no input and no output progress for this long stops the run with StroomStil */
  stilMs?: number;
  /** called before the first byte is written (the HTTP route sends its headers then) */
  begin?: () => void;
}

export interface Verslag { regels: number; fouten: number; intern: number; inBytes: number }

export class StroomStil extends Error {}
export class StroomAfgebroken extends Error {}

type Stuk = Promise<Blokuitkomst>;
const leeg: Blokuitkomst = { bytes: new Uint8Array(0), regels: 0, fouten: 0, intern: 0 };

/** Cuts a byte stream into blocks of whole lines; a line above the limit becomes its own error answer. */
class Snijder {
  private delen: Buffer[] = [];
  private bytes = 0;
  /** bytes of `delen` up to and including its last line end */
  private compleet = 0;
  private regelsCompleet = 0;
  private overslaan = false;
  volgendeRegel = 1;

  constructor(private readonly maxRegel: number, private readonly blokBytes: number, private readonly stuur: (bytes: Uint8Array | null, eersteRegel: number) => void) {}

  voeg(buf: Buffer): void {
    let start = 0;
    if (this.overslaan) {
      const i = buf.indexOf(10);
      if (i < 0) return; // still inside the overlong line: dropped unread
      this.overslaan = false;
      start = i + 1;
    }
    let n = 0;
    let laatste = -1;
    for (let i = buf.indexOf(10, start); i >= 0; i = buf.indexOf(10, i + 1)) { n++; laatste = i; }
    const stuk = start ? buf.subarray(start) : buf;
    if (stuk.length === 0) return;
    if (n > 0) { this.compleet = this.bytes + (laatste - start) + 1; this.regelsCompleet += n; }
    this.delen.push(stuk);
    this.bytes += stuk.length;
    if (this.bytes - this.compleet > this.maxRegel) this.teLang();
    else if (this.compleet >= this.blokBytes) this.snij();
  }

  private snij(): void {
    const alles = this.delen.length === 1 ? this.delen[0] : Buffer.concat(this.delen, this.bytes);
    // its own ArrayBuffer, so it can be moved to the worker
    const blok = new Uint8Array(this.compleet);
    blok.set(alles.subarray(0, this.compleet));
    const rest = alles.subarray(this.compleet);
    this.delen = rest.length ? [Buffer.from(rest)] : [];
    this.bytes = rest.length;
    this.compleet = 0;
    this.stuur(blok, this.volgendeRegel);
    this.volgendeRegel += this.regelsCompleet;
    this.regelsCompleet = 0;
  }

  private teLang(): void {
    if (this.compleet > 0) this.snij();
    this.stuur(null, this.volgendeRegel); // null: the overlong line's answer
    this.volgendeRegel++;
    this.delen = [];
    this.bytes = 0;
    this.overslaan = true;
  }

  /** Sends the whole lines gathered so far (the workers are idle: latency matters more than block size). */
  snijNu(): void {
    if (this.compleet > 0) this.snij();
  }

  einde(): void {
    if (this.bytes === 0) return;
    this.compleet = this.bytes;
    this.snij();
  }
}

export function stroom(invoer: Readable, uitvoer: Writable, o: StroomOpties): Promise<Verslag> {
  const max = o.werkers.maxRegelBytes;
  const inVlucht = o.inVlucht ?? o.werkers.threads * 2 + 1;
  const sleutel = randomUUID();
  const verslag: Verslag = { regels: 0, fouten: 0, intern: 0, inBytes: 0 };
  const rij: Stuk[] = [];
  let opdracht = o.opdracht;
  let invoerKlaar = false;
  let begonnen = false;
  let gestopt: Error | null = null;
  let wekSchrijver: (() => void) | null = null;
  let wekDrain: (() => void) | null = null;
  const wek = () => { const w = wekSchrijver; wekSchrijver = null; w?.(); };

  const teLangeAntwoord = (regel: number): Blokuitkomst => {
    const f = inTaalVan(teLangeRegel(max), opdracht.taal);
    const tekst = opdracht.uitvoer === 'csv'
      ? `${[regel, f.code, f.veld, f.message].map(csvCel).join(',')}${','.repeat(csvUitvoerKolommen(opdracht.velden).length - 4)}\n`
      : `${JSON.stringify({ regel, fout: f })}\n`;
    return { bytes: Buffer.from(tekst), regels: 1, fouten: 1, intern: 0 };
  };
  const snijder = new Snijder(max, o.blokBytes ?? BLOK_BYTES, (bytes, eersteRegel) => {
    const p = bytes === null ? Promise.resolve(teLangeAntwoord(eersteRegel)) : o.werkers.blok(opdracht, sleutel, bytes, eersteRegel);
    p.catch(() => {}); // awaited in order by the writer; never an unhandled rejection
    rij.push(p);
    wek();
  });

  // csv input: the header line comes first and names the columns of every record
  let kop: Buffer | null = opdracht.invoer === 'csv' ? Buffer.alloc(0) : null;

  return new Promise<Verslag>((klaar, mislukt) => {
    let stilTimer: NodeJS.Timeout | undefined;
    const beweging = () => {
      if (!o.stilMs) return;
      clearTimeout(stilTimer);
      stilTimer = setTimeout(() => stop(new StroomStil(`no input and no output for ${o.stilMs} ms`)), o.stilMs);
      stilTimer.unref?.();
    };
    const opruimen = () => {
      clearTimeout(stilTimer);
      invoer.off('data', opData);
      invoer.off('end', opEinde);
      invoer.off('error', stop);
      o.signal?.removeEventListener('abort', opAfbreken);
    };
    function stop(e: Error) {
      if (gestopt) return;
      gestopt = e;
      opruimen();
      invoer.pause();
      wek();
      wekDrain?.();
      mislukt(e);
    }
    const opAfbreken = () => stop(new StroomAfgebroken('the run was stopped'));
    const vol = () => rij.length >= inVlucht;

    function opData(buf: Buffer) {
      if (gestopt) return;
      verslag.inBytes += buf.length;
      beweging();
      if (kop !== null) {
        const i = buf.indexOf(10);
        const samen = Buffer.concat([kop, i < 0 ? buf : buf.subarray(0, i)]);
        if (i < 0) {
          if (samen.length > max) return stop(invoerFout('csv', `the header line is longer than ${max} bytes`));
          kop = samen;
          return;
        }
        try {
          opdracht = { ...opdracht, csvKolommen: csvKop(samen.toString('utf8')) };
        } catch (e) {
          return stop(e as Error);
        }
        kop = null;
        snijder.volgendeRegel = 2;
        buf = buf.subarray(i + 1);
      }
      snijder.voeg(buf);
      if (rij.length < o.werkers.threads) snijder.snijNu(); // slow input: answer what is there
      if (vol()) invoer.pause();
    }
    function opEinde() {
      if (gestopt) return;
      if (kop !== null && kop.length > 0) {
        try { opdracht = { ...opdracht, csvKolommen: csvKop(kop.toString('utf8')) }; } catch (e) { return stop(e as Error); }
      }
      snijder.einde();
      invoerKlaar = true;
      wek();
    }

    async function schrijf(bytes: Uint8Array): Promise<void> {
      if (!begonnen) {
        begonnen = true;
        o.begin?.();
        if (opdracht.uitvoer === 'csv') uitvoer.write(`${csvUitvoerKolommen(opdracht.velden).join(',')}\n`);
      }
      if (bytes.length === 0) return;
      if (!uitvoer.write(bytes)) {
        await new Promise<void>((ok) => {
          const verder = () => { uitvoer.off('drain', verder); uitvoer.off('close', verder); wekDrain = null; ok(); };
          wekDrain = verder;
          uitvoer.on('drain', verder);
          uitvoer.on('close', verder);
        });
      }
      beweging();
    }

    async function schrijver(): Promise<void> {
      for (;;) {
        if (gestopt) return;
        if (rij.length === 0) {
          if (invoerKlaar) break;
          await new Promise<void>((ok) => { wekSchrijver = ok; });
          continue;
        }
        const uit = await rij[0];
        if (gestopt) return;
        rij.shift();
        if (!invoerKlaar) {
          if (rij.length < o.werkers.threads) snijder.snijNu();
          if (!vol()) invoer.resume();
        }
        verslag.regels += uit.regels;
        verslag.fouten += uit.fouten;
        verslag.intern += uit.intern;
        await schrijf(uit.bytes);
      }
      await schrijf(leeg.bytes); // headers (and the csv header) even for an empty input
      opruimen();
      klaar(verslag);
    }

    invoer.on('data', opData);
    invoer.on('end', opEinde);
    invoer.on('error', stop);
    if (o.signal?.aborted) return opAfbreken();
    o.signal?.addEventListener('abort', opAfbreken, { once: true });
    beweging();
    schrijver().catch(stop);
  });
}
