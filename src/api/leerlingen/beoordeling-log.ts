// Stores a verdict about a stored leerling in the beslissing log: the core outcome (not the
// explanations' prose), which rules decided it, the rule-set hash and the engine version.
import { randomUUID } from 'node:crypto';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { leerplicht, leerplichtUitleg } from '../../engine/leerplicht';
import { startkwalificatie } from '../../engine/startkwalificatie';
import { verzuim } from '../../engine/verzuim';
import { legVast, snapshotVelden } from '../../store/beslissingen';
import { schrijfAudit } from '../../store/audit';
import { formatDatum } from '../../time/dag';
import { metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import type { Beoordeling } from '../uitvoer';
import type { Beslissing } from '../../store/entities/regelset.entity';
import { opslag } from './opslag';
import type { BeslissingUitvoer } from './typen';

/** The answer to the deprecated leerling.beoordeling(opslaan: true). */
export const OPSLAAN_WEIGERING = 'a query never writes; use the mutation legBeoordelingVast';

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

/**
 * Writes one beslissing (vraag "leerling.beoordeling") for the verdict `b` about a stored leerling.
 * Only the mutation legBeoordelingVast calls it: a query never writes.
 */
export async function legBeoordelingVast(ctx: ApiContext, leerlingId: string, b: Beoordeling): Promise<Beslissing> {
  const uitkomst = uitkomstVan(b); // computed first: a calendar error is BAD_USER_INPUT and nothing is written
  const em = opslag(ctx).orm.em.fork();
  const rij = legVast(em, { leerlingId, vraag: 'leerling.beoordeling', peildatum: b.peildatum, wetsdatum: b.wetsdatum, regelsetHash: b.regelsetHash, uitkomst, ...snapshotVelden(b.feiten) });
  // audit (eigenaarschap): the same flush, so the same transaction; the id is set here to name it
  rij.id = randomUUID();
  schrijfAudit(em, opslag(ctx).toegang, { operatie: 'legBeoordelingVast', leerlingId, onderwerp: 'beslissing', onderwerpId: rij.id, voor: null, na: { vraag: 'leerling.beoordeling', peildatum: b.peildatum, wetsdatum: b.wetsdatum, regelsetHash: b.regelsetHash } });
  await em.flush();
  return rij;
}

export function beslissingUitvoer(b: Beslissing): BeslissingUitvoer {
  return {
    id: b.id, vraag: b.vraag, peildatum: b.peildatum, wetsdatum: b.wetsdatum, regelsetHash: b.regelsetHash, engineVersie: b.engineVersie,
    uitkomst: b.uitkomst, aangemaaktOp: b.aangemaaktOp.toISOString(),
  };
}

/** The names selected under the sub-field `veld` of the current field (through fragments too), as geselecteerdeVelden gives them one level down. */
export function geselecteerdOnder(info: GraphQLResolveInfo, veld: string): Set<string> {
  const namen = new Set<string>();
  const loop = (set: SelectionSetNode | undefined, binnen: boolean) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') {
        if (binnen) namen.add(s.name.value);
        else if (s.name.value === veld) loop(s.selectionSet, true);
      } else if (s.kind === 'InlineFragment') loop(s.selectionSet, binnen);
      else loop(info.fragments[s.name.value]?.selectionSet, binnen);
    }
  };
  for (const n of info.fieldNodes as FieldNode[]) loop(n.selectionSet, false);
  return namen;
}
