// Thin resolvers: translate arguments, ask the engine, translate the answer. No law here.
// The type-graphql declarations below give the schema (the contract); after it is built,
// directeResolvers sets the same functions as the plain graphql-js resolvers of Query.beoordeling(en)
// and of Beoordeling's computed fields, so graphql-js's coerced arguments are used as they are:
// no conversion of every SituatieInput into class instances, no middleware chain per field.
import { type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode, isObjectType } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { evalueer, type Vraag } from '../engine/evaluatie';
import { voortijdigSchoolverlater } from '../engine/doelgroepen';
import { parseSchooljaar } from '../time/schooljaar';
import type { UitlegUitvoer } from '../engine/uitleg';
import type { Feiten } from '../facts/feiten';
import { datumTekst } from './datum-tekst';
import type { ApiContext } from './context';
import { Taal } from './enums';
import { invoerFout } from './fouten';
import { controleerSchooljaarBereik } from './omzetten';
import { ParametersInput, SituatieInput } from './invoer';
import { LocalDate } from './scalars';
import { BEREKENDE_VELDEN, oordeelVan } from './beoordeling-velden';
import { DoorstroompuntOverleg, VervangendeLeerplichtOordeel } from './vervangend-typen';
import { metKalender } from './met-kalender';
import { KalenderBereikFout } from '../time/kalender';
import { Aansprakelijkheid, Beoordeling, Leerplicht, Oordeel, Startkwalificatie, Tijdvak, Uitleg, Verzuim } from './uitvoer';
import { maakVraag } from './vraag';
import { Aanname, Waarschuwing } from './aannames';

export { metKalender };

/** As metKalender, for the per-item paths without a closure: a calendar error as BAD_USER_INPUT. */
function kalenderFout(e: unknown): unknown {
  return e instanceof KalenderBereikFout ? invoerFout('situatie.vakantieregio', e.message) : e;
}

/** Largest bulk request (beoordelingen): bounded so one request cannot hold the server for long. */
export const MAX_SITUATIES = 10_000;

export function geselecteerdeVelden(info: GraphQLResolveInfo): Set<string> {
  const namen = new Set<string>();
  const loop = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') namen.add(s.name.value);
      else if (s.kind === 'InlineFragment') loop(s.selectionSet);
      else loop(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const n of info.fieldNodes as FieldNode[]) loop(n.selectionSet);
  return namen;
}

export function maakBeoordeling(ctx: ApiContext, f: Feiten, taal: Taal, geselecteerd: ReadonlySet<string>): Beoordeling {
  const b = new Beoordeling();
  b.peildatum = datumTekst(f.ctx.peildatum);
  b.wetsdatum = datumTekst(f.ctx.wetsdatum);
  b.leeftijd = f.get('leeftijd') as number;
  b.regelsetHash = ctx.regelset.hash;
  b.feiten = f;
  b.taal = taal;
  b.geselecteerd = geselecteerd;
  return b;
}

// The resolvers as plain functions of graphql-js's (coerced) arguments.
interface BeoordelingArgs { situatie: SituatieInput; peildatum: string; wetsdatum?: string | null; taal?: Taal | null; parameters?: ParametersInput | null }
interface BeoordelingenArgs { situaties: SituatieInput[]; peildatum: string; wetsdatum?: string | null; taal?: Taal | null; parameters?: ParametersInput | null }

function beoordelingVan(a: BeoordelingArgs, ctx: ApiContext, info: GraphQLResolveInfo): Beoordeling {
  const vraag = maakVraag(ctx.regelset, a.situatie, a.peildatum, a.wetsdatum ?? null, a.parameters ?? null);
  return metKalender(() => maakBeoordeling(ctx, evalueer(ctx.regelset, vraag), a.taal as Taal, geselecteerdeVelden(info)));
}

function beoordelingenVan(a: BeoordelingenArgs, ctx: ApiContext, info: GraphQLResolveInfo): Iterable<Beoordeling> {
  const { situaties, peildatum } = a;
  const wetsdatum = a.wetsdatum ?? null;
  const parameters = a.parameters ?? null;
  if (situaties.length > MAX_SITUATIES) throw invoerFout('situaties', `${situaties.length} situaties; at most ${MAX_SITUATIES} per request`);
  const geselecteerd = geselecteerdeVelden(info);
  // every situatie is checked before any is evaluated: one bad record rejects the request, naming it
  const vragen = new Array<Vraag>(situaties.length);
  for (let i = 0; i < situaties.length; i++) {
    try {
      vragen[i] = maakVraag(ctx.regelset, situaties[i], peildatum, wetsdatum, parameters, 'situaties[]');
    } catch {
      // the path of a field is only text for a message: built for the record that is refused, the
      // same check again throws the same error naming situaties[i]
      maakVraag(ctx.regelset, situaties[i], peildatum, wetsdatum, parameters, `situaties[${i}]`);
      throw new Error(`situaties[${i}]: refused once, accepted the second time`);
    }
  }
  return eenVoorEen(ctx, vragen, a.taal as Taal, geselecteerd);
}

