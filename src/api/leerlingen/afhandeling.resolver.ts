// Case work on a recorded melding: the leerplichtambtenaar of the leerling's woongemeente opens an
// afhandeling (MAS route), adds maatregelen with dates and closes it with an outcome. Every step is
// audited; the gemeente that opened it owns it. The rules inform (wettelijkeRoutes, and a
// waarschuwing on a maatregel whose route they do not open); the officer decides.
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { schrijfAudit } from '../../store/audit';
import { afhandelingenVan, inZaak, maatregelenVan, woontNuIn, zetMeldingstatus, type Zaak } from '../../store/afhandelingen';
import { Afhandeling, Leerling, Maatregel } from '../../store/entities/leerlingen';
import type { Afhandelingsuitkomst as Uitkomst, MasRoute as Route } from '../../store/entities/afhandeling.entity';
import type { Betrokkene as BetrokkeneRij, Maatregelsoort as Soort, MaatregelWaarschuwing } from '../../store/entities/maatregel.entity';
import { vastleggingDoor } from '../../toegang/eigenaarschap';
import type { Toegang } from '../../toegang/toegang';
import { vandaagDatum } from '../../store/zichtbaarheid';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { datum } from '../omzetten';
import { DateTime, LocalDate } from '../scalars';
import { AfhandelingUitvoer, Afhandelingsuitkomst, Betrokkene, MaatregelInput, MaatregelResultaat, Maatregelsoort, MaatregelUitvoer, MasRoute } from './afhandeling-typen';
import { isUuid, opslag, ververs } from './opslag';
import { bestaatNiet, verboden } from './rechten';
import { MeldingUitvoer } from './typen';
import { regelsOverVerzuim, waarschuwingenVoor, WettelijkeRoutes, wettelijkeRoutesUitvoer } from './wettelijke-routes';
import { Verdwenen } from './verdwenen';

const LPA = ['LEERPLICHTAMBTENAAR' as const];
const onbekend = (id: string) => bestaatNiet('meldingId', 'melding', id);

function maatregelUitvoer(m: Maatregel): MaatregelUitvoer {
  return Object.assign(new MaatregelUitvoer(), {
    id: m.id, soort: m.soort as Maatregelsoort, datum: m.datum, betrokkene: m.betrokkene as Betrokkene | null, toelichting: m.toelichting,
    waarschuwingen: m.waarschuwingen, regelsetHash: m.regelsetHash,
  });
}

function afhandelingUitvoer(a: Afhandeling, maatregelen: readonly Maatregel[], feitdatum: string): AfhandelingUitvoer {
  return Object.assign(new AfhandelingUitvoer(), {
    id: a.id, meldingId: a.melding.id, leerlingId: a.leerling.id, gemeente: a.gemeente, route: a.route as MasRoute | null, geopendOp: a.geopendOp,
    geslotenOp: a.geslotenOp, uitkomst: a.uitkomst as Afhandelingsuitkomst | null, toelichting: a.toelichting, open: a.geslotenOp === null,
    maatregelen: maatregelen.map(maatregelUitvoer), feitdatum,
  });
}

const tekst = (t: string | null | undefined) => (t == null || t.trim() === '' ? null : t.trim()); // length and control characters: checked for every text argument

/** A day of case work: not before `vroegst` (named), not after today. */
function controleerDag(veld: string, dag: string, vroegst: string, naam: string): void {
  datum(veld, dag); // a real day (the scalar checks only the form)
  if (dag < vroegst) throw invoerFout(veld, `${dag} lies before ${naam} ${vroegst}`);
  const vandaag = vandaagDatum();
  if (dag > vandaag) throw invoerFout(veld, `${dag} lies after today (${vandaag})`);
}

/** The zaak's melding and its open afhandeling, owned by this key's gemeente; otherwise the errors every step gives. */
function eigenOpenZaak(z: Zaak, t: Toegang, id: string): { melding: NonNullable<Zaak['melding']>; afhandeling: Afhandeling } {
  if (!z.melding) throw onbekend(id);
  if (!z.afhandeling) throw invoerFout('meldingId', `melding ${id} has no afhandeling (openAfhandeling first)`);
  // the gemeente owns its case work: another gemeente (after a verhuizing) reads it, never changes it
  if (z.afhandeling.gemeente !== t.gemeente) throw onbekend(id);
  if (z.afhandeling.geslotenOp !== null) throw invoerFout('meldingId', `the afhandeling of melding ${id} was closed on ${z.afhandeling.geslotenOp}`);
  return { melding: z.melding, afhandeling: z.afhandeling };
}

