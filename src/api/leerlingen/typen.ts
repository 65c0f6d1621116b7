// GraphQL types of stored leerlingen and their facts. Computed parts (facts, meldingen,
// beoordeling) are field resolvers in leerling.resolver.ts, loaded in batches per request.
import { AantalPerBestemming, AantalPerMaatregel, MeldingenPerSchool, Thuiszitterstelling, VrijstellingenPerLeeftijd } from './jaarcijfers-typen';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Diplomasoort, Leerweg, Meldingsoort, Onderwijssoort, Uitstroomprofiel, Vakantieregio, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from '../enums';
import { DateTime, GraphQLJSONObject, LocalDate } from '../scalars';
import { Beoordeling, Meldtermijn, Uitleg } from '../uitvoer';

export enum Meldingstatus { GEREGISTREERD = 'GEREGISTREERD', IN_BEHANDELING = 'IN_BEHANDELING', AFGESLOTEN = 'AFGESLOTEN', INGETROKKEN = 'INGETROKKEN', TER_KENNISGEVING_AANGENOMEN = 'TER_KENNISGEVING_AANGENOMEN' }
export enum Rol { PUBLIC = 'PUBLIC', SCHOOL = 'SCHOOL', LEERPLICHTAMBTENAAR = 'LEERPLICHTAMBTENAAR', RMC = 'RMC' }
registerEnumType(Meldingstatus, {
  name: 'Meldingstatus',
  description: 'Levensloop van een vastgelegde melding (DUO-verzuimloket): GEREGISTREERD → IN_BEHANDELING | INGETROKKEN; IN_BEHANDELING → AFGESLOTEN | TER_KENNISGEVING_AANGENOMEN | INGETROKKEN. — Lifecycle of a recorded melding.',
  valuesConfig: {
    GEREGISTREERD: { description: 'Vastgelegd, nog niet opgepakt. — Recorded, not yet taken up.' },
    IN_BEHANDELING: { description: 'De leerplichtambtenaar behandelt de melding. — Being handled by the leerplichtambtenaar.' },
    AFGESLOTEN: { description: 'Afgehandeld. — Closed.' },
    INGETROKKEN: { description: 'Ingetrokken (door de school of de leerplichtambtenaar); telt niet mee in de jaarcijfers. — Withdrawn; not counted.' },
    TER_KENNISGEVING_AANGENOMEN: { description: 'Ter kennisgeving aangenomen: geen verdere actie. — Noted, no further action.' },
  },
});
registerEnumType(Rol, {
  name: 'Rol',
  description: 'Rol van een API-sleutel: bepaalt welke leerlingen en velden zichtbaar zijn. — Role of an API key.',
  valuesConfig: {
    PUBLIC: { description: 'Zonder sleutel: alleen de staatloze vragen (beoordeling, verlofaanvraag, regels …). — No key: stateless questions only.' },
    SCHOOL: { description: 'Een school (BRIN): de eigen ingeschreven leerlingen. — A school: its own leerlingen.' },
    LEERPLICHTAMBTENAAR: { description: 'De leerplichtambtenaar van een gemeente: de leerlingen die er wonen, met BSN. — The attendance officer of a gemeente.' },
    RMC: { description: 'Een RMC-regio: de leerlingen van haar gemeenten, en de regiocijfers. — An RMC-regio.' },
  },
});

