// What one bulk run asks: the peildatum, the law's date, the language, the velden, and the formats.
// Checked once before any line is read: a bad parameter fails the whole run, naming it.
import { GraphQLError } from 'graphql';
import { invoerFout } from '../api/fouten';
import { datum } from '../api/omzetten';
import { LocalDate } from '../api/scalars';
import { controleerWetsdatum } from '../api/vraag';
import type { Regelset } from '../engine/regelset';
import { STANDAARD_VELDEN, padProbleem } from './velden';

export type Formaat = 'ndjson' | 'csv';

export interface Opdracht {
  peildatum: string;
  wetsdatum: string | null;
  taal: 'NL' | 'EN';
  /** Beoordeling fields answered ("leerplicht", or parts: "leerplicht.status"), in the order given */
  velden: string[];
  invoer: Formaat;
  uitvoer: Formaat;
  /** csv input: the column names of its header line */
  csvKolommen?: string[];
}

export interface Parameters { peildatum?: string | null; wetsdatum?: string | null; velden?: string | null; taal?: string | null }

function lokaleDatum(veld: string, w: string): string {
  try {
    LocalDate.parseValue(w);
  } catch (e) {
    throw invoerFout(veld, e instanceof GraphQLError ? e.message : String(e));
  }
  datum(veld, w); // the day exists (2023-02-30 does not)
  return w;
}

export function leesVelden(w: string | null | undefined): string[] {
  if (w == null || w.trim() === '') return [...STANDAARD_VELDEN];
  const velden: string[] = [];
  for (const v of w.split(',').map((x) => x.trim())) {
    if (v === '') throw invoerFout('velden', 'an empty name in the list; give Beoordeling fields separated by commas, e.g. leerplicht,verzuim or leerplicht.status');
    const probleem = padProbleem(v);
    if (probleem) throw invoerFout('velden', probleem);
    if (!velden.includes(v)) velden.push(v);
  }
  return velden;
}

export function leesOpdracht(p: Parameters, formaten: { invoer: Formaat; uitvoer: Formaat } = { invoer: 'ndjson', uitvoer: 'ndjson' }): Opdracht {
  if (p.peildatum == null || p.peildatum === '') throw invoerFout('peildatum', 'required (YYYY-MM-DD)');
  const peildatum = lokaleDatum('peildatum', p.peildatum);
  const wetsdatum = p.wetsdatum == null || p.wetsdatum === '' ? null : lokaleDatum('wetsdatum', p.wetsdatum);
  const taal = p.taal == null || p.taal === '' ? 'NL' : p.taal;
  if (taal !== 'NL' && taal !== 'EN') throw invoerFout('taal', `${JSON.stringify(taal.slice(0, 20))} is not a Taal; NL or EN`);
  return { peildatum, wetsdatum, taal, velden: leesVelden(p.velden), ...formaten };
}

/** What needs the rule set: the law must cover the wetsdatum (run on a worker, which has the rules). */
export function controleerOpdracht(regelset: Regelset, o: Opdracht): void {
  const w = datum(o.wetsdatum === null ? 'peildatum' : 'wetsdatum', o.wetsdatum ?? o.peildatum);
  controleerWetsdatum(regelset, w, o.wetsdatum === null ? 'wetsdatum (default: peildatum)' : 'wetsdatum');
}
