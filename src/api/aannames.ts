// GraphQL types of honest answers: what was assumed because the caller did not give it (Aanname),
// what may be wrong because of it (Waarschuwing), dates per vakantieregio, and verzuim that was
// ignored because it fell on a day without lessons. Codes are stable; texts follow `taal`.
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Vakantieregio, Verzuimreden } from './enums';
import { LocalDate } from './scalars';

export enum AannameCode {
  GEEN_VAKANTIEREGIO = 'GEEN_VAKANTIEREGIO',
  GEEN_SCHOOLGESCHIEDENIS = 'GEEN_SCHOOLGESCHIEDENIS',
  GEEN_INSCHRIJVINGEN = 'GEEN_INSCHRIJVINGEN',
  GEEN_DIPLOMAS = 'GEEN_DIPLOMAS',
  GEEN_GEMEENTE = 'GEEN_GEMEENTE',
}

export enum WaarschuwingCode {
  BEGIN_HANGT_AF_VAN_REGIO = 'BEGIN_HANGT_AF_VAN_REGIO',
  STATUS_VERSCHILT_PER_REGIO = 'STATUS_VERSCHILT_PER_REGIO',
  KALENDER_ONBEKEND = 'KALENDER_ONBEKEND',
  EINDE_NAAR_LEEFTIJD_AANGENOMEN = 'EINDE_NAAR_LEEFTIJD_AANGENOMEN',
  ABSOLUUT_VERZUIM_ONBEKEND = 'ABSOLUUT_VERZUIM_ONBEKEND',
  NIET_INGESCHREVEN_AANGENOMEN = 'NIET_INGESCHREVEN_AANGENOMEN',
  GEEN_STARTKWALIFICATIE_AANGENOMEN = 'GEEN_STARTKWALIFICATIE_AANGENOMEN',
  VERZUIM_ZONDER_SCHOOLVAKANTIES = 'VERZUIM_ZONDER_SCHOOLVAKANTIES',
  JIKP_NIET_GEDEFINIEERD = 'JIKP_NIET_GEDEFINIEERD',
}

export enum GeenSchooldag {
  WEEKEND = 'WEEKEND',
  FEESTDAG = 'FEESTDAG',
  SCHOOLVAKANTIE = 'SCHOOLVAKANTIE',
  VRIJE_DAG = 'VRIJE_DAG',
}

const w = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, description]) => [k, { description }]));

registerEnumType(AannameCode, {
  name: 'AannameCode',
  description: 'Wat is aangenomen omdat het niet is opgegeven (stabiele code). — What was assumed because it was not given (stable code).',
  valuesConfig: w({
    GEEN_VAKANTIEREGIO: 'Geen vakantieregio opgegeven: data die van de schoolvakanties afhangen zijn per regio berekend; de vroegste is genomen. — No vakantieregio: dates that depend on the school holidays were computed per region; the earliest is used.',
    GEEN_SCHOOLGESCHIEDENIS: 'Geen schooljaren opgegeven: de leerplicht eindigt naar leeftijd (art 3 lid 1 onder b), niet na twaalf volledige schooljaren (onder a). — No school history: leerplicht ends by age (art 3 lid 1 b), not after twelve full school years (a).',
    GEEN_INSCHRIJVINGEN: 'Geen inschrijvingen opgegeven (het veld ontbreekt; een lege lijst betekent: nergens ingeschreven). — No inschrijvingen given (field absent; an empty list means: not enrolled).',
    GEEN_DIPLOMAS: "Geen diploma's opgegeven: aangenomen is dat er geen startkwalificatie is. — No diplomas given: assumed there is no startkwalificatie.",
    GEEN_GEMEENTE: 'Geen gemeente opgegeven terwijl er beleidspakketten gelden: geen lokaal beleid toegepast (signalen en beleidspakketten zijn leeg). — No gemeente given while policy packs exist: no local policy applied.',
  }),
});

