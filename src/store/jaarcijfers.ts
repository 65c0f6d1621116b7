// The parts of the yearly figures that are plain counts of stored rows (one query each), by the
// woongemeente (woonperiode) on the day each figure names.
// What needs the rules (thuiszitters, vsv) is counted in api/leerlingen/jaarcijfers.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { codeLijst } from './zichtbaarheid';

/** A leerling's woonperiodes in the counted gemeente(n). */
export interface Kandidaat { id: string; perioden: { vanaf: string; tot: string | null }[] }

export interface Telling {
  /** leerlingen who lived in the gemeente(n) on at least one day of the schooljaar */
  leerlingIds: string[];
  /** leerlingen who lived there on a day from the schooljaar's begin to `totDag` (1 October after it, the vsv peildatum): the ones to evaluate */
  kandidaten: Kandidaat[];
  vrijstellingen: Map<string, number>;
  meldingen: Map<string, number>;
  langdurigGemeld: Set<string>;
}


/**
 * Schooljaar [begin, eind] as 'yyyy-mm-dd', both inclusive, for the leerlingen who lived in one of
 * `gemeenten` (woonperiodes) on the day each count names. `totDag`: the last day a rule-based
 * figure looks at (1 October after the schooljaar).
 */
export async function telOpgeslagen(em: EntityManager, gemeenten: readonly string[], begin: string, eind: string, totDag: string = eind): Promise<Telling> {
  const c = em.getConnection();
  const g = codeLijst(gemeenten);
  const rijen = await c.execute<{ leerling_id: string; vanaf: string; tot: string | null }[]>(
    `select w.leerling_id, to_char(w.vanaf, 'YYYY-MM-DD') as vanaf, to_char(w.tot, 'YYYY-MM-DD') as tot from woonperiode w
     where w.gemeente = any(?::text[]) and w.vanaf <= ? and (w.tot is null or w.tot >= ?) order by w.leerling_id, w.vanaf`, [g, totDag, begin]);
  const per = new Map<string, Kandidaat>();
  for (const r of rijen) {
    if (!per.has(r.leerling_id)) per.set(r.leerling_id, { id: r.leerling_id, perioden: [] });
    per.get(r.leerling_id)!.perioden.push({ vanaf: r.vanaf, tot: r.tot });
  }
  const kandidaten = [...per.values()];
  const leerlingIds = kandidaten.filter((k) => k.perioden.some((p) => p.vanaf <= eind && (p.tot === null || p.tot >= begin))).map((k) => k.id);
  // leerlingen with a vrijstelling of that grond in force on at least one day of the schooljaar on which they lived there
  const vr = await c.execute<{ grond: string; aantal: number }[]>(
    `select v.grond, count(distinct v.leerling_id)::int as aantal from vrijstelling v
     where v.vanaf <= ? and (v.tot is null or v.tot >= ?)
       and exists (select 1 from woonperiode w where w.leerling_id = v.leerling_id and w.gemeente = any(?::text[])
                   and w.vanaf <= ? and (w.tot is null or w.tot >= ?) and (v.tot is null or w.vanaf <= v.tot) and (w.tot is null or w.tot >= v.vanaf))
     group by v.grond`, [eind, begin, g, eind, begin]);
  // recorded meldingen ending in the schooljaar, by the woongemeente on the einddatum; a withdrawn melding does not count
  const opEinddatum = `exists (select 1 from woonperiode w where w.leerling_id = m.leerling_id and w.gemeente = any(?::text[]) and w.vanaf <= m.einddatum and (w.tot is null or w.tot >= m.einddatum))`;
  const me = await c.execute<{ soort: string; aantal: number }[]>(
    `select m.soort, count(*)::int as aantal from melding m
     where m.einddatum between ? and ? and m.status <> 'INGETROKKEN' and ${opEinddatum} group by m.soort`, [begin, eind, g]);
  const lrv = await c.execute<{ leerling_id: string }[]>(
    `select distinct m.leerling_id from melding m
     where m.soort = 'LANGDURIG_RELATIEF' and m.einddatum between ? and ? and m.status <> 'INGETROKKEN' and ${opEinddatum}`, [begin, eind, g]);
  return {
    leerlingIds, kandidaten,
    vrijstellingen: new Map(vr.map((r) => [r.grond, r.aantal])),
    meldingen: new Map(me.map((r) => [r.soort, r.aantal])),
    langdurigGemeld: new Set(lrv.map((r) => r.leerling_id)),
  };
}
