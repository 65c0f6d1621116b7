// GraphQL input types of the public contract (shared/API.md), plus named readings.
import { Field, Float, InputType, Int } from 'type-graphql';
import { Deskundige, Diplomasoort, EvenredigDeel, Feb29Verjaardag, VerlofTermijnDagen, VsvLeeftijdOp, DoorstroompuntVakantieweken, Leerweg, Onderwijssoort, Uitstroomprofiel, Vakantieregio, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from './enums';
import { LocalDate } from './scalars';
import { VervangendeLeerplichtInput } from './vervangend-typen';
import { MeldplichtScope } from './schoolbesluit-typen';

@InputType({ description: 'Eén schooljaar uit de schoolgeschiedenis (art 3 lid 1 a, lid 2). — One school year of the school history.' })
export class SchooljaarInput {
  @Field({ description: 'Schooljaar als "2019/2020" (1 augustus t/m 31 juli): niet vóór het geboortejaar, niet na het schooljaar van de peildatum (of van vandaag, als dat later is); elk hoogstens één keer, en niet meer schooljaren dan hele levensjaren. — "2019/2020"; constraints as stated.' }) schooljaar!: string;
  @Field({ description: 'Ingeschreven op een of meer scholen van de eerste schooldag tot het einde van dat schooljaar (een volledig schooljaar, art 3 lid 1 a). — Enrolled from the first schooldag to the end of that schooljaar.' }) volledig!: boolean;
  @Field(() => Onderwijssoort, { description: 'Soort onderwijs in dat schooljaar (PO telt voor art 3 lid 2: minder dan acht jaar basisschool geldt als acht). — Kind of education that year.' }) onderwijs!: Onderwijssoort;
  @Field({ nullable: true, description: 'Overschrijft of dit jaar meetelt voor de twaalf (bijv. onderwijs in het buitenland); standaard volgens parameter scholenVoorTwaalfSchooljaren. — Override whether this year counts toward the twelve.' }) teltMee?: boolean;
}

@InputType({ description: 'Een inschrijving bij een school of instelling (art 2 lid 1; art 4a, 4c). — An enrolment at a school or instelling.' })
export class InschrijvingInput {
  @Field(() => Onderwijssoort, { description: 'Soort onderwijs van de inschrijving. — Kind of education.' }) onderwijs!: Onderwijssoort;
  @Field(() => LocalDate, { description: 'Eerste dag van de inschrijving. — First day of the enrolment.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van de inschrijving (inclusief); leeg: loopt nog. — Last day, inclusive; empty: ongoing.' }) tot?: string;
  @Field(() => Int, { nullable: true, description: 'Mbo-niveau 1–4 (1 = entree); alleen bij MBO. — Mbo level 1–4; MBO only.' }) niveau?: number;
  @Field(() => Leerweg, { nullable: true, description: 'Leerweg (vmbo BB/KB/GL/TL, leerwerktraject LWT, mbo BOL/BBL). — Learning pathway.' }) leerweg?: Leerweg;
  @Field(() => Uitstroomprofiel, { nullable: true, description: 'Uitstroomprofiel bij VSO (WEC art 14 lid 1); arbeidsmarkt en dagbesteding zijn een uitzondering op de kwalificatieplicht (art 4a lid 2). — Vso exit profile.' }) uitstroomprofiel?: Uitstroomprofiel;
  @Field({ nullable: true, defaultValue: true, description: 'De school of instelling wordt door de overheid bekostigd of is aangewezen (standaard true). — Publicly funded or designated (default true).' }) bekostigd?: boolean;
  @Field(() => Float, { nullable: true, description: 'Lesdagen per week (bijv. 1 bij bbl); bepaalt het aandeel vakantieverlof naar rato bij kwalificatieplicht (art 13a lid 1). — School days per week.' }) lesdagenPerWeek?: number;
  @Field(() => Float, { nullable: true, description: 'Lesuren per week volgens het rooster. — Lesson hours per week.' }) lesurenPerWeek?: number;
}

@InputType({ description: 'Een behaald diploma of certificaat. — A diploma or certificate obtained.' })
export class DiplomaInput {
  @Field(() => Diplomasoort, { description: 'Soort diploma. — Kind of diploma.' }) soort!: Diplomasoort;
  @Field(() => LocalDate, { description: 'Datum waarop het diploma is uitgereikt (vo: uitslagdatum; mbo: besluit van de examencommissie). — Date awarded.' }) datum!: string;
  @Field(() => Diplomasoort, { nullable: true, description: 'Bij BUITENLANDS: het Nederlandse diploma waaraan het gelijkwaardig verklaard is (IDW/Nuffic). — For BUITENLANDS: the Dutch diploma it was declared equivalent to.' }) gelijkwaardigAan?: Diplomasoort;
}

@InputType({ description: 'Een vrijstelling van de plicht tot inschrijving die geldt (art 5, 5a, 15). — A vrijstelling from the enrolment duty.' })
export class VrijstellingInput {
  @Field(() => Vrijstellingsgrond, { description: 'Artikel waarop de vrijstelling rust. — Its legal ground.' }) grond!: Vrijstellingsgrond;
  @Field(() => LocalDate, { description: 'Eerste dag van de vrijstelling. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag (inclusief); leeg: zonder einde. — Last day, inclusive; empty: open-ended.' }) tot?: string;
}

@InputType({ description: 'Verzuim op één dag, op lesniveau opgeteld. — Absence on one day.' })
export class VerzuimInput {
  @Field(() => LocalDate, { description: 'De dag van het verzuim (telt alleen op een schooldag). — The day (counts only on a schooldag).' }) datum!: string;
  @Field(() => Float, { description: 'Verzuimde uren op die dag (klokuren; een lesuur van hoogstens 60 minuten telt als uur). — Hours missed that day.' }) uren!: number;
  @Field(() => Verzuimreden, { description: 'Reden van het verzuim; alleen ongeoorloofde redenen tellen voor de meldplicht. — Reason; only unexcused reasons count.' }) reden!: Verzuimreden;
}

@InputType({ description: 'Verlof dat verleend is (of een geldige melding, bij ziekte en religieuze plichten). — Leave that was granted.' })
export class VerlofInput {
  @Field(() => Verlofsoort, { description: 'Soort verlof. — Kind of leave.' }) soort!: Verlofsoort;
  @Field(() => LocalDate, { description: 'Eerste dag van het verlof. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { description: 'Laatste dag van het verlof (inclusief). — Last day, inclusive.' }) tot!: string;
  @Field(() => Float, { nullable: true, description: 'Verleende schooldagen (13a, 14). — Schooldagen granted.' }) dagen?: number;
  @Field(() => Float, { nullable: true, description: 'Verleende uren per week (11a). — Hours per week granted (11a).' }) uren?: number;
}

@InputType({ description: 'Werk van de jongere naast of in plaats van school. — Work of the jongere.' })
export class ArbeidInput {
  @Field({ description: 'De jongere heeft een arbeidsovereenkomst (bijv. bij bbl). — Has an employment contract.' }) arbeidsovereenkomst!: boolean;
  @Field(() => Float, { nullable: true, description: 'Gewerkte uren per week. — Hours worked per week.' }) urenPerWeek?: number;
}

@InputType({ description: 'De feiten over één jongere. Een veld dat ontbreekt is "niet gegeven", niet "geen" (zie Beoordeling.aannames). — Facts about one jongere; a missing field means "not given".' })
export class SituatieInput {
  @Field(() => LocalDate, { description: 'Geboortedatum van de jongere. — Date of birth.' }) geboortedatum!: string;
  @Field(() => Vakantieregio, { nullable: true, description: 'Officiële schoolvakantieregio van de school; bepaalt schooldagen en lesweken. — Official school-holiday region.' }) vakantieregio?: Vakantieregio;
  @Field(() => String, { nullable: true, description: 'Woongemeente van de jongere op de peildatum (CBS-code, 4 cijfers, bijv. "0363"): bepaalt welke beleidspakketten (verzuimprotocollen van gemeente of regio) gelden; zonder gemeente geldt geen beleidspakket. — The woongemeente on the peildatum (CBS code): which policy packs apply; none without it.' }) gemeente?: string;
  @Field(() => [LocalDate], { nullable: true, description: 'Extra vrije dagen van de school (studiedagen e.d.), geen schooldag. — Extra non-school days of the school.' }) vrijeDagen?: string[];
  @Field(() => [SchooljaarInput], { nullable: true, description: 'Schoolgeschiedenis, voor de regel van twaalf volledige schooljaren (art 3 lid 1 a). — School history, for the 12-schooljaren rule.' }) schooljaren?: SchooljaarInput[];
  @Field(() => [InschrijvingInput], { nullable: true, description: 'Inschrijvingen bij scholen en instellingen; leeg laten betekent "niet gegeven" (dan geen oordeel over absoluut verzuim). — Enrolments; omitted means "not given".' }) inschrijvingen?: InschrijvingInput[];
  @Field(() => [DiplomaInput], { nullable: true, description: 'Behaalde diploma\'s en certificaten. — Diplomas obtained.' }) diplomas?: DiplomaInput[];
  @Field(() => [VrijstellingInput], { nullable: true, description: 'Vrijstellingen van de inschrijfplicht die gelden. — Exemptions from the enrolment duty.' }) vrijstellingen?: VrijstellingInput[];
  @Field(() => [VerzuimInput], { nullable: true, description: 'Verzuim per dag (op lesniveau opgeteld). — Lesson-level absence records.' }) verzuim?: VerzuimInput[];
  @Field(() => [VerlofInput], { nullable: true, description: 'Verlof dat verleend is. — Leave that was granted.' }) verlof?: VerlofInput[];
  @Field(() => ArbeidInput, { nullable: true, description: 'Werk van de jongere. — Work of the jongere.' }) arbeid?: ArbeidInput;
  @Field(() => [VervangendeLeerplichtInput], { nullable: true, description: 'Programma\'s van vervangende leerplicht die burgemeester en wethouders toestonden (art 3a, 3b), met de data van aanvraag en besluit. — Programmes of substitute compulsory education allowed (art 3a, 3b).' }) vervangendeLeerplicht?: VervangendeLeerplichtInput[];
  @Field({ nullable: true, description: 'Door de rechter meerderjarig verklaard (BW 1:253ha): de plichten van de ouders rusten dan op de jongere (art 1b). — Declared of age by a court (art 1b).' }) meerderjarigVerklaard?: boolean;
  @Field({ nullable: true, description: 'De ouders tonen aan dat het verzuim hun niet te verwijten is (art 2 lid 2). — Parents show they cannot be held responsible.' }) oudersNietVerwijtbaar?: boolean;
  @Field({ nullable: true, description: 'De jongere kreeg al eerder een Halt-afdoening voor schoolverzuim. — Had a Halt referral for school absence before.' }) eerderHaltVoorSchoolverzuim?: boolean;
}

@InputType({ description: 'Gekozen lezingen van onduidelijke punten in de wet; een leeg veld neemt de standaard uit rules/parameters. — Named readings of ambiguous points of law.' })
export class ParametersInput {
  @Field(() => Feb29Verjaardag, { nullable: true, description: 'Verjaardag van wie op 29 februari geboren is, in een jaar zonder schrikkeldag. — Birthday of a 29 February child in a non-leap year.' }) feb29Verjaardag?: Feb29Verjaardag;
  @Field({ nullable: true, description: 'Een buitenlands diploma dat gelijkwaardig verklaard is (gelijkwaardigAan) telt als startkwalificatie. — Count a foreign diploma declared equivalent as a startkwalificatie.' }) buitenlandsDiplomaGelijkwaardig?: boolean;
  @Field({ nullable: true, description: 'Na het laatst gegeven volledige schooljaar de volgende jaren als volledig voorspellen (art 3 lid 1 a). — Project school years after the last one given as volledig.' }) prognoseVolledigeSchooljaren?: boolean;
  @Field(() => DoorstroompuntVakantieweken, { nullable: true, description: 'Of vakantieweken meetellen in de vier aaneengesloten weken zonder deelname (WEB 8.1.8a, vanaf 2026 9.2.2): ALLEEN_ONDERWIJSWEKEN (standaard) of KALENDERWEKEN. — Whether holiday weeks count in the four-week absence.' }) doorstroompuntVakantieweken?: DoorstroompuntVakantieweken;
  @Field(() => VsvLeeftijdOp, { nullable: true, description: 'Peildatum van de leeftijdsgrens van de vsv-startpopulatie (standaard 1 oktober T). — Peildatum of the age limit of the vsv population.' }) vsvLeeftijdOp?: VsvLeeftijdOp;
  @Field(() => VerlofTermijnDagen, { nullable: true, description: 'Hoe de termijnen van twee dagen van art 12 (ziekte), 13 (godsdienst) en 14 lid 2 (achteraf) tellen: kalenderdagen (standaard) of schooldagen. — How the two-day terms count: calendar days (default) or school days.' }) verlofTermijnDagen?: VerlofTermijnDagen;
  @Field(() => EvenredigDeel, { nullable: true, description: 'Afronding van het evenredig deel van art 13a lid 2 en 14 lid 3 voor een kwalificatieplichtige (standaard naar beneden, op hele dagen). — Rounding of the proportional share (default: down to whole days).' }) evenredigDeel?: EvenredigDeel;
  @Field(() => MeldplichtScope, { nullable: true, description: 'Voor wie de 16-urenmelding verplicht is (art 21a): STATUS (standaard) alleen leer- en kwalificatieplichtigen, ONDER_18 elke leerling jonger dan 18 (DUO). — Who the 16-hour report is mandatory for.' }) meldplichtScope?: MeldplichtScope;
  @Field(() => Int, { nullable: true, description: 'Hoe "terstond" (art 18 lid 1) in kalenderdagen na een verwijderingsbesluit te lezen (standaard 0: dezelfde dag). — "Terstond" as a number of days (default 0).' }) verwijderingMeldtermijnDagen?: number;
  @Field({ nullable: true, description: 'Een vrijgestelde leer- of kwalificatieplichtige die niet naar school gaat telt als thuiszitter (praktijk verschilt per regio; standaard false, zoals het Thuiszitterspact en Ingrado). — Count a vrijgestelde jongere not at school as a thuiszitter.' }) thuiszitterMetVrijstelling?: boolean;
}

@InputType({ description: 'Een aanvraag of melding van verlof (art 11a, 12, 13, 13a, 14). — A leave request or notice.' })
export class VerlofaanvraagInput {
  @Field(() => Verlofsoort, { description: 'Soort verlof. — Kind of leave.' }) soort!: Verlofsoort;
  @Field(() => LocalDate, { description: 'Eerste dag van het gevraagde verlof. — First day asked for.' }) vanaf!: string;
  @Field(() => LocalDate, { description: 'Laatste dag van het gevraagde verlof (inclusief). — Last day asked for, inclusive.' }) tot!: string;
  @Field(() => Float, { nullable: true, description: 'Gevraagde schooldagen (13a, 14); leeg: de schooldagen tussen vanaf en tot. — Schooldagen asked for.' }) dagen?: number;
  @Field(() => Float, { nullable: true, description: 'Uren per week die het kind thuisblijft (11a). — Hours per week kept home (11a).' }) uren?: number;
  @Field(() => LocalDate, { description: 'Dag van de aanvraag, of van de melding of opgave van redenen (12, 13, 14 lid 2). — Day of the request, or notice.' }) aangevraagdOp!: string;
  @Field({ nullable: true, defaultValue: true, description: 'De aanvraag is vooraf gedaan (standaard true); achteraf kan alleen bij art 14 lid 2, binnen twee dagen. — Requested beforehand (default true).' }) vooraf?: boolean;
  @Field({ nullable: true, description: 'Door de specifieke aard van het beroep van een ouder kan het gezin alleen buiten de schoolvakanties op vakantie (art 11 f, 13a). — A parent\'s occupation prevents a holiday in the school holidays.' }) beroepOuderVerhindertVakantie?: boolean;
}

@InputType({ description: 'Het trekkend bestaan van de ouders (art 5a). — The parents\' travelling life.' })
export class TrekkendInput {
  @Field({ description: 'Beroep van de ouders, bijv. kermisexploitant of circusmedewerker; vrije tekst van hoogstens 10.000 tekens, zonder stuurtekens. — Occupation; free text, at most 10,000 characters.' }) beroep!: string;
  @Field({ description: 'De jongere reist mee met de ouders. — The jongere travels with them.' }) reistMee!: boolean;
  @Field(() => Float, { nullable: true, description: 'Afstand in km van de standplaats tot de dichtstbijzijnde rijdende school. — Distance in km to the nearest rijdende school.' }) afstandRijdendeSchoolKm?: number;
}

@InputType({ description: 'Een verklaring van een deskundige bij een beroep op vrijstelling (art 7 bij 5 a, art 9 bij 5 c). — An expert\'s statement.' })
export class VerklaringInput {
  @Field(() => LocalDate, { description: 'Datum van de verklaring; bij 5 a hoogstens drie maanden oud op de dag van de kennisgeving (art 7). — Date of the statement.' }) datum!: string;
  @Field(() => Deskundige, { description: 'Wie de verklaring gaf. — Who gave the statement.' }) deskundige!: Deskundige;
  @Field({ description: 'De deskundige is door burgemeester en wethouders aangewezen (art 7 lid 1). — Designated by the college van B&W.' }) aangewezenDoorBW!: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'De deskundige is de behandelend arts of psycholoog (dan niet geldig, art 7; standaard false). — The treating practitioner (default false).' }) behandelend?: boolean;
  @Field({ nullable: true, defaultValue: false, description: 'De verklaring zegt dat de jongere nooit geschikt zal zijn (dan geen jaarlijkse verlenging, art 6 lid 3; standaard false). — States the jongere will never be fit.' }) nooitGeschikt?: boolean;
}

@InputType({ description: 'Een plaatsing van de jongere op een school van een richting (art 8, bij 5 b). — A placement at a school of a richting.' })
export class PlaatsingInput {
  @Field({ description: 'Richting van de school (bijv. "rooms-katholiek", "openbaar"); vrije tekst van hoogstens 10.000 tekens, zonder stuurtekens. — Denomination; free text.' }) richting!: string;
  @Field(() => LocalDate, { description: 'Eerste dag van de plaatsing. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van de plaatsing (inclusief); leeg: loopt nog. — Last day, inclusive; empty: ongoing.' }) tot?: string;
}

@InputType({ description: 'Een beroep op vrijstelling van inschrijving (art 5, 5a, 6–10, 15). — A beroep op vrijstelling.' })
export class VrijstellingsberoepInput {
  @Field(() => Vrijstellingsgrond, { description: 'De grond waarop het beroep rust. — Its ground.' }) grond!: Vrijstellingsgrond;
  @Field(() => LocalDate, { description: 'Dag van de kennisgeving aan burgemeester en wethouders (art 6). — Day of the kennisgeving.' }) kennisgevingOp!: string;
  @Field(() => VerklaringInput, { nullable: true, description: 'Verklaring van een deskundige: art 7 (bij 5 a) of art 9 (bij 5 c). — Art 7 (5 a) or art 9 (5 c) statement.' }) verklaring?: VerklaringInput;
  @Field({ nullable: true, description: 'Richting waartegen de ouders overwegende bedenkingen hebben (art 5 b, 8); vrije tekst van hoogstens 10.000 tekens, zonder stuurtekens. — Richting objected to; free text.' }) richtingBezwaar?: string;
  @Field(() => [PlaatsingInput], { nullable: true, description: 'Plaatsingen op scholen in de periode vóór de kennisgeving (art 8, bij 5 b). — Placements (art 8).' }) plaatsingen?: PlaatsingInput[];
  @Field({ nullable: true, description: 'Schooljaar ("2025/2026") waarvoor de jaarlijkse kennisgeving geldt (art 6 lid 1 b). — Schooljaar of the yearly renewal.' }) voorSchooljaar?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Eerste dag van de gevraagde periode (art 15 vraagt begin- en einddatum). — First day of the period asked for.' }) vanaf?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag van de gevraagde periode (inclusief). — Last day, inclusive.' }) tot?: string;
  @Field({ nullable: true, description: 'Aangetoond dat de jongere op een andere wijze voldoende onderwijs krijgt (art 15). — Sufficient other education shown (art 15).' }) voldoendeOnderwijsAangetoond?: boolean;
  @Field(() => TrekkendInput, { nullable: true, description: 'Het trekkend bestaan van de ouders (art 5a). — Travelling life (art 5a).' }) trekkend?: TrekkendInput;
}
