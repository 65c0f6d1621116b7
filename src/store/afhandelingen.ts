// The leerplichtambtenaar's case work on a recorded melding: one afhandeling per melding, with its
// maatregelen. Every change runs in one transaction with the melding row locked (FOR UPDATE), so
// two requests on the same melding see each other's result; each writes its audit row in it.
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { schrijfAudit } from './audit';
import { Afhandeling, Maatregel, Melding } from './entities/leerlingen';
import type { Meldingstatus } from './entities/melding.entity';
import { codeLijst, zichtbaarVoor } from './zichtbaarheid';

export interface Zaak { em: EntityManager; melding: Melding | null; afhandeling: Afhandeling | null }

/**
 * Runs `werk` in a transaction on the melding `id` (a lower-case uuid) if `t` may see it — one
 * query with the visibility in it, so a foreign id and an unknown one do the same work — and on its
 * afhandeling (null: none yet). `werk` checks access and input before it changes anything.
 */
export async function inZaak<T>(orm: MikroORM, t: Toegang, id: string | null, werk: (z: Zaak) => Promise<T> | T): Promise<T> {
  return orm.em.fork().transactional(async (em) => {
    const melding = id === null ? null : await em.findOne(Melding, { id, ...zichtbaarVoor(t, 'leerling_id', { van: 'begindatum', tot: 'einddatum' }) } as never, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const afhandeling = melding ? await em.findOne(Afhandeling, { melding: melding.id }) : null;
    return werk({ em, melding, afhandeling });
  });
}

/** Whether the melding's leerling lives in `gemeente` now (its current woongemeente). */
export async function woontNuIn(em: EntityManager, leerlingId: string, gemeente: string): Promise<boolean> {
  const r = await em.execute<{ n: number }[]>('select count(*)::int as n from leerling where id = ? and gemeente = ?', [leerlingId, gemeente]);
  return (r[0]?.n ?? 0) > 0;
}

/** Moves the melding on, as wijzigMeldingstatus does (historie entry and audit row), inside the zaak's transaction. */
export function zetMeldingstatus(em: EntityManager, t: Toegang, m: Melding, naar: Meldingstatus, toelichting: string): void {
  schrijfAudit(em, t, { operatie: 'wijzigMeldingstatus', leerlingId: m.leerling.id, onderwerp: 'melding', onderwerpId: m.id, voor: { status: m.status }, na: { status: naar } });
  m.historie = [...m.historie, { van: m.status, naar, door: t.naam, op: new Date().toISOString(), toelichting }];
  m.status = naar;
}

/** The maatregelen of these afhandelingen, per afhandeling id, by datum, then in the order recorded. One query. */
export async function maatregelenVan(em: EntityManager, afhandelingIds: readonly string[]): Promise<Map<string, Maatregel[]>> {
  const uit = new Map<string, Maatregel[]>();
  if (afhandelingIds.length === 0) return uit;
  for (const m of await em.find(Maatregel, { afhandeling: { $in: [...afhandelingIds] } }, { orderBy: { datum: 'asc', vastgelegdOp: 'asc', id: 'asc' } })) {
    uit.set(m.afhandeling.id, [...(uit.get(m.afhandeling.id) ?? []), m]);
  }
  return uit;
}

/** The afhandelingen of these meldingen, per melding id. One query. */
export async function afhandelingenVan(em: EntityManager, meldingIds: readonly string[]): Promise<Map<string, Afhandeling>> {
  if (meldingIds.length === 0) return new Map();
  const rijen = await em.find(Afhandeling, { melding: { $in: [...meldingIds] } });
  return new Map(rijen.map((a) => [a.melding.id, a]));
}

export interface MaatregelTelling { gemeente: string; soort: string; aantal: number }

/**
 * Maatregelen per kind with datum in [van, tot], counted for the gemeente the leerling lived in on
 * the maatregel's datum (its woonperiode; a leerling without periods: its gemeente), for the
 * given gemeenten. For the jaarcijfers (helper d3). One query.
 */
export async function maatregelenPerSoort(em: EntityManager, gemeenten: readonly string[], van: string, tot: string): Promise<MaatregelTelling[]> {
  const rijen = await em.execute<{ gemeente: string; soort: string; aantal: number }[]>(
    `select g.gemeente, m.soort, count(*)::int as aantal
     from maatregel m join leerling l on l.id = m.leerling_id
     cross join lateral (
       select w.gemeente from woonperiode w where w.leerling_id = m.leerling_id and w.vanaf <= m.datum and (w.tot is null or w.tot >= m.datum)
       union all
       select l.gemeente where not exists (select 1 from woonperiode w2 where w2.leerling_id = m.leerling_id)
     ) g
     where m.datum between ? and ? and g.gemeente = any(?::text[])
     group by 1, 2 order by 1, 2`, [van, tot, codeLijst(gemeenten)]);
  return rijen;
}

