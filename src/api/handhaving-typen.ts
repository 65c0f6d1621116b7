// GraphQL types of the enforcement question (art 22, 26, 27 Leerplichtwet; Halt as policy): the feit
// asked about, and the answer: the routes the law opens, who is strafbaar, the most it threatens.
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LeerplichtStatus } from './enums';
import { LocalDate } from './scalars';
import { Uitleg } from './uitvoer';

export enum Handhavingsfeit {
  NIET_INGESCHREVEN = 'NIET_INGESCHREVEN', VERZUIM = 'VERZUIM', VERLOF_DOOR_HOOFD = 'VERLOF_DOOR_HOOFD',
  MELDPLICHT_HOOFD = 'MELDPLICHT_HOOFD', ONJUISTE_INLICHTINGEN_HOOFD = 'ONJUISTE_INLICHTINGEN_HOOFD',
}
registerEnumType(Handhavingsfeit, {
  name: 'Handhavingsfeit',
  description: 'Wat er gebeurde, waarover de handhavingsvraag gaat. — What happened, as asked about.',
  valuesConfig: {
    NIET_INGESCHREVEN: { description: 'De jongere staat niet ingeschreven, zonder vrijstelling (absoluut verzuim; art 22 lid 1 en 2). — Not enrolled, no exemption.' },
    VERZUIM: { description: 'De jongere bezoekt de school niet geregeld, zonder geldige reden van art 11 (relatief verzuim; art 22 lid 1–3). — Does not attend regularly.' },
    VERLOF_DOOR_HOOFD: { description: 'Het hoofd verleende verlof (vakantie, art 13a, of gewichtige omstandigheden, art 14); zie verleendVerlof (art 27 onder a). — The head granted leave.' },
    MELDPLICHT_HOOFD: { description: 'Het hoofd voldeed niet aan art 18 of aan de meldplicht bij verzuim (art 21/21a; WRO art 12 lid 3) (art 27 onder b). — The head failed a reporting duty.' },
    ONJUISTE_INLICHTINGEN_HOOFD: { description: 'Het hoofd verstrekte onjuiste of onvolledige inlichtingen (art 27 onder c). — The head gave incorrect information.' },
  },
});

export enum VerleendVerlofsoort { VAKANTIE_13A = 'VAKANTIE_13A', GEWICHTIG_14 = 'GEWICHTIG_14' }
registerEnumType(VerleendVerlofsoort, {
  name: 'VerleendVerlofsoort',
  description: 'Verlof dat het hoofd zelf verleent binnen de grenzen waar art 27 onder a naar verwijst. — Leave the head grants within the limits art 27(a) refers to.',
  valuesConfig: {
    VAKANTIE_13A: { description: 'Vakantieverlof (art 11 f, 13a): eenmaal per schooljaar, ten hoogste tien dagen, niet in de eerste twee lesweken. — Holiday leave.' },
    GEWICHTIG_14: { description: 'Verlof wegens gewichtige omstandigheden (art 11 g, 14): door het hoofd ten hoogste tien dagen per schooljaar. — Leave for important circumstances.' },
  },
});

