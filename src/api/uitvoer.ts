// GraphQL object types of the public contract (shared/API.md). Computed parts of Beoordeling
// are field resolvers (api/beoordeling.resolver.ts): a field is computed only when selected.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Feiten } from '../facts/feiten';
import type { Taal as EngineTaal } from '../engine/uitleg';
import { Beslisser, Diplomasoort, Eindgrond, Kwalificatieplichtuitzondering, LeerplichtStatus, Meldingsoort, Onderwerp } from './enums';
import { LocalDate } from './scalars';

@ObjectType({ description: 'A source: article, lid and onderdeel of a law, as a JuriConnect reference valid on the wetsdatum.' })
export class Bron {
  @Field() wet!: string;
  @Field() bwbId!: string;
  @Field() artikel!: string;
  @Field(() => String, { nullable: true }) lid!: string | null;
  @Field(() => String, { nullable: true }) onderdeel!: string | null;
  @Field() jci!: string;
  @Field() url!: string;
}

@ObjectType({ description: 'A rule that decided something, with a deterministic sentence and its source.' })
export class Uitleg {
  @Field({ description: 'Rule id, e.g. "lpw.art3.begin".' }) regel!: string;
  @Field() tekst!: string;
  @Field(() => Bron) bron!: Bron;
}

@ObjectType()
export class Leerplicht {
  @Field(() => LeerplichtStatus) status!: LeerplichtStatus;
  @Field(() => LocalDate, { description: 'First schooldag of the month after the 5th birthday.' }) leerplichtigVanaf!: string;
  @Field(() => LocalDate, { description: 'Inclusive.' }) leerplichtigTot!: string;
  @Field(() => Eindgrond) eindgrond!: Eindgrond;
  @Field(() => LocalDate, { nullable: true, description: 'Null when it never applies.' }) kwalificatieplichtigVanaf!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Inclusive (day before 18th birthday or before SK).' }) kwalificatieplichtigTot!: string | null;
  @Field(() => Kwalificatieplichtuitzondering, { nullable: true, description: 'Art 4a lid 2 exception that applies, if any.' }) uitzondering!: Kwalificatieplichtuitzondering | null;
  @Field() inschrijfplichtVrijgesteld!: boolean;
  @Field() absoluutVerzuim!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'The enrolment on the peildatum satisfies the duty that applies (art 2 lid 1; art 4a lid 1, 4c); null when neither duty applies or not enrolled.' }) inschrijvingVoldoet!: boolean | null;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
}

@ObjectType()
export class Tijdvak {
  @Field(() => LeerplichtStatus) status!: LeerplichtStatus;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Inclusive; null: open-ended.' }) tot!: string | null;
  @Field(() => Uitleg) grond!: Uitleg;
}

@ObjectType()
export class Verzuimmelding {
  @Field(() => Meldingsoort) soort!: Meldingsoort;
  @Field() verplicht!: boolean;
  @Field(() => LocalDate) begindatum!: string;
  @Field(() => LocalDate) einddatum!: string;
  @Field(() => Float) uren!: number;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
}

@ObjectType()
export class Verzuim {
  @Field({ description: 'A melding is mandatory on the peildatum.' }) meldplicht!: boolean;
  @Field(() => [Verzuimmelding]) meldingen!: Verzuimmelding[];
  @Field(() => Float, { description: 'Highest unexcused sum over 4 consecutive lesweken.' }) maxUrenVierLesweken!: number;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
}

@ObjectType()
export class Startkwalificatie {
  @Field({ description: 'A startkwalificatie was obtained on or before the peildatum.' }) behaald!: boolean;
  @Field(() => LocalDate, { nullable: true }) datum!: string | null;
  @Field(() => Diplomasoort, { nullable: true }) diploma!: Diplomasoort | null;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
}

@ObjectType()
export class Oordeel {
  @Field() vanToepassing!: boolean;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
}

@ObjectType()
export class Aansprakelijkheid {
  @Field() ouders!: boolean;
  @Field() jongere!: boolean;
  @Field() haltMogelijk!: boolean;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Everything the law says about one jongere on one day. Fields are computed only when selected.' })
export class Beoordeling {
  @Field(() => LocalDate) peildatum!: string;
  @Field(() => LocalDate) wetsdatum!: string;
  @Field(() => Int, { description: 'Whole years on the peildatum (BW 1:2).' }) leeftijd!: number;
  @Field({ description: 'sha256 of the rule files that produced this verdict.' }) regelsetHash!: string;
  /** the evaluation behind the computed fields (not part of the schema) */
  feiten!: Feiten;
  taal!: EngineTaal;
  /** names of the Beoordeling fields the query selected, so uitleg covers exactly those */
  geselecteerd!: ReadonlySet<string>;
}

@ObjectType()
export class Verlofbesluit {
  @Field() toelaatbaar!: boolean;
  @Field(() => Beslisser) beslisser!: Beslisser;
  @Field(() => Float, { nullable: true }) maxDagen!: number | null;
  @Field(() => Float, { nullable: true, description: '11a: hours per week that may be excused.' }) maxUren!: number | null;
  @Field(() => [Uitleg]) redenen!: Uitleg[];
}

@ObjectType()
export class Vrijstellingsbesluit {
  @Field() geldig!: boolean;
  @Field() tijdig!: boolean;
  @Field(() => LocalDate, { nullable: true }) uiterlijkeKennisgeving!: string | null;
  @Field(() => LocalDate, { nullable: true }) verlengingUiterlijk!: string | null;
  @Field(() => Beslisser) beslisser!: Beslisser;
  @Field(() => [Uitleg]) redenen!: Uitleg[];
}

@ObjectType({ description: 'A rule in force, with its citation.' })
export class Regel {
  @Field() id!: string;
  @Field(() => Onderwerp, { description: 'What one evaluation of the rule is about.' }) onderwerp!: Onderwerp;
  @Field({ description: 'The outcome it decides (json-rules-engine event type).' }) uitkomst!: string;
  @Field(() => Int) prioriteit!: number;
  @Field(() => Bron) bron!: Bron;
  @Field(() => LocalDate) geldigVanaf!: string;
  @Field(() => LocalDate, { nullable: true }) geldigTot!: string | null;
  @Field({ description: 'Explanation template (NL).' }) uitlegNl!: string;
  @Field({ description: 'Explanation template (EN).' }) uitlegEn!: string;
  @Field({ description: 'Rule file, relative to rules/.' }) bestand!: string;
  @Field() regelsetHash!: string;
}

@ObjectType({ description: 'The loaded rule set as recorded in the database.' })
export class RegelsetInfo {
  @Field() hash!: string;
  @Field(() => Int) aantalRegels!: number;
  @Field() engineVersie!: string;
  @Field() geladenOp!: string;
  @Field(() => [String]) bestanden!: string[];
}