@ObjectType('Toegang', { description: 'Namens wie dit verzoek handelt (volgt uit de API-sleutel; zonder sleutel: PUBLIC). — Who this request acts as (from its API key; no key: PUBLIC).' })
export class ToegangUitvoer {
  @Field(() => Rol, { description: 'Rol van de sleutel. — Role of the key.' }) rol!: Rol;
  @Field(() => String, { nullable: true, description: 'SCHOOL: het BRIN-nummer van de school (bijv. "12AB"); anders null. — SCHOOL: its BRIN; else null.' }) brin!: string | null;
  @Field(() => String, { nullable: true, description: 'LEERPLICHTAMBTENAAR: de CBS-gemeentecode (4 cijfers) van de gemeente; anders null. — LEERPLICHTAMBTENAAR: its gemeente; else null.' }) gemeente!: string | null;
  @Field(() => String, { nullable: true, description: 'RMC: de naam van de RMC-regio; anders null. — RMC: the regio\'s name.' }) regio!: string | null;
  @Field(() => [String], { nullable: true, description: 'RMC: de gemeenten (CBS-codes) van de regio; anders null. — RMC: the gemeenten (CBS codes) of the regio.' }) gemeenten!: string[] | null;
  @Field({ description: 'Naam van de sleutel (zoals in de audit trail en de historie van meldingen). — Name of the key.' }) naam!: string;
}

@ObjectType('Woonperiode', { description: 'Waar een leerling woonde: de woongemeente van vanaf tot en met tot (null: nog steeds). Een verhuizing sluit de ene en opent de volgende. — Where a leerling lived, vanaf up to and including tot.' })
export class WoonperiodeUitvoer {
  @Field({ description: 'CBS-gemeentecode (4 cijfers). — CBS gemeentecode (4 digits).' }) gemeente!: string;
  @Field(() => LocalDate, { description: 'Eerste dag in deze gemeente. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag in deze gemeente (inclusief); null: woont er nog. — Last day, inclusive; null: still.' }) tot!: string | null;
}

@ObjectType('Arbeid', { description: 'Werk van de leerling. — Work of the leerling.' })
export class ArbeidUitvoer {
  @Field({ description: 'De leerling heeft een arbeidsovereenkomst. — Has an employment contract.' }) arbeidsovereenkomst!: boolean;
  @Field(() => Float, { nullable: true, description: 'Gewerkte uren per week; null: niet gegeven. — Hours per week; null: not given.' }) urenPerWeek!: number | null;
}

@ObjectType('Leerling', { description: 'Een opgeslagen jongere. De id is een pseudoniem; het BSN komt alleen bij een LEERPLICHTAMBTENAAR. — A stored jongere; pseudonymous id, the BSN only reaches a LEERPLICHTAMBTENAAR.' })
export class LeerlingUitvoer {
  @Field(() => ID, { description: 'Pseudonieme id van de leerling. — Pseudonymous id.' }) id!: string;
  @Field(() => LocalDate, { description: 'Datum waarop de leerling geboren is. — Date of birth.' }) geboortedatum!: string;
  @Field({ description: 'CBS-gemeentecode (4 cijfers) van de huidige woongemeente. — CBS code of the woongemeente.' }) gemeente!: string;
  @Field(() => Vakantieregio, { nullable: true, description: 'Schoolvakantieregio; null: niet gegeven. — School-holiday region; null: not given.' }) vakantieregio!: Vakantieregio | null;
  @Field(() => [LocalDate], { description: 'Extra vrije dagen van de school (studiedagen e.d.). — Extra non-school days.' }) vrijeDagen!: string[];
  @Field(() => ArbeidUitvoer, { nullable: true, description: 'Werk van de leerling; null: niet gegeven. — Work; null: not given.' }) arbeid!: ArbeidUitvoer | null;
  @Field({ description: 'Door de rechter meerderjarig verklaard (BW 1:253ha, art 1b). — Declared of age by a court.' }) meerderjarigVerklaard!: boolean;
  @Field({ description: 'De ouders tonen aan dat het verzuim hun niet te verwijten is (art 2 lid 2). — Parents not to blame.' }) oudersNietVerwijtbaar!: boolean;
  @Field({ description: 'Kreeg al eerder een Halt-afdoening voor schoolverzuim. — Had a Halt referral before.' }) eerderHaltVoorSchoolverzuim!: boolean;
  @Field(() => DateTime, { description: 'Tijdstip waarop de leerling werd vastgelegd. — When the leerling was stored.' }) aangemaaktOp!: string;
  @Field(() => DateTime, { description: 'Tijdstip van de laatste wijziging. — When last changed.' }) gewijzigdOp!: string;
}

