// feiten(onderwerp): the vocabulary a rule may use — every fact of the loaded catalogues with its
// type and meaning — so a rule author need not read TypeScript. Helper values ('intern') are left
// out: rules cannot refer to them.
import { Arg, Ctx, Field, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { FeitParamDefinitie } from '../facts/feit-params';
import type { FeitDefinitie, Onderwerp as FeitOnderwerp } from '../facts/typen';
import { UITKOMSTEN } from '../engine/uitkomsten';
import type { ApiContext } from './context';
import { Onderwerp } from './enums';
import { GraphQLJSON } from './scalars';

export enum Feitsoort { FEIT = 'FEIT', PARAMETER = 'PARAMETER', UITKOMST = 'UITKOMST' }
registerEnumType(Feitsoort, {
  name: 'Feitsoort',
  description: 'Waar de waarde van een feit vandaan komt. — Where a fact\'s value comes from.',
  valuesConfig: {
    FEIT: { description: 'Berekend uit de situatie (data, sommen, aantallen). — Computed from the situatie.' },
    PARAMETER: { description: 'Een parameter van de wet op de wetsdatum (rules/parameters, zie parameters). — A parameter of the law.' },
    UITKOMST: { description: 'Beslist door een regel (een param van een event). — Decided by a rule (an event param).' },
  },
});

@ObjectType({ description: 'Een param van een geparametriseerd feit, zoals een regel die in "params" van een conditie meegeeft. — A param of a parameterised fact.' })
export class Feitparam {
  @Field({ description: 'Naam van de param, bijv. "lesweken". — Name.' }) naam!: string;
  @Field({ description: 'Soort waarde: getal, tekst of lijst. — Kind of value.' }) type!: string;
  @Field({ description: 'Wat de param betekent. — What it means.' }) omschrijving!: string;
  @Field({ description: 'De regel moet de param opgeven (geen standaardwaarde). — Required.' }) verplicht!: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: 'De waarde als de regel de param weglaat; null: geen (zie standaardOmschrijving). — Default value.' }) standaard!: unknown;
  @Field(() => String, { nullable: true, description: 'Wat weglaten betekent als dat geen vaste waarde is. — What leaving it out means.' }) standaardOmschrijving!: string | null;
  @Field(() => [String], { nullable: true, description: 'Toegestane waarden (of items van een lijst); null: niet beperkt. — Allowed values.' }) enum!: string[] | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Grenzen van een getal: {minimum, maximum, geheel}; null: geen. — Bounds of a number.' }) grenzen!: unknown;
}

@ObjectType({ description: 'Een feit dat een regel in zijn condities mag lezen (of in zijn uitleg invullen). — A fact a rule may read.' })
export class Feit {
  @Field({ description: 'Naam van het feit, zoals in "fact" van een conditie. — Name, as in a condition\'s "fact".' }) naam!: string;
  @Field(() => Onderwerp, { description: 'Waarover één evaluatie gaat; regels van een ander onderwerp dan situatie lezen ook de feiten van de situatie. — What one evaluation is about.' }) onderwerp!: Onderwerp;
  @Field({ description: 'Type: datum, getal, boolean, tekst of lijst. — Type.' }) type!: string;
  @Field({ description: 'De waarde kan null zijn (een datum die er voor deze jongere niet is, een ontbrekende opgave). — May be null.' }) nullable!: boolean;
  @Field(() => [String], { nullable: true, description: 'Toegestane waarden van een tekst, of van de items van een lijst; null: niet beperkt. — Allowed values; null: not restricted.' }) enum!: string[] | null;
  @Field({ description: 'Wat het feit betekent (Nederlands). — What it means (Dutch).' }) omschrijving!: string;
  @Field(() => Feitsoort, { description: 'Berekend, parameter of uitkomst van een regel. — Computed, parameter or outcome.' }) soort!: Feitsoort;
  @Field(() => [Feitparam], { description: 'De params van een geparametriseerd feit, op naam; leeg: geen. — Params of a parameterised fact.' }) params!: Feitparam[];
}

const UITKOMSTNAMEN = new Set(Object.values(UITKOMSTEN).flatMap((u) => Object.keys(u.params)));

function paramUitvoer(naam: string, d: FeitParamDefinitie): Feitparam {
  const grenzen = d.minimum !== undefined || d.maximum !== undefined || d.geheel ? { minimum: d.minimum ?? null, maximum: d.maximum ?? null, geheel: d.geheel === true } : null;
  return {
    naam, type: d.type, omschrijving: d.omschrijving, verplicht: d.standaard === undefined && d.alleenBij === undefined, standaard: d.standaard ?? null,
    standaardOmschrijving: d.standaardOmschrijving ?? null, enum: d.enum ? [...d.enum] : null, grenzen,
  };
}

function feitUitvoer(d: FeitDefinitie, onderwerp: FeitOnderwerp, parameters: ReadonlyMap<string, unknown>): Feit {
  const soort = parameters.has(d.naam) ? Feitsoort.PARAMETER : UITKOMSTNAMEN.has(d.naam) ? Feitsoort.UITKOMST : Feitsoort.FEIT;
  const params = Object.entries(d.params ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, p]) => paramUitvoer(n, p));
  return { naam: d.naam, onderwerp: onderwerp as Onderwerp, type: d.type, nullable: d.nullable === true, enum: d.enum ? [...d.enum] : null, omschrijving: d.omschrijving, soort, params };
}

@Resolver()
export class FeitenResolver {
  @Query(() => [Feit], { description: 'De feiten die regels kunnen lezen, per onderwerp in de volgorde van de catalogus; zonder onderwerp die van alle onderwerpen. Hulpwaarden die regels niet kunnen lezen staan er niet in. — The facts rules can read, per onderwerp in catalogue order; without onderwerp those of all.' })
  feiten(
    @Arg('onderwerp', () => Onderwerp, { nullable: true, description: 'Alleen de feiten van dit onderwerp; leeg: alle. — Only this onderwerp; empty: all.' }) onderwerp: Onderwerp | null,
    @Ctx() ctx: ApiContext,
  ): Feit[] {
    const { catalogi, parameters } = ctx.regelset;
    const onderwerpen = (onderwerp == null ? Object.keys(catalogi) : [onderwerp]) as FeitOnderwerp[];
    return onderwerpen.flatMap((o) => catalogi[o].definities.filter((d) => d.type !== 'intern').map((d) => feitUitvoer(d, o, parameters)));
  }
}
