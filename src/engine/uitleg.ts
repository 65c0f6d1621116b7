// Deterministic explanations: the rule's sentence with the facts filled in, and its source as a
// JuriConnect reference valid on the wetsdatum.
import type { Beslissing, Feiten } from '../facts/feiten';
import type { FeitDefinitie } from '../facts/typen';
import { formatDatum, jmd, type Dag } from '../time/dag';
import { labelgroep } from './labels';
import type { Bron } from './regel';
import type { GeladenRegel } from './regelset';

export type Taal = 'NL' | 'EN';

export interface BronUitvoer { wet: string; bwbId: string; artikel: string; lid: string | null; onderdeel: string | null; jci: string; url: string }
export interface UitlegUitvoer { regel: string; tekst: string; bron: BronUitvoer }

const MAANDEN: Record<Taal, string[]> = {
  NL: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  EN: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function datumTekst(d: Dag, taal: Taal): string {
  const { jaar, maand, dag } = jmd(d);
  return `${dag} ${MAANDEN[taal][maand - 1]} ${jaar}`;
}

export function bronUitvoer(b: Bron, wetsdatum: Dag): BronUitvoer {
  const basis = { wet: b.wet.naam, bwbId: b.wet.bwbId, artikel: b.artikel, lid: b.lid ?? null, onderdeel: b.onderdeel ?? null };
  // a regulation without a known BWB id (rules/wetten.json vindplaats) has no JuriConnect reference
  if (!b.wet.bwbId) return { ...basis, jci: '', url: b.wet.vindplaats ?? '' };
  const jci = `jci1.3:c:${b.wet.bwbId}&artikel=${b.artikel}${b.lid ? `&lid=${b.lid}` : ''}${b.onderdeel ? `&onderdeel=${b.onderdeel}` : ''}&g=${formatDatum(wetsdatum)}`;
  return { ...basis, jci, url: `https://wetten.overheid.nl/${jci}` };
}

function definitie(f: Feiten, naam: string): FeitDefinitie | undefined {
  const i = f.catalogus.index.get(naam);
  if (i !== undefined) return f.catalogus.definities[i];
  return f.ouder ? definitie(f.ouder, naam) : undefined;
}

// numbers as people read them: 17,75 and 1.234 in Dutch, 17.75 and 1,234 in English
const GETAL: Record<Taal, Intl.NumberFormat> = {
  NL: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  EN: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

export function getalTekst(n: number, taal: Taal): string {
  return GETAL[taal].format(n);
}

/** One value in words: an enum value by its label (rules/labels.json), a number in the taal's notation. */
function enkeleWaarde(w: unknown, def: FeitDefinitie | undefined, taal: Taal): string {
  if (typeof w === 'number') return getalTekst(w, taal);
  if (typeof w === 'string' && def?.enum) {
    const label = labelgroep(def.enum)?.[w];
    if (label) return taal === 'NL' ? label.nl : label.en;
  }
  return String(w);
}

function waardeTekst(f: Feiten, naam: string, taal: Taal): string {
  const w = f.get(naam);
  if (w === null || w === undefined) return taal === 'NL' ? 'geen' : 'none';
  const def = definitie(f, naam);
  if (def?.type === 'datum') return datumTekst(w as Dag, taal);
  if (typeof w === 'boolean') return taal === 'NL' ? (w ? 'ja' : 'nee') : w ? 'yes' : 'no';
  if (Array.isArray(w)) return w.length === 0 ? (taal === 'NL' ? 'geen' : 'none') : w.map((x) => enkeleWaarde(x, def, taal)).join(', ');
  return enkeleWaarde(w, def, taal);
}

/** A rule's uitleg template with the facts of `f` filled in (also a policy signaal's uitleg). */
export function vulIn(sjabloon: string, f: Feiten, taal: Taal): string {
  return sjabloon.replace(/\{([A-Za-z0-9]+)\}/g, (_, naam: string) => waardeTekst(f, naam, taal));
}

export function uitleg(b: Beslissing, taal: Taal): UitlegUitvoer | null {
  const r = b.regel as GeladenRegel | null;
  if (r === null) return null;
  const sjabloon = taal === 'NL' ? r.uitleg.nl : r.uitleg.en;
  const tekst = sjabloon.replace(/\{([A-Za-z0-9]+)\}/g, (_, naam: string) => waardeTekst(b.feiten, naam, taal));
  return { regel: r.id, tekst, bron: bronUitvoer(r.bron, b.feiten.ctx.wetsdatum) };
}

/** Explanations of all decisions taken in an evaluation (sub-evaluations included), in order. */
export function alleUitleg(f: Feiten, taal: Taal, subs: Feiten[] = []): UitlegUitvoer[] {
  const uit: UitlegUitvoer[] = [];
  for (const x of [f, ...subs]) for (const b of x.genomen()) { const u = uitleg(b, taal); if (u) uit.push(u); }
  return uit;
}
