// The work of one bulk line, run on a worker thread: text → checked situatie → evaluation → the
// asked velden only → one answer line. A bad line answers its own BAD_USER_INPUT line; the run goes on.
import { isUtf8 } from 'node:buffer';
import { GraphQLError } from 'graphql';
import { inHetNederlands } from '../api/fout-vertaling';
import type { Beoordeling } from '../api/uitvoer';
import { maakVraag } from '../api/vraag';
import { evalueer } from '../engine/evaluatie';
import type { Regelset } from '../engine/regelset';
import { formatDatum } from '../time/dag';
import { KalenderBereikFout } from '../time/kalender';
import { csvCel, csvCellen, csvSituatie, csvUitvoerKolommen, kolomVan } from './csv';
import { leesSituatie } from './invoer';
import type { Opdracht } from './opdracht';
import { jsonProjectie, projectie, type JsonProjectie, type Projectie } from './projectie';
import { beoordelingType } from './schema';
import { berekening, selectie } from './velden';

export interface Fout { code: string; veld?: string; message: string }
export interface Antwoord { regel: number | null; beoordeling?: Record<string, unknown>; fout?: Fout }
/** An NDJSON answer: the beoordeling already as JSON text */
interface JsonAntwoord { regel: number; json: string }

/** A line's error in the opdracht's taal (Dutch for NL, as GraphQL answers a field with taal NL). */
export function inTaalVan(f: Fout, taal: 'NL' | 'EN'): Fout {
  if (taal !== 'NL') return f;
  const nl = inHetNederlands(f.message);
  return nl === null ? f : { ...f, message: nl };
}

export const teLangeRegel = (max: number): Fout => ({ code: 'BAD_USER_INPUT', veld: 'situatie', message: `situatie: the line is longer than ${max} bytes, the limit of one line` });

