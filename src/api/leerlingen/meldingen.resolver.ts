// Meldingen: which stored leerlingen need one on a date (computed by the rules), recording a
// computed melding, and moving it through DUO's lifecycle.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { meldingen as teMeldenVan } from '../../engine/verzuim';
import type { Melding } from '../../store/entities/leerlingen';
import type { Meldingstatus as Status } from '../../store/entities/melding.entity';
import { magOvergaan, OVERGANGEN, registreerMelding, wijzigStatus } from '../../store/meldingen';
import { magFeitWijzigen } from '../../toegang/eigenaarschap';
import { snapshotVelden } from '../../store/beslissingen';
import { zichtbareMeldingMetId } from '../../store/zichtbaarheid';
import { MAX_MELDING_PAGINA, teMeldenLijst } from './meldingenlijst';
import { formatDatum } from '../../time/dag';
import { maakBeoordeling, metKalender } from '../beoordeling.resolver';
import type { ApiContext } from '../context';
import { Meldingsoort, Taal } from '../enums';
import { invoerFout } from '../fouten';
import { datum } from '../omzetten';
import { LocalDate } from '../scalars';
import { uitkomstVan } from './beoordeling-log';
import { evalueerLeerling, isUuid, meldingUitvoer, opslag, ververs, wijzigbareLeerling } from './opslag';
import { OPSLAG_ROLLEN, verboden } from './rechten';
import { LijstFout, MeldingUitvoer, Meldingstatus, TeMelden } from './typen';
import { meldLijstfout } from '../context';

@ObjectType({ description: 'The meldingen of the visible leerlingen, and those leerlingen that could not be evaluated.' })
export class MeldingenOverzicht {
  @Field(() => [TeMelden]) meldingen!: TeMelden[];
  @Field(() => [LijstFout], { description: 'One per leerling that could not be evaluated (code BAD_USER_INPUT: its stored facts are not evaluable, e.g. verzuim outside the covered calendar; INTERNAL_SERVER_ERROR: anything else); its meldingen are missing from the list.' }) fouten!: LijstFout[];
  @Field(() => String, { nullable: true, description: 'With eerste: the cursor of the next page (pass it as na with the same arguments and key); null on the last page and without eerste.' }) volgende!: string | null;
}

/** The arguments of meldingen and meldingenOverzicht. */
@ArgsType()
class MeldingenArgs {
  @Field(() => LocalDate) peildatum!: string;
  @Field(() => String, { nullable: true }) gemeente!: string | null;
  @Field(() => String, { nullable: true }) brin!: string | null;
  @Field({ nullable: true, defaultValue: false, description: 'Only mandatory meldingen.' }) alleenVerplicht!: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'Only those not recorded yet.' }) alleenNietGeregistreerd!: boolean;
  @Field(() => Taal, { nullable: true, defaultValue: Taal.NL }) taal!: Taal;
  @Field(() => Int, { nullable: true, description: `A page: at most this many leerlingen (with verzuim, in id order) are evaluated, 1–${MAX_MELDING_PAGINA}; it costs this many situaties. Without it the whole list is answered (costing every visible leerling with verzuim).` }) eerste!: number | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the previous page (meldingenOverzicht.volgende), valid for the same key and the same peildatum, gemeente and brin; anything else is BAD_USER_INPUT.' }) na!: string | null;
}

@Resolver()
export class MeldingResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Query(() => [TeMelden], { description: 'For every leerling this key may see (optionally one gemeente or BRIN) with verzuim up to the peildatum: the meldingen the rules give up to that date, each with the recorded melding if there is one. Ordered by leerling, then einddatum. A leerling that cannot be evaluated (e.g. verzuim outside the covered calendar) does not fail the list: the rest is answered and that leerling is reported as a GraphQL error (extensions.code, extensions.leerlingId) next to the data; meldingenOverzicht gives the same as typed fouten. Page with eerste and na (the cursor is meldingenOverzicht.volgende; the pages together are the whole list, each read and evaluated in batches).' })
  async meldingen(@Args(() => MeldingenArgs) a: MeldingenArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<TeMelden[]> {
    const { meldingen, fouten } = await teMeldenLijst(ctx, a);
    // a partial result: the data, and one error per leerling that could not be evaluated
    for (const f of fouten) {
      meldLijstfout(ctx, { message: `${String(info.path.key)}: leerling ${f.leerlingId} could not be evaluated: ${f.bericht}`, path: [info.path.key], extensions: { code: f.code, leerlingId: f.leerlingId } });
    }
    return meldingen;
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => MeldingenOverzicht, { description: 'meldingen with the same arguments, and the leerlingen that could not be evaluated as typed fouten (the rest is answered); with eerste, volgende is the cursor of the next page.' })
  async meldingenOverzicht(@Args(() => MeldingenArgs) a: MeldingenArgs, @Ctx() ctx: ApiContext): Promise<MeldingenOverzicht> {
    return teMeldenLijst(ctx, a);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => MeldingUitvoer, { description: 'A recorded melding of a leerling this key may see (otherwise FORBIDDEN).' })
  async melding(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<MeldingUitvoer> {
    return meldingUitvoer(await zichtbareMelding(ctx, id));
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => MeldingUitvoer, { description: 'Records a melding the rules give for this leerling on the peildatum (soort + einddatum as listed by meldingen). Recording it again returns the same melding. The verdict is stored in the beslissing log.' })
  async registreerMelding(
    @Arg('leerlingId', () => ID) leerlingId: string,
    @Arg('soort', () => Meldingsoort) soort: Meldingsoort,
    @Arg('einddatum', () => LocalDate) einddatum: string,
    @Arg('peildatum', () => LocalDate, { description: 'The day the meldingen were computed on (the einddatum or later).' }) peildatum: string,
    @Ctx() ctx: ApiContext,
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
      brin: toegang.brin ?? null, door: toegang.naam,
    }, { vraag: 'registreerMelding', peildatum, wetsdatum: b.wetsdatum, regelsetHash: ctx.regelset.hash, uitkomst: uitkomstVan(b), ...snapshotVelden(f) }, toegang);
    ververs(ctx);
    return meldingUitvoer(melding);
  }

  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => MeldingUitvoer, { description: 'Moves a melding on: GEREGISTREERD → IN_BEHANDELING | INGETROKKEN; IN_BEHANDELING → AFGESLOTEN | TER_KENNISGEVING_AANGENOMEN | INGETROKKEN. A SCHOOL key may only withdraw (INGETROKKEN); the rest is the leerplichtambtenaar\'s.' })
  async wijzigMeldingstatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => Meldingstatus) status: Meldingstatus,
    @Arg('toelichting', () => String, { nullable: true }) toelichting: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<MeldingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const zichtbaar = await zichtbareMelding(ctx, id);
    const naar = status as Status;
    if (toegang.rol === 'SCHOOL' && naar !== 'INGETROKKEN') throw verboden('status', `a SCHOOL key may only withdraw a melding (INGETROKKEN); ${naar} is the leerplichtambtenaar's decision`);
    const rij = await wijzigStatus(orm, zichtbaar.id, naar, toegang, toelichting ?? null, (m) => {
      // a SCHOOL withdraws only the meldingen it registered: another's answers as an unknown id does
      if (!m || (toegang.rol === 'SCHOOL' && !magFeitWijzigen(toegang, m))) throw verboden('id', `melding ${id} does not exist or is not accessible with this key`);
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
  if (!m) throw verboden('id', `melding ${id} does not exist or is not accessible with this key`);
  return m;
}