/**
 * Evaluates each vraag when graphql-js completes its list item, not all up front: one
 * evaluation's facts become garbage as soon as its answer is built, instead of 10,000 of them
 * surviving into the old generation (most of the bulk query's cost was garbage collection). An
 * error still fails the whole beoordelingen field, as one thrown by the resolver did.
 */
function* eenVoorEen(ctx: ApiContext, vragen: Vraag[], taal: Taal, geselecteerd: ReadonlySet<string>): Generator<Beoordeling> {
  for (const v of vragen) {
    let b: Beoordeling;
    try {
      b = maakBeoordeling(ctx, evalueer(ctx.regelset, v), taal, geselecteerd);
    } catch (e) {
      throw kalenderFout(e); // as metKalender, without a closure per item
    }
    yield b;
  }
}

function voortijdigSchoolverlaterVan(b: Beoordeling, schooljaar: string): Oordeel {
  const jaar = parseSchooljaar(schooljaar);
  if (jaar === null) throw invoerFout('voortijdigSchoolverlater.schooljaar', `${JSON.stringify(schooljaar)} is not a schooljaar (YYYY/YYYY+1, e.g. "2023/2024")`);
  controleerSchooljaarBereik('voortijdigSchoolverlater.schooljaar', jaar);
  return metKalender(() => oordeelVan(voortijdigSchoolverlater(b.feiten, jaar, b.taal)));
}

/** The computed Beoordeling fields (api/beoordeling-velden.ts), a calendar error as BAD_USER_INPUT. */
const VELDEN: Record<string, (b: Beoordeling) => unknown> = Object.fromEntries(
  Object.entries(BEREKENDE_VELDEN).map(([naam, bereken]) => [naam, (b: Beoordeling) => { try { return bereken(b); } catch (e) { throw kalenderFout(e); } }]),
);

/**
 * Replaces type-graphql's wrappers of these fields (argument conversion into class instances,
 * middleware chain) by the plain functions above. Run on the built schema before anything else
 * wraps its resolvers (bewaakTekstInvoer).
 */
export function directeResolvers(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType()!.getFields();
  query.beoordeling.resolve = ((_r, a, ctx, info) => beoordelingVan(a, ctx, info)) as GraphQLFieldResolver<unknown, ApiContext, BeoordelingArgs>;
  query.beoordelingen.resolve = ((_r, a, ctx, info) => beoordelingenVan(a, ctx, info)) as GraphQLFieldResolver<unknown, ApiContext, BeoordelingenArgs>;
  const type = schema.getType('Beoordeling');
  if (!isObjectType(type)) throw new Error('schema: Beoordeling is not an object type');
  const velden = type.getFields();
  for (const [naam, v] of Object.entries(VELDEN)) velden[naam].resolve = (b: Beoordeling) => v(b);
  velden.voortijdigSchoolverlater.resolve = (b: Beoordeling, a: { schooljaar: string }) => voortijdigSchoolverlaterVan(b, a.schooljaar);
  return schema;
}

@Resolver(() => Beoordeling)
export class BeoordelingResolver {
  @Query(() => Beoordeling, { description: 'Alles wat de wet zegt over één jongere op één dag. Velden worden alleen berekend als ze gevraagd worden. — Everything the law says about one jongere on one day; fields are computed only when selected.' })
  beoordeling(
    @Arg('situatie', () => SituatieInput, { description: 'De feiten over de jongere. — Facts about the jongere.' }) situatie: SituatieInput,
    @Arg('peildatum', () => LocalDate, { description: 'De dag waarover het oordeel gaat (niet vóór de geboortedatum). — The day the verdict is about.' }) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'De wet zoals die op die dag gold; standaard de peildatum. — The law as it stood on that day; default: peildatum.' }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Beoordeling {
    return beoordelingVan({ situatie, peildatum, wetsdatum, taal, parameters }, ctx, info);
  }

  @Query(() => [Beoordeling], { description: `Hetzelfde voor veel jongeren tegelijk (bulk, dezelfde peildatum), in de volgorde van de invoer; hoogstens ${MAX_SITUATIES} situaties per verzoek. — The same for many jongeren at once, in input order; at most ${MAX_SITUATIES} situaties per request.` })
  beoordelingen(
    @Arg('situaties', () => [SituatieInput], { description: 'De feiten per jongere. — Facts per jongere.' }) situaties: SituatieInput[],
    @Arg('peildatum', () => LocalDate, { description: 'De dag waarover de oordelen gaan. — The day the verdicts are about.' }) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'De wet zoals die op die dag gold; standaard de peildatum. — The law as it stood on that day; default: peildatum.' }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Iterable<Beoordeling> {
    return beoordelingenVan({ situaties, peildatum, wetsdatum, taal, parameters }, ctx, info);
  }

  @FieldResolver(() => Leerplicht, { description: 'Leerplicht en kwalificatieplicht: status, begin en einde (art 3, 4a). — Leerplicht and kwalificatieplicht.' })
  leerplicht(@Root() b: Beoordeling): Leerplicht {
    return VELDEN.leerplicht(b) as Leerplicht;
  }

