// Who may see which stored leerling, and which of its facts (README "Visibility, verhuizing and
// RMC-regio").
// SCHOOL: leerlingen with an inschrijving at a BRIN its key covers ("12AB" covers "12AB" and every
// vestiging "12AB01"; "12AB01" only itself) that has not ended, or ended at most
// LEERPLICHT_SCHOOL_ZICHT_SCHOOLJAREN (default 1) schooljaren (years) before today; of those only the
// facts dated inside such an inschrijving.
// LEERPLICHTAMBTENAAR: leerlingen that live or lived in its gemeente (a woonperiode there); of those
// only the facts dated inside those woonperiodes. RMC: the same over the gemeenten of its regio.
// PUBLIC: none.
//
// By id, the visibility check is part of the one SQL query that reads the row (`where id = ? and
// <visible>`): a leerling the key may not see and an id that does not exist run the same query and
// get the same empty result, so neither the answer nor its timing tells them apart.
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { formatDatum, vandaag } from '../time/dag';
import { GEMEENTECODE } from '../toegang/toegang';
import { brinHoortBij } from '../toegang/eigenaarschap';
import { Inschrijving, Leerling, Melding, type Woonperiode } from './entities/leerlingen';

/** How many schooljaren after its end a SCHOOL still sees an inschrijving (env LEERPLICHT_SCHOOL_ZICHT_SCHOOLJAREN). */
function leesZichtSchooljaren(): number {
  const w = process.env.LEERPLICHT_SCHOOL_ZICHT_SCHOOLJAREN;
  if (w === undefined || w.trim() === '') return 1;
  if (!/^[0-9]{1,2}$/.test(w.trim())) throw new Error(`LEERPLICHT_SCHOOL_ZICHT_SCHOOLJAREN must be a whole number of schooljaren (0–99), not "${w}"`);
  return Number(w.trim());
}
let zichtSchooljaren = leesZichtSchooljaren();

export const schoolZichtSchooljaren = () => zichtSchooljaren;
/** For tests: another window (null: back to the environment's). */
export function zetSchoolZichtSchooljaren(n: number | null): void {
  zichtSchooljaren = n ?? leesZichtSchooljaren();
}

const dag2 = (n: number) => String(n).padStart(2, '0');
/** Today as 'yyyy-mm-dd': the day in Europe/Amsterdam, like every other "today" of the API (time/dag.ts). */
export const vandaagDatum = (nu = Date.now()) => formatDatum(vandaag(nu));

/**
 * The earliest end date of an inschrijving a SCHOOL still sees today: the same day of the month
 * `schooljaren` years before today (29 February → 28 February). An inschrijving that ended on that
 * day is visible, one that ended the day before is not.
 */
export function schoolZichtGrens(vandaag = vandaagDatum(), schooljaren = zichtSchooljaren): string {
  const [j, m, d] = vandaag.split('-').map(Number);
  const jaar = j - schooljaren;
  const laatste = new Date(Date.UTC(jaar, m, 0)).getUTCDate();
  return `${String(jaar).padStart(4, '0')}-${dag2(m)}-${dag2(Math.min(d, laatste))}`;
}

/** Whether a SCHOOL key for `sleutelBrin` covers an inschrijving at `brin` ("12AB" covers "12AB01"). */
export const brinGedekt = (sleutelBrin: string, brin: string) => brinHoortBij(sleutelBrin, brin);

/** brinHoortBij as SQL on a column; (sql, parameters). */
function brinSql(kolom: string, sleutelBrin: string): [string, unknown[]] {
  return sleutelBrin.length === 4 ? [`left(${kolom}, 4) = ?`, [sleutelBrin]] : [`${kolom} = ?`, [sleutelBrin]];
}

/** A text[] literal of validated gemeentecodes (4 digits): knex would expand a JS array. */
export const codeLijst = (codes: readonly string[]) => `{${codes.filter((c) => GEMEENTECODE.test(c)).join(',')}}`;

/** The gemeenten whose woonperiodes a LEERPLICHTAMBTENAAR or RMC key sees. */
export function gemeentenVan(t: Toegang): readonly string[] {
  if (t.rol === 'LEERPLICHTAMBTENAAR') return t.gemeente ? [t.gemeente] : [];
  if (t.rol === 'RMC') return t.gemeenten ?? [];
  return [];
}

/** A period of days, both ends inclusive; tot null: open. */
export interface Periode { vanaf: string; tot: string | null }

