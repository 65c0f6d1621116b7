// The jaarverslag tables that are plain counts of stored rows (one query each), by the woongemeente
// on the day each figure names (see Telling in store/jaarcijfers.ts for the older figures).
import type { EntityManager } from '@mikro-orm/postgresql';
import { codeLijst } from './zichtbaarheid';

export interface MeldingenRij { soort: string; onderwijssoort: string; brin: string; meldingen: number; leerlingen: number }
export interface LeeftijdRij { grond: string; leeftijd: string; aantal: number }
export interface Tabellen { meldingenPerSchool: MeldingenRij[]; leerlingenMetMelding: number; vrijstellingenPerLeeftijd: LeeftijdRij[] }

/** A counted melding: not withdrawn, einddatum in the schooljaar, woongemeente on the einddatum in `gemeenten` ($1 begin, $2 eind, $3 gemeenten). */
const GETELDE_MELDING = `m.einddatum between ? and ? and m.status <> 'INGETROKKEN'
  and exists (select 1 from woonperiode w where w.leerling_id = m.leerling_id and w.gemeente = any(?::text[]) and w.vanaf <= m.einddatum and (w.tot is null or w.tot >= m.einddatum))`;

/**
 * Schooljaar [begin, eind] ('yyyy-mm-dd', inclusive) for the leerlingen of `gemeenten`:
 * - meldingen per soort × onderwijssoort × school: the school is the melding's BRIN (the school that
 *   recorded it), else the inschrijving on the einddatum; the onderwijssoort that of the inschrijving
 *   at that school on the einddatum (ONBEKEND when none); leerlingen unique per row;
 * - leerlingen with at least one such melding;
 * - vrijstellingen per grond and leeftijd: the age on the vrijstelling's first day in the schooljaar
 *   (its vanaf, or 1 augustus), counted as Jaarcijfers.vrijstellingen.
 */
export async function telTabellen(em: EntityManager, gemeenten: readonly string[], begin: string, eind: string): Promise<Tabellen> {
  const c = em.getConnection();
  const g = codeLijst(gemeenten);
  const ms = await c.execute<MeldingenRij[]>(
    `select m.soort, coalesce(i.onderwijs, 'ONBEKEND') as onderwijssoort, coalesce(m.brin, i.brin, 'ONBEKEND') as brin,
            count(*)::int as meldingen, count(distinct m.leerling_id)::int as leerlingen
     from melding m
     left join lateral (select i.onderwijs, i.brin from inschrijving i
                        where i.leerling_id = m.leerling_id and i.vanaf <= m.einddatum and (i.tot is null or i.tot >= m.einddatum) and (m.brin is null or i.brin = m.brin)
                        order by i.vanaf desc, i.id limit 1) i on true
     where ${GETELDE_MELDING}
     group by 1, 2, 3 order by 1, 2, 3`, [begin, eind, g]);
  const [uniek] = await c.execute<{ aantal: number }[]>(`select count(distinct m.leerling_id)::int as aantal from melding m where ${GETELDE_MELDING}`, [begin, eind, g]);
  const vr = await c.execute<LeeftijdRij[]>(
    `select grond, case when jaren < 5 then '0-4' when jaren < 12 then '5-11' when jaren < 16 then '12-15' when jaren < 18 then '16-17' else '18+' end as leeftijd,
            count(distinct leerling_id)::int as aantal
     from (select v.grond, v.leerling_id, date_part('year', age(greatest(v.vanaf, ?::date), l.geboortedatum))::int as jaren
           from vrijstelling v join leerling l on l.id = v.leerling_id
           where v.vanaf <= ? and (v.tot is null or v.tot >= ?)
             and exists (select 1 from woonperiode w where w.leerling_id = v.leerling_id and w.gemeente = any(?::text[])
                         and w.vanaf <= ? and (w.tot is null or w.tot >= ?) and (v.tot is null or w.vanaf <= v.tot) and (w.tot is null or w.tot >= v.vanaf))) x
     group by 1, 2 order by 1, 2`, [begin, eind, begin, g, eind, begin]);
  return { meldingenPerSchool: ms, leerlingenMetMelding: uniek?.aantal ?? 0, vrijstellingenPerLeeftijd: vr };
}