/** An error of one line as its answer; anything that is not the caller's input is INTERNAL_SERVER_ERROR. */
export function alsFout(e: unknown): Fout {
  if (e instanceof KalenderBereikFout) return { code: 'BAD_USER_INPUT', veld: 'situatie.vakantieregio', message: `situatie.vakantieregio: ${e.message}` };
  if (e instanceof GraphQLError && e.extensions?.code === 'BAD_USER_INPUT') {
    const veld = typeof e.extensions.veld === 'string' ? e.extensions.veld : e.message.split(':')[0];
    return { code: 'BAD_USER_INPUT', veld, message: e.message };
  }
  return { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' };
}

export interface Blokuitkomst { bytes: Uint8Array; regels: number; fouten: number; intern: number }

export class Beoordelaar {
  private readonly velden: [string, (b: Beoordeling) => unknown, Projectie][];
  private readonly geselecteerd: ReadonlySet<string>;
  private readonly csvUit: string[][] | null;
  private readonly jsonVelden: [string, (b: Beoordeling) => unknown, JsonProjectie][];

  constructor(private readonly regelset: Regelset, private readonly o: Opdracht, private readonly maxRegelBytes: number, private readonly verbergSuggesties = false) {
    const typen = beoordelingType().getFields();
    const sel = selectie(o.velden);
    this.velden = [...sel].map(([v, sub]) => [v, berekening(v), projectie(typen[v].type, sub)]);
    this.geselecteerd = new Set(sel.keys());
    this.csvUit = o.uitvoer === 'csv' ? csvUitvoerKolommen(o.velden).map((k) => k.split('.')) : null;
    this.jsonVelden = [...sel].map(([v, sub], i) => [`${i === 0 ? '' : ','}${JSON.stringify(v)}:`, berekening(v), jsonProjectie(typen[v].type, sub)]);
  }

  private beoordelingVan(waarde: unknown): Beoordeling {
    const s = leesSituatie(waarde, 'situatie', this.verbergSuggesties);
    const vraag = maakVraag(this.regelset, s, this.o.peildatum, this.o.wetsdatum, null);
    const feiten = evalueer(this.regelset, vraag);
    return {
      peildatum: formatDatum(feiten.ctx.peildatum), wetsdatum: formatDatum(feiten.ctx.wetsdatum), leeftijd: feiten.get('leeftijd') as number,
      regelsetHash: this.regelset.hash, feiten, taal: this.o.taal, geselecteerd: this.geselecteerd,
    } as Beoordeling;
  }

  /** The same as beoordeel, as JSON text (for NDJSON output). */
  beoordeelJson(waarde: unknown): string {
    const b = this.beoordelingVan(waarde);
    let uit = '{';
    for (const [sleutel, bereken, vorm] of this.jsonVelden) uit += sleutel + vorm(bereken(b));
    return `${uit}}`;
  }

  /** The beoordeling of one situatie value (already JSON-parsed), as GraphQL's data.beoordeling. */
  beoordeel(waarde: unknown): Record<string, unknown> {
    const b = this.beoordelingVan(waarde);
    const uit: Record<string, unknown> = {};
    for (const [naam, bereken, vorm] of this.velden) uit[naam] = vorm(bereken(b));
    return uit;
  }

  /** One line of input text → its answer. */
  antwoord(tekst: string, regel: number): Antwoord | JsonAntwoord {
    try {
      let waarde: unknown;
      if (this.o.invoer === 'csv') {
        const cellen = csvCellen(tekst);
        if (cellen === null) return { regel, fout: { code: 'BAD_USER_INPUT', veld: 'csv', message: 'csv: the line is not valid CSV (quotes)' } };
        waarde = csvSituatie(cellen, this.o.csvKolommen ?? []);
      } else {
        try {
          waarde = JSON.parse(tekst);
        } catch {
          return { regel, fout: { code: 'BAD_USER_INPUT', veld: 'situatie', message: 'situatie: the line is not valid JSON' } };
        }
      }
      return this.csvUit ? { regel, beoordeling: this.beoordeel(waarde) } : { regel, json: this.beoordeelJson(waarde) };
    } catch (e) {
      const fout = alsFout(e);
      if (this.o.invoer === 'csv' && fout.veld) fout.veld = kolomVan(fout.veld);
      return { regel, fout };
    }
  }

  regelTekst(a: Antwoord | JsonAntwoord): string {
    if ('json' in a) return `{"regel":${a.regel},"beoordeling":${a.json}}`;
    if (!this.csvUit) return JSON.stringify(a);
    const bron: Record<string, unknown> = { regel: a.regel, fout: a.fout ?? null, ...a.beoordeling };
    return this.csvUit.map((pad) => {
      let w: unknown = bron;
      for (const p of pad) w = w !== null && typeof w === 'object' ? (w as Record<string, unknown>)[p] : null;
      return csvCel(w);
    }).join(',');
  }

  /** A block of whole lines (UTF-8, "\n"-separated; "\r\n" too) → the answer lines, in order. */
  blok(bytes: Uint8Array, eersteRegel: number): Blokuitkomst {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const uit: string[] = [];
    const telling = { fouten: 0, intern: 0 };
    const voeg = (a: Antwoord | JsonAntwoord | null) => {
      if (a === null) return;
      if ('fout' in a && a.fout) { telling.fouten++; if (a.fout.code !== 'BAD_USER_INPUT') telling.intern++; a = { ...a, fout: inTaalVan(a.fout, this.o.taal) }; }
      uit.push(this.regelTekst(a));
    };
    if (isUtf8(buf)) {
      // the usual case: decode the block once; a character is at most 3 bytes per UTF-16 unit
      const tekst = buf.toString('utf8');
      let regel = eersteRegel;
      for (let start = 0; start < tekst.length; regel++) {
        let eind = tekst.indexOf('\n', start);
        if (eind < 0) eind = tekst.length;
        const volgende = eind + 1;
        if (eind > start && tekst.charCodeAt(eind - 1) === 13) eind--;
        const lijn = tekst.slice(start, eind);
        start = volgende;
        if ((lijn.length * 3 > this.maxRegelBytes && Buffer.byteLength(lijn) > this.maxRegelBytes)) voeg({ regel, fout: teLangeRegel(this.maxRegelBytes) });
        else voeg(lijn.trim() === '' ? null : this.antwoord(lijn, regel)); // a blank line has no answer (its number is skipped)
      }
    } else {
      let regel = eersteRegel;
      for (let start = 0; start < buf.length; regel++) {
        let eind = buf.indexOf(10, start);
        if (eind < 0) eind = buf.length;
        const volgende = eind + 1;
        if (eind > start && buf[eind - 1] === 13) eind--;
        const deel = buf.subarray(start, eind);
        start = volgende;
        if (deel.length > this.maxRegelBytes) voeg({ regel, fout: teLangeRegel(this.maxRegelBytes) });
        else if (!isUtf8(deel)) voeg({ regel, fout: { code: 'BAD_USER_INPUT', veld: 'situatie', message: 'situatie: the line is not valid UTF-8' } });
        else { const lijn = deel.toString('utf8'); voeg(lijn.trim() === '' ? null : this.antwoord(lijn, regel)); }
      }
    }
    return { bytes: new TextEncoder().encode(uit.length ? `${uit.join('\n')}\n` : ''), regels: uit.length, ...telling };
  }
}
