// Stores a verdict about a stored leerling in the beslissing log: the core outcome (not the
// explanations' prose), which rules decided it, the rule-set hash and the engine version.
import { leerplicht, leerplichtUitleg } from '../../engine/leerplicht';
import { startkwalificatie } from '../../engine/startkwalificatie';
import { verzuim } from '../../engine/verzuim';
import { legVast } from '../../store/beslissingen';
import { formatDatum } from '../../time/dag';
import { metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import type { Beoordeling } from '../uitvoer';
import { opslag } from './opslag';

const iso = (d: number | null) => (d === null ? null : formatDatum(d));

export function uitkomstVan(b: Beoordeling): Record<string, unknown> {
  return metKalender(() => {
    const l = leerplicht(b.feiten);
    const sk = startkwalificatie(b.feiten, b.taal);
    const v = verzuim(b.feiten, b.taal);
    return {
      leeftijd: b.leeftijd,
      leerplicht: {
        status: l.status, leerplichtigVanaf: iso(l.leerplichtigVanaf), leerplichtigTot: iso(l.leerplichtigTot), eindgrond: l.eindgrond,
        kwalificatieplichtigVanaf: iso(l.kwalificatieplichtigVanaf), kwalificatieplichtigTot: iso(l.kwalificatieplichtigTot), uitzondering: l.uitzondering,
        inschrijfplichtVrijgesteld: l.inschrijfplichtVrijgesteld, absoluutVerzuim: l.absoluutVerzuim, inschrijvingVoldoet: l.inschrijvingVoldoet,
      },
      startkwalificatie: { behaald: sk.behaald, datum: iso(sk.datum), diploma: sk.diploma },
      verzuim: { meldplicht: v.meldplicht, meldingen: v.meldingen.map((m) => ({ soort: m.soort, verplicht: m.verplicht, begindatum: iso(m.begindatum), einddatum: iso(m.einddatum), uren: m.uren })) },
      regels: [...new Set([...leerplichtUitleg(b.feiten, b.taal), ...sk.uitleg, ...v.uitleg].map((u) => u.regel))],
    };
  });
}

export async function legBeoordelingVast(ctx: ApiContext, leerlingId: string, b: Beoordeling): Promise<void> {
  // its own EntityManager: field resolvers of one query run concurrently
  const em = opslag(ctx).orm.em.fork();
  legVast(em, { leerlingId, vraag: 'leerling.beoordeling', peildatum: b.peildatum, wetsdatum: b.wetsdatum, regelsetHash: b.regelsetHash, uitkomst: uitkomstVan(b) });
  await em.flush();
}
