// Reading stored leerlingen. Every fact list is a field resolver over the request's dataloaders,
// so a page of 100 leerlingen costs one query per fact table, not 100.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Inschrijving, Leerling } from '../../store/entities/leerlingen';
import { binnen, eigenInschrijving, zichtbareIds, zichtPerioden, type Periode } from '../../store/zichtbaarheid';
import { logFout } from '../../server/log';
import { formatDatum } from '../../time/dag';
import { KalenderBereikFout } from '../../time/kalender';
import { beginSchooljaar, eindeSchooljaar, parseSchooljaar } from '../../time/schooljaar';
import { geselecteerdeVelden, maakBeoordeling, metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import { Diplomasoort, Leerweg, Onderwijssoort, Taal, Uitstroomprofiel, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from '../enums';
import { invoerFout } from '../fouten';
import { ParametersInput } from '../invoer';
import { datum } from '../omzetten';
import { LocalDate } from '../scalars';
import { Beoordeling } from '../uitvoer';
import { beslissingUitvoer, OPSLAAN_WEIGERING } from './beoordeling-log';
import { evalueerFeiten, leerlingUitvoer, meldingUitvoer, opslag, zichtbareLeerling } from './opslag';
import { LEES_ROLLEN, toegangVan, verboden } from './rechten';
import {
  BeslissingUitvoer, DiplomaUitvoer, InschrijvingUitvoer, LeerlingUitvoer, MeldingUitvoer, SchooljaarUitvoer, ToegangUitvoer,
  VerlofUitvoer, VerzuimregistratieUitvoer, VrijstellingUitvoer, WoonperiodeUitvoer, type Rol,
} from './typen';
import { controleerBrin, controleerGemeente } from './validatie';

export const MAX_PAGINA = 1000;

/** The periods in which this key sees the leerling's facts (README "Visibility, verhuizing and RMC-regio"). */
async function perioden(ctx: ApiContext, l: LeerlingUitvoer): Promise<Periode[]> {
  const { laders, toegang } = opslag(ctx);
  const leerling = await laders.leerling.load(l.id);
  if (!leerling) return [];
  const [inschrijvingen, woonperiodes] = await Promise.all([laders.inschrijvingen.load(l.id), toegang.rol === 'SCHOOL' ? Promise.resolve([]) : laders.woonperiodes.load(l.id)]);
  return zichtPerioden(toegang, leerling, inschrijvingen, woonperiodes);
}

/**
 * An error evaluating one leerling, naming it (extensions.leerlingId) with its own code; an
 * internal one is logged and answered as NIET_TE_BEOORDELEN, so a list says whom it could not evaluate.
 */
function metLeerlingId(e: unknown, leerlingId: string): GraphQLError {
  if (e instanceof GraphQLError) return new GraphQLError(e.message, { originalError: e, extensions: { ...e.extensions, leerlingId } });
  if (e instanceof KalenderBereikFout) return new GraphQLError(`leerling ${leerlingId}: ${e.message}`, { extensions: { code: 'KALENDER_BEREIK', leerlingId } });
  logFout(e, undefined, { leerlingId }); // without BSNs
  return new GraphQLError(`leerling ${leerlingId}: could not be evaluated (internal error)`, { extensions: { code: 'NIET_TE_BEOORDELEN', leerlingId } });
}

/** Whether a schooljaar ("2023/2024", 1 August – 31 July) overlaps one of the periods. */
function schooljaarBinnen(p: readonly Periode[], schooljaar: string): boolean {
  const j = parseSchooljaar(schooljaar);
  return j !== null && binnen(p, formatDatum(beginSchooljaar(j)), formatDatum(eindeSchooljaar(j)));
}

@Resolver(() => LeerlingUitvoer)
export class LeerlingResolver {
  @Query(() => ToegangUitvoer, { description: 'Namens wie dit verzoek handelt: de rol, het BRIN of de gemeente van de API-sleutel (PUBLIC zonder sleutel). — Who this request acts as.' })
  toegang(@Ctx() ctx: ApiContext): ToegangUitvoer {
    const t = toegangVan(ctx);
    return { rol: t.rol as Rol, brin: t.brin ?? null, gemeente: t.gemeente ?? null, regio: t.regio ?? null, gemeenten: t.gemeenten ? [...t.gemeenten] : null, naam: t.naam };
  }

  @Authorized(LEES_ROLLEN)
  @Query(() => LeerlingUitvoer, { description: 'Een opgeslagen leerling die deze sleutel mag zien (SCHOOL: een inschrijving bij een BRIN dat de sleutel dekt die loopt of hoogstens een schooljaar geleden eindigde; LEERPLICHTAMBTENAAR: woont of woonde in de eigen gemeente; RMC: in een van de eigen gemeenten), met alleen de feiten binnen die perioden. Anders FORBIDDEN, of de id nu bestaat of niet. — A stored leerling this key may see.' })
  async leerling(@Arg('id', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) id: string, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    return leerlingUitvoer(await zichtbareLeerling(ctx, id, 'id'));
  }

  @Authorized(LEES_ROLLEN)
  @Query(() => [LeerlingUitvoer], { description: `De leerlingen die deze sleutel mag zien, op id-volgorde, eventueel beperkt tot een gemeente of BRIN; bladeren met eerste (hoogstens ${MAX_PAGINA}) en na (de laatste id van de vorige pagina). — The leerlingen this key may see, paged.` })
  async leerlingen(
    @Ctx() ctx: ApiContext,
    @Arg('gemeente', () => String, { nullable: true, description: 'Alleen leerlingen van deze gemeente (CBS-code). — Only this gemeente.' }) gemeente: string | null,
    @Arg('brin', () => String, { nullable: true, description: 'Alleen leerlingen met een inschrijving bij dit BRIN. — Only this BRIN.' }) brin: string | null,
    @Arg('eerste', () => Int, { nullable: true, defaultValue: 100, description: `Paginagrootte, 1–${MAX_PAGINA} (standaard 100). — Page size.` }) eerste: number,
    @Arg('na', () => ID, { nullable: true, description: 'Begin na deze leerling (de laatste id van de vorige pagina). — Start after this id.' }) na: string | null,
  ): Promise<LeerlingUitvoer[]> {
    if (eerste < 1 || eerste > MAX_PAGINA) throw invoerFout('eerste', `${eerste} is outside 1–${MAX_PAGINA}`);
    if (gemeente != null) controleerGemeente('gemeente', gemeente);
    if (brin != null) controleerBrin('brin', brin);
    if (na != null && !/^[0-9a-f-]{36}$/i.test(na)) throw invoerFout('na', 'not a leerling id');
    const { em, laders, toegang } = opslag(ctx);
    const ids = await zichtbareIds(em, toegang, { gemeente, brin }, { eerste, na: na?.toLowerCase() });
    const rijen = await laders.leerling.loadMany(ids);
    return rijen.filter((r): r is Leerling => r !== null && !(r instanceof Error)).map(leerlingUitvoer);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Burgerservicenummer; alleen een LEERPLICHTAMBTENAAR mag het lezen (FORBIDDEN voor anderen, ook SCHOOL en RMC); null: niet opgeslagen. — BSN; only a LEERPLICHTAMBTENAAR may read it.' })
  async bsn(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<string | null> {
    const { laders, toegang } = opslag(ctx);
    if (toegang.rol !== 'LEERPLICHTAMBTENAAR') throw verboden('bsn', 'only a LEERPLICHTAMBTENAAR may read the BSN');
    return laders.bsn.load(l.id);
  }

  @FieldResolver(() => Boolean, { description: 'Of er een BSN is opgeslagen (leesbaar voor elke rol die de leerling ziet). — Whether a BSN is stored.' })
  async heeftBsn(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<boolean> {
    return (await opslag(ctx).laders.bsn.load(l.id)) !== null;
  }

  @FieldResolver(() => [InschrijvingUitvoer], { description: 'De inschrijvingen die deze sleutel mag zien. — The enrolments this key may see.' })
  async inschrijvingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<InschrijvingUitvoer[]> {
    const { toegang } = opslag(ctx);
    const p = await perioden(ctx, l);
    // a SCHOOL sees only its own inschrijvingen in its window; a gemeente those overlapping its woonperiodes
    const zichtbaar = (i: Inschrijving) => (toegang.rol === 'SCHOOL' ? eigenInschrijving(toegang, i) : binnen(p, i.vanaf, i.tot));
    return (await opslag(ctx).laders.inschrijvingen.load(l.id)).filter(zichtbaar).map((i) => ({
      id: i.id, brin: i.brin, onderwijs: i.onderwijs as Onderwijssoort, vanaf: i.vanaf, tot: i.tot, niveau: i.niveau, leerweg: i.leerweg as Leerweg | null,
      uitstroomprofiel: i.uitstroomprofiel as Uitstroomprofiel | null, bekostigd: i.bekostigd, lesdagenPerWeek: i.lesdagenPerWeek, lesurenPerWeek: i.lesurenPerWeek,
    }));
  }

  @FieldResolver(() => [SchooljaarUitvoer], { description: 'De schoolgeschiedenis. — The school history.' })
  async schooljaren(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<SchooljaarUitvoer[]> {
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.schooljaren.load(l.id)).filter((j) => schooljaarBinnen(p, j.schooljaar)).map((j) => ({ id: j.id, schooljaar: j.schooljaar, volledig: j.volledig, onderwijs: j.onderwijs as Onderwijssoort, teltMee: j.teltMee }));
  }

  @FieldResolver(() => [DiplomaUitvoer], { description: 'De behaalde diploma\'s. — The diplomas.' })
  async diplomas(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<DiplomaUitvoer[]> {
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.diplomas.load(l.id)).filter((d) => binnen(p, d.datum)).map((d) => ({ id: d.id, soort: d.soort as Diplomasoort, datum: d.datum, gelijkwaardigAan: d.gelijkwaardigAan as Diplomasoort | null }));
  }

  @FieldResolver(() => [VrijstellingUitvoer], { description: 'De vrijstellingen van de inschrijfplicht. — The vrijstellingen.' })
  async vrijstellingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<VrijstellingUitvoer[]> {
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.vrijstellingen.load(l.id)).filter((v) => binnen(p, v.vanaf, v.tot)).map((v) => ({ id: v.id, grond: v.grond as Vrijstellingsgrond, vanaf: v.vanaf, tot: v.tot }));
  }

  @FieldResolver(() => [VerlofUitvoer], { description: 'Het verleende verlof. — The granted leave.' })
  async verlof(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<VerlofUitvoer[]> {
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.verlof.load(l.id)).filter((v) => binnen(p, v.vanaf, v.tot)).map((v) => ({ id: v.id, soort: v.soort as Verlofsoort, vanaf: v.vanaf, tot: v.tot, dagen: v.dagen, uren: v.uren }));
  }

  @FieldResolver(() => [VerzuimregistratieUitvoer], { description: 'Opgeslagen verzuim, eventueel van vanaf tot en met tot. — Recorded absence, optionally from/to a date (inclusive).' })
  async verzuim(
    @Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext,
    @Arg('vanaf', () => LocalDate, { nullable: true, description: 'Alleen verzuim vanaf deze dag. — From this day.' }) vanaf: string | null,
    @Arg('tot', () => LocalDate, { nullable: true, description: 'Alleen verzuim tot en met deze dag. — Up to and including this day.' }) tot: string | null,
  ): Promise<VerzuimregistratieUitvoer[]> {
    if (vanaf != null) datum('vanaf', vanaf);
    if (tot != null) datum('tot', tot);
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.verzuim.load(l.id))
      .filter((v) => binnen(p, v.datum) && (vanaf == null || v.datum >= vanaf) && (tot == null || v.datum <= tot))
      .map((v) => ({ id: v.id, datum: v.datum, uren: v.uren, reden: v.reden as Verzuimreden, importId: v.verzuimImport?.id ?? null }));
  }

  @FieldResolver(() => [MeldingUitvoer], { description: 'Vastgelegde meldingen, de oudste einddatum eerst. — Recorded meldingen, oldest einddatum first.' })
  async meldingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<MeldingUitvoer[]> {
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.meldingen.load(l.id)).filter((m) => binnen(p, m.begindatum, m.einddatum)).map(meldingUitvoer);
  }

  @FieldResolver(() => [BeslissingUitvoer], { description: 'Vastgelegde oordelen over deze leerling (vastgelegde meldingen, legBeoordelingVast), de oudste eerst. — Stored verdicts, oldest first.' })
  async beslissingen(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<BeslissingUitvoer[]> {
    const p = await perioden(ctx, l);
    return (await opslag(ctx).laders.beslissingen.load(l.id)).filter((b) => binnen(p, b.peildatum)).map(beslissingUitvoer);
  }

  @FieldResolver(() => [WoonperiodeUitvoer], { description: 'Waar de leerling woonde, de oudste eerst: de perioden per woongemeente (een verhuizing sluit de ene en opent de volgende). Een LEERPLICHTAMBTENAAR- of RMC-sleutel ziet ze allemaal (de adresgeschiedenis hoort bij de identiteit); een SCHOOL die welke overlappen met haar inschrijvingen. — Where the leerling lived, oldest first.' })
  async woonperiodes(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<WoonperiodeUitvoer[]> {
    const { laders, toegang } = opslag(ctx);
    const w = await laders.woonperiodes.load(l.id);
    const p = toegang.rol === 'SCHOOL' ? await perioden(ctx, l) : null;
    return w.filter((x) => p === null || binnen(p, x.vanaf, x.tot)).map((x) => ({ gemeente: x.gemeente, vanaf: x.vanaf, tot: x.tot }));
  }

  @FieldResolver(() => Beoordeling, { nullable: true, description: 'Dezelfde beoordeling als de staatloze beoordeling(situatie: …) op de opgeslagen feiten van deze leerling (allemaal: de wet vraagt de hele geschiedenis, ook waar deze sleutel maar een deel ziet). Alleen lezen: de mutatie legBeoordelingVast legt een oordeel vast. Alleen null als deze leerling niet te beoordelen is: dan staat er één fout met dit pad en extensions.leerlingId in errors, en de andere leerlingen van een lijst antwoorden wel. — The stateless beoordeling on the stored facts.' })
  async beoordeling(
    @Root() l: LeerlingUitvoer,
    @Arg('peildatum', () => LocalDate, { description: 'De dag waarover het oordeel gaat. — The day.' }) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'De wet zoals die op die dag gold; standaard de peildatum. — Default: peildatum.' }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg (standaard NL). — Language of explanations.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet. — Named readings.' }) parameters: ParametersInput | null,
    @Arg('opslaan', { nullable: true, defaultValue: false, deprecationReason: 'A query never writes: use the mutation legBeoordelingVast. opslaan: true is BAD_USER_INPUT and stores nothing.', description: 'Verouderd: een query schrijft nooit (gebruik legBeoordelingVast); true is BAD_USER_INPUT. — Deprecated; true is BAD_USER_INPUT.' }) opslaan: boolean,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Beoordeling | null> {
    // refused before anything is read or written, in a query (also over GET) and in a mutation's selection alike
    if (opslaan) throw invoerFout('opslaan', OPSLAAN_WEIGERING);
    try {
      // the page's facts as plain rows, one query per table for the whole page (no entity hydration)
      const feiten = await opslag(ctx).laders.feiten.load(l.id);
      if (!feiten) throw new Error('leerling removed while it was read');
      // a query records nothing (legBeoordelingVast evaluates again): no input snapshot
      const f = evalueerFeiten(ctx, feiten, peildatum, wetsdatum, parameters, { snapshot: false });
      return metKalender(() => maakBeoordeling(ctx, f, taal, geselecteerdeVelden(info)));
    } catch (e) {
      throw metLeerlingId(e, l.id);
    }
  }
}
