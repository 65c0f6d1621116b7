// Signalen: storing what a signalering run found (once per leerling + soort + einddatum) and
// listing them for a key. Who sees which signaal: SCHOOL those at a BRIN its key covers of a
// leerling it still sees (zichtbaarheid), LEERPLICHTAMBTENAAR those of its gemeente, RMC those of
// its regio's gemeenten, PUBLIC none.
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { Signaal } from './entities/signaal.entity';
import { gemeentenVan, zichtbaarVoor } from './zichtbaarheid';

export interface NieuwSignaal {
  leerlingId: string; soort: string; begindatum: string; einddatum: string; uren: number; verplicht: boolean;
  brin: string | null; gemeente: string; peildatum: string; runId: string; regelsetHash: string;
}

/** The columns in insert order; one json parameter keeps a batch of any size to one statement. */
const KOLOMMEN = 'leerling_id uuid, soort text, begindatum date, einddatum date, uren double precision, verplicht boolean, brin text, gemeente text, peildatum date, run_id text, regelset_hash text';

/**
 * Inserts the signalen not stored yet (on conflict do nothing: another worker, or an earlier run,
 * stored it first) and returns how many were new. `uitvoeren` runs the SQL on the caller's
 * connection, so the insert is part of the batch's transaction.
 */
export async function bewaarSignalen(uitvoeren: (sql: string, par: unknown[]) => Promise<{ rowCount: number | null }>, signalen: readonly NieuwSignaal[]): Promise<number> {
  if (signalen.length === 0) return 0;
  const rijen = signalen.map((s) => ({
    leerling_id: s.leerlingId, soort: s.soort, begindatum: s.begindatum, einddatum: s.einddatum, uren: s.uren, verplicht: s.verplicht,
    brin: s.brin, gemeente: s.gemeente, peildatum: s.peildatum, run_id: s.runId, regelset_hash: s.regelsetHash,
  }));
  // a leerling removed since the batch read it is skipped instead of failing the batch on its foreign key
  const r = await uitvoeren(
    `insert into signaal (leerling_id, soort, begindatum, einddatum, uren, verplicht, brin, gemeente, peildatum, run_id, regelset_hash)
     select x.* from json_to_recordset($1::json) as x(${KOLOMMEN}) where exists (select 1 from leerling l where l.id = x.leerling_id)
     on conflict (leerling_id, soort, einddatum) do nothing`,
    [JSON.stringify(rijen)],
  );
  return r.rowCount ?? 0;
}

export interface SignaalFilter {
  /** found on or after this moment */
  sinds: Date;
  brin?: string | null;
  gemeente?: string | null;
  eerste: number;
  /** the id of the last signaal of the previous page */
  na?: string | null;
}

/** A BRIN filter with brinHoortBij's meaning ("12AB" covers every vestiging "12AB01"); the BRIN is validated, so no wildcard reaches like. */
const brinFilter = (brin: string) => (brin.length === 4 ? { $like: `${brin}%` } : brin);

/** One page of the signalen `t` may see, oldest first (gevonden_op, id): one query. An unknown `na` gives an empty page. */
export async function zichtbareSignalen(em: EntityManager, t: Toegang, f: SignaalFilter): Promise<Signaal[]> {
  const waar: Record<string, unknown>[] = [{ gevondenOp: { $gte: f.sinds } }];
  if (t.rol === 'PUBLIC') return [];
  if (t.rol === 'SCHOOL') {
    waar.push({ brin: brinFilter(t.brin!) }, zichtbaarVoor(t, 'leerling_id'));
  } else {
    waar.push({ gemeente: { $in: [...gemeentenVan(t)] } });
  }
  if (f.brin) waar.push({ brin: brinFilter(f.brin) });
  if (f.gemeente) waar.push({ gemeente: f.gemeente });
  // keyset on (gevonden_op, id) in SQL: a JS Date would cut PostgreSQL's microseconds off
  if (f.na) waar.push({ [raw((a: string) => `(${a}.gevonden_op, ${a}.id) > (select v.gevonden_op, v.id from signaal v where v.id = ?)`, [f.na])]: [] });
  return em.find(Signaal, { $and: waar } as never, { orderBy: [{ gevondenOp: 'asc' }, { id: 'asc' }], limit: f.eerste });
}
