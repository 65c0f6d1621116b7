// The parts of the yearly figures that are plain counts of stored rows (one query each).
// What needs the rules (thuiszitters, vsv) is counted in api/leerlingen/jaarcijfers.ts.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface Telling { leerlingIds: string[]; vrijstellingen: Map<string, number>; meldingen: Map<string, number>; langdurigGemeld: Set<string> }

/** Schooljaar [begin, eind] as 'yyyy-mm-dd', both inclusive. */
export async function telOpgeslagen(em: EntityManager, gemeente: string, begin: string, eind: string): Promise<Telling> {
  const c = em.getConnection();
  const ids = await c.execute<{ id: string }[]>('select id from leerling where gemeente = ? order by id', [gemeente]);
  // leerlingen with a vrijstelling of that grond in force on at least one day of the schooljaar
  const vr = await c.execute<{ grond: string; aantal: number }[]>(
    `select v.grond, count(distinct v.leerling_id)::int as aantal from vrijstelling v join leerling l on l.id = v.leerling_id
     where l.gemeente = ? and v.vanaf <= ? and (v.tot is null or v.tot >= ?) group by v.grond`, [gemeente, eind, begin]);
  // recorded meldingen ending in the schooljaar; a withdrawn melding does not count
  const me = await c.execute<{ soort: string; aantal: number }[]>(
    `select m.soort, count(*)::int as aantal from melding m join leerling l on l.id = m.leerling_id
     where l.gemeente = ? and m.einddatum between ? and ? and m.status <> 'INGETROKKEN' group by m.soort`, [gemeente, begin, eind]);
  const lrv = await c.execute<{ leerling_id: string }[]>(
    `select distinct m.leerling_id from melding m join leerling l on l.id = m.leerling_id
     where l.gemeente = ? and m.soort = 'LANGDURIG_RELATIEF' and m.einddatum between ? and ? and m.status <> 'INGETROKKEN'`, [gemeente, begin, eind]);
  return {
    leerlingIds: ids.map((r) => r.id),
    vrijstellingen: new Map(vr.map((r) => [r.grond, r.aantal])),
    meldingen: new Map(me.map((r) => [r.soort, r.aantal])),
    langdurigGemeld: new Set(lrv.map((r) => r.leerling_id)),
  };
}
