// GraphQL object types of the public contract (shared/API.md). Computed parts of Beoordeling
// are field resolvers (api/beoordeling.resolver.ts): a field is computed only when selected.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Feiten } from '../facts/feiten';
import type { Taal as EngineTaal } from '../engine/uitleg';
import { Beslisser, Diplomasoort, Eindgrond, Kwalificatieplichtuitzondering, LeerplichtStatus, Meldingsoort, Onderwerp } from './enums';
import { DateTime, LocalDate } from './scalars';
import { GenegeerdVerzuim, RegioDatum } from './aannames';
import { Beleidssignaal } from './beleid-typen';
import { Termijnsoort } from './termijnsoort';

@ObjectType({ description: 'Een bron: artikel, lid en onderdeel van een wet, als JuriConnect-verwijzing naar de tekst die gold op de wetsdatum. — A source: article, lid and onderdeel of a law, as a JuriConnect reference valid on the wetsdatum.' })
export class Bron {
  @Field({ description: 'Citeertitel van de wet of regeling, bijv. "Leerplichtwet 1969". — Citation title of the law.' }) wet!: string;
  @Field({ description: 'BWB-identificatie van de regeling in het Basiswettenbestand, bijv. "BWBR0002628"; leeg als die niet bekend is (zie url). — BWB id of the regulation; empty when not known.' }) bwbId!: string;
  @Field({ description: 'Artikelnummer, bijv. "3" of "11a". — Article number.' }) artikel!: string;
  @Field(() => String, { nullable: true, description: 'Lid van het artikel, bijv. "1"; null als het hele artikel bedoeld is. — Paragraph (lid); null: the whole article.' }) lid!: string | null;
  @Field(() => String, { nullable: true, description: 'Onderdeel van het lid, bijv. "b"; null als er geen onderdeel is. — Sub-item; null: none.' }) onderdeel!: string | null;
  @Field({ description: 'JuriConnect-identifier (jci1.3) met de geldigheidsdatum g = wetsdatum; leeg voor een regeling zonder bekende BWB-identificatie. — JuriConnect identifier with g = wetsdatum; empty without a BWB id.' }) jci!: string;
  @Field({ description: 'Link naar de tekst op wetten.overheid.nl zoals die gold op de wetsdatum; zonder BWB-identificatie de vindplaats van de gelezen tekst (rules/wetten.json). — Link to the text as it stood on the wetsdatum; without a BWB id, where the text was read.' }) url!: string;
}

@ObjectType({ description: 'Een regel die iets besliste, met een vaste zin en de bron waarop hij rust. — A rule that decided something, with a deterministic sentence and its source.' })
export class Uitleg {
  @Field({ description: 'Id van de regel, bijv. "lpw.art3.begin" (zie regels). — Rule id.' }) regel!: string;
  @Field({ description: 'Vaste zin in de gevraagde taal, met de feiten ingevuld (data, uren, namen van soorten). — Deterministic sentence in the requested taal, facts filled in.' }) tekst!: string;
  @Field(() => Bron, { description: 'Het wetsartikel waarop de regel rust. — The article the rule rests on.' }) bron!: Bron;
}