@ObjectType('Inschrijving', { description: 'Een opgeslagen inschrijving van de leerling bij een school of instelling. — A stored enrolment.' })
export class InschrijvingUitvoer {
  @Field(() => ID, { description: 'Id van de inschrijving. — Id.' }) id!: string;
  @Field({ description: 'BRIN-nummer van de school of vestiging (bijv. "12AB" of "12AB01"). — BRIN of the school.' }) brin!: string;
  @Field(() => Onderwijssoort, { description: 'Soort onderwijs. — Kind of education.' }) onderwijs!: Onderwijssoort;
  @Field(() => LocalDate, { description: 'Eerste dag van de inschrijving. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag (inclusief); null: loopt nog. — Last day, inclusive; null: ongoing.' }) tot!: string | null;
  @Field(() => Int, { nullable: true, description: 'Mbo-niveau 1–4; null: niet van toepassing. — Mbo level.' }) niveau!: number | null;
  @Field(() => Leerweg, { nullable: true, description: 'Leerweg; null: niet gegeven. — Learning pathway.' }) leerweg!: Leerweg | null;
  @Field(() => Uitstroomprofiel, { nullable: true, description: 'Uitstroomprofiel bij vso; null: niet gegeven. — Vso exit profile.' }) uitstroomprofiel!: Uitstroomprofiel | null;
  @Field({ description: 'Bekostigde of aangewezen school of instelling. — Publicly funded or designated.' }) bekostigd!: boolean;
  @Field(() => Float, { nullable: true, description: 'Lesdagen per week; null: niet gegeven. — School days per week.' }) lesdagenPerWeek!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lesuren per week; null: niet gegeven. — Lesson hours per week.' }) lesurenPerWeek!: number | null;
}

@ObjectType('Schooljaar', { description: 'Een opgeslagen schooljaar uit de schoolgeschiedenis (art 3 lid 1 a). — A stored school year.' })
export class SchooljaarUitvoer {
  @Field(() => ID, { description: 'Id van het schooljaar. — Id.' }) id!: string;
  @Field({ description: 'Schooljaar als "2019/2020". — The schooljaar.' }) schooljaar!: string;
  @Field({ description: 'Ingeschreven van de eerste schooldag tot het einde van het schooljaar. — A full school year.' }) volledig!: boolean;
  @Field(() => Onderwijssoort, { description: 'Soort onderwijs in dat jaar. — Kind of education.' }) onderwijs!: Onderwijssoort;
  @Field(() => Boolean, { nullable: true, description: 'Telt mee voor de twaalf volledige schooljaren; null: volgens de parameter. — Counts toward the twelve; null: by parameter.' }) teltMee!: boolean | null;
}

@ObjectType('Diploma', { description: 'Een opgeslagen diploma. — A stored diploma.' })
export class DiplomaUitvoer {
  @Field(() => ID, { description: 'Id van het diploma. — Id.' }) id!: string;
  @Field(() => Diplomasoort, { description: 'Soort diploma. — Kind of diploma.' }) soort!: Diplomasoort;
  @Field(() => LocalDate, { description: 'Datum van uitreiking. — Date awarded.' }) datum!: string;
  @Field(() => Diplomasoort, { nullable: true, description: 'Bij BUITENLANDS: het Nederlandse diploma waaraan het gelijkwaardig is; anders null. — Equivalent Dutch diploma.' }) gelijkwaardigAan!: Diplomasoort | null;
}

@ObjectType('Vrijstelling', { description: 'Een opgeslagen vrijstelling van de inschrijfplicht. — A stored vrijstelling.' })
export class VrijstellingUitvoer {
  @Field(() => ID, { description: 'Id van de vrijstelling. — Id.' }) id!: string;
  @Field(() => Vrijstellingsgrond, { description: 'Grond van de vrijstelling. — Its ground.' }) grond!: Vrijstellingsgrond;
  @Field(() => LocalDate, { description: 'Eerste dag. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag (inclusief); null: zonder einde. — Last day, inclusive; null: open-ended.' }) tot!: string | null;
}