export enum HandhavingsrouteSoort {
  HOREN_OUDERS = 'HOREN_OUDERS', PROCES_VERBAAL_OUDERS = 'PROCES_VERBAAL_OUDERS', HOREN_JONGERE = 'HOREN_JONGERE',
  PROCES_VERBAAL_JONGERE = 'PROCES_VERBAAL_JONGERE', AFSCHRIFT_RAAD_KINDERBESCHERMING = 'AFSCHRIFT_RAAD_KINDERBESCHERMING', HALT = 'HALT',
  BESTUURLIJKE_BOETE_HOOFD = 'BESTUURLIJKE_BOETE_HOOFD', STRAFVERVOLGING_HOOFD = 'STRAFVERVOLGING_HOOFD',
}
registerEnumType(HandhavingsrouteSoort, {
  name: 'HandhavingsrouteSoort',
  description: 'Een route die de wet (of het Halt-beleid) voor het feit openstelt; de leerplichtambtenaar kiest. — A route the law (or Halt policy) opens.',
  valuesConfig: {
    HOREN_OUDERS: { description: 'Onderzoek instellen en de ouders horen om hen te bewegen hun plicht na te komen (art 22 lid 1). — Investigate and hear the parents.' },
    PROCES_VERBAAL_OUDERS: { description: 'Proces-verbaal tegen de ouders aan de officier van justitie (art 22 lid 2). — Official report against the parents.' },
    HOREN_JONGERE: { description: 'De jongere van 12 of ouder (of kwalificatieplichtig) zelf horen (art 22 lid 3). — Hear the young person.' },
    PROCES_VERBAAL_JONGERE: { description: 'Proces-verbaal tegen de jongere die weigert (art 22 lid 3, tweede volzin). — Official report against the young person.' },
    AFSCHRIFT_RAAD_KINDERBESCHERMING: { description: 'Afschrift van het proces-verbaal aan de raad voor de kinderbescherming, als de ouders eerder veroordeeld zijn (art 22 lid 5; tot 2007-08-01 lid 4). — Copy to the child protection board.' },
    HALT: { description: 'Een Halt-afdoening voor schoolverzuim (beleid bij art 77e WvSr, geen recht). — A Halt settlement (policy).' },
    BESTUURLIJKE_BOETE_HOOFD: { description: 'Bestuurlijke boete voor het hoofd door Onze Minister (art 27, sinds 2012). — Administrative fine for the head.' },
    STRAFVERVOLGING_HOOFD: { description: 'Strafvervolging van het hoofd: hechtenis of geldboete (art 27, tekst tot 2012). — Prosecution of the head (text until 2012).' },
  },
});

export enum Sanctiesoort { HECHTENIS_OF_GELDBOETE = 'HECHTENIS_OF_GELDBOETE', JEUGDSTRAF = 'JEUGDSTRAF', BESTUURLIJKE_BOETE = 'BESTUURLIJKE_BOETE' }
registerEnumType(Sanctiesoort, {
  name: 'Sanctiesoort',
  description: 'Soort sanctie die de wet ten hoogste bedreigt; de rechter of de minister bepaalt de sanctie zelf. — The kind of sanction the law threatens at most.',
  valuesConfig: {
    HECHTENIS_OF_GELDBOETE: { description: 'Hechtenis of geldboete (art 26 lid 1; art 27 tot 2012). — Detention or a fine.' },
    JEUGDSTRAF: { description: 'Een jeugdhoofdstraf van art 77h lid 1 b WvSr: taakstraf of geldboete (art 26 lid 2). — A youth principal penalty.' },
    BESTUURLIJKE_BOETE: { description: 'Bestuurlijke boete door Onze Minister (art 27 sinds 2012). — Administrative fine.' },
  },
});

@InputType({ description: 'Het verlof dat het hoofd verleende (art 13a, 14). — The leave the head granted.' })
export class VerleendVerlofInput {
  @Field(() => VerleendVerlofsoort, { description: 'Soort verlof. — Kind of leave.' }) soort!: VerleendVerlofsoort;
  @Field(() => LocalDate, { description: 'Eerste dag van het verlof. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { description: 'Laatste dag van het verlof (inclusief). — Last day, inclusive.' }) tot!: string;
  @Field(() => Float, { nullable: true, description: 'Verleende (school)dagen; leeg: de schooldagen tussen vanaf en tot (kalender van de vakantieregio). — Days granted; empty: the schooldagen in the period.' }) dagen?: number;
}

@InputType({ description: 'Het feit waarover de leerplichtambtenaar de wet vraagt: beoordeeld naar de wet op de feitdatum. — The act asked about, judged by the law on its date.' })
export class HandhavingsfeitInput {
  @Field(() => LocalDate, { description: 'De feitdatum: leeftijd, status en wettekst van die dag gelden. — The date of the act.' }) datum!: string;
  @Field(() => Handhavingsfeit, { description: 'Wat er gebeurde. — What happened.' }) soort!: Handhavingsfeit;
  @Field({ nullable: true, defaultValue: false, description: 'De jongere, door de ambtenaar gehoord, weigert zijn verplichtingen na te komen (art 22 lid 3; standaard false). — The young person, heard, refuses.' }) jongereWeigert?: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'De ouders zijn eerder veroordeeld wegens het niet nakomen van art 2 lid 1 of 4a (art 22 lid 5; standaard false). — The parents were convicted before.' }) oudersEerderVeroordeeld?: boolean;
  @Field(() => VerleendVerlofInput, { nullable: true, description: 'Bij VERLOF_DOOR_HOOFD (verplicht): het verleende verlof; eerder verleend verlof van het schooljaar staat in situatie.verlof. — With VERLOF_DOOR_HOOFD (required): the leave granted.' }) verleendVerlof?: VerleendVerlofInput;
}

