// GraphQL types of the leerplichtambtenaar's case work on a melding (afhandeling, maatregelen).
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../scalars';

export enum MasRoute { VRIJWILLIGE_JEUGDHULP = 'VRIJWILLIGE_JEUGDHULP', HALT = 'HALT', CIVIELRECHTELIJK = 'CIVIELRECHTELIJK', STRAFRECHTELIJK = 'STRAFRECHTELIJK' }
registerEnumType(MasRoute, {
  name: 'MasRoute',
  description: 'De route van de Methodische Aanpak Schoolverzuim (MAS) die de leerplichtambtenaar volgt. — The MAS route.',
  valuesConfig: {
    VRIJWILLIGE_JEUGDHULP: { description: 'Vrijwillige jeugdhulp: hulp voorop bij verzuim met achterliggende problemen. — Voluntary youth care.' },
    HALT: { description: 'Halt-straf (Halt-interventie schoolverzuim). — Halt.' },
    CIVIELRECHTELIJK: { description: 'Dwang in civielrechtelijk kader (Raad voor de Kinderbescherming, kinderbeschermingsmaatregel). — Civil-law coercion.' },
    STRAFRECHTELIJK: { description: 'Dwang in strafrechtelijk kader (proces-verbaal, art 22). — Criminal-law coercion.' },
  },
});

export enum Maatregelsoort {
  PREVENTIEF_GESPREK = 'PREVENTIEF_GESPREK', WAARSCHUWING = 'WAARSCHUWING', HALT_VERWIJZING = 'HALT_VERWIJZING', PROCES_VERBAAL = 'PROCES_VERBAAL',
  DOORVERWIJZING_JEUGDHULP = 'DOORVERWIJZING_JEUGDHULP', RAAD_VOOR_DE_KINDERBESCHERMING = 'RAAD_VOOR_DE_KINDERBESCHERMING', ZORGTRAJECT = 'ZORGTRAJECT', OVERIG = 'OVERIG',
}
registerEnumType(Maatregelsoort, {
  name: 'Maatregelsoort',
  description: 'Soort maatregel in een afhandeling (zoals de jaarverslagen ze tellen). — Kind of maatregel.',
  valuesConfig: {
    PREVENTIEF_GESPREK: { description: 'Preventief gesprek met jongere en/of ouders (art 22 lid 1: horen en overreden). — Preventive talk.' },
    WAARSCHUWING: { description: 'Waarschuwing (vaak na een eerste melding). — Warning.' },
    HALT_VERWIJZING: { description: 'Verwijzing naar Halt (beleid; de regels zeggen of Halt mogelijk is). — Halt referral.' },
    PROCES_VERBAAL: { description: 'Proces-verbaal (art 22 lid 2 tegen de ouders, lid 3 tegen de jongere; betrokkene verplicht). — Official report.' },
    DOORVERWIJZING_JEUGDHULP: { description: 'Doorverwijzing naar jeugdhulp. — Referral to youth care.' },
    RAAD_VOOR_DE_KINDERBESCHERMING: { description: 'Melding bij of verzoek aan de Raad voor de Kinderbescherming. — Child protection board.' },
    ZORGTRAJECT: { description: 'Zorgtraject (zorgoverleg, MDO, passend onderwijs). — Care trajectory.' },
    OVERIG: { description: 'Een andere maatregel (zie de toelichting). — Other.' },
  },
});

export enum Betrokkene { OUDERS = 'OUDERS', JONGERE = 'JONGERE' }
registerEnumType(Betrokkene, {
  name: 'Betrokkene',
  description: 'Op wie een maatregel zich richt. — Whom a maatregel is aimed at.',
  valuesConfig: {
    OUDERS: { description: 'De ouders/verzorgers (art 2 lid 1, 26 lid 1). — The parents.' },
    JONGERE: { description: 'De jongere zelf (art 2 lid 3, 26 lid 2). — The jongere.' },
  },
});

