// GraphQL types of a school's register decisions: an uitschrijving (art 10) and a verwijderingsbesluit
// (art 18 lid 1), the reports they require with their deadlines, and the deadline of a verzuimmelding.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Onderwijssoort } from './enums';
import { LocalDate } from './scalars';
import { Termijnsoort } from './termijnsoort';
import { Uitleg } from './uitvoer';

export { Termijnsoort };

export enum Uitschrijvingsgrond {
  ANDERE_SCHOOL = 'ANDERE_SCHOOL', VRIJSTELLING_ART_5 = 'VRIJSTELLING_ART_5', VRIJSTELLING_ART_5A = 'VRIJSTELLING_ART_5A',
  VRIJSTELLING_ART_15 = 'VRIJSTELLING_ART_15', VOLLEDIG_DAGONDERWIJS = 'VOLLEDIG_DAGONDERWIJS', EINDE_PLICHT = 'EINDE_PLICHT', ANDERS = 'ANDERS',
}
registerEnumType(Uitschrijvingsgrond, {
  name: 'Uitschrijvingsgrond',
  description: 'De grond waarop de uitschrijving gevraagd wordt (art 10). — The ground claimed for the removal.',
  valuesConfig: {
    ANDERE_SCHOOL: { description: 'Inschrijving op een andere school of instelling (art 10 onder a). — Enrolment at another school.' },
    VRIJSTELLING_ART_5: { description: 'Vrijstelling op een grond van art 5 (lichamelijk of psychisch, richting, buitenland), nadat aan art 6–9 is voldaan (art 10 onder b; voor 2007-08-01 onder c). — An art 5 exemption.' },
    VRIJSTELLING_ART_5A: { description: 'Vrijstelling wegens trekkend bestaan (art 5a; art 10 onder c). — Travelling-life exemption.' },
    VRIJSTELLING_ART_15: { description: 'Vrijstelling van de kwalificatieplicht door B&W (art 15; art 10 onder c). — Art 15 exemption.' },
    VOLLEDIG_DAGONDERWIJS: { description: 'De partieel leerplichtige volgt volledig dagonderwijs (art 10 onder b, alleen de tekst voor 2007-08-01). — Full-time day education (old text only).' },
    EINDE_PLICHT: { description: 'De leer- en kwalificatieplicht zijn geëindigd (art 10 geldt dan niet meer). — The duties have ended.' },
    ANDERS: { description: 'Een andere reden (bijv. de ouders willen het, verhuizing zonder nieuwe inschrijving): geen grond van art 10. — Another reason: no ground of art 10.' },
  },
});

export enum MeldingOntvanger { COLLEGE_BW = 'COLLEGE_BW', REGISTER = 'REGISTER' }
registerEnumType(MeldingOntvanger, {
  name: 'MeldingOntvanger',
  description: 'Aan wie gemeld wordt. — To whom it is reported.',
  valuesConfig: {
    COLLEGE_BW: { description: 'Het college van burgemeester en wethouders (de leerplichtambtenaar) van de woongemeente (art 18). — The municipality.' },
    REGISTER: { description: 'Het register onderwijsdeelnemers (DUO), als levering van de school. — The register (DUO).' },
  },
});

export enum Schoolbesluitsoort { UITSCHRIJVING = 'UITSCHRIJVING', VERWIJDERING = 'VERWIJDERING' }
registerEnumType(Schoolbesluitsoort, {
  name: 'Schoolbesluitsoort',
  description: 'Wat de school meldt. — What the school reports.',
  valuesConfig: {
    UITSCHRIJVING: { description: 'De uitschrijving van de leerling of student. — The removal from the register.' },
    VERWIJDERING: { description: 'De beslissing tot verwijdering (art 18 lid 1). — The decision to expel.' },
  },
});

@InputType({ description: 'De school die de jongere uitschrijft of verwijdert. — The school.' })
export class SchoolInput {
  @Field(() => Onderwijssoort, { description: 'Soort onderwijs van de school; mbo en vavo zijn instellingen (art 1 c). — Kind of education.' }) onderwijs!: Onderwijssoort;
  @Field({ nullable: true, defaultValue: true, description: 'De school is bekostigd of aangewezen (art 1 b 1° of 2°) en levert aan het register onderwijsdeelnemers (standaard true); false: een andere dagschool of aangewezen onderwijsinstelling (art 1 b 3° of 4°). — Funded or designated (default true).' }) bekostigd?: boolean;
}

@InputType({ description: 'Een uitschrijving die de school wil doen (art 10). — A removal from the register.' })
export class UitschrijvingInput {
  @Field(() => Uitschrijvingsgrond, { description: 'De grond waarop de uitschrijving gevraagd wordt. — The ground claimed.' }) grond!: Uitschrijvingsgrond;
  @Field(() => LocalDate, { description: 'De dag van de uitschrijving; beoordeeld naar de wet, de leeftijd en de status op die dag. — The day of the removal.' }) datum!: string;
  @Field(() => SchoolInput, { description: 'De school die uitschrijft. — The school.' }) school!: SchoolInput;
  @Field({ nullable: true, description: 'Gevraagd door de ouders of verzorgers (art 2 lid 1), of door de meerderjarige jongere zelf (art 1b); leeg: niet bekend (dan kan toegestaan null zijn). — Requested by the parents; empty: unknown.' }) opAanvraag?: boolean;
  @Field({ nullable: true, description: 'De grond is het hoofd gebleken: bewijs van inschrijving elders, of de vrijstelling (bij art 5: aan art 6–9 voldaan); leeg: niet bekend. — The ground was shown to the head; empty: unknown.' }) gebleken?: boolean;
}