  @FieldResolver(() => [Tijdvak], { description: 'De statussen van geboorte tot het einde van de plichten, als aaneengesloten perioden. — The statuses over time.' })
  tijdlijn(@Root() b: Beoordeling): Tijdvak[] {
    return VELDEN.tijdlijn(b) as Tijdvak[];
  }

  @FieldResolver(() => Startkwalificatie, { description: 'Of er een startkwalificatie is (art 1 f). — Whether there is a startkwalificatie.' })
  startkwalificatie(@Root() b: Beoordeling): Startkwalificatie {
    return VELDEN.startkwalificatie(b) as Startkwalificatie;
  }

  @FieldResolver(() => Verzuim, { description: 'Verzuim en meldplicht tot en met de peildatum (art 21a). — Absence and meldplicht.' })
  verzuim(@Root() b: Beoordeling): Verzuim {
    return VELDEN.verzuim(b) as Verzuim;
  }

  @FieldResolver(() => Oordeel, { description: 'Jongere in een kwetsbare positie (JiKP, regeling vsv), afgeleid uit de inschrijvingen (herkomst → bestemming). — JiKP, derived from inschrijvingen.' })
  kwetsbarePositie(@Root() b: Beoordeling): Oordeel {
    return VELDEN.kwetsbarePositie(b) as Oordeel;
  }

  @FieldResolver(() => Oordeel, { description: 'Nieuwe voortijdig schoolverlater in dat schooljaar (vsv-definitie van OCW/DUO): gebruikt 1 oktober T en 1 oktober T+1 van dat schooljaar, wat de peildatum ook is. — Uses 1 oktober T and 1 oktober T+1 of that schooljaar, whatever the peildatum.' })
  voortijdigSchoolverlater(@Root() b: Beoordeling, @Arg('schooljaar', { description: 'Het schooljaar als "2024/2025". — The schooljaar.' }) schooljaar: string): Oordeel {
    return voortijdigSchoolverlaterVan(b, schooljaar);
  }

  @FieldResolver(() => Oordeel, { description: 'Doelgroep van de RMC-functie (jonger dan 23, zonder startkwalificatie, niet meer leer- of kwalificatieplichtig) of, vanaf 2026-01-01, van het Doorstroompunt (jonger dan 27). — RMC / Doorstroompunt target group.' })
  doorstroompunt(@Root() b: Beoordeling): Oordeel {
    return VELDEN.doorstroompunt(b) as Oordeel;
  }

  @FieldResolver(() => DoorstroompuntOverleg, { nullable: true, description: 'Of het Doorstroompunt pas na overleg met de school of instelling mag ondersteunen (WEB 9.2.5 lid 5: kort na een entree-, vso- of praktijkonderwijsdiploma); null vóór 2026-01-01, toen dat artikel niet bestond. — Whether the Doorstroompunt must consult the school first; null before 2026-01-01.' })
  doorstroompuntOverleg(@Root() b: Beoordeling): DoorstroompuntOverleg | null {
    return VELDEN.doorstroompuntOverleg(b) as DoorstroompuntOverleg | null;
  }

  @FieldResolver(() => VervangendeLeerplichtOordeel, { description: 'Vervangende leerplicht (art 3a, 3b): of het toegestane programma de inschrijving vervangt, en de termijnen van besluit, afschrift en verlenging, berekend uit de opgegeven data. — Substitute compulsory education and its terms.' })
  vervangendeLeerplicht(@Root() b: Beoordeling): VervangendeLeerplichtOordeel {
    return VELDEN.vervangendeLeerplicht(b) as VervangendeLeerplichtOordeel;
  }

  @FieldResolver(() => Aansprakelijkheid, { description: 'Wie aangesproken kan worden op verzuim (art 2, 26). — Who is accountable.' })
  aansprakelijkheid(@Root() b: Beoordeling): Aansprakelijkheid {
    return VELDEN.aansprakelijkheid(b) as Aansprakelijkheid;
  }

  @FieldResolver(() => [Aanname], { description: 'Wat is aangenomen omdat de vraag het niet gaf (geen vakantieregio, schooljaren, inschrijvingen, diploma\'s), alleen waar de gevraagde velden ervan afhangen; vaste volgorde. — What was assumed because the request did not give it, only where the selected fields depend on it.' })
  aannames(@Root() b: Beoordeling): Aanname[] {
    return VELDEN.aannames(b) as Aanname[];
  }

  @FieldResolver(() => [Waarschuwing], { description: 'Wat in het antwoord door een aanname onjuist kan zijn, met de velden die het betreft; vaste volgorde. — What in the answer may be wrong because of an assumption, naming the fields concerned.' })
  waarschuwingen(@Root() b: Beoordeling): Waarschuwing[] {
    return VELDEN.waarschuwingen(b) as Waarschuwing[];
  }

  @FieldResolver(() => [Uitleg], { description: 'Elke regel die iets besliste in de gevraagde velden. — Every rule that decided anything in the selected fields.' })
  uitleg(@Root() b: Beoordeling): UitlegUitvoer[] {
    return VELDEN.uitleg(b) as UitlegUitvoer[];
  }
}
