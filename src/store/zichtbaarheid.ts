// Who may see which stored leerling. SCHOOL: leerlingen with an inschrijving (current or past) at its
// own BRIN. LEERPLICHTAMBTENAAR: leerlingen whose woongemeente is its gemeente. PUBLIC: none.
//
// By id, the visibility check is part of the one SQL query that reads the row (`where id = ? and
// <visible>`): a leerling the key may not see and an id that does not exist run the same query and
// get the same empty result, so neither the answer nor its timing tells them apart.
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { Inschrijving, Leerling, Melding } from './entities/leerlingen';

export function magZien(t: Toegang, leerling: Leerling, inschrijvingen: readonly Inschrijving[]): boolean {
  if (t.rol === 'LEERPLICHTAMBTENAAR') return leerling.gemeente === t.gemeente;
  if (t.rol === 'SCHOOL') return inschrijvingen.some((i) => i.brin === t.brin);
  return false;
}

/**
 * A where-condition (MikroORM filter) that holds when the leerling whose id is in column
 * `leerlingKolom` of the queried row is visible to `t`; a fresh raw fragment per call.
 */
export function zichtbaarVoor(t: Toegang, leerlingKolom: 'id' | 'leerling_id'): Record<string, unknown[]> {
  if (t.rol === 'SCHOOL') {
    return { [raw((a: string) => `exists (select 1 from inschrijving zi where zi.leerling_id = ${a}.${leerlingKolom} and zi.brin = ?)`, [t.brin])]: [] };
  }
  if (t.rol === 'LEERPLICHTAMBTENAAR') {
    const sql = leerlingKolom === 'id'
      ? (a: string) => `${a}.gemeente = ?`
      : (a: string) => `exists (select 1 from leerling zl where zl.id = ${a}.leerling_id and zl.gemeente = ?)`;
    return { [raw(sql, [t.gemeente])]: [] };
  }
  return { [raw('false')]: [] };
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
  return em.findOne(Melding, { id, ...zichtbaarVoor(t, 'leerling_id') } as never);
}

/** An inschrijving of a leerling `t` may see (at any BRIN), else null: one query. */
export async function zichtbareInschrijvingMetId(em: EntityManager, t: Toegang, id: string): Promise<Inschrijving | null> {
  return em.findOne(Inschrijving, { id, ...zichtbaarVoor(t, 'leerling_id') } as never);
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
  const brin = (b: string) => {
    waar.push('exists (select 1 from inschrijving i where i.leerling_id = l.id and i.brin = ?)');
    par.push(b);
  };
  if (t.rol === 'PUBLIC') return [];
  if (t.rol === 'SCHOOL') brin(t.brin!);
  if (t.rol === 'LEERPLICHTAMBTENAAR') { waar.push('l.gemeente = ?'); par.push(t.gemeente); }
  if (filter.gemeente) { waar.push('l.gemeente = ?'); par.push(filter.gemeente); }
  if (filter.brin && filter.brin !== t.brin) brin(filter.brin);
  if (filter.metVerzuimTot) { waar.push('exists (select 1 from verzuimregistratie v where v.leerling_id = l.id and v.datum <= ?)'); par.push(filter.metVerzuimTot); }
  if (pagina.na) { waar.push('l.id > ?'); par.push(pagina.na); }
  par.push(pagina.eerste);
  const rijen = await em.getConnection().execute<{ id: string }[]>(`select l.id from leerling l where ${waar.join(' and ')} order by l.id limit ?`, par);
  return rijen.map((r) => r.id);
}