@InputType({ description: 'Een beslissing van het hoofd of bevoegd gezag tot verwijdering van een leerling of student (art 18 lid 1). — A decision to expel.' })
export class VerwijderingsbesluitInput {
  @Field(() => LocalDate, { description: 'De dag van het besluit. — The day of the decision.' }) datum!: string;
  @Field(() => SchoolInput, { description: 'De school die verwijdert. — The school.' }) school!: SchoolInput;
}

@ObjectType({ description: 'Een melding die de school moet doen, met aan wie en de termijn. — A report the school must make.' })
export class Schoolmelding {
  @Field(() => Schoolbesluitsoort, { description: 'Wat gemeld wordt. — What is reported.' }) wat!: Schoolbesluitsoort;
  @Field(() => MeldingOntvanger, { description: 'Aan wie. — To whom.' }) aan!: MeldingOntvanger;
  @Field(() => Termijnsoort, { description: 'Of de termijn uit de wet of uit de praktijk komt. — Statutory or practice.' }) termijnSoort!: Termijnsoort;
  @Field({ description: 'De termijn in woorden, zoals de wet of de praktijk hem noemt (bijv. "binnen zeven dagen", "terstond"). — The term in words.' }) termijn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'De laatste dag om te melden (inclusief); null als er geen dag te noemen is. — Last day to report.' }) uiterlijk!: string | null;
  @Field(() => String, { nullable: true, description: 'De parameter die het aantal dagen geeft (rules/parameters; zie query parameters). — The parameter behind the number of days.' }) parameter!: string | null;
  @Field(() => Uitleg, { description: 'De regel die deze melding gaf, met zijn bron. — The rule, with its source.' }) uitleg!: Uitleg;
}

@ObjectType({ description: 'Wat ontbreekt om een antwoord te geven: het invoerveld en waarom. — What is missing for an answer.' })
export class Ontbrekend {
  @Field({ description: 'Het invoerveld dat het antwoord zou geven, bijv. "verzoek.opAanvraag". — The input field.' }) invoer!: string;
  @Field({ description: 'Wat er niet bekend is en waarom het ertoe doet. — What is unknown and why it matters.' }) tekst!: string;
}

@ObjectType({ description: 'Het antwoord op een uitschrijving (art 10) en de meldingen die daarbij horen (art 18). — The answer to a removal request.' })
export class Uitschrijvingsbesluit {
  @Field(() => Boolean, { nullable: true, description: 'Het hoofd mag de jongere uitschrijven; false: de inschrijving loopt door; null: een feit ontbreekt (zie aannames). — Allowed; null: a fact is missing.' }) toegestaan!: boolean | null;
  @Field(() => Uitschrijvingsgrond, { nullable: true, description: 'De grond waarop de uitschrijving mag; null als zij niet (of nog niet) mag. — The ground that allows it.' }) grond!: Uitschrijvingsgrond | null;
  @Field(() => [Schoolmelding], { description: 'De meldingen die bij de uitschrijving horen, met termijn; leeg als niet uitgeschreven mag worden of niets te melden is. — The reports due.' }) meldingen!: Schoolmelding[];
  @Field(() => [Ontbrekend], { description: 'Wat niet is opgegeven en het antwoord open laat (toegestaan null). — What was not given.' }) aannames!: Ontbrekend[];
  @Field(() => [Uitleg], { description: 'Waarom, met de artikelen. — Why, with the articles.' }) uitleg!: Uitleg[];
  @Field({ description: 'sha256 van de regelbestanden die dit antwoord gaven. — Rule set hash.' }) regelsetHash!: string;
}

@ObjectType({ description: 'Wat de school moet melden na een beslissing tot verwijdering (art 18 lid 1). — The reports due after a decision to expel.' })
export class Verwijderingsmelding {
  @Field(() => [Schoolmelding], { description: 'De meldingen met hun termijn (terstond aan B&W). — The reports with their terms.' }) meldingen!: Schoolmelding[];
  @Field({ description: 'sha256 van de regelbestanden die dit antwoord gaven. — Rule set hash.' }) regelsetHash!: string;
}

export enum MeldplichtScope { STATUS = 'STATUS', ONDER_18 = 'ONDER_18' }
registerEnumType(MeldplichtScope, {
  name: 'MeldplichtScope',
  description: 'Voor wie de 16-urenmelding van art 21a verplicht is (een gekozen lezing). — Who the 16-hour report is mandatory for (a reading).',
  valuesConfig: {
    STATUS: { description: 'Alleen voor leer- en kwalificatieplichtigen (standaard). — Only leerplichtig or kwalificatieplichtig pupils (default).' },
    ONDER_18: { description: 'Voor elke leerling jonger dan 18, ook met startkwalificatie (DUO-lezing). — Every pupil under 18 (DUO reading).' },
  },
});
