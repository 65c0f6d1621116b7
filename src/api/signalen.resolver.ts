// signalen(sinds, brin, gemeente): what the signalering runs found, for the school and the
// leerplichtambtenaar. Who sees which: src/store/signalen.ts (SCHOOL its BRIN's, with vestigingen;
// LEERPLICHTAMBTENAAR its gemeente's; RMC its regio's gemeenten; PUBLIC none).
import { Arg, Authorized, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { startRun } from '../signalering/wachtrij';
import type { Signaal } from '../store/entities/signaal.entity';
import { zichtbareSignalen } from '../store/signalen';
import { brinHoortBij } from '../toegang/eigenaarschap';
import { gemeentenVan, vandaagDatum } from '../store/zichtbaarheid';
import type { ApiContext } from './context';
import { Meldingsoort } from './enums';
import { invoerFout } from './fouten';
import { isUuid, opslag } from './leerlingen/opslag';
import { LEES_ROLLEN, verboden } from './leerlingen/rechten';
import { controleerBrin, controleerGemeente } from './leerlingen/validatie';
import { datum } from './omzetten';
import { LocalDate } from './scalars';

export const MAX_SIGNALEN_PAGINA = 1000;

@ObjectType('Signaal', { description: 'A melding the rules gave for a stored leerling in a signalering run (the nightly job), stored once per leerling, soort and einddatum. Recording it as a melding is registreerMelding.' })
export class SignaalUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => ID) leerlingId!: string;
  @Field(() => Meldingsoort) soort!: Meldingsoort;
  @Field() verplicht!: boolean;
  @Field(() => LocalDate) begindatum!: string;
  @Field(() => LocalDate) einddatum!: string;
  @Field(() => Float) uren!: number;
  @Field(() => String, { nullable: true, description: 'The school the leerling was enrolled at on the einddatum.' }) brin!: string | null;
  @Field({ description: 'The woongemeente on the einddatum (CBS code).' }) gemeente!: string;
  @Field(() => LocalDate, { description: 'The day the run evaluated the rules on.' }) peildatum!: string;
  @Field({ description: 'When the run found it (ISO timestamp).' }) gevondenOp!: string;
  @Field({ description: 'The run that found it.' }) runId!: string;
  @Field() regelsetHash!: string;
}

const DATUMTIJD = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** sinds: a day (its start, UTC) or a moment with its offset. */
export function leesSinds(w: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(w)) {
    datum('sinds', w);
    return new Date(`${w}T00:00:00Z`);
  }
  const d = new Date(w);
  if (!DATUMTIJD.test(w) || Number.isNaN(d.getTime()) || !datumBestaat(w)) throw invoerFout('sinds', `${JSON.stringify(w.slice(0, 40))} is not a date (2024-03-15) or a date-time with offset (2024-03-15T02:00:00Z)`);
  return d;
}
const datumBestaat = (w: string) => {
  try { datum('sinds', w.slice(0, 10)); return true; } catch { return false; }
};

@ObjectType('SignaleringRun', { description: 'A signalering run put on the job queue; its signalen appear in signalen once its jobs are done.' })
export class SignaleringRun {
  @Field({ description: 'The run id that its signalen carry (runId).' }) runId!: string;
  @Field(() => LocalDate) peildatum!: string;
  @Field(() => [String]) gemeenten!: string[];
}

function uitvoer(s: Signaal): SignaalUitvoer {
  return Object.assign(new SignaalUitvoer(), {
    id: s.id, leerlingId: s.leerling.id, soort: s.soort as Meldingsoort, verplicht: s.verplicht, begindatum: s.begindatum, einddatum: s.einddatum, uren: s.uren,
    brin: s.brin, gemeente: s.gemeente, peildatum: s.peildatum, gevondenOp: s.gevondenOp.toISOString(), runId: s.runId, regelsetHash: s.regelsetHash,
  });
}

@Resolver()
export class SignalenResolver {
  @Authorized(LEES_ROLLEN)
  @Query(() => [SignaalUitvoer], { description: `The signalen found since a day or moment that this key may see (SCHOOL: at its BRIN, vestigingen included; LEERPLICHTAMBTENAAR: in its gemeente; RMC: in its regio), optionally one BRIN or gemeente; oldest first. Page with eerste (at most ${MAX_SIGNALEN_PAGINA}) and na (the last id of the previous page).` })
  async signalen(
    @Arg('sinds', () => String, { description: 'A day (2024-03-15: from its start, UTC) or a date-time with offset (2024-03-15T02:00:00Z).' }) sinds: string,
    @Arg('brin', () => String, { nullable: true }) brin: string | null,
    @Arg('gemeente', () => String, { nullable: true }) gemeente: string | null,
    @Arg('eerste', () => Int, { nullable: true, defaultValue: 100 }) eerste: number,
    @Arg('na', () => ID, { nullable: true }) na: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SignaalUitvoer[]> {
    const { em, toegang } = opslag(ctx);
    const vanaf = leesSinds(sinds);
    if (brin != null) controleerBrin('brin', brin);
    if (gemeente != null) controleerGemeente('gemeente', gemeente);
    if (eerste < 1 || eerste > MAX_SIGNALEN_PAGINA) throw invoerFout('eerste', `${eerste} is outside 1–${MAX_SIGNALEN_PAGINA}`);
    if (na != null && !isUuid(na)) throw invoerFout('na', 'not the id of a signaal');
    if (toegang.rol === 'SCHOOL' && brin != null && !brinHoortBij(toegang.brin, brin)) throw verboden('brin', `this key is for BRIN ${toegang.brin}`);
    if (toegang.rol !== 'SCHOOL' && gemeente != null && !gemeentenVan(toegang).includes(gemeente)) throw verboden('gemeente', toegang.rol === 'RMC' ? `gemeente ${gemeente} is not in this key's regio` : `this key is for gemeente ${toegang.gemeente}`);
    const rijen = await zichtbareSignalen(em, toegang, { sinds: vanaf, brin, gemeente, eerste, na: na?.toLowerCase() });
    return rijen.map(uitvoer);
  }

  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Mutation(() => SignaleringRun, { description: 'Puts a signalering run for the own gemeente on the job queue now (besides the nightly one). Asking again for the same day while it is queued adds no second run; a run finds only signalen not stored before.' })
  async startSignalering(
    @Arg('peildatum', () => LocalDate, { nullable: true, description: 'The day to evaluate on; default today. Not after today.' }) peildatum: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<SignaleringRun> {
    const { orm, toegang } = opslag(ctx);
    const vandaag = vandaagDatum();
    const dag = peildatum ?? vandaag;
    datum('peildatum', dag);
    if (dag > vandaag) throw invoerFout('peildatum', `${dag} lies after today (${vandaag})`);
    const gemeenten = [toegang.gemeente!];
    // one run id per gemeente and day: graphile-worker's job key keeps a queued one from being added twice
    const runId = await startRun(orm.config.get('clientUrl')!, { peildatum: dag, gemeenten, runId: `lpa-${toegang.gemeente}-${dag}` });
    return Object.assign(new SignaleringRun(), { runId, peildatum: dag, gemeenten });
  }
}
