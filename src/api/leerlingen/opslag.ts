// Shared by the stored-leerling resolvers: the request's database handles, access to one
// leerling, entity → GraphQL mapping, and evaluation of a stored leerling (the one code path).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { evalueer } from '../../engine/evaluatie';
import { parseDatum } from '../../time/dag';
import { parseSchooljaar, schooljaarVan } from '../../time/schooljaar';
import type { Feiten } from '../../facts/feiten';
import type { Toegang } from '../../toegang/toegang';
import type { Leerling, Melding } from '../../store/entities/leerlingen';
import { onthoudInvoer } from '../../store/beslissingen';
import { laadFeiten, maakLaders, type FeitenRijen, type Laders, type MeldingRij } from '../../store/laders';
import { zichtbareLeerlingMetId } from '../../store/zichtbaarheid';
import type { ApiContext, Regelcontext } from '../context';
import type { Meldingsoort, Vakantieregio } from '../enums';
import type { ParametersInput } from '../invoer';
import { maakVraag, vraagOp } from '../vraag';
import { situatie } from '../omzetten';
import type { Handhavingsfeit, Situatie } from '../../facts/situatie';
import type { SituatieInput } from '../invoer';
import { situatieInputVan, woongemeenteVan } from './situatie';
import { onbekendOfVerboden, toegangVan } from './rechten';
import { LeerlingUitvoer, MeldingUitvoer, type Meldingstatus } from './typen';

export interface Opslag { orm: MikroORM; em: EntityManager; laders: Laders; toegang: Toegang }

export function opslag(ctx: ApiContext): Opslag {
  if (!ctx.orm || !ctx.em || !ctx.laders) throw new Error('stored leerlingen need a database (this schema runs without one)');
  return { orm: ctx.orm, em: ctx.em, laders: ctx.laders, toegang: toegangVan(ctx) };
}