@ObjectType({ description: 'Leerplicht en kwalificatieplicht van de jongere (art 3, 4, 4a–4c Leerplichtwet 1969). Alle "tot"-data zijn de laatste dag (inclusief). — Leerplicht and kwalificatieplicht (art 3, 4, 4a–4c); "tot" dates are inclusive.' })
export class Leerplicht {
  @Field(() => LeerplichtStatus, { description: 'Status op de peildatum. — Status on the peildatum.' }) status!: LeerplichtStatus;
  @Field(() => LocalDate, { description: 'Eerste dag van de leerplicht: de eerste schooldag van de maand na de vijfde verjaardag (art 3 lid 1). Zonder vakantieregio wordt alleen op feestdagen en weekenden gelet. — First schooldag of the month after the 5th birthday.' }) leerplichtigVanaf!: string;
  @Field(() => LocalDate, { description: 'Laatste dag van de leerplicht (inclusief): 31 juli van het schooljaar waarin de jongere 16 wordt of na twaalf volledige schooljaren, wat het eerst komt (art 3 lid 1 a/b). — Last day of leerplicht, inclusive.' }) leerplichtigTot!: string;
  @Field(() => Eindgrond, { description: 'Welk onderdeel van art 3 lid 1 de leerplicht beëindigt. — Which limb of art 3 lid 1 ends leerplicht.' }) eindgrond!: Eindgrond;
  @Field(() => LocalDate, { nullable: true, description: 'Eerste dag van de kwalificatieplicht (de dag na leerplichtigTot, art 4a); null als die nooit geldt (startkwalificatie vóór het einde van de leerplicht, of een uitzondering). — First day of kwalificatieplicht; null when it never applies.' }) kwalificatieplichtigVanaf!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van de kwalificatieplicht (inclusief): de dag vóór de 18e verjaardag of vóór de startkwalificatie, wat het eerst komt (art 4b); null als die nooit geldt. — Inclusive (day before 18th birthday or before SK).' }) kwalificatieplichtigTot!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Vóór 1 augustus 2007 (wetsdatum): laatste dag (inclusief) van de partiële leerplicht, de laatste dag van het schooljaar na het einde van de leerplicht (oud art 4b lid 1); anders null. — Before 2007-08-01: last day of partial leerplicht; otherwise null.' }) partieelLeerplichtigTot!: string | null;
  @Field(() => Kwalificatieplichtuitzondering, { nullable: true, description: 'De uitzondering van art 4a lid 2 die geldt (geen kwalificatieplicht), of null. — Art 4a lid 2 exception that applies, if any.' }) uitzondering!: Kwalificatieplichtuitzondering | null;
  @Field({ description: 'Op de peildatum vrijgesteld van de plicht tot inschrijving (art 5, 5a of 15). — Exempt from the enrolment duty on the peildatum.' }) inschrijfplichtVrijgesteld!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'Leer- of kwalificatieplichtig op de peildatum, nergens ingeschreven en zonder vrijstelling (absoluut verzuim); null als de inschrijvingen niet zijn opgegeven (zie aannames; een lege lijst is "nergens ingeschreven"). — Leerplichtig or kwalificatieplichtig, not enrolled, no vrijstelling; null when inschrijvingen were not given.' }) absoluutVerzuim!: boolean | null;
  @Field(() => [RegioDatum], { description: 'De eerste dag van de leerplicht per vakantieregio: één regel als de vakantieregio is opgegeven, drie als niet. — The first day of leerplicht per holiday region: one entry when the region is given, three when not.' }) leerplichtigVanafPerRegio!: RegioDatum[];
  @Field({ description: 'Zonder vakantieregio hangt de eerste dag van de leerplicht af van de regio (leerplichtigVanaf is dan de vroegste, of onbekend in een regio). — Without a vakantieregio the first day depends on the region (leerplichtigVanaf is then the earliest).' }) afhankelijkVanRegio!: boolean;
  @Field(() => Boolean, { nullable: true, description: 'De inschrijving op de peildatum voldoet aan de plicht die geldt (art 2 lid 1; art 4a lid 1, 4c); null als geen van beide plichten geldt of de jongere niet ingeschreven is. — The enrolment satisfies the duty; null when neither duty applies or not enrolled.' }) inschrijvingVoldoet!: boolean | null;
  @Field(() => [Uitleg], { description: 'De regels die deze velden bepaalden. — The rules that decided these fields.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Een aaneengesloten periode met één status in de tijdlijn van de jongere. — A period with one status in the jongere\'s timeline.' })
export class Tijdvak {
  @Field(() => LeerplichtStatus, { description: 'Status in deze periode. — Status in this period.' }) status!: LeerplichtStatus;
  @Field(() => LocalDate, { description: 'Eerste dag van de periode. — First day of the period.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van de periode (inclusief); null: zonder einde. — Inclusive last day; null: open-ended.' }) tot!: string | null;
  @Field(() => Uitleg, { description: 'De regel waarop deze periode begint. — The rule that starts this period.' }) grond!: Uitleg;
}