const laders = new WeakMap<EntityManager, DataLoader<string, { afhandeling: Afhandeling; maatregelen: Maatregel[] } | null>>();
/** The afhandeling (with maatregelen) of each melding id: two queries per batch, per request. */
function afhandelingLader(ctx: ApiContext) {
  const { em } = opslag(ctx);
  let l = laders.get(em);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const per = await afhandelingenVan(em, ids);
      const maatregelen = await maatregelenVan(em, [...per.values()].map((a) => a.id));
      return ids.map((id) => { const a = per.get(id); return a ? { afhandeling: a, maatregelen: maatregelen.get(a.id) ?? [] } : null; });
    }, { maxBatchSize: 5000 });
    laders.set(em, l);
  }
  return l;
}

interface Exportstand { toelichting: string | null; geexporteerdOp: Date | null; geexporteerdNaam: string | null }
const exportLaders = new WeakMap<EntityManager, DataLoader<string, Exportstand | null>>();
/** The remark and export mark of each melding id (columns a list's plain melding rows do not carry): one query per batch. */
function exportLader(ctx: ApiContext) {
  const { em } = opslag(ctx);
  let l = exportLaders.get(em);
  if (!l) {
    l = new DataLoader(async (ids) => {
      const rijen = await em.execute<{ id: string; toelichting: string | null; geexporteerd_op: Date | string | null; geexporteerd_naam: string | null }[]>(
        'select id, toelichting, geexporteerd_op, geexporteerd_naam from melding where id = any(?::uuid[])', [`{${ids.join(',')}}`]);
      const per = new Map(rijen.map((r) => [r.id, { toelichting: r.toelichting, geexporteerdOp: r.geexporteerd_op === null ? null : new Date(r.geexporteerd_op), geexporteerdNaam: r.geexporteerd_naam }]));
      return ids.map((id) => per.get(id) ?? null);
    }, { maxBatchSize: 5000 });
    exportLaders.set(em, l);
  }
  return l;
}

@Resolver(() => MeldingUitvoer)
export class MeldingAfhandelingVeldResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Toelichting van de school voor het verzuimloket (registreerMelding); null: geen. — The school\'s remark.' })
  async toelichting(@Root() m: MeldingUitvoer, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await exportLader(ctx).load(m.id))?.toelichting ?? null;
  }

  @FieldResolver(() => DateTime, { nullable: true, description: 'Wanneer exportMeldingen de melding voor het eerst exporteerde; null: nog nooit. — When first exported.' })
  async geexporteerdOp(@Root() m: MeldingUitvoer, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await exportLader(ctx).load(m.id))?.geexporteerdOp?.toISOString() ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'De sleutel (naam) die de melding voor het eerst exporteerde; null: nog nooit. — The key that first exported it.' })
  async geexporteerdDoor(@Root() m: MeldingUitvoer, @Ctx() ctx: ApiContext): Promise<string | null> {
    return (await exportLader(ctx).load(m.id))?.geexporteerdNaam ?? null;
  }

  @FieldResolver(() => AfhandelingUitvoer, { nullable: true, description: 'De afhandeling door de leerplichtambtenaar; null: nog niet geopend. Alleen LEERPLICHTAMBTENAAR- en RMC-sleutels (FORBIDDEN voor een SCHOOL: het dossier is van de gemeente). — The case work; LEERPLICHTAMBTENAAR and RMC keys only.' })
  async afhandeling(@Root() m: MeldingUitvoer, @Ctx() ctx: ApiContext): Promise<AfhandelingUitvoer | null> {
    const { toegang } = opslag(ctx);
    if (toegang.rol !== 'LEERPLICHTAMBTENAAR' && toegang.rol !== 'RMC') throw verboden('afhandeling', 'only a LEERPLICHTAMBTENAAR or RMC key may read the afhandeling');
    const r = await afhandelingLader(ctx).load(m.id);
    return r && afhandelingUitvoer(r.afhandeling, r.maatregelen, m.einddatum);
  }
}