/**
 * The periods in which `t` sees a leerling's facts: SCHOOL its own inschrijvingen in the window,
 * LEERPLICHTAMBTENAAR / RMC the woonperiodes in its gemeente(n). Empty: the leerling is not visible.
 */
export function zichtPerioden(t: Toegang, leerling: Pick<Leerling, 'gemeente'>, inschrijvingen: readonly Pick<Inschrijving, 'brin' | 'vanaf' | 'tot'>[], woonperiodes: readonly Pick<Woonperiode, 'gemeente' | 'vanaf' | 'tot'>[], vandaag = vandaagDatum()): Periode[] {
  if (t.rol === 'SCHOOL') return inschrijvingen.filter((i) => eigenInschrijving(t, i, vandaag)).map((i) => ({ vanaf: i.vanaf, tot: i.tot }));
  const gemeenten = gemeentenVan(t);
  if (gemeenten.length === 0) return [];
  // a leerling stored without periods (none after the migration): its gemeente since birth
  if (woonperiodes.length === 0) return gemeenten.includes(leerling.gemeente) ? [{ vanaf: '0001-01-01', tot: null }] : [];
  return woonperiodes.filter((w) => gemeenten.includes(w.gemeente)).map((w) => ({ vanaf: w.vanaf, tot: w.tot }));
}

/** A SCHOOL key's own inschrijving within its window: at a BRIN it covers, not ended or ended on or after schoolZichtGrens. */
export function eigenInschrijving(t: Toegang, i: Pick<Inschrijving, 'brin' | 'tot'>, vandaag = vandaagDatum()): boolean {
  return t.rol === 'SCHOOL' && brinGedekt(t.brin!, i.brin) && (i.tot === null || i.tot >= schoolZichtGrens(vandaag));
}

/** Whether [vanaf, tot] (tot null: open; a day: tot = vanaf) overlaps one of the periods. */
export function binnen(perioden: readonly Periode[], vanaf: string, tot: string | null = vanaf): boolean {
  return perioden.some((p) => (tot === null || p.vanaf <= tot) && (p.tot === null || p.tot >= vanaf));
}

/**
 * Whether `t` keeps the leerling within reach after a change (the check every mutation makes):
 * SCHOOL an inschrijving at a BRIN it covers within the window; LEERPLICHTAMBTENAAR the current
 * woongemeente (a moved leerling's old gemeente reads, it no longer writes); RMC never writes.
 */
export function magZien(t: Toegang, leerling: Leerling, inschrijvingen: readonly Inschrijving[]): boolean {
  if (t.rol === 'LEERPLICHTAMBTENAAR') return leerling.gemeente === t.gemeente;
  if (t.rol === 'SCHOOL') return inschrijvingen.some((i) => eigenInschrijving(t, i));
  return false;
}

/** Columns of the queried row that date it (a fact row): its first and last day (tot null: open). */
export interface Datering { van: string; tot?: string }

/**
 * A where-condition (MikroORM filter) that holds when the leerling whose id is in column
 * `leerlingKolom` of the queried row is visible to `t` — and, given `datering`, when the row's dates
 * fall inside a period in which `t` sees that leerling. A fresh raw fragment per call.
 */
export function zichtbaarVoor(t: Toegang, leerlingKolom: 'id' | 'leerling_id', datering?: Datering): Record<string, unknown[]> {
  const [sql, par] = zichtbaarSql(t, leerlingKolom, datering);
  return { [raw(sql, par)]: [] };
}

function zichtbaarSql(t: Toegang, leerlingKolom: 'id' | 'leerling_id', datering?: Datering): [(a: string) => string, unknown[]] {
  const overlap = (p: string) => (a: string) => {
    if (!datering) return '';
    const van = `${a}.${datering.van}`;
    const tot = datering.tot ? `${a}.${datering.tot}` : van;
    return ` and (${tot} is null or ${p}.vanaf <= ${tot}) and (${p}.tot is null or ${p}.tot >= ${van})`;
  };
  if (t.rol === 'SCHOOL') {
    const [b, bp] = brinSql('zi.brin', t.brin!);
    const o = overlap('zi');
    return [(a) => `exists (select 1 from inschrijving zi where zi.leerling_id = ${a}.${leerlingKolom} and ${b} and (zi.tot is null or zi.tot >= ?::date)${o(a)})`, [...bp, schoolZichtGrens()]];
  }
  if (t.rol === 'LEERPLICHTAMBTENAAR' || t.rol === 'RMC') {
    const o = overlap('zw');
    return [(a) => `exists (select 1 from woonperiode zw where zw.leerling_id = ${a}.${leerlingKolom} and zw.gemeente = any(?::text[])${o(a)})`, [codeLijst(gemeentenVan(t))]];
  }
  return [() => 'false', []];
}

