// parameters(wetsdatum, gemeente): every named value of the law (rules/parameters) in force on a
// day, with its source, so a front-end or rule author can see what a threshold is and where it
// comes from. Values are the JSON of the parameter files as they are.
import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Beleidspakket } from '../engine/beleid/pakket';
import { pakkettenVoor } from '../engine/beleid/toepassing';
import { parameterBronOp, type Parameter } from '../engine/regelset';
import { bronUitvoer } from '../engine/uitleg';
import { formatDatum, vandaag, type Dag } from '../time/dag';
import type { ApiContext } from './context';
import { controleerGemeente } from './leerlingen/validatie';
import { datum } from './omzetten';
import { Beleidsbron, ToegepastBeleidspakket } from './beleid-typen';
import { GraphQLJSON, LocalDate } from './scalars';
import { Bron } from './uitvoer';
import { controleerWetsdatum } from './vraag';

@ObjectType('Parameter', { description: 'Een benoemde waarde van de wet of van een beleidspakket (bijv. meldplichtUren = 16) zoals die gold op de wetsdatum, met haar bron. — A named value of the law (or of a policy pack) in force on the wetsdatum, with its source.' })
export class ParameterUitvoer {
  @Field({ description: 'Naam van de parameter, zoals regels en ParametersInput die gebruiken, bijv. "meldplichtUren". — Name, as rules use it.' }) naam!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'De waarde op de wetsdatum, als JSON zoals in het parameterbestand; null: de wet kent die waarde op die dag niet (meer), bijv. de drie-schooldagengrens na 2009-08-01. — The value on the wetsdatum as in the file; null: none that day.' }) waarde!: unknown;
  @Field(() => LocalDate, { description: 'Eerste dag waarop deze waarde geldt. — First day this value applies.' }) geldigVanaf!: string;
  @Field({ description: 'Soort waarde: getal, tekst, boolean, lijst of datum. — Kind of value.' }) type!: string;
  @Field({ description: 'Wat de parameter betekent (Nederlands, uit het parameterbestand). — What it means (Dutch).' }) omschrijving!: string;
  @Field(() => Bron, { nullable: true, description: 'Het artikel (en lid) waarop de waarde rust, als verwijzing naar de tekst op de wetsdatum; null voor een parameter van een beleidspakket (zie beleidsbron). — The article it rests on; null for a policy pack\'s parameter.' }) bron!: Bron | null;
  @Field(() => Beleidsbron, { nullable: true, description: 'Bij een parameter van een beleidspakket: het beleidsdocument en de paragraaf waarop de waarde rust; null voor de wet. — For a policy pack\'s parameter: the document and paragraph; null for the law.' }) beleidsbron!: Beleidsbron | null;
  @Field({ description: 'Een lezing van een onduidelijk punt in de wet ([A]): een vraag kiest een andere waarde met ParametersInput. — A reading of an ambiguous point; a request may choose another value with ParametersInput.' }) lezing!: boolean;
  @Field(() => [String], { nullable: true, description: 'De toegestane waarden (van een tekst, of van de items van een lijst); null: niet beperkt. — Allowed values; null: not restricted.' }) enum!: string[] | null;
  @Field(() => ToegepastBeleidspakket, { nullable: true, description: 'Het beleidspakket waartoe de parameter hoort, voor de gevraagde gemeente; null: de wet (rules/parameters). — The policy pack it belongs to; null: the law.' }) pakket!: ToegepastBeleidspakket | null;
}

/** The value in force on d and its first day, or null when the parameter has no value yet on d. */
function waardeOp(p: Parameter, d: Dag): { vanaf: Dag; waarde: unknown } | null {
  let uit: { vanaf: Dag; waarde: unknown } | null = null;
  for (const w of p.perDatum) if (w.vanaf <= d) uit = w; // perDatum is sorted by vanaf
  return uit;
}

/** A parameter of the law (pakket null) or of a policy pack applied for a gemeente, or null when it has no value yet on d. */
export function parameterUitvoer(p: Parameter, d: Dag, pakket: { pakket: Beleidspakket; gemeente: string } | null): ParameterUitvoer | null {
  const w = waardeOp(p, d);
  if (w === null) return null;
  const pk = pakket?.pakket;
  return {
    naam: p.naam, waarde: w.waarde, geldigVanaf: formatDatum(w.vanaf), type: p.type, omschrijving: p.omschrijving,
    bron: pk ? null : bronUitvoer(parameterBronOp(p, d), d),
    beleidsbron: pk ? { document: pk.document.titel, url: pk.document.url, referentie: pk.document.referentie, eigenaar: pk.eigenaar, onderdeel: p.bron.onderdeel ?? '' } : null,
    lezing: p.lezing === true, enum: p.enum ? [...p.enum] : null,
    pakket: pk ? { naam: pk.naam, versie: pk.versie, hash: pk.hash, gemeente: pakket!.gemeente } : null,
  };
}

const opNaam = (a: ParameterUitvoer, b: ParameterUitvoer) => (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0);

@Resolver()
export class ParametersResolver {
  @Query(() => [ParameterUitvoer], { description: 'Elke parameter van de wet die op de wetsdatum een waarde heeft (rules/parameters), op naam; met een gemeente daarna die van de beleidspakketten die daar op die dag gelden (per pakket, op naam). — Every parameter of the law with a value on the wetsdatum, by name; with a gemeente also those of the policy packs in force there.' })
  parameters(
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'De dag waarop de waarden gelden; standaard vandaag (Europe/Amsterdam). — The day; default today.' }) wetsdatum: string | null,
    @Arg('gemeente', () => String, { nullable: true, description: 'CBS-gemeentecode (4 cijfers, bijv. "0363"): ook de parameters van de beleidspakketten van die gemeente; leeg: alleen de wet. — CBS gemeente code: also the parameters of its policy packs.' }) gemeente: string | null,
    @Ctx() ctx: ApiContext,
  ): ParameterUitvoer[] {
    const d = wetsdatum == null ? vandaag() : datum('wetsdatum', wetsdatum);
    controleerWetsdatum(ctx.regelset, d);
    if (gemeente != null) controleerGemeente('gemeente', gemeente);
    const wet = [...ctx.regelset.parameters.values()].map((p) => parameterUitvoer(p, d, null)).filter((p): p is ParameterUitvoer => p !== null).sort(opNaam);
    if (gemeente == null) return wet;
    return [...wet, ...pakketParameters(ctx, gemeente, d)];
  }
}

/** The parameters of the policy packs in force for a gemeente on d: pack by pack (in folder order), each by parameter name. */
function pakketParameters(ctx: ApiContext, gemeente: string, d: Dag): ParameterUitvoer[] {
  return pakkettenVoor(ctx.regelset.pakketten, gemeente, d).flatMap((pakket) => [...pakket.parameters.values()]
    .map((p) => parameterUitvoer(p, d, { pakket, gemeente })).filter((p): p is ParameterUitvoer => p !== null).sort(opNaam));
}