export enum Afhandelingsuitkomst {
  VERZUIM_BEEINDIGD = 'VERZUIM_BEEINDIGD', ANDERE_SCHOOL = 'ANDERE_SCHOOL', VRIJSTELLING = 'VRIJSTELLING', ZORG_OVERGEDRAGEN = 'ZORG_OVERGEDRAGEN',
  HALT_AFGEROND = 'HALT_AFGEROND', STRAFRECHTELIJK_AFGEDAAN = 'STRAFRECHTELIJK_AFGEDAAN', VERHUISD = 'VERHUISD', GEEN_VERDERE_ACTIE = 'GEEN_VERDERE_ACTIE', OVERIG = 'OVERIG',
}
registerEnumType(Afhandelingsuitkomst, {
  name: 'Afhandelingsuitkomst',
  description: 'Hoe een afhandeling eindigde. — How an afhandeling ended.',
  valuesConfig: {
    VERZUIM_BEEINDIGD: { description: 'Het verzuim is gestopt; de jongere gaat weer geregeld naar school. — Absence stopped.' },
    ANDERE_SCHOOL: { description: 'Ingeschreven op een andere school of instelling. — Enrolled elsewhere.' },
    VRIJSTELLING: { description: 'Een vrijstelling werd verleend. — A vrijstelling was granted.' },
    ZORG_OVERGEDRAGEN: { description: 'Overgedragen aan jeugdhulp of een zorgtraject. — Handed to care.' },
    HALT_AFGEROND: { description: 'De Halt-afdoening is afgerond. — Halt completed.' },
    STRAFRECHTELIJK_AFGEDAAN: { description: 'Afgedaan door het OM of de rechter. — Settled by prosecutor or court.' },
    VERHUISD: { description: 'De jongere verhuisde naar een andere gemeente. — Moved away.' },
    GEEN_VERDERE_ACTIE: { description: 'Geen verdere actie nodig. — No further action.' },
    OVERIG: { description: 'Anders (zie de toelichting). — Other.' },
  },
});

@ObjectType({ description: 'Een waarschuwing van de regels bij een maatregel: de regels openen de route niet. De maatregel is wel vastgelegd; de leerplichtambtenaar beslist. — A waarschuwing of the rules on a maatregel.' })
export class AfhandelingWaarschuwing {
  @Field({ description: 'Code, bijv. ROUTE_NIET_OPEN_HALT. — Code.' }) code!: string;
  @Field({ description: 'Wat de regels zeggen, in het Nederlands. — What the rules say.' }) bericht!: string;
  @Field(() => [String], { description: 'De ids van de regels waarop de waarschuwing steunt. — The rule ids behind it.' }) regels!: string[];
}

@ObjectType('Maatregel', { description: 'Een maatregel in een afhandeling, op zijn datum. — A maatregel of an afhandeling.' })
export class MaatregelUitvoer {
  @Field(() => ID, { description: 'Id van de maatregel. — Id.' }) id!: string;
  @Field(() => Maatregelsoort, { description: 'Soort maatregel. — Kind.' }) soort!: Maatregelsoort;
  @Field(() => LocalDate, { description: 'Datum van de maatregel. — Date.' }) datum!: string;
  @Field(() => Betrokkene, { nullable: true, description: 'Op wie de maatregel zich richt; null: niet gegeven. — Whom it is aimed at.' }) betrokkene!: Betrokkene | null;
  @Field(() => String, { nullable: true, description: 'Toelichting; null: geen. — Remark.' }) toelichting!: string | null;
  @Field(() => [AfhandelingWaarschuwing], { description: 'Wat de regels bij het vastleggen zeiden (leeg: de route staat open of de maatregel vraagt er geen). — The rules\' waarschuwingen when recorded.' }) waarschuwingen!: AfhandelingWaarschuwing[];
  @Field({ description: 'sha256 van de regelset die de waarschuwingen gaf. — Rule set hash.' }) regelsetHash!: string;
}