/** The leerling (a lower-case uuid) if `t` may see it, else null: one query either way. */
export async function zichtbareLeerlingMetId(em: EntityManager, t: Toegang, id: string): Promise<Leerling | null> {
  return em.findOne(Leerling, { id, ...zichtbaarVoor(t, 'id') } as never);
}

/** The leerlingen among `ids` (lower-case uuids) that `t` may see: one query. */
export async function zichtbareLeerlingenMetIds(em: EntityManager, t: Toegang, ids: readonly string[]): Promise<Leerling[]> {
  if (ids.length === 0) return [];
  return em.find(Leerling, { id: { $in: [...ids] }, ...zichtbaarVoor(t, 'id') } as never);
}

/** A recorded melding of a leerling `t` may see, else null: one query. */
export async function zichtbareMeldingMetId(em: EntityManager, t: Toegang, id: string): Promise<Melding | null> {
  return em.findOne(Melding, { id, ...zichtbaarVoor(t, 'leerling_id', { van: 'begindatum', tot: 'einddatum' }) } as never);
}

/**
 * An inschrijving `t` may see, else null: one query. SCHOOL: only its own (a BRIN it covers, within
 * the window); LEERPLICHTAMBTENAAR / RMC: one overlapping a woonperiode in its gemeente(n).
 */
export async function zichtbareInschrijvingMetId(em: EntityManager, t: Toegang, id: string): Promise<Inschrijving | null> {
  if (t.rol === 'SCHOOL') {
    const [, bp] = brinSql('brin', t.brin!);
    return em.findOne(Inschrijving, { id, [raw((a: string) => `${brinSql(`${a}.brin`, t.brin!)[0]} and (${a}.tot is null or ${a}.tot >= ?::date)`, [...bp, schoolZichtGrens()])]: [] } as never);
  }
  return em.findOne(Inschrijving, { id, ...zichtbaarVoor(t, 'leerling_id', { van: 'vanaf', tot: 'tot' }) } as never);
}

export interface Filter {
  gemeente?: string | null;
  brin?: string | null;
  /** only leerlingen with verzuim recorded on or before this day */
  metVerzuimTot?: string;
}

/**
 * Ids of the visible leerlingen (optionally narrowed by gemeente / BRIN), in id order, one page.
 * One query; the role's own restriction is always part of it.
 */
export async function zichtbareIds(em: EntityManager, t: Toegang, filter: Filter, pagina: { eerste: number; na?: string | null }): Promise<string[]> {
  const waar: string[] = [];
  const par: unknown[] = [];
  if (t.rol === 'PUBLIC') return [];
  if (t.rol === 'SCHOOL') {
    // the filter's BRIN narrows the key's own inschrijvingen (the same row), never reaches beyond them
    const [b, bp] = brinSql('i.brin', t.brin!);
    const [fb, fp] = filter.brin ? brinSql('i.brin', filter.brin) : ['true', []];
    waar.push(`exists (select 1 from inschrijving i where i.leerling_id = l.id and ${b} and ${fb} and (i.tot is null or i.tot >= ?::date))`);
    par.push(...bp, ...fp, schoolZichtGrens());
    if (filter.gemeente) { waar.push('l.gemeente = ?'); par.push(filter.gemeente); }
  } else {
    // the filter's gemeente narrows the key's own woonperiodes (a leerling who lived there)
    const gemeenten = gemeentenVan(t).filter((g) => !filter.gemeente || g === filter.gemeente);
    waar.push('exists (select 1 from woonperiode w where w.leerling_id = l.id and w.gemeente = any(?::text[]))');
    par.push(codeLijst(gemeenten));
    if (filter.brin) {
      const [fb, fp] = brinSql('i.brin', filter.brin);
      waar.push(`exists (select 1 from inschrijving i where i.leerling_id = l.id and ${fb})`);
      par.push(...fp);
    }
  }
  if (filter.metVerzuimTot) { waar.push('exists (select 1 from verzuimregistratie v where v.leerling_id = l.id and v.datum <= ?)'); par.push(filter.metVerzuimTot); }
  if (pagina.na) { waar.push('l.id > ?'); par.push(pagina.na); }
  par.push(pagina.eerste);
  const rijen = await em.getConnection().execute<{ id: string }[]>(`select l.id from leerling l where ${waar.join(' and ')} order by l.id limit ?`, par);
  return rijen.map((r) => r.id);
}