@ObjectType({ description: 'De termijn van een verzuimmelding: de wettelijke termijn waar de wet er een noemt, anders de praktijk (parameter). — The deadline of a verzuimmelding.' })
export class Meldtermijn {
  @Field(() => Termijnsoort, { description: 'WET: de wet noemt de termijn ("onverwijld"); PRAKTIJK: de wet noemt er geen. — Statutory or practice.' }) soort!: Termijnsoort;
  @Field({ description: 'De termijn in woorden (bijv. "onverwijld"). — The term in words.' }) termijn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag om te melden volgens de parameter (schooldagen na de einddatum); null als de kalender van die dagen niet bekend is. — Last day, by the parameter.' }) uiterlijk!: string | null;
  @Field(() => String, { nullable: true, description: 'De parameter met het aantal schooldagen (praktijk). — The parameter.' }) parameter!: string | null;
  @Field(() => Uitleg, { nullable: true, description: 'De regel die de termijn gaf, met zijn bron. — The rule, with its source.' }) uitleg!: Uitleg | null;
}

@ObjectType({ description: 'Een verzuimmelding die de regels geven (art 21a Leerplichtwet; DUO-verzuimloket). — A verzuimmelding the rules give.' })
export class Verzuimmelding {
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort!: Meldingsoort;
  @Field({ description: 'De melding is verplicht (true) of mag (false), bijv. 16 uur bij een 18-plusser. — Mandatory (true) or optional (false).' }) verplicht!: boolean;
  @Field(() => LocalDate, { description: 'Eerste dag van het verzuim dat tot de melding leidt. — First day of the absence behind the melding.' }) begindatum!: string;
  @Field(() => LocalDate, { description: 'Dag waarop de grens bereikt werd (bij 16 uur: de dag van het 16e uur), inclusief. — Day the threshold was reached, inclusive.' }) einddatum!: string;
  @Field(() => Float, { description: 'Ongeoorloofd verzuimde uren in de meldperiode (klokuren of lesuren van hoogstens 60 minuten). — Unexcused hours in the period.' }) uren!: number;
  @Field(() => [Uitleg], { description: 'De regels die deze melding gaven. — The rules that gave this melding.' }) uitleg!: Uitleg[];
  @Field(() => Meldtermijn, { nullable: true, description: 'Wanneer uiterlijk te melden: de wettelijke termijn waar er een is, anders de praktijk (parameter); null voor een melding zonder termijnregel. — The reporting deadline.' }) termijn!: Meldtermijn | null;
}