/** After a write: later field resolvers of this request read the committed state, not cached rows. */
export function ververs(ctx: ApiContext): void {
  if (!ctx.orm) return;
  ctx.em = ctx.orm.em.fork();
  ctx.laders = maakLaders(ctx.em);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * The leerling if this key may see it; otherwise FORBIDDEN, the same answer as for an id that does
 * not exist (or is no uuid). Visibility is part of the one query that reads the row, so a foreign
 * id and an unknown one do the same work and take the same time.
 */
export async function zichtbareLeerling(ctx: ApiContext, id: string, veld: string): Promise<Leerling> {
  const { em, laders, toegang } = opslag(ctx);
  const leerling = isUuid(id) ? await zichtbareLeerlingMetId(em, toegang, id.toLowerCase()) : null;
  if (!leerling) throw onbekendOfVerboden(veld, id);
  laders.leerling.prime(leerling.id, leerling);
  return leerling;
}

/**
 * A leerling this key may change: visible, and for a LEERPLICHTAMBTENAAR of its current gemeente
 * (after a verhuizing the old gemeente still reads it, up to the move, but changes nothing). The
 * same single query as zichtbareLeerling, and the same answer as an id that does not exist.
 */
export async function wijzigbareLeerling(ctx: ApiContext, id: string, veld: string): Promise<Leerling> {
  const leerling = await zichtbareLeerling(ctx, id, veld);
  const t = opslag(ctx).toegang;
  if (t.rol === 'RMC' || (t.rol === 'LEERPLICHTAMBTENAAR' && leerling.gemeente !== t.gemeente)) throw onbekendOfVerboden(veld, id);
  return leerling;
}

export function leerlingUitvoer(l: Leerling): LeerlingUitvoer {
  return Object.assign(new LeerlingUitvoer(), {
    id: l.id, geboortedatum: l.geboortedatum, gemeente: l.gemeente, vakantieregio: l.vakantieregio as Vakantieregio | null, vrijeDagen: l.vrijeDagen,
    arbeid: l.arbeidsovereenkomst === null ? null : { arbeidsovereenkomst: l.arbeidsovereenkomst, urenPerWeek: l.arbeidUrenPerWeek },
    meerderjarigVerklaard: l.meerderjarigVerklaard, oudersNietVerwijtbaar: l.oudersNietVerwijtbaar, eerderHaltVoorSchoolverzuim: l.eerderHaltVoorSchoolverzuim,
    aangemaaktOp: l.aangemaaktOp.toISOString(), gewijzigdOp: l.gewijzigdOp.toISOString(),
  });
}

export function meldingUitvoer(m: Melding | MeldingRij): MeldingUitvoer {
  return Object.assign(new MeldingUitvoer(), {
    id: m.id, leerlingId: m.leerling.id, soort: m.soort as Meldingsoort, begindatum: m.begindatum, einddatum: m.einddatum, uren: m.uren,
    verplicht: m.verplicht, status: m.status as Meldingstatus, brin: m.brin, geregistreerdOp: m.geregistreerdOp.toISOString(),
    historie: m.historie.map((h) => ({ ...h, van: h.van as Meldingstatus | null, naar: h.naar as Meldingstatus })),
  });
}

/**
 * A stored leerling evaluated exactly as the stateless query evaluates the same SituatieInput:
 * stored rows → SituatieInput → maakVraag → evalueer.
 */
export async function evalueerLeerling(ctx: ApiContext, leerling: Leerling, peildatum: string, wetsdatum?: string | null, parameters?: ParametersInput | null, o: { snapshot?: boolean } = {}): Promise<Feiten> {
  return evalueerFeiten(ctx, await laadFeiten(opslag(ctx).laders, leerling), peildatum, wetsdatum, parameters, o);
}

/**
 * The same evaluation on facts already loaded (a list's batch of plain rows): stored rows →
 * SituatieInput → maakVraag → evalueer. `snapshot: false` for lists, which never record a verdict:
 * the input copy a beslissing keeps costs more than a list's whole evaluation otherwise.
 */
export function evalueerFeiten(ctx: Regelcontext, feiten: FeitenRijen, peildatum: string, wetsdatum?: string | null, parameters?: ParametersInput | null, o: { snapshot?: boolean; handhaving?: Handhavingsfeit } = {}): Feiten {
  const invoer = { ...situatieInputVan(feiten), gemeente: woongemeenteVan(feiten, peildatum) };
  // a schooljaar that starts after the peildatum's schooljaar was not yet known on that day
  // (a past peildatum on a leerling with a longer history): left out, as the history stood then
  const dag = parseDatum(peildatum);
  if (dag !== null && invoer.schooljaren) invoer.schooljaren = invoer.schooljaren.filter((j) => (parseSchooljaar(j.schooljaar) ?? 0) <= schooljaarVan(dag));
  const vraag = maakVraag(ctx.regelset, invoer, peildatum, wetsdatum, parameters);
  // the enforcement question about a feit (afhandeling.wettelijkeRoutes) asks on the same situatie
  const f = evalueer(ctx.regelset, o.handhaving ? { ...vraag, situatie: { ...vraag.situatie, handhaving: o.handhaving } } : vraag);
  if (o.snapshot !== false) onthoudInvoer(f, invoer, parameters, feiten.leerling.gemeente); // what a beslissing about it keeps (herbeoordeel)
  return f;
}

/** A list's evaluation of one leerling: no snapshot (a list records nothing). */
export const evalueerInLijst = (ctx: Regelcontext, feiten: FeitenRijen, peildatum: string): Feiten => evalueerFeiten(ctx, feiten, peildatum, null, null, { snapshot: false });

/**
 * A list's evaluations of one leerling on several peildata (jaarcijfers asks up to a handful): the
 * same as evalueerInLijst on each, but the rows are read into a Situatie once per schooljaar of the
 * peildatum (the only thing of the peildatum that evalueerFeiten's reading depends on), not once per peildatum.
 */
export function lijstEvaluaties(ctx: Regelcontext, feiten: FeitenRijen): (peildatum: string) => Feiten {
  let invoer: SituatieInput | undefined;
  let volledig: Situatie | undefined;
  const perJaar = new Map<number, Situatie>();
  return (peildatum) => {
    const dag = parseDatum(peildatum);
    if (dag === null) return evalueerInLijst(ctx, feiten, peildatum); // its input error, as ever
    const jaar = schooljaarVan(dag);
    let sit = perJaar.get(jaar);
    if (sit === undefined) {
      invoer ??= situatieInputVan(feiten);
      const alle = invoer.schooljaren ?? [];
      const bekend = alle.filter((j) => (parseSchooljaar(j.schooljaar) ?? 0) <= jaar);
      // the same rows read the same: a schooljaar that hides none of them shares the reading
      // (jaarcijfers ask 1 oktober of the next schooljaar too)
      sit = bekend.length === alle.length ? (volledig ??= situatie(invoer)) : situatie({ ...invoer, schooljaren: bekend });
      perJaar.set(jaar, sit);
    }
    const gemeente = woongemeenteVan(feiten, peildatum);
    return evalueer(ctx.regelset, vraagOp(ctx.regelset, sit.gemeente === gemeente ? sit : { ...sit, gemeente }, peildatum, null, null));
  };
}
