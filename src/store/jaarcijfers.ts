// The parts of the yearly figures that are plain counts of stored rows (one query each), by the
// woongemeente (woonperiode) on the day each figure names.
// What needs the rules (thuiszitters, vsv) is counted in api/leerlingen/jaarcijfers.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidLijst } from './laders';
import { codeLijst } from './zichtbaarheid';

/** A leerling's woonperiodes in the counted gemeente(n). */
export interface Kandidaat { id: string; perioden: { gemeente: string; vanaf: string; tot: string | null }[] }

export interface Telling {
  /** leerlingen who lived in the gemeente(n) on at least one day of the schooljaar */
  leerlingen: number;
  vrijstellingen: Map<string, number>;
  meldingen: Map<string, number>;
}

/**
 * Schooljaar [begin, eind] as 'yyyy-mm-dd', both inclusive, for the leerlingen who lived in one of
 * `gemeenten` (woonperiodes) on the day each count names: counted in the database, nothing per
 * leerling is held.
 */
export async function telOpgeslagen(em: EntityManager, gemeenten: readonly string[], begin: string, eind: string): Promise<Telling> {
  const c = em.getConnection();
  const g = codeLijst(gemeenten);
  const [ll] = await c.execute<{ aantal: number }[]>(
    `select count(distinct w.leerling_id)::int as aantal from woonperiode w
     where w.gemeente = any(?::text[]) and w.vanaf <= ? and (w.tot is null or w.tot >= ?)`, [g, eind, begin]);
  // leerlingen with a vrijstelling of that grond in force on at least one day of the schooljaar on which they lived there
  const vr = await c.execute<{ grond: string; aantal: number }[]>(
    `select v.grond, count(distinct v.leerling_id)::int as aantal from vrijstelling v
     where v.vanaf <= ? and (v.tot is null or v.tot >= ?)
       and exists (select 1 from woonperiode w where w.leerling_id = v.leerling_id and w.gemeente = any(?::text[])
                   and w.vanaf <= ? and (w.tot is null or w.tot >= ?) and (v.tot is null or w.vanaf <= v.tot) and (w.tot is null or w.tot >= v.vanaf))
     group by v.grond`, [eind, begin, g, eind, begin]);
  // recorded meldingen ending in the schooljaar, by the woongemeente on the einddatum; a withdrawn melding does not count
  const me = await c.execute<{ soort: string; aantal: number }[]>(
    `select m.soort, count(*)::int as aantal from melding m
     where m.einddatum between ? and ? and m.status <> 'INGETROKKEN'
       and exists (select 1 from woonperiode w where w.leerling_id = m.leerling_id and w.gemeente = any(?::text[]) and w.vanaf <= m.einddatum and (w.tot is null or w.tot >= m.einddatum))
     group by m.soort`, [begin, eind, g]);
  return { leerlingen: ll?.aantal ?? 0, vrijstellingen: new Map(vr.map((r) => [r.grond, r.aantal])), meldingen: new Map(me.map((r) => [r.soort, r.aantal])) };
}

/**
 * One batch of the leerlingen to evaluate, in id order after `na`: those who lived in one of
 * `gemeenten` on a day from `begin` to `totDag` (1 October after the schooljaar, the vsv
 * peildatum), with those woonperiodes. Keyset paging: no request holds a whole gemeente.
 */
export async function kandidaten(em: EntityManager, gemeenten: readonly string[], begin: string, totDag: string, na: string | null, eerste: number): Promise<Kandidaat[]> {
  const rijen = await em.getConnection().execute<{ leerling_id: string; gemeente: string; vanaf: string; tot: string | null }[]>(
    `with ids as (select distinct w.leerling_id from woonperiode w
                  where w.gemeente = any(?::text[]) and w.vanaf <= ? and (w.tot is null or w.tot >= ?) and w.leerling_id > ?::uuid
                  order by w.leerling_id limit ?)
     select w.leerling_id, w.gemeente, to_char(w.vanaf, 'YYYY-MM-DD') as vanaf, to_char(w.tot, 'YYYY-MM-DD') as tot from woonperiode w join ids on ids.leerling_id = w.leerling_id
     where w.gemeente = any(?::text[]) and w.vanaf <= ? and (w.tot is null or w.tot >= ?) order by w.leerling_id, w.vanaf, w.id`,
    [codeLijst(gemeenten), totDag, begin, na ?? '00000000-0000-0000-0000-000000000000', eerste, codeLijst(gemeenten), totDag, begin]);
  const per = new Map<string, Kandidaat>();
  for (const r of rijen) {
    if (!per.has(r.leerling_id)) per.set(r.leerling_id, { id: r.leerling_id, perioden: [] });
    per.get(r.leerling_id)!.perioden.push({ gemeente: r.gemeente, vanaf: r.vanaf, tot: r.tot });
  }
  return [...per.values()];
}

/** Einddatums of the recorded (not withdrawn) LANGDURIG_RELATIEF meldingen in [begin, eind] of the leerlingen `ids`. */
export async function langdurigGemeld(em: EntityManager, ids: readonly string[], begin: string, eind: string): Promise<Map<string, string[]>> {
  const uit = new Map<string, string[]>();
  if (ids.length === 0) return uit;
  const rijen = await em.getConnection().execute<{ leerling_id: string; einddatum: string }[]>(
    `select m.leerling_id, to_char(m.einddatum, 'YYYY-MM-DD') as einddatum from melding m
     where m.leerling_id = any(?::uuid[]) and m.soort = 'LANGDURIG_RELATIEF' and m.einddatum between ? and ? and m.status <> 'INGETROKKEN'`, [uuidLijst(ids), begin, eind]);
  for (const r of rijen) uit.set(r.leerling_id, [...(uit.get(r.leerling_id) ?? []), r.einddatum]);
  return uit;
}
