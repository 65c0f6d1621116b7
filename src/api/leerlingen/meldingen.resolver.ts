// Meldingen: which stored leerlingen need one on a date (computed by the rules), recording a
// computed melding, and moving it through DUO's lifecycle.
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { meldingen as teMeldenVan } from '../../engine/verzuim';
import { uitleg } from '../../engine/uitleg';
import type { Leerling, Melding } from '../../store/entities/leerlingen';
import type { Meldingstatus as Status } from '../../store/entities/melding.entity';
import { magOvergaan, OVERGANGEN, registreerMelding, wijzigStatus } from '../../store/meldingen';
import { brinHoortBij, magFeitWijzigen } from '../../toegang/eigenaarschap';
import { snapshotVelden } from '../../store/beslissingen';
import { binnen, gemeentenVan, zichtbareIds, zichtbareMeldingMetId, zichtPerioden, type Periode } from '../../store/zichtbaarheid';
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
import { controleerBrin, controleerGemeente } from './validatie';

/** Every stored leerling with verzuim can be listed at once; bounded so one request stays short. */
export const MAX_MELDING_LEERLINGEN = 20_000;

@ObjectType({ description: 'The meldingen of the visible leerlingen, and those leerlingen that could not be evaluated.' })
export class MeldingenOverzicht {
  @Field(() => [TeMelden]) meldingen!: TeMelden[];
  @Field(() => [LijstFout], { description: 'One per leerling that could not be evaluated (code BAD_USER_INPUT: its stored facts are not evaluable, e.g. verzuim outside the covered calendar; INTERNAL_SERVER_ERROR: anything else); its meldingen are missing from the list.' }) fouten!: LijstFout[];
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
}

