// Impossible dates in rule files: "2025-02-30" has the shape of a date, so the JSON Schema
// accepts it, but it is no day; parsed leniently it would put a rule in force from 1970 or never
// apply a parameter value. Every string of the form YYYY-MM-DD anywhere in a file must be a real
// day, and a period (vanaf/van … tot) must not end before it starts.
import { dagenInMaand, heeftDatumVorm, parseDatum } from '../time/dag';
import type { Vondst } from './fouten';

const MAANDEN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a string of date shape is no day, or null when it is one. */
export function geenDag(s: string): string | null {
  if (parseDatum(s) !== null) return null;
  const jaar = Number(s.slice(0, 4));
  const maand = Number(s.slice(5, 7));
  const dag = Number(s.slice(8, 10));
  if (maand < 1 || maand > 12) return `${s} is not a date: there is no month ${maand}`;
  if (dag < 1) return `${s} is not a date: there is no day 0`;
  return `${s} is not a date: ${MAANDEN[maand - 1]} ${jaar} has ${dagenInMaand(jaar, maand)} days`;
}

const sleutel = (pad: string, k: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? (pad ? `${pad}.${k}` : k) : `${pad}[${JSON.stringify(k)}]`);

/**
 * Every impossible date and every period ending before it starts in one file's JSON, with its
 * path (`regels[2].geldig.vanaf`, `parameters.meldplichtUren.waarden[0].vanaf`); a finding under
 * `regels[i]` names that rule's id.
 */
export function datumFouten(bestand: string, inhoud: unknown): Vondst[] {
  const vondsten: Vondst[] = [];
  const regelId = (pad: string): string | undefined => {
    const m = /^regels\[(\d+)\]/.exec(pad);
    const r = m ? (inhoud as { regels?: { id?: unknown }[] }).regels?.[Number(m[1])] : undefined;
    return typeof r?.id === 'string' ? r.id : undefined;
  };
  const vond = (pad: string, bericht: string) => {
    const regel = regelId(pad);
    vondsten.push({ bestand, ...(regel ? { regel } : {}), pad, bericht });
  };
  const loop = (w: unknown, pad: string): void => {
    if (typeof w === 'string') {
      const m = heeftDatumVorm(w) ? geenDag(w) : null;
      if (m) vond(pad, m);
      return;
    }
    if (Array.isArray(w)) return w.forEach((x, i) => loop(x, `${pad}[${i}]`));
    if (w === null || typeof w !== 'object') return;
    const o = w as Record<string, unknown>;
    for (const [k, x] of Object.entries(o)) loop(x, sleutel(pad, k));
    const begin = typeof o.vanaf === 'string' ? o.vanaf : o.van;
    if (typeof begin === 'string' && typeof o.tot === 'string' && parseDatum(begin) !== null && parseDatum(o.tot) !== null && parseDatum(o.tot)! < parseDatum(begin)!) {
      vond(sleutel(pad, 'tot'), `${o.tot} lies before ${typeof o.vanaf === 'string' ? 'vanaf' : 'van'} ${begin}`);
    }
  };
  loop(inhoud, '');
  return vondsten;
}