@ObjectType('Verlof', { description: 'Opgeslagen verleend verlof. — Stored granted leave.' })
export class VerlofUitvoer {
  @Field(() => ID, { description: 'Id van het verlof. — Id.' }) id!: string;
  @Field(() => Verlofsoort, { description: 'Soort verlof. — Kind of leave.' }) soort!: Verlofsoort;
  @Field(() => LocalDate, { description: 'Eerste dag. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { description: 'Laatste dag (inclusief). — Last day, inclusive.' }) tot!: string;
  @Field(() => Float, { nullable: true, description: 'Verleende schooldagen; null: niet gegeven. — Schooldagen granted.' }) dagen!: number | null;
  @Field(() => Float, { nullable: true, description: 'Verleende uren per week (11a); null: niet gegeven. — Hours per week (11a).' }) uren!: number | null;
}

@ObjectType('Verzuimregistratie', { description: 'Opgeslagen verzuim op één dag. — Stored absence on one day.' })
export class VerzuimregistratieUitvoer {
  @Field(() => ID, { description: 'Id van de registratie. — Id.' }) id!: string;
  @Field(() => LocalDate, { description: 'De dag van het verzuim. — The day.' }) datum!: string;
  @Field(() => Float, { description: 'Verzuimde uren. — Hours missed.' }) uren!: number;
  @Field(() => Verzuimreden, { description: 'Reden van het verzuim. — Reason.' }) reden!: Verzuimreden;
  @Field(() => ID, { nullable: true, description: 'De bulkimport die de registratie schreef; null: los ingevoerd. — The bulk import that wrote it.' }) importId!: string | null;
}

@ObjectType({ description: 'Eén stap in de historie van een vastgelegde melding. — One step in a melding\'s history.' })
export class Statusovergang {
  @Field(() => Meldingstatus, { nullable: true, description: 'Status vóór de stap; null bij het vastleggen. — Status before; null at recording.' }) van!: Meldingstatus | null;
  @Field(() => Meldingstatus, { description: 'Status na de stap. — Status after.' }) naar!: Meldingstatus;
  @Field({ description: 'De sleutel (naam) die de stap zette. — The key (naam) that made the change.' }) door!: string;
  @Field(() => DateTime, { description: 'Tijdstip van de stap. — When.' }) op!: string;
  @Field(() => String, { nullable: true, description: 'Toelichting bij de stap; null: geen. — Remark; null: none.' }) toelichting!: string | null;
}

@ObjectType('Melding', { description: 'Een verzuimmelding die de regels gaven en die iemand vastlegde. — A verzuimmelding the rules computed and someone recorded.' })
export class MeldingUitvoer {
  @Field(() => ID, { description: 'Id van de melding. — Id.' }) id!: string;
  @Field(() => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId!: string;
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort!: Meldingsoort;
  @Field(() => LocalDate, { description: 'Eerste dag van het verzuim achter de melding. — First day of the absence.' }) begindatum!: string;
  @Field(() => LocalDate, { description: 'Dag waarop de grens bereikt werd (inclusief). — Day the threshold was reached.' }) einddatum!: string;
  @Field(() => Float, { description: 'Ongeoorloofd verzuimde uren in de meldperiode. — Unexcused hours.' }) uren!: number;
  @Field({ description: 'De melding was verplicht (false: de school mocht melden). — Mandatory.' }) verplicht!: boolean;
  @Field(() => Meldingstatus, { description: 'Huidige status. — Current status.' }) status!: Meldingstatus;
  @Field(() => String, { nullable: true, description: 'School die de melding vastlegde (null: een leerplichtambtenaar). — School that recorded it (null: a leerplichtambtenaar).' }) brin!: string | null;
  @Field(() => [Statusovergang], { description: 'Alle stappen, de oudste eerst. — All steps, oldest first.' }) historie!: Statusovergang[];
  @Field(() => DateTime, { description: 'Tijdstip van het vastleggen. — When recorded.' }) geregistreerdOp!: string;
}

@ObjectType({ description: 'Een melding die de regels geven voor een opgeslagen leerling op de peildatum, en of die vastgelegd is. — A melding the rules give on the peildatum, and whether it was recorded.' })
export class TeMelden {
  @Field(() => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId!: string;
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort!: Meldingsoort;
  @Field({ description: 'Verplicht (false: de school mag melden). — Mandatory (false: the school may report it).' }) verplicht!: boolean;
  @Field(() => LocalDate, { description: 'Eerste dag van het verzuim achter de melding. — First day of the absence.' }) begindatum!: string;
  @Field(() => LocalDate, { description: 'Dag waarop de grens bereikt werd (inclusief). — Day the threshold was reached.' }) einddatum!: string;
  @Field(() => Float, { description: 'Ongeoorloofd verzuimde uren in de meldperiode. — Unexcused hours.' }) uren!: number;
  @Field(() => [Uitleg], { description: 'De regels die de melding gaven. — The rules behind it.' }) uitleg!: Uitleg[];
  @Field(() => MeldingUitvoer, { nullable: true, description: 'De vastgelegde melding (zelfde leerling, soort en einddatum), of null. — The recorded melding, if any.' }) melding!: MeldingUitvoer | null;
  @Field(() => Meldtermijn, { nullable: true, description: 'Wanneer uiterlijk te melden: de wettelijke termijn waar er een is, anders de praktijk (parameter). — The reporting deadline.' }) termijn!: Meldtermijn | null;
}

@ObjectType('VerzuimImport', { description: 'Een bulkimport van verzuim: alle regels in één transactie, eenmaal per idempotentieSleutel. — A bulk verzuim import, once per idempotentieSleutel.' })
export class VerzuimImportUitvoer {
  @Field(() => ID, { description: 'Id van de import. — Id.' }) id!: string;
  @Field({ description: 'De sleutel van de aanroeper: dezelfde sleutel schrijft niets nieuws. — The caller\'s key.' }) idempotentieSleutel!: string;
  @Field(() => Int, { description: 'Aantal geïmporteerde verzuimregels. — Number of records.' }) aantal!: number;
  @Field(() => DateTime, { description: 'Tijdstip van de eerste import met deze sleutel. — When first imported.' }) aangemaaktOp!: string;
  @Field({ description: 'false: deze sleutel was al geïmporteerd; nu is niets geschreven. — false: imported before; nothing written now.' }) nieuw!: boolean;
}

@ObjectType('VastgelegdeBeslissing', { description: 'Een vastgelegd oordeel: met welke regelset en engine, voor welke data. — A stored verdict.' })
export class BeslissingUitvoer {
  @Field(() => ID, { description: 'Id van de beslissing. — Id.' }) id!: string;
  @Field({ description: 'Wat er beslist werd: "leerling.beoordeling" of "registreerMelding". — What was decided.' }) vraag!: string;
  @Field(() => LocalDate, { description: 'De peildatum van het oordeel. — Its peildatum.' }) peildatum!: string;
  @Field(() => LocalDate, { description: 'De wetsdatum van het oordeel. — Its wetsdatum.' }) wetsdatum!: string;
  @Field({ description: 'sha256 van de regelset die het oordeel gaf. — sha256 of the rule set.' }) regelsetHash!: string;
  @Field({ description: 'Versie van de engine. — Engine version.' }) engineVersie!: string;
  @Field(() => GraphQLJSONObject, { description: 'Het oordeel zoals vastgelegd (JSON). — The verdict as stored (JSON).' }) uitkomst!: Record<string, unknown>;
  @Field(() => DateTime, { description: 'Tijdstip van vastleggen. — When stored.' }) aangemaaktOp!: string;
}

@ObjectType('VastgelegdeBeoordeling', { description: 'Wat legBeoordelingVast schreef (één beslissing) en het oordeel waar die over gaat. — What legBeoordelingVast wrote and its verdict.' })
export class VastgelegdeBeoordelingUitvoer {
  @Field(() => BeslissingUitvoer, { description: 'De beslissing in het log (vraag "leerling.beoordeling"); ook te zien in Leerling.beslissingen. — The beslissing written to the log.' }) beslissing!: BeslissingUitvoer;
  @Field(() => Beoordeling, { description: 'Dezelfde beoordeling als Leerling.beoordeling met deze argumenten. — The same evaluation as Leerling.beoordeling.' }) beoordeling!: Beoordeling;
}

@ObjectType({ description: 'Een aantal leerlingen per vrijstellingsgrond. — A count per vrijstellingsgrond.' })
export class AantalPerGrond {
  @Field(() => Vrijstellingsgrond, { description: 'De vrijstellingsgrond. — The ground.' }) grond!: Vrijstellingsgrond;
  @Field(() => Int, { description: 'Aantal leerlingen. — Number of leerlingen.' }) aantal!: number;
}

@ObjectType({ description: 'Een aantal meldingen per soort. — A count per meldingsoort.' })
export class AantalPerSoort {
  @Field(() => Meldingsoort, { description: 'De soort melding. — The kind.' }) soort!: Meldingsoort;
  @Field(() => Int, { description: 'Aantal meldingen. — Number of meldingen.' }) aantal!: number;
}

@ObjectType({ description: 'Jaarcijfers van één gemeente voor één schooljaar (1 augustus – 31 juli), uit de opgeslagen gegevens; elk cijfer telt leerlingen, tenzij er meldingen staat. Een leerling telt voor de gemeente waar die woonde (de woonperiodes) op de dag die het cijfer noemt: wie verhuisde telt voor elke gemeente op de eigen dagen. — Yearly figures of one gemeente for one schooljaar.' })
export class Jaarcijfers {
  @Field({ description: 'CBS-gemeentecode (4 cijfers). — CBS code.' }) gemeente!: string;
  @Field({ description: 'Schooljaar als "2024/2025". — The schooljaar.' }) schooljaar!: string;
  @Field(() => Int, { description: 'Opgeslagen leerlingen die op ten minste één dag van het schooljaar in de gemeente woonden. — Leerlingen who lived there on at least one day.' }) leerlingen!: number;
  @Field(() => [AantalPerGrond], { description: 'Leerlingen met een vrijstelling van die grond op ten minste één dag van het schooljaar waarop zij in de gemeente woonden (5 a, 5 b, 5 c, 5a, 15). — Leerlingen with a vrijstelling, per ground.' }) vrijstellingen!: AantalPerGrond[];
  @Field(() => [AantalPerSoort], { description: 'Vastgelegde meldingen met einddatum in het schooljaar, per soort, zonder INGETROKKEN; naar de woongemeente op de einddatum. — Recorded meldingen per soort.' }) meldingen!: AantalPerSoort[];
  @Field(() => Int, { description: 'Vastgelegde meldingen LUXE_VERZUIM (zoals in meldingen). — Recorded LUXE_VERZUIM meldingen.' }) luxeVerzuim!: number;
  @Field(() => Int, { description: 'Thuiszitters: leerlingen die in het schooljaar langdurig relatief verzuim hadden (een vastgelegde melding LANGDURIG_RELATIEF, of een volgens de regels op het opgeslagen verzuim; naar de woongemeente op de einddatum), of meer dan 20 aaneengesloten schooldagen (4 weken; vakanties tellen niet en onderbreken niet) in absoluut verzuim waren (leer- of kwalificatieplichtig, niet ingeschreven, niet vrijgesteld; naar de woongemeente op de 21e schooldag). — Thuiszitters.' }) thuiszitters!: number;
  @Field(() => Int, { description: 'Leerlingen voor wie Beoordeling.voortijdigSchoolverlater(schooljaar) waar is; naar de woongemeente op 1 oktober na het schooljaar (de peildatum daarvan). — Voortijdig schoolverlaters.' }) voortijdigSchoolverlaters!: number;
  @Field(() => Int, { description: 'Leerlingen met ten minste één getelde melding (zoals in meldingen): "89 meldingen over 55 jongeren". — Unique leerlingen with a melding.' }) leerlingenMetMelding!: number;
  @Field(() => [MeldingenPerSchool], { description: 'De getelde meldingen per soort, onderwijssoort en school (BRIN), met unieke leerlingen per rij. — Meldingen per kind, type of school and school.' }) meldingenPerSchool!: MeldingenPerSchool[];
  @Field(() => Thuiszitterstelling, { description: 'Thuiszitters bij aanvang, nieuw, opgelost, verhuisd, 18 geworden en nog bij het einde van het schooljaar (Beoordeling.thuiszitter). — Thuiszitters over the schooljaar.' }) thuiszitterstelling!: Thuiszitterstelling;
  @Field(() => [VrijstellingenPerLeeftijd], { description: 'Vrijstellingen per grond en leeftijdsgroep. — Vrijstellingen per ground and age band.' }) vrijstellingenPerLeeftijd!: VrijstellingenPerLeeftijd[];
  @Field(() => Int, { description: 'Leerlingen die op ten minste één dag van het schooljaar in absoluut verzuim waren (elke duur); naar de woongemeente op de eerste dag daarvan. — Leerlingen in absoluut verzuim on at least one day.' }) absoluutVerzuim!: number;
  @Field(() => [AantalPerBestemming], { description: 'De voortijdig schoolverlaters per bestemming (zoals voortijdigSchoolverlaters geteld). — Vsv\'ers per destination.' }) vsvPerBestemming!: AantalPerBestemming[];
  @Field(() => [AantalPerMaatregel], { description: 'Maatregelen van de leerplichtambtenaar per soort, met een datum in het schooljaar. — Maatregelen per kind.' }) maatregelen!: AantalPerMaatregel[];
  @Field(() => [LijstFout], { description: 'Leerlingen die niet te beoordelen waren: niet in thuiszitters en voortijdigSchoolverlaters (wel in de gewone tellingen); de rest wordt beantwoord. — Leerlingen that could not be evaluated.' }) fouten!: LijstFout[];
}

@ObjectType({ description: 'De cijfers van een RMC-regio als geheel voor een schooljaar: dezelfde definities als Jaarcijfers, over alle gemeenten samen; wie binnen de regio verhuisde telt één keer. — The figures of an RMC-regio as a whole.' })
export class Regiototaal {
  @Field({ description: 'Naam van de RMC-regio. — The regio\'s name.' }) regio!: string;
  @Field({ description: 'Schooljaar als "2024/2025". — The schooljaar.' }) schooljaar!: string;
  @Field(() => [String], { description: 'De gemeenten (CBS-codes) van de regio. — The gemeenten of the regio.' }) gemeenten!: string[];
  @Field(() => Int, { description: 'Als Jaarcijfers.leerlingen, over de regio. — As Jaarcijfers.leerlingen, for the regio.' }) leerlingen!: number;
  @Field(() => [AantalPerGrond], { description: 'Als Jaarcijfers.vrijstellingen, over de regio. — As Jaarcijfers.vrijstellingen.' }) vrijstellingen!: AantalPerGrond[];
  @Field(() => [AantalPerSoort], { description: 'Als Jaarcijfers.meldingen, over de regio. — As Jaarcijfers.meldingen.' }) meldingen!: AantalPerSoort[];
  @Field(() => Int, { description: 'Als Jaarcijfers.luxeVerzuim, over de regio. — As Jaarcijfers.luxeVerzuim.' }) luxeVerzuim!: number;
  @Field(() => Int, { description: 'Als Jaarcijfers.thuiszitters, over de regio. — As Jaarcijfers.thuiszitters.' }) thuiszitters!: number;
  @Field(() => Int, { description: 'Als Jaarcijfers.voortijdigSchoolverlaters, over de regio. — As Jaarcijfers.voortijdigSchoolverlaters.' }) voortijdigSchoolverlaters!: number;
  @Field(() => Int, { description: 'Als Jaarcijfers, over de regio: leerlingen met ten minste één getelde melding (zoals in meldingen): "89 meldingen over 55 jongeren". — Unique leerlingen with a melding.' }) leerlingenMetMelding!: number;
  @Field(() => [MeldingenPerSchool], { description: 'De getelde meldingen per soort, onderwijssoort en school (BRIN), met unieke leerlingen per rij. — Meldingen per kind, type of school and school.' }) meldingenPerSchool!: MeldingenPerSchool[];
  @Field(() => Thuiszitterstelling, { description: 'Thuiszitters bij aanvang, nieuw, opgelost, verhuisd, 18 geworden en nog bij het einde van het schooljaar (Beoordeling.thuiszitter). — Thuiszitters over the schooljaar.' }) thuiszitterstelling!: Thuiszitterstelling;
  @Field(() => [VrijstellingenPerLeeftijd], { description: 'Vrijstellingen per grond en leeftijdsgroep. — Vrijstellingen per ground and age band.' }) vrijstellingenPerLeeftijd!: VrijstellingenPerLeeftijd[];
  @Field(() => Int, { description: 'Leerlingen die op ten minste één dag van het schooljaar in absoluut verzuim waren (elke duur); naar de woongemeente op de eerste dag daarvan. — Leerlingen in absoluut verzuim on at least one day.' }) absoluutVerzuim!: number;
  @Field(() => [AantalPerBestemming], { description: 'De voortijdig schoolverlaters per bestemming (zoals voortijdigSchoolverlaters geteld). — Vsv\'ers per destination.' }) vsvPerBestemming!: AantalPerBestemming[];
  @Field(() => [AantalPerMaatregel], { description: 'Maatregelen van de leerplichtambtenaar per soort, met een datum in het schooljaar. — Maatregelen per kind.' }) maatregelen!: AantalPerMaatregel[];
  @Field(() => [LijstFout], { description: 'Leerlingen die niet te beoordelen waren. — Leerlingen that could not be evaluated.' }) fouten!: LijstFout[];
}

@ObjectType({ description: 'Jaarcijfers van een RMC-regio: per gemeente (Jaarcijfers) en voor de regio als geheel (totaal; niet de som van de gemeenten als leerlingen tussen hen verhuisden). — Yearly figures of an RMC-regio.' })
export class Regiocijfers {
  @Field({ description: 'Naam van de RMC-regio. — The regio\'s name.' }) regio!: string;
  @Field({ description: 'Schooljaar als "2024/2025". — The schooljaar.' }) schooljaar!: string;
  @Field(() => [Jaarcijfers], { description: 'De cijfers per gemeente. — Per gemeente.' }) gemeenten!: Jaarcijfers[];
  @Field(() => Regiototaal, { description: 'De cijfers van de regio als geheel. — For the regio as a whole.' }) totaal!: Regiototaal;
}

@ObjectType({ description: 'Een leerling die een lijst niet kon beoordelen; de rest van de lijst wordt beantwoord. — A leerling a list could not evaluate.' })
export class LijstFout {
  @Field(() => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId!: string;
  @Field({ description: 'Foutcode, bijv. BAD_USER_INPUT of KALENDER_BEREIK (geen schoolkalender voor die dagen). — Error code.' }) code!: string;
  @Field({ description: 'Foutmelding. — Error message.' }) bericht!: string;
}
