// GraphQL input types of the public contract (shared/API.md), plus named readings.
import { Field, Float, InputType, Int } from 'type-graphql';
import { Deskundige, Diplomasoort, Feb29Verjaardag, VsvLeeftijdOp, Leerweg, Onderwijssoort, Uitstroomprofiel, Vakantieregio, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from './enums';
import { LocalDate } from './scalars';

@InputType({ description: 'One school year of the school history (art 3 lid 1 a, lid 2).' })
export class SchooljaarInput {
  @Field({ description: '"2019/2020": not before the birth year, not after the schooljaar of the peildatum (or today, if later); each at most once, and no more schooljaren than whole years lived.' }) schooljaar!: string;
  @Field({ description: 'Enrolled at one or more schools from the first schooldag to the end of that schooljaar.' }) volledig!: boolean;
  @Field(() => Onderwijssoort) onderwijs!: Onderwijssoort;
  @Field({ nullable: true, description: 'Override whether this year counts toward the twelve (e.g. schooling abroad); default from parameter scholenVoorTwaalfSchooljaren.' }) teltMee?: boolean;
}

@InputType()
export class InschrijvingInput {
  @Field(() => Onderwijssoort) onderwijs!: Onderwijssoort;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true }) tot?: string;
  @Field(() => Int, { nullable: true }) niveau?: number;
  @Field(() => Leerweg, { nullable: true }) leerweg?: Leerweg;
  @Field(() => Uitstroomprofiel, { nullable: true }) uitstroomprofiel?: Uitstroomprofiel;
  @Field({ nullable: true, defaultValue: true }) bekostigd?: boolean;
  @Field(() => Float, { nullable: true }) lesdagenPerWeek?: number;
  @Field(() => Float, { nullable: true }) lesurenPerWeek?: number;
}

@InputType()
export class DiplomaInput {
  @Field(() => Diplomasoort) soort!: Diplomasoort;
  @Field(() => LocalDate) datum!: string;
  @Field(() => Diplomasoort, { nullable: true, description: 'For BUITENLANDS: the Dutch diploma it was declared equivalent to (IDW/Nuffic).' }) gelijkwaardigAan?: Diplomasoort;
}

@InputType()
export class VrijstellingInput {
  @Field(() => Vrijstellingsgrond) grond!: Vrijstellingsgrond;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true }) tot?: string;
}

@InputType()
export class VerzuimInput {
  @Field(() => LocalDate) datum!: string;
  @Field(() => Float) uren!: number;
  @Field(() => Verzuimreden) reden!: Verzuimreden;
}

@InputType()
export class VerlofInput {
  @Field(() => Verlofsoort) soort!: Verlofsoort;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate) tot!: string;
  @Field(() => Float, { nullable: true }) dagen?: number;
  @Field(() => Float, { nullable: true }) uren?: number;
}

@InputType()
export class ArbeidInput {
  @Field() arbeidsovereenkomst!: boolean;
  @Field(() => Float, { nullable: true }) urenPerWeek?: number;
}

@InputType({ description: 'Facts about one jongere.' })
export class SituatieInput {
  @Field(() => LocalDate) geboortedatum!: string;
  @Field(() => Vakantieregio, { nullable: true, description: 'Official school holidays decide schooldagen and lesweken.' }) vakantieregio?: Vakantieregio;
  @Field(() => [LocalDate], { nullable: true, description: 'Extra non-school days of the school (studiedagen etc.).' }) vrijeDagen?: string[];
  @Field(() => [SchooljaarInput], { nullable: true, description: 'School history, for the 12-volledige-schooljaren rule.' }) schooljaren?: SchooljaarInput[];
  @Field(() => [InschrijvingInput], { nullable: true }) inschrijvingen?: InschrijvingInput[];
  @Field(() => [DiplomaInput], { nullable: true }) diplomas?: DiplomaInput[];
  @Field(() => [VrijstellingInput], { nullable: true }) vrijstellingen?: VrijstellingInput[];
  @Field(() => [VerzuimInput], { nullable: true, description: 'Lesson-level absence records.' }) verzuim?: VerzuimInput[];
  @Field(() => [VerlofInput], { nullable: true, description: 'Leave that was granted.' }) verlof?: VerlofInput[];
  @Field(() => ArbeidInput, { nullable: true }) arbeid?: ArbeidInput;
  @Field({ nullable: true, description: 'BW 1:253ha (art 1b Lpw).' }) meerderjarigVerklaard?: boolean;
  @Field({ nullable: true, description: 'Parents show they cannot be held responsible (art 2 lid 2).' }) oudersNietVerwijtbaar?: boolean;
  @Field({ nullable: true }) eerderHaltVoorSchoolverzuim?: boolean;
}