@ObjectType('Afhandeling', { description: 'Het werk van de leerplichtambtenaar na een melding: de MAS-route, de maatregelen, de uitkomst en de sluitdatum. Te lezen door LEERPLICHTAMBTENAAR- en RMC-sleutels die de melding zien. — The case work on a melding.' })
export class AfhandelingUitvoer {
  @Field(() => ID, { description: 'Id van de afhandeling. — Id.' }) id!: string;
  @Field(() => ID, { description: 'Id van de melding. — Id of the melding.' }) meldingId!: string;
  @Field(() => ID, { description: 'Id van de leerling. — Id of the leerling.' }) leerlingId!: string;
  @Field({ description: 'CBS-code van de gemeente die de afhandeling opende (en bezit). — The gemeente that owns it.' }) gemeente!: string;
  @Field(() => MasRoute, { nullable: true, description: 'De gekozen MAS-route; null: nog niet gekozen. — The MAS route.' }) route!: MasRoute | null;
  @Field(() => LocalDate, { description: 'Dag van openen. — Opened on.' }) geopendOp!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Dag van sluiten; null: nog open. — Closed on.' }) geslotenOp!: string | null;
  @Field(() => Afhandelingsuitkomst, { nullable: true, description: 'De uitkomst; null: nog open. — Outcome.' }) uitkomst!: Afhandelingsuitkomst | null;
  @Field(() => String, { nullable: true, description: 'Toelichting (bij openen, bijgewerkt bij sluiten); null: geen. — Remark.' }) toelichting!: string | null;
  @Field({ description: 'Nog niet gesloten. — Still open.' }) open!: boolean;
  @Field(() => [MaatregelUitvoer], { description: 'De maatregelen, de oudste eerst. — The maatregelen, oldest first.' }) maatregelen!: MaatregelUitvoer[];
  /** for the wettelijkeRoutes field: the melding's einddatum (the feitdatum by default) */
  feitdatum!: string;
}

@InputType({ description: 'Een nieuwe maatregel. — A new maatregel.' })
export class MaatregelInput {
  @Field(() => Maatregelsoort, { description: 'Soort maatregel. — Kind.' }) soort!: Maatregelsoort;
  @Field(() => LocalDate, { description: 'Datum (niet voor het openen van de afhandeling, niet na vandaag). — Date.' }) datum!: string;
  @Field(() => Betrokkene, { nullable: true, description: 'Op wie de maatregel zich richt; verplicht bij PROCES_VERBAAL. — Whom it is aimed at; required for PROCES_VERBAAL.' }) betrokkene?: Betrokkene | null;
  @Field(() => String, { nullable: true, description: 'Toelichting (vrije tekst; niet in de audit trail). — Remark.' }) toelichting?: string | null;
  @Field({ nullable: true, defaultValue: false, description: 'De jongere, gehoord, weigert zijn verplichtingen na te komen (art 22 lid 3, tweede volzin): de regels openen dan PROCES_VERBAAL_JONGERE. — The jongere refuses (art 22(3)).' }) jongereWeigert?: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'De ouders zijn eerder veroordeeld (art 22 lid 4/5). — The parents were convicted before.' }) oudersEerderVeroordeeld?: boolean;
}

@ObjectType({ description: 'Het antwoord op voegMaatregelToe: de vastgelegde maatregel, de afhandeling erna en wat de regels erbij zeiden. — The result of voegMaatregelToe.' })
export class MaatregelResultaat {
  @Field(() => MaatregelUitvoer, { description: 'De vastgelegde maatregel. — The recorded maatregel.' }) maatregel!: MaatregelUitvoer;
  @Field(() => AfhandelingUitvoer, { description: 'De afhandeling met de nieuwe maatregel. — The afhandeling.' }) afhandeling!: AfhandelingUitvoer;
  @Field(() => [AfhandelingWaarschuwing], { description: 'Waarschuwingen van de regels (gelijk aan maatregel.waarschuwingen). — The rules\' waarschuwingen.' }) waarschuwingen!: AfhandelingWaarschuwing[];
}
