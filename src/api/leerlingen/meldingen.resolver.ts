// Meldingen: which stored leerlingen need one on a date (computed by the rules), recording a
// computed melding, and moving it through DUO's lifecycle.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver, UseMiddleware } from 'type-graphql';
import { meldingen as teMeldenVan } from '../../engine/verzuim';
import type { Melding } from '../../store/entities/leerlingen';
import type { Meldingstatus as Status } from '../../store/entities/melding.entity';
import { magOvergaan, OVERGANGEN, registreerMelding, wijzigStatus } from '../../store/meldingen';
import { magFeitWijzigen } from '../../toegang/eigenaarschap';
import { snapshotVelden } from '../../store/beslissingen';
import { zichtbareMeldingMetId } from '../../store/zichtbaarheid';
import { MAX_MELDING_PAGINA, teMeldenLijst } from './meldingenlijst';
import { formatDatum } from '../../time/dag';
import { geselecteerdeVelden, maakBeoordeling, metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import { Meldingsoort, Taal } from '../enums';
import { invoerFout } from '../fouten';
import { datum } from '../omzetten';
import { LocalDate } from '../scalars';
import { geselecteerdOnder, uitkomstVan } from './beoordeling-log';
import { evalueerLeerling, isUuid, meldingUitvoer, opslag, ververs, wijzigbareLeerling } from './opslag';
import { bestaatNiet, OPSLAG_ROLLEN, verboden } from './rechten';
import { LijstFout, MeldingUitvoer, Meldingstatus, TeMelden } from './typen';
import { meldLijstfout } from '../context';
import { Verdwenen } from './verdwenen';

@ObjectType({ description: 'De meldingen van de zichtbare leerlingen, en de leerlingen die niet te beoordelen waren. — The meldingen of the visible leerlingen, and those that could not be evaluated.' })
export class MeldingenOverzicht {
  @Field(() => [TeMelden], { description: 'De meldingen, per leerling en dan op einddatum. — The meldingen, by leerling, then einddatum.' }) meldingen!: TeMelden[];
  @Field(() => [LijstFout], { description: 'Eén per leerling die niet te beoordelen was (code BAD_USER_INPUT: de opgeslagen feiten zijn niet te beoordelen, bijv. verzuim buiten de bekende kalender; INTERNAL_SERVER_ERROR: iets anders); de meldingen daarvan ontbreken. — One per leerling that could not be evaluated.' }) fouten!: LijstFout[];
  @Field(() => String, { nullable: true, description: 'Met eerste: de cursor van de volgende pagina (geef die als na, met dezelfde argumenten en sleutel); null op de laatste pagina en zonder eerste. — Cursor of the next page.' }) volgende!: string | null;
}

/** The arguments of meldingen and meldingenOverzicht. */
@ArgsType()
class MeldingenArgs {
  @Field(() => LocalDate, { description: 'De dag waarop de regels worden toegepast (verzuim tot en met die dag). — The day to evaluate on.' }) peildatum!: string;
  @Field(() => String, { nullable: true, description: 'Alleen leerlingen van deze gemeente (CBS-code). — Only this gemeente.' }) gemeente!: string | null;
  @Field(() => String, { nullable: true, description: 'Alleen leerlingen ingeschreven bij dit BRIN. — Only this BRIN.' }) brin!: string | null;
  @Field({ nullable: true, defaultValue: false, description: 'Alleen verplichte meldingen. — Only mandatory meldingen.' }) alleenVerplicht!: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'Alleen meldingen die nog niet vastgelegd zijn. — Only those not recorded yet.' }) alleenNietGeregistreerd!: boolean;
  @Field(() => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg (standaard NL). — Language of explanations.' }) taal!: Taal;
  @Field(() => Int, { nullable: true, description: `Een pagina: hoogstens zoveel leerlingen (met verzuim, op id-volgorde) worden beoordeeld, 1–${MAX_MELDING_PAGINA}; kost zoveel situaties. Zonder: de hele lijst (kost elke zichtbare leerling met verzuim). — A page of at most this many leerlingen.` }) eerste!: number | null;
  @Field(() => String, { nullable: true, description: 'De cursor van de vorige pagina (meldingenOverzicht.volgende), geldig voor dezelfde sleutel en dezelfde peildatum, gemeente en brin; iets anders is BAD_USER_INPUT. — The cursor of the previous page.' }) na!: string | null;
}