@ObjectType({ description: 'Verzuim en meldplicht tot en met de peildatum (art 21a Leerplichtwet). — Absence and meldplicht up to the peildatum.' })
export class Verzuim {
  @Field({ description: 'Op de peildatum moet een melding gedaan worden. — A melding is mandatory on the peildatum.' }) meldplicht!: boolean;
  @Field(() => [Verzuimmelding], { description: 'Elke verplichte of mogelijke melding tot en met de peildatum. — Every mandatory or optional melding up to the peildatum.' }) meldingen!: Verzuimmelding[];
  @Field(() => Float, { description: 'Hoogste som ongeoorloofd verzuimde uren in vier aaneengesloten lesweken (vakantieweken tellen niet mee). — Highest unexcused sum over 4 consecutive lesweken.' }) maxUrenVierLesweken!: number;
  @Field(() => [Beleidssignaal], { description: 'De signalen van beleidspakketten over verzuim: van beleidsregels die verzuimfeiten lezen (uren, vensters, te laat); leeg zonder gemeente. — Policy signals about verzuim: of policy rules that read verzuim facts.' }) signalen!: Beleidssignaal[];
  @Field(() => [GenegeerdVerzuim], { description: 'Verzuimregistraties op een dag zonder les (weekend, feestdag, schoolvakantie, vrije dag): genegeerd, in datumvolgorde. — Verzuim records on a day without lessons: ignored, in date order.' }) genegeerd!: GenegeerdVerzuim[];
  @Field(() => [Uitleg], { description: 'De regels die het verzuim beoordeelden. — The rules that judged the absence.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Of de jongere een startkwalificatie heeft (art 1 f Leerplichtwet; WEB art 7.2.2): een havo-, vwo- of mbo-diploma niveau 2 of hoger. — Startkwalificatie (havo, vwo, mbo 2+).' })
export class Startkwalificatie {
  @Field({ description: 'Een startkwalificatie is behaald op of vóór de peildatum. — Obtained on or before the peildatum.' }) behaald!: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Datum van het eerste diploma dat een startkwalificatie is; null als er geen is. — Date of the first qualifying diploma; null: none.' }) datum!: string | null;
  @Field(() => Diplomasoort, { nullable: true, description: 'Soort van dat diploma; null als er geen is. — Kind of that diploma; null: none.' }) diploma!: Diplomasoort | null;
  @Field(() => [Uitleg], { description: 'De regels die dit bepaalden. — The rules that decided this.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Een ja/nee-oordeel (bijv. kwetsbare positie, voortijdig schoolverlater, doorstroompunt) met de redenen. — A yes/no verdict with its reasons.' })
export class Oordeel {
  @Field({ description: 'Het oordeel geldt voor deze jongere. — The verdict applies to this jongere.' }) vanToepassing!: boolean;
  @Field(() => [Uitleg], { description: 'De regels die het oordeel gaven. — The rules behind the verdict.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Wie op de peildatum aangesproken kan worden op verzuim (art 2, 26 Leerplichtwet) en of een Halt-afdoening mogelijk is. — Who is accountable for absence, and whether Halt is possible.' })
export class Aansprakelijkheid {
  @Field({ description: 'De ouders/verzorgers zijn aansprakelijk (art 2 lid 1), tenzij zij aantonen dat het hun niet te verwijten is (art 2 lid 2). — The parents are accountable.' }) ouders!: boolean;
  @Field({ description: 'De jongere zelf is aansprakelijk: vanaf de 12e verjaardag (art 2 lid 3), of meerderjarig (art 1b). — The jongere is accountable (12 or older).' }) jongere!: boolean;
  @Field({ description: 'Een Halt-verwijzing voor schoolverzuim is mogelijk (beleid bij art 77e WvSr): 12 tot 18 jaar, niet eerder naar Halt verwezen voor schoolverzuim, en dit schooljaar 9 tot en met 60 uur ongeoorloofd verzuim of 12 tot en met 60 keer te laat (grenzen uit rules/parameters). — A Halt referral is possible (policy).' }) haltMogelijk!: boolean;
  @Field(() => [Uitleg], { description: 'De regels die dit bepaalden. — The rules that decided this.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Alles wat de wet zegt over één jongere op één dag. Velden worden alleen berekend als ze gevraagd worden. — Everything the law says about one jongere on one day; fields are computed only when selected.' })
export class Beoordeling {
  @Field(() => LocalDate, { description: 'De dag waarover het oordeel gaat. — The day the verdict is about.' }) peildatum!: string;
  @Field(() => LocalDate, { description: 'De dag waarop de toegepaste wettekst gold (standaard de peildatum). — The day whose law text was applied (default: the peildatum).' }) wetsdatum!: string;
  @Field(() => Int, { description: 'Leeftijd in hele jaren op de peildatum (BW 1:2). — Whole years on the peildatum.' }) leeftijd!: number;
  @Field({ description: 'sha256 van de regelbestanden die dit oordeel gaven. — sha256 of the rule files that produced this verdict.' }) regelsetHash!: string;
  /** the evaluation behind the computed fields (not part of the schema) */
  feiten!: Feiten;
  taal!: EngineTaal;
  /** names of the Beoordeling fields the query selected, so uitleg covers exactly those */
  geselecteerd!: ReadonlySet<string>;
}

@ObjectType({ description: 'Het antwoord op een verlofaanvraag (art 11, 11a, 12, 13, 13a, 14): mag het, wie beslist, hoeveel. — The answer to a leave request.' })
export class Verlofbesluit {
  @Field({ description: 'De beslisser mag dit verlof toestaan (of, bij 12 en 13: de melding is tijdig en geldig). — The decider may grant it.' }) toelaatbaar!: boolean;
  @Field(() => Beslisser, { description: 'Wie beslist: de directeur (het hoofd) tot en met tien dagen per schooljaar, daarboven bij gewichtige omstandigheden de leerplichtambtenaar (art 14 lid 3). — Who decides.' }) beslisser!: Beslisser;
  @Field(() => Float, { nullable: true, description: 'Hoogstens toe te stane schooldagen in dit schooljaar (13a: 10, naar rato bij kwalificatieplicht; 14: 10 door de directeur); null als er geen grens is. — Maximum schooldagen; null: no limit.' }) maxDagen!: number | null;
  @Field(() => Float, { nullable: true, description: 'Art 11a: uren per week die vrijgesteld mogen worden (5 met alleen een kennisgeving, 10 met toestemming van de directeur); null voor de andere soorten. — 11a: hours per week that may be excused.' }) maxUren!: number | null;
  @Field(() => [Uitleg], { description: 'Waarom wel of niet, en onder welke voorwaarden (wat in te leveren). — Why or why not, and under which conditions.' }) redenen!: Uitleg[];
}

@ObjectType({ description: 'Het antwoord op een beroep op vrijstelling van inschrijving (art 5 a/b/c, 5a, 6–10, 15). — The answer to a beroep op vrijstelling.' })
export class Vrijstellingsbesluit {
  @Field({ description: 'Het beroep voldoet aan de eisen (verklaring, richting, trekkend bestaan, …). — The beroep meets the requirements.' }) geldig!: boolean;
  @Field({ description: 'De kennisgeving is op tijd gedaan (art 6). — The kennisgeving was made in time.' }) tijdig!: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'De uiterste dag voor de kennisgeving die gold (inclusief), bijv. een maand vóór het begin van de leerplicht of vóór 1 juli. — The deadline that applied, inclusive.' }) uiterlijkeKennisgeving!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'De uiterste dag voor de volgende jaarlijkse kennisgeving ("vóór 1 juli", art 6 lid 1 b); null als die niet nodig is. — Next renewal deadline; null if not needed.' }) verlengingUiterlijk!: string | null;
  @Field(() => Beslisser, { description: 'Wie het beroep toetst of beslist: het college van B&W (art 15) of namens het de leerplichtambtenaar. — Who checks or decides.' }) beslisser!: Beslisser;
  @Field(() => [Uitleg], { description: 'Waarom wel of niet geldig en tijdig. — Why (not) valid and timely.' }) redenen!: Uitleg[];
}