@Resolver(() => AfhandelingUitvoer)
@UseMiddleware(Verdwenen)
export class AfhandelingResolver {
  @FieldResolver(() => WettelijkeRoutes, { description: 'Wat de regels zeggen over het verzuim achter de melding (art 22 lid 1–5, art 26 lid 1/2, Halt), beoordeeld op de feitdatum (standaard de einddatum van de melding). Informeert; beslist niet. — What the rules say about the verzuim behind the melding.' })
  async wettelijkeRoutes(
    @Root() a: AfhandelingUitvoer,
    @Ctx() ctx: ApiContext,
    @Arg('feitdatum', () => LocalDate, { nullable: true, description: 'De dag waarop de regels worden toegepast; standaard de einddatum van de melding. — The feitdatum (default: the melding\'s einddatum).' }) feitdatum?: string | null,
    @Arg('jongereWeigert', { nullable: true, defaultValue: false, description: 'De jongere, gehoord, weigert (art 22 lid 3, tweede volzin). — The jongere refuses.' }) jongereWeigert?: boolean,
    @Arg('oudersEerderVeroordeeld', { nullable: true, defaultValue: false, description: 'De ouders zijn eerder veroordeeld (art 22 lid 4/5). — Parents convicted before.' }) oudersEerderVeroordeeld?: boolean,
  ): Promise<WettelijkeRoutes> {
    if (feitdatum != null) datum('feitdatum', feitdatum);
    const leerling = await opslag(ctx).laders.leerling.load(a.leerlingId);
    if (!leerling) throw onbekend(a.meldingId);
    return wettelijkeRoutesUitvoer(await regelsOverVerzuim(ctx, leerling, feitdatum ?? a.feitdatum, { jongereWeigert: jongereWeigert ?? false, oudersEerderVeroordeeld: oudersEerderVeroordeeld ?? false }));
  }