registerEnumType(WaarschuwingCode, {
  name: 'WaarschuwingCode',
  description: 'Wat door een aanname onjuist kan zijn (stabiele code). — What may be wrong because of an assumption (stable code).',
  valuesConfig: w({
    BEGIN_HANGT_AF_VAN_REGIO: 'De eerste dag van de leerplicht verschilt per vakantieregio; leerplichtigVanaf is de vroegste (zie leerplichtigVanafPerRegio). — The first day of leerplicht differs per region; leerplichtigVanaf is the earliest.',
    STATUS_VERSCHILT_PER_REGIO: 'Op de peildatum is de status niet in elke vakantieregio dezelfde. — On the peildatum the status is not the same in every region.',
    KALENDER_ONBEKEND: 'De officiële schoolvakanties zijn voor die datum niet bekend (buiten de gedekte schooljaren): de datum kan in een vakantie vallen. — The official school holidays are not known for that date: it may fall in a holiday.',
    EINDE_NAAR_LEEFTIJD_AANGENOMEN: 'Zonder schoolgeschiedenis kan de leerplicht eerder eindigen dan opgegeven (twaalf volledige schooljaren). — Without school history leerplicht may end earlier (twelve full school years).',
    ABSOLUUT_VERZUIM_ONBEKEND: 'Of er absoluut verzuim is, is niet te zeggen zonder inschrijvingen (absoluutVerzuim is null). — Whether there is absoluut verzuim cannot be said without inschrijvingen.',
    NIET_INGESCHREVEN_AANGENOMEN: 'Beoordeeld alsof de jongere nergens ingeschreven staat. — Judged as if the young person is not enrolled anywhere.',
    GEEN_STARTKWALIFICATIE_AANGENOMEN: 'Beoordeeld alsof er geen startkwalificatie is; met een diploma kan de kwalificatieplicht eerder eindigen. — Judged as if there is no startkwalificatie; a diploma may end kwalificatieplicht earlier.',
    VERZUIM_ZONDER_SCHOOLVAKANTIES: 'Verzuim is geteld zonder de schoolvakanties van een regio: vakantieweken tellen als lesweek, en verzuim in de vakantie van één of twee regio\'s telt mee. — Verzuim counted without a region\'s school holidays.',
    JIKP_NIET_GEDEFINIEERD: 'Op de wetsdatum definieert geen regeling de jongere in een kwetsbare positie (vóór 2016-09-18, of vanaf 2026-01-01): kwetsbarePositie is geen oordeel en citeert niets. — On the wetsdatum no regulation defines the JiKP: kwetsbarePositie is no verdict.',
  }),
});

registerEnumType(GeenSchooldag, {
  name: 'GeenSchooldag',
  description: 'Waarom een dag geen schooldag is. — Why a day is no schooldag.',
  valuesConfig: w({
    WEEKEND: 'Zaterdag of zondag. — Saturday or Sunday.',
    FEESTDAG: 'Een nationale feestdag waarop de scholen dicht zijn. — A national public holiday on which schools close.',
    SCHOOLVAKANTIE: "Een officiële schoolvakantie van de vakantieregio (zonder vakantieregio: van alle drie de regio's). — An official school holiday of the region (without region: of all three).",
    VRIJE_DAG: 'Een opgegeven vrije dag van de school (vrijeDagen). — A given day off of the school.',
  }),
});

@ObjectType({ description: 'Iets dat is aangenomen omdat de vraag het niet gaf. — Something assumed because the request did not give it.' })
export class Aanname {
  @Field(() => AannameCode, { description: 'Stabiele code. — Stable code.' }) code!: AannameCode;
  @Field({ description: 'Wat is aangenomen, in de gevraagde taal. — What was assumed, in the requested taal.' }) tekst!: string;
  @Field({ description: 'Het invoerveld dat ontbrak, bijv. "situatie.vakantieregio". — The input field that was absent.' }) invoer!: string;
  @Field(() => [String], { description: 'De velden van het antwoord die ervan afhangen, bijv. "leerplicht.leerplichtigVanaf". — The answer fields that depend on it.' }) velden!: string[];
}

@ObjectType({ description: 'Iets in het antwoord dat door een aanname onjuist kan zijn. — Something in the answer that may be wrong because of an assumption.' })
export class Waarschuwing {
  @Field(() => WaarschuwingCode, { description: 'Stabiele code. — Stable code.' }) code!: WaarschuwingCode;
  @Field({ description: 'Wat onjuist kan zijn en waarom, in de gevraagde taal. — What may be wrong and why, in the requested taal.' }) tekst!: string;
  @Field(() => [String], { description: 'De velden van het antwoord die het betreft, bijv. "leerplicht.leerplichtigVanaf". — The answer fields concerned.' }) velden!: string[];
  @Field(() => [String], { description: 'De invoervelden waarvan het ontbreken dit veroorzaakt, bijv. "situatie.vakantieregio". — The input fields whose absence causes it.' }) invoer!: string[];
}

@ObjectType({ description: 'Een datum in één vakantieregio. — A date in one holiday region.' })
export class RegioDatum {
  @Field(() => Vakantieregio, { description: 'De vakantieregio. — The holiday region.' }) regio!: Vakantieregio;
  @Field(() => LocalDate, { nullable: true, description: 'De datum in die regio; null als de officiële schoolvakanties van die regio daarvoor niet bekend zijn. — The date in that region; null when its official school holidays are not known.' }) datum!: string | null;
}

@ObjectType({ description: 'Een verzuimregistratie op een dag zonder les: genegeerd, telt niet mee. — A verzuim record on a day without lessons: ignored.' })
export class GenegeerdVerzuim {
  @Field(() => LocalDate, { description: 'De dag van de registratie. — The day of the record.' }) datum!: string;
  @Field(() => Float, { description: 'De geregistreerde uren (registraties van dezelfde dag en reden opgeteld). — Hours recorded (records of the same day and reason summed).' }) uren!: number;
  @Field(() => Verzuimreden, { description: 'De geregistreerde reden. — The recorded reason.' }) reden!: Verzuimreden;
  @Field(() => GeenSchooldag, { description: 'Waarom die dag geen schooldag is. — Why that day is no schooldag.' }) geenSchooldag!: GeenSchooldag;
  @Field({ description: 'Waarom het genegeerd is, in de gevraagde taal. — Why it was ignored, in the requested taal.' }) toelichting!: string;
}