@Resolver()
export class MeldingResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Query(() => [TeMelden], { description: 'For every leerling this key may see (optionally one gemeente or BRIN) with verzuim up to the peildatum: the meldingen the rules give up to that date, each with the recorded melding if there is one. Ordered by leerling, then einddatum. A leerling that cannot be evaluated (e.g. verzuim outside the covered calendar) does not fail the list: the rest is answered and that leerling is reported as a GraphQL error (extensions.code, extensions.leerlingId) next to the data; meldingenOverzicht gives the same as typed fouten.' })
  async meldingen(@Args(() => MeldingenArgs) a: MeldingenArgs, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<TeMelden[]> {
    const { meldingen, fouten } = await teMeldenLijst(ctx, a);
    // a partial result: the data, and one error per leerling that could not be evaluated
    for (const f of fouten) {
      meldLijstfout(ctx, { message: `${String(info.path.key)}: leerling ${f.leerlingId} could not be evaluated: ${f.bericht}`, path: [info.path.key], extensions: { code: f.code, leerlingId: f.leerlingId } });
    }
    return meldingen;
  }

  @Authorized(OPSLAG_ROLLEN)
  @Query(() => MeldingenOverzicht, { description: 'meldingen with the same arguments, and the leerlingen that could not be evaluated as typed fouten (the rest is answered).' })
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


interface LijstVraag { peildatum: string; gemeente: string | null; brin: string | null; alleenVerplicht: boolean; alleenNietGeregistreerd: boolean; taal: Taal }

/** One leerling's failure as a LijstFout: a GraphQL error keeps its code and message (never a BSN: the input holds none); anything else is not described. */
function lijstFout(leerlingId: string, e: unknown): LijstFout {
  if (e instanceof GraphQLError) {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
    return { leerlingId, code, bericht: code === 'INTERNAL_SERVER_ERROR' ? 'internal error while evaluating this leerling' : e.message };
  }
  return { leerlingId, code: 'INTERNAL_SERVER_ERROR', bericht: 'internal error while evaluating this leerling' };
}

/** The list behind meldingen and meldingenOverzicht: every visible leerling evaluated on its own, failures collected. */
async function teMeldenLijst(ctx: ApiContext, v: LijstVraag): Promise<MeldingenOverzicht> {
  const { peildatum, gemeente, brin, alleenVerplicht, alleenNietGeregistreerd, taal } = v;
  const { em, laders, toegang } = opslag(ctx);
  datum('peildatum', peildatum);
  if (gemeente != null) controleerGemeente('gemeente', gemeente);
  if (brin != null) controleerBrin('brin', brin);
  if (toegang.rol === 'LEERPLICHTAMBTENAAR' && gemeente != null && gemeente !== toegang.gemeente) throw verboden('gemeente', `this key is for gemeente ${toegang.gemeente}`);
  if (toegang.rol === 'RMC' && gemeente != null && !gemeentenVan(toegang).includes(gemeente)) throw verboden('gemeente', `gemeente ${gemeente} is not in this key's regio`);
  if (toegang.rol === 'SCHOOL' && brin != null && !brinHoortBij(toegang.brin, brin)) throw verboden('brin', `this key is for BRIN ${toegang.brin}`);
  const ids = await zichtbareIds(em, toegang, { gemeente, brin, metVerzuimTot: peildatum }, { eerste: MAX_MELDING_LEERLINGEN + 1 });
  if (ids.length > MAX_MELDING_LEERLINGEN) throw invoerFout('gemeente', `more than ${MAX_MELDING_LEERLINGEN} leerlingen with verzuim; narrow by gemeente or brin`);
  const leerlingen = (await laders.leerling.loadMany(ids)).filter((l): l is Leerling => l !== null && !(l instanceof Error));
  const meldingen: TeMelden[] = [];
  const fouten: LijstFout[] = [];
  // evaluations are CPU work; the loaders batch the facts of all of them into one query per table
  type Uitkomst = { l: Leerling; f: Awaited<ReturnType<typeof evalueerLeerling>>; geregistreerd: Melding[]; perioden: Periode[] } | { l: Leerling; fout: unknown };
  const perLeerling = await Promise.all(leerlingen.map(async (l): Promise<Uitkomst> => {
    try {
      const [f, geregistreerd, inschrijvingen, woonperiodes] = await Promise.all([evalueerLeerling(ctx, l, peildatum), laders.meldingen.load(l.id), laders.inschrijvingen.load(l.id), laders.woonperiodes.load(l.id)]);
      return { l, f, geregistreerd, perioden: zichtPerioden(toegang, l, inschrijvingen, woonperiodes) };
    } catch (e) {
      return { l, fout: e };
    }
  }));
  for (const r of perLeerling) {
    if ('fout' in r) { fouten.push(lijstFout(r.l.id, r.fout)); continue; }
    const { l, f, geregistreerd, perioden } = r;
    let eigen: TeMelden[];
    try {
      eigen = [];
      for (const m of metKalender(() => teMeldenVan(f))) {
        if (alleenVerplicht && !m.verplicht) continue;
        const einddatum = formatDatum(m.kandidaat.einddatum);
        // only meldingen about the key's own period (its inschrijving, or the leerling living in its gemeente)
        if (!binnen(perioden, einddatum)) continue;
        const rij = geregistreerd.find((g) => g.soort === m.kandidaat.soort && g.einddatum === einddatum) ?? null;
        if (alleenNietGeregistreerd && rij) continue;
        const u = metKalender(() => uitleg(m.feiten.beslis('meldingOordeel'), taal));
        eigen.push({
          leerlingId: l.id, soort: m.kandidaat.soort as Meldingsoort, verplicht: m.verplicht, begindatum: formatDatum(m.kandidaat.begindatum), einddatum,
          uren: m.kandidaat.uren, uitleg: u ? [u] : [], melding: rij && meldingUitvoer(rij),
        });
      }
    } catch (e) {
      fouten.push(lijstFout(l.id, e));
      continue;
    }
    meldingen.push(...eigen);
  }
  return { meldingen, fouten };
}