@Resolver()
@UseMiddleware(Verdwenen)
export class MeldingResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Query(() => [TeMelden], { description: 'Voor elke leerling die deze sleutel mag zien (eventueel één gemeente of BRIN) met verzuim tot de peildatum: de meldingen die de regels tot die dag geven, elk met de vastgelegde melding als die er is. Op leerling, dan einddatum. Een leerling die niet te beoordelen is (bijv. verzuim buiten de bekende kalender) laat de lijst niet mislukken: de rest wordt beantwoord en die leerling komt als GraphQL-fout (extensions.code, extensions.leerlingId) naast de data; meldingenOverzicht geeft hetzelfde als getypeerde fouten. Bladeren met eerste en na (de cursor is meldingenOverzicht.volgende). — For every visible leerling with verzuim: the meldingen the rules give up to the peildatum.' })
  async meldingen(@Args(() => MeldingenArgs) a: MeldingenArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<TeMelden[]> {
    const { meldingen, fouten } = await teMeldenLijst(ctx, { ...a, velden: geselecteerdeVelden(info) });
    // a partial result: the data, and one error per leerling that could not be evaluated
    for (const f of fouten) {
      meldLijstfout(ctx, { message: `${String(info.path.key)}: leerling ${f.leerlingId} could not be evaluated: ${f.bericht}`, path: [info.path.key], extensions: { code: f.code, leerlingId: f.leerlingId } });
    }
    return meldingen;
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => MeldingenOverzicht, { description: 'meldingen met dezelfde argumenten, met de leerlingen die niet te beoordelen waren als getypeerde fouten (de rest wordt beantwoord); met eerste is volgende de cursor van de volgende pagina. — meldingen with typed fouten and a cursor.' })
  async meldingenOverzicht(@Args(() => MeldingenArgs) a: MeldingenArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<MeldingenOverzicht> {
    return teMeldenLijst(ctx, { ...a, velden: geselecteerdOnder(info, 'meldingen') });
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => MeldingUitvoer, { description: 'Een vastgelegde melding van een leerling die deze sleutel mag zien (anders FORBIDDEN). — A recorded melding.' })
  async melding(@Arg('id', () => ID, { description: 'Id van de melding. — Id.' }) id: string, @Ctx() ctx: ApiContext): Promise<MeldingUitvoer> {
    return meldingUitvoer(await zichtbareMelding(ctx, id));
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => MeldingUitvoer, { description: 'Legt een melding vast die de regels voor deze leerling op de peildatum geven (soort + einddatum zoals meldingen die noemt). Opnieuw vastleggen geeft dezelfde melding. Het oordeel komt in het beslissingenlog. — Records a melding the rules give.' })
  async registreerMelding(
    @Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId: string,
    @Arg('soort', () => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort: Meldingsoort,
    @Arg('einddatum', () => LocalDate, { description: 'Einddatum van de melding zoals meldingen die noemt. — Its einddatum.' }) einddatum: string,
    @Arg('peildatum', () => LocalDate, { description: 'De dag waarop de meldingen berekend werden (de einddatum of later). — The day the meldingen were computed on.' }) peildatum: string,
    @Ctx() ctx: ApiContext,
    @Arg('toelichting', () => String, { nullable: true, description: 'Toelichting van de school voor het verzuimloket (komt in exportMeldingen; niet in de audit trail). Alleen bij het eerste vastleggen. — The school\'s remark for the verzuimloket.' }) toelichting?: string | null,
  ): Promise<MeldingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const leerling = await wijzigbareLeerling(ctx, leerlingId, 'leerlingId');
    datum('einddatum', einddatum);
    datum('peildatum', peildatum);
    if (peildatum < einddatum) throw invoerFout('peildatum', `${peildatum} lies before einddatum ${einddatum}`);
    const f = await evalueerLeerling(ctx, leerling, peildatum);
    const m = metKalender(() => teMeldenVan(f)).find((x) => x.kandidaat.soort === soort && formatDatum(x.kandidaat.einddatum) === einddatum);
    if (!m) throw invoerFout('einddatum', `the rules give no ${soort} melding ending on ${einddatum} for this leerling on ${peildatum}`);
    const b = maakBeoordeling(ctx, f, Taal.NL, new Set());
    const { melding } = await registreerMelding(orm, {
      leerlingId: leerling.id, soort, begindatum: formatDatum(m.kandidaat.begindatum), einddatum, uren: m.kandidaat.uren, verplicht: m.verplicht,
      brin: toegang.brin ?? null, door: toegang.naam, toelichting: toelichting?.trim() || null,
    }, { vraag: 'registreerMelding', peildatum, wetsdatum: b.wetsdatum, regelsetHash: ctx.regelset.hash, uitkomst: uitkomstVan(b), ...snapshotVelden(f) }, toegang);
    ververs(ctx);
    return meldingUitvoer(melding);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => MeldingUitvoer, { description: 'Zet een melding een stap verder: GEREGISTREERD → IN_BEHANDELING | INGETROKKEN; IN_BEHANDELING → AFGESLOTEN | TER_KENNISGEVING_AANGENOMEN | INGETROKKEN. Een SCHOOL-sleutel mag alleen intrekken (INGETROKKEN); de rest is aan de leerplichtambtenaar. — Moves a melding on.' })
  async wijzigMeldingstatus(
    @Arg('id', () => ID, { description: 'Id van de melding. — Id.' }) id: string,
    @Arg('status', () => Meldingstatus, { description: 'De nieuwe status. — The new status.' }) status: Meldingstatus,
    @Arg('toelichting', () => String, { nullable: true, description: 'Toelichting bij de stap. — Remark.' }) toelichting: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<MeldingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const zichtbaar = await zichtbareMelding(ctx, id);
    const naar = status as Status;
    if (toegang.rol === 'SCHOOL' && naar !== 'INGETROKKEN') throw verboden('status', `a SCHOOL key may only withdraw a melding (INGETROKKEN); ${naar} is the leerplichtambtenaar's decision`);
    const rij = await wijzigStatus(orm, zichtbaar.id, naar, toegang, toelichting ?? null, (m) => {
      // a SCHOOL withdraws only the meldingen it registered: another's answers as an unknown id does
      if (!m || (toegang.rol === 'SCHOOL' && !magFeitWijzigen(toegang, m))) throw bestaatNiet('id', 'melding', id);
      if (!magOvergaan(m.status, naar)) {
        const mag = OVERGANGEN[m.status];
        throw invoerFout('status', `${m.status} → ${naar} is not an allowed transition (from ${m.status}: ${mag.length ? mag.join(', ') : 'none, it is final'})`);
      }
    });
    ververs(ctx);
    return meldingUitvoer(rij);
  }
}

/** The melding if this key may see its leerling; one query, so a foreign id and an unknown one look and time alike. */
async function zichtbareMelding(ctx: ApiContext, id: string): Promise<Melding> {
  const { em, toegang } = opslag(ctx);
  const m = isUuid(id) ? await zichtbareMeldingMetId(em, toegang, id.toLowerCase()) : null;
  if (!m) throw bestaatNiet('id', 'melding', id);
  return m;
}