@ObjectType({ description: 'Een route die de wet voor het feit openstelt, met de regel en het artikel. — A route the law opens, with its rule and article.' })
export class Handhavingsroute {
  @Field(() => HandhavingsrouteSoort, { description: 'De route. — The route.' }) route!: HandhavingsrouteSoort;
  @Field(() => Uitleg, { description: 'Waarom deze route openstaat. — Why this route is open.' }) uitleg!: Uitleg;
}

@ObjectType({ description: 'Of een betrokkene voor het feit strafbaar (of beboetbaar) is, en het hoogste wat de wet bedreigt. — Whether someone is punishable, and the most the law threatens.' })
export class Strafbaarheid {
  @Field({ description: 'Strafbaar of beboetbaar voor dit feit. — Punishable for this act.' }) strafbaar!: boolean;
  @Field(() => Sanctiesoort, { nullable: true, description: 'Soort sanctie; null als niet strafbaar. — Kind of sanction; null: none.' }) sanctie!: Sanctiesoort | null;
  @Field(() => Int, { nullable: true, description: 'Ten hoogste zoveel maanden hechtenis; null: geen hechtenis. — At most this many months of detention.' }) maxHechtenisMaanden!: number | null;
  @Field(() => Int, { nullable: true, description: 'Geldboete van ten hoogste deze categorie (art 23 WvSr); null: geen. — Fine of at most this category.' }) geldboeteCategorie!: number | null;
  @Field(() => Int, { nullable: true, description: 'Bestuurlijke boete van ten hoogste zoveel euro per overtreding (art 27). — Administrative fine per offence, at most.' }) maxBoeteEuro!: number | null;
  @Field(() => Int, { nullable: true, description: 'Bestuurlijke boetes samen ten hoogste zoveel euro per schooljaar (art 27). — Administrative fines per school year, at most.' }) maxBoetePerSchooljaarEuro!: number | null;
  @Field(() => [Uitleg], { description: 'De regels die dit bepaalden. — The rules that decided this.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Wat de wet zegt over een feit (art 22, 26, 27; Halt als beleid): welke routes openstaan, wie strafbaar is. Een antwoord, geen besluit: de leerplichtambtenaar, de officier van justitie of de minister beslist. — What the law says about an act: an answer, never a decision.' })
export class Handhavingsoordeel {
  @Field(() => LocalDate, { description: 'De feitdatum (ook de wetsdatum). — The date of the act (also the law date).' }) feitdatum!: string;
  @Field(() => Int, { description: 'Leeftijd van de jongere op de feitdatum. — Age on the date of the act.' }) leeftijd!: number;
  @Field(() => LeerplichtStatus, { description: 'Status van de jongere op de feitdatum. — Status on the date of the act.' }) status!: LeerplichtStatus;
  @Field(() => [Handhavingsroute], { description: 'Elke route die de wet voor dit feit openstelt (leeg: geen). — Every route the law opens for this act (empty: none).' }) routes!: Handhavingsroute[];
  @Field(() => Strafbaarheid, { description: 'De ouders/verzorgers (art 26 lid 1). — The parents (art 26(1)).' }) ouders!: Strafbaarheid;
  @Field(() => Strafbaarheid, { description: 'De jongere zelf (art 26 lid 2; lid 1 via art 1b). — The young person (art 26(2)).' }) jongere!: Strafbaarheid;
  @Field(() => Strafbaarheid, { description: 'Het hoofd van de school of instelling (art 27). — The head (art 27).' }) hoofd!: Strafbaarheid;
  @Field({ description: 'Een Halt-afdoening voor schoolverzuim is mogelijk (beleid; zie Aansprakelijkheid.haltMogelijk). — A Halt settlement is possible (policy).' }) haltMogelijk!: boolean;
  @Field({ description: 'sha256 van de regelbestanden die dit antwoord gaven. — sha256 of the rule files behind this answer.' }) regelsetHash!: string;
}