@InputType({ description: 'Named readings of ambiguous points of law; unset fields take the default of rules/parameters.' })
export class ParametersInput {
  @Field(() => Feb29Verjaardag, { nullable: true }) feb29Verjaardag?: Feb29Verjaardag;
  @Field({ nullable: true, description: 'Count a foreign diploma declared equivalent (gelijkwaardigAan) as a startkwalificatie.' }) buitenlandsDiplomaGelijkwaardig?: boolean;
  @Field({ nullable: true, description: 'Project school years after the last one given as volledig (art 3 lid 1 a).' }) prognoseVolledigeSchooljaren?: boolean;
  @Field(() => VsvLeeftijdOp, { nullable: true, description: 'Peildatum of the age limit of the vsv starting population (default 1 oktober T).' }) vsvLeeftijdOp?: VsvLeeftijdOp;
}

@InputType()
export class VerlofaanvraagInput {
  @Field(() => Verlofsoort) soort!: Verlofsoort;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate) tot!: string;
  @Field(() => Float, { nullable: true, description: 'Schooldagen asked for (13a, 14).' }) dagen?: number;
  @Field(() => Float, { nullable: true, description: 'Hours per week kept home (11a).' }) uren?: number;
  @Field(() => LocalDate, { description: 'Or: notified / reasons given on (12, 13, 14 lid 2).' }) aangevraagdOp!: string;
  @Field({ nullable: true, defaultValue: true }) vooraf?: boolean;
  @Field({ nullable: true, description: 'Art 11 f.' }) beroepOuderVerhindertVakantie?: boolean;
}

@InputType()
export class TrekkendInput {
  @Field({ description: 'Free text, at most 10,000 characters, no control characters.' }) beroep!: string;
  @Field() reistMee!: boolean;
  @Field(() => Float, { nullable: true }) afstandRijdendeSchoolKm?: number;
}

@InputType()
export class VerklaringInput {
  @Field(() => LocalDate) datum!: string;
  @Field(() => Deskundige) deskundige!: Deskundige;
  @Field() aangewezenDoorBW!: boolean;
  @Field({ nullable: true, defaultValue: false }) behandelend?: boolean;
  @Field({ nullable: true, defaultValue: false }) nooitGeschikt?: boolean;
}

@InputType()
export class PlaatsingInput {
  @Field({ description: 'Free text, at most 10,000 characters, no control characters.' }) richting!: string;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true }) tot?: string;
}

@InputType()
export class VrijstellingsberoepInput {
  @Field(() => Vrijstellingsgrond) grond!: Vrijstellingsgrond;
  @Field(() => LocalDate) kennisgevingOp!: string;
  @Field(() => VerklaringInput, { nullable: true, description: 'Art 7 (5 a) or art 9 (5 c).' }) verklaring?: VerklaringInput;
  @Field({ nullable: true, description: 'Free text, at most 10,000 characters, no control characters.' }) richtingBezwaar?: string;
  @Field(() => [PlaatsingInput], { nullable: true, description: 'Art 8 (5 b).' }) plaatsingen?: PlaatsingInput[];
  @Field({ nullable: true, description: 'Yearly renewal (art 6 lid 1 b).' }) voorSchooljaar?: string;
  @Field(() => LocalDate, { nullable: true }) vanaf?: string;
  @Field(() => LocalDate, { nullable: true }) tot?: string;
  @Field({ nullable: true, description: 'Art 15.' }) voldoendeOnderwijsAangetoond?: boolean;
  @Field(() => TrekkendInput, { nullable: true, description: 'Art 5a.' }) trekkend?: TrekkendInput;
}
