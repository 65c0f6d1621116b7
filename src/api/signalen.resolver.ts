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
import { DateTime, LocalDate } from './scalars';

export const MAX_SIGNALEN_PAGINA = 1000;

@ObjectType('Signaal', { description: 'Een melding die de regels gaven voor een opgeslagen leerling in een signaleringsrun (de nachtelijke taak), eenmaal opgeslagen per leerling, soort en einddatum. Vastleggen als melding gaat met registreerMelding. — A melding the rules gave in a signalering run.' })
export class SignaalUitvoer {
  @Field(() => ID, { description: 'Id van het signaal. — Id.' }) id!: string;
  @Field(() => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId!: string;
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort!: Meldingsoort;
  @Field({ description: 'De melding is verplicht (false: melden mag). — Mandatory.' }) verplicht!: boolean;
  @Field(() => LocalDate, { description: 'Eerste dag van het verzuim achter het signaal. — First day of the absence.' }) begindatum!: string;
  @Field(() => LocalDate, { description: 'Dag waarop de grens bereikt werd (inclusief). — Day the threshold was reached.' }) einddatum!: string;
  @Field(() => Float, { description: 'Ongeoorloofd verzuimde uren in de meldperiode. — Unexcused hours.' }) uren!: number;
  @Field(() => String, { nullable: true, description: 'De school waar de leerling op de einddatum ingeschreven was; null: geen. — The school on the einddatum.' }) brin!: string | null;
  @Field({ description: 'De woongemeente op de einddatum (CBS-code). — The woongemeente on the einddatum.' }) gemeente!: string;
  @Field(() => LocalDate, { description: 'De dag waarop de run de regels toepaste. — The day the run evaluated the rules on.' }) peildatum!: string;
  @Field(() => DateTime, { description: 'Tijdstip waarop de run het signaal vond. — When the run found it.' }) gevondenOp!: string;
  @Field({ description: 'De run die het signaal vond. — The run that found it.' }) runId!: string;
  @Field({ description: 'sha256 van de regelset waarmee het gevonden werd. — sha256 of the rule set.' }) regelsetHash!: string;
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

@ObjectType('SignaleringRun', { description: 'Een signaleringsrun op de takenwachtrij; de signalen verschijnen in signalen zodra de taken klaar zijn. — A signalering run put on the job queue.' })
export class SignaleringRun {
  @Field({ description: 'De run-id die de signalen dragen (runId). — The run id its signalen carry.' }) runId!: string;
  @Field(() => LocalDate, { description: 'De dag waarop de regels worden toegepast. — The day evaluated on.' }) peildatum!: string;
  @Field(() => [String], { description: 'De gemeenten (CBS-codes) waarvan de leerlingen beoordeeld worden. — The gemeenten evaluated.' }) gemeenten!: string[];
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
  @Query(() => [SignaalUitvoer], { description: `De signalen die sinds een dag of tijdstip gevonden zijn en die deze sleutel mag zien (SCHOOL: bij het eigen BRIN, vestigingen inbegrepen; LEERPLICHTAMBTENAAR: in de eigen gemeente; RMC: in de eigen regio), eventueel voor één BRIN of gemeente; de oudste eerst. Bladeren met eerste (hoogstens ${MAX_SIGNALEN_PAGINA}) en na (de laatste id van de vorige pagina). — The signalen found since a day or moment that this key may see; oldest first, paged.` })
  async signalen(
    @Arg('sinds', () => String, { description: 'Een dag (2024-03-15: vanaf het begin, UTC) of een datum-tijd met offset (2024-03-15T02:00:00Z). — A day or a date-time with offset.' }) sinds: string,
    @Arg('brin', () => String, { nullable: true, description: 'Alleen signalen van dit BRIN (een school of vestiging van de sleutel). — Only this BRIN.' }) brin: string | null,
    @Arg('gemeente', () => String, { nullable: true, description: 'Alleen signalen van deze gemeente (CBS-code). — Only this gemeente.' }) gemeente: string | null,
    @Arg('eerste', () => Int, { nullable: true, defaultValue: 100, description: `Paginagrootte, 1–${MAX_SIGNALEN_PAGINA} (standaard 100). — Page size.` }) eerste: number,
    @Arg('na', () => ID, { nullable: true, description: 'Begin na dit signaal (de laatste id van de vorige pagina). — Start after this id.' }) na: string | null,
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
  @Mutation(() => SignaleringRun, { description: 'Zet nu een signaleringsrun voor de eigen gemeente op de wachtrij (naast de nachtelijke). Opnieuw vragen voor dezelfde dag terwijl die wacht voegt geen tweede run toe; een run vindt alleen signalen die nog niet opgeslagen waren. — Queues a signalering run for the own gemeente now.' })
  async startSignalering(
    @Arg('peildatum', () => LocalDate, { nullable: true, description: 'De dag waarop de regels worden toegepast; standaard vandaag (in Nederland). Niet na vandaag. — The day to evaluate on; default today (Europe/Amsterdam).' }) peildatum: string | null,
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