  @Authorized(LPA)
  @Mutation(() => AfhandelingUitvoer, { description: 'Opent de afhandeling van een vastgelegde melding (één per melding), door de LEERPLICHTAMBTENAAR van de huidige woongemeente van de leerling; die gemeente bezit haar. Een GEREGISTREERDE melding gaat naar IN_BEHANDELING. geopendOp niet voor de einddatum van de melding en niet na vandaag. — Opens the case work on a melding.' })
  async openAfhandeling(
    @Arg('meldingId', () => ID, { description: 'Id van de melding. — Id of the melding.' }) meldingId: string,
    @Arg('geopendOp', () => LocalDate, { description: 'Dag van openen. — Opened on.' }) geopendOp: string,
    @Ctx() ctx: ApiContext,
    @Arg('route', () => MasRoute, { nullable: true, description: 'De MAS-route, als die al gekozen is. — The MAS route.' }) route?: MasRoute | null,
    @Arg('toelichting', () => String, { nullable: true, description: 'Toelichting (vrije tekst; niet in de audit trail). — Remark.' }) toelichting?: string | null,
  ): Promise<AfhandelingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const id = meldingId.toLowerCase();
    const uit = await inZaak(orm, toegang, isUuid(id) ? id : null, async (z) => {
      // the woongemeente's officer: a gemeente the leerling left reads the melding, it opens no case on it
      if (!z.melding || !(await woontNuIn(z.em, z.melding.leerling.id, toegang.gemeente!))) throw onbekend(meldingId);
      const m = z.melding;
      if (z.afhandeling) throw invoerFout('meldingId', `melding ${meldingId} already has an afhandeling (opened on ${z.afhandeling.geopendOp})`);
      if (m.status !== 'GEREGISTREERD' && m.status !== 'IN_BEHANDELING') throw invoerFout('meldingId', `melding ${meldingId} is ${m.status}: no afhandeling can be opened on it`);
      controleerDag('geopendOp', geopendOp, m.einddatum, 'the melding\'s einddatum');
      const nu = new Date();
      const a = z.em.create(Afhandeling, {
        melding: m, leerling: z.em.getReference(Leerling, m.leerling.id), gemeente: toegang.gemeente!, route: (route ?? null) as Route | null, geopendOp,
        geslotenOp: null, uitkomst: null, toelichting: tekst(toelichting), gewijzigdOp: nu, ...vastleggingDoor(toegang, nu),
      });
      await z.em.flush(); // its id, for the audit row
      schrijfAudit(z.em, toegang, { operatie: 'openAfhandeling', leerlingId: m.leerling.id, onderwerp: 'afhandeling', onderwerpId: a.id, voor: null, na: { meldingId: m.id, geopendOp, route: route ?? null } });
      if (m.status === 'GEREGISTREERD') zetMeldingstatus(z.em, toegang, m, 'IN_BEHANDELING', 'afhandeling geopend');
      return afhandelingUitvoer(a, [], m.einddatum);
    });
    ververs(ctx);
    return uit;
  }

  @Authorized(LPA)
  @Mutation(() => AfhandelingUitvoer, { description: 'Kiest of wijzigt de MAS-route van een open afhandeling van deze gemeente. — Sets the MAS route.' })
  async wijzigMasRoute(
    @Arg('meldingId', () => ID, { description: 'Id van de melding. — Id of the melding.' }) meldingId: string,
    @Arg('route', () => MasRoute, { description: 'De MAS-route. — The MAS route.' }) route: MasRoute,
    @Ctx() ctx: ApiContext,
  ): Promise<AfhandelingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const id = meldingId.toLowerCase();
    const uit = await inZaak(orm, toegang, isUuid(id) ? id : null, async (z) => {
      const { melding, afhandeling: a } = eigenOpenZaak(z, toegang, meldingId);
      if (a.route !== route) {
        schrijfAudit(z.em, toegang, { operatie: 'wijzigMasRoute', leerlingId: melding.leerling.id, onderwerp: 'afhandeling', onderwerpId: a.id, voor: { route: a.route }, na: { route } });
        Object.assign(a, { route: route as Route, gewijzigdOp: new Date() });
      }
      return afhandelingUitvoer(a, (await maatregelenVan(z.em, [a.id])).get(a.id) ?? [], melding.einddatum);
    });
    ververs(ctx);
    return uit;
  }

  @Authorized(LPA)
  @Mutation(() => MaatregelResultaat, { description: 'Legt een maatregel vast in een open afhandeling van deze gemeente (datum niet voor het openen, niet na vandaag; PROCES_VERBAAL met betrokkene). De regels worden gevraagd over het verzuim op de einddatum van de melding: een HALT_VERWIJZING of PROCES_VERBAAL waarvoor zij de route niet openen wordt toch vastgelegd, met een waarschuwing. — Records a maatregel; the rules warn, the officer decides.' })
  async voegMaatregelToe(
    @Arg('meldingId', () => ID, { description: 'Id van de melding. — Id of the melding.' }) meldingId: string,
    @Arg('maatregel', () => MaatregelInput, { description: 'De maatregel. — The maatregel.' }) maatregel: MaatregelInput,
    @Ctx() ctx: ApiContext,
  ): Promise<MaatregelResultaat> {
    const { orm, toegang } = opslag(ctx);
    const id = meldingId.toLowerCase();
    const uit = await inZaak(orm, toegang, isUuid(id) ? id : null, async (z) => {
      const { melding, afhandeling: a } = eigenOpenZaak(z, toegang, meldingId);
      controleerDag('maatregel.datum', maatregel.datum, a.geopendOp, 'geopendOp');
      const soort = maatregel.soort as Soort;
      const betrokkene = (maatregel.betrokkene ?? null) as BetrokkeneRij | null;
      if (soort === 'PROCES_VERBAAL' && betrokkene === null) throw invoerFout('maatregel.betrokkene', 'required for a PROCES_VERBAAL (OUDERS: art 22 lid 2, JONGERE: art 22 lid 3)');
      const waarschuwingen = await regelsOverMaatregel(ctx, melding.leerling.id, melding.einddatum, soort, betrokkene, maatregel);
      const nu = new Date();
      const r = z.em.create(Maatregel, {
        afhandeling: a, leerling: z.em.getReference(Leerling, melding.leerling.id), soort, datum: maatregel.datum, betrokkene, toelichting: tekst(maatregel.toelichting),
        waarschuwingen, regelsetHash: ctx.regelset.hash, ...vastleggingDoor(toegang, nu),
      });
      a.gewijzigdOp = nu;
      await z.em.flush();
      schrijfAudit(z.em, toegang, { operatie: 'voegMaatregelToe', leerlingId: melding.leerling.id, onderwerp: 'maatregel', onderwerpId: r.id, voor: null, na: { afhandelingId: a.id, soort, datum: maatregel.datum, betrokkene, waarschuwingen: waarschuwingen.map((w) => w.code) } });
      const alle = (await maatregelenVan(z.em, [a.id])).get(a.id) ?? [];
      const m = maatregelUitvoer(r);
      return Object.assign(new MaatregelResultaat(), { maatregel: m, afhandeling: afhandelingUitvoer(a, alle, melding.einddatum), waarschuwingen: m.waarschuwingen });
    });
    ververs(ctx);
    return uit;
  }

  @Authorized(LPA)
  @Mutation(() => AfhandelingUitvoer, { description: 'Sluit een open afhandeling van deze gemeente met een uitkomst (geslotenOp niet voor het openen of de laatste maatregel, niet na vandaag). Een melding IN_BEHANDELING gaat naar AFGESLOTEN. — Closes the case work with an outcome.' })
  async sluitAfhandeling(
    @Arg('meldingId', () => ID, { description: 'Id van de melding. — Id of the melding.' }) meldingId: string,
    @Arg('geslotenOp', () => LocalDate, { description: 'Dag van sluiten. — Closed on.' }) geslotenOp: string,
    @Arg('uitkomst', () => Afhandelingsuitkomst, { description: 'De uitkomst. — The outcome.' }) uitkomst: Afhandelingsuitkomst,
    @Ctx() ctx: ApiContext,
    @Arg('toelichting', () => String, { nullable: true, description: 'Toelichting bij het sluiten (vervangt die van het openen als gegeven). — Remark.' }) toelichting?: string | null,
  ): Promise<AfhandelingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const id = meldingId.toLowerCase();
    const uit = await inZaak(orm, toegang, isUuid(id) ? id : null, async (z) => {
      const { melding, afhandeling: a } = eigenOpenZaak(z, toegang, meldingId);
      const alle = (await maatregelenVan(z.em, [a.id])).get(a.id) ?? [];
      const laatste = alle.reduce((d, m) => (m.datum > d ? m.datum : d), a.geopendOp);
      controleerDag('geslotenOp', geslotenOp, laatste, laatste === a.geopendOp ? 'geopendOp' : 'the last maatregel');
      schrijfAudit(z.em, toegang, { operatie: 'sluitAfhandeling', leerlingId: melding.leerling.id, onderwerp: 'afhandeling', onderwerpId: a.id, voor: { geslotenOp: null, uitkomst: null }, na: { geslotenOp, uitkomst } });
      Object.assign(a, { geslotenOp, uitkomst: uitkomst as Uitkomst, gewijzigdOp: new Date(), ...(tekst(toelichting) ? { toelichting: tekst(toelichting) } : {}) });
      if (melding.status === 'IN_BEHANDELING') zetMeldingstatus(z.em, toegang, melding, 'AFGESLOTEN', `afhandeling gesloten: ${uitkomst}`);
      return afhandelingUitvoer(a, alle, melding.einddatum);
    });
    ververs(ctx);
    return uit;
  }
}

/** What the rules say about this maatregel; a leerling the rules cannot evaluate on that day gives a waarschuwing too, never a refusal. */
async function regelsOverMaatregel(ctx: ApiContext, leerlingId: string, feitdatum: string, soort: Soort, betrokkene: BetrokkeneRij | null, m: MaatregelInput): Promise<MaatregelWaarschuwing[]> {
  const leerling = await opslag(ctx).laders.leerling.load(leerlingId);
  if (!leerling) return [];
  try {
    return waarschuwingenVoor(soort, betrokkene, await regelsOverVerzuim(ctx, leerling, feitdatum, { jongereWeigert: m.jongereWeigert ?? false, oudersEerderVeroordeeld: m.oudersEerderVeroordeeld ?? false }));
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    return [{ code: 'REGELS_NIET_TE_BEOORDELEN', bericht: `De regels konden de leerling op ${feitdatum} niet beoordelen (${e.message}); de maatregel is vastgelegd zonder hun oordeel.`, regels: [] }];
  }
}