@ObjectType({ description: 'Een regel die geldt op de wetsdatum, met zijn bron. — A rule in force, with its citation.' })
export class Regel {
  @Field({ description: 'Vaste id van de regel, bijv. "lpw.art3.begin". — Stable rule id.' }) id!: string;
  @Field(() => Onderwerp, { description: 'Waarover één toepassing van de regel gaat. — What one evaluation of the rule is about.' }) onderwerp!: Onderwerp;
  @Field({ description: 'De uitkomst die de regel beslist (het event type van json-rules-engine). — The outcome it decides.' }) uitkomst!: string;
  @Field(() => Int, { description: 'Volgorde van toepassing: hoger gaat eerst. — Evaluation order: higher first.' }) prioriteit!: number;
  @Field(() => Bron, { description: 'Het wetsartikel waarop de regel rust. — The article it rests on.' }) bron!: Bron;
  @Field(() => LocalDate, { description: 'Eerste dag waarop de regel geldt. — First day in force.' }) geldigVanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag waarop de regel geldt (inclusief); null: nog steeds. — Last day in force, inclusive; null: still.' }) geldigTot!: string | null;
  @Field({ description: 'Sjabloon van de uitleg in het Nederlands. — Explanation template (NL).' }) uitlegNl!: string;
  @Field({ description: 'Sjabloon van de uitleg in het Engels. — Explanation template (EN).' }) uitlegEn!: string;
  @Field({ description: 'Regelbestand, ten opzichte van rules/. — Rule file, relative to rules/.' }) bestand!: string;
  @Field({ description: 'sha256 van de regelset waartoe de regel hoort. — sha256 of its rule set.' }) regelsetHash!: string;
}

@ObjectType({ description: 'De geladen regelset zoals vastgelegd in de database. — The loaded rule set as recorded in the database.' })
export class RegelsetInfo {
  @Field({ description: 'sha256 van alle regelbestanden samen. — sha256 of all rule files.' }) hash!: string;
  @Field(() => Int, { description: 'Aantal regels in de set. — Number of rules.' }) aantalRegels!: number;
  @Field({ description: 'Versie van de engine die de regels uitvoert. — Engine version.' }) engineVersie!: string;
  @Field(() => DateTime, { description: 'Tijdstip waarop de set voor het eerst geladen en vastgelegd werd. — When the set was first loaded and recorded.' }) geladenOp!: string;
  @Field(() => [String], { description: 'De regelbestanden, ten opzichte van rules/. — The rule files, relative to rules/.' }) bestanden!: string[];
}
