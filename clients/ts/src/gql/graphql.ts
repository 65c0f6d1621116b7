/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Wat is aangenomen omdat het niet is opgegeven (stabiele code). — What was assumed because it was not given (stable code). */
export type AannameCode =
  /** Geen diploma's opgegeven: aangenomen is dat er geen startkwalificatie is. — No diplomas given: assumed there is no startkwalificatie. */
  | 'GEEN_DIPLOMAS'
  /** Geen gemeente opgegeven terwijl er beleidspakketten gelden: geen lokaal beleid toegepast (signalen en beleidspakketten zijn leeg). — No gemeente given while policy packs exist: no local policy applied. */
  | 'GEEN_GEMEENTE'
  /** Geen inschrijvingen opgegeven (het veld ontbreekt; een lege lijst betekent: nergens ingeschreven). — No inschrijvingen given (field absent; an empty list means: not enrolled). */
  | 'GEEN_INSCHRIJVINGEN'
  /** Geen schooljaren opgegeven: de leerplicht eindigt naar leeftijd (art 3 lid 1 onder b), niet na twaalf volledige schooljaren (onder a). — No school history: leerplicht ends by age (art 3 lid 1 b), not after twelve full school years (a). */
  | 'GEEN_SCHOOLGESCHIEDENIS'
  /** Geen vakantieregio opgegeven: data die van de schoolvakanties afhangen zijn per regio berekend; de vroegste is genomen. — No vakantieregio: dates that depend on the school holidays were computed per region; the earliest is used. */
  | 'GEEN_VAKANTIEREGIO';

/** Werk van de jongere naast of in plaats van school. — Work of the jongere. */
export type ArbeidInput = {
  /** De jongere heeft een arbeidsovereenkomst (bijv. bij bbl). — Has an employment contract. */
  arbeidsovereenkomst: boolean;
  /** Gewerkte uren per week. — Hours worked per week. */
  urenPerWeek?: number | null | undefined;
};

/** Wie beslist. — Who decides. */
export type Beslisser =
  /** Het college van burgemeester en wethouders. — The municipal executive. */
  | 'COLLEGE'
  /** De directeur (het hoofd) van de school of instelling. — The head of the school. */
  | 'DIRECTEUR'
  /** De leerplichtambtenaar van de woongemeente (art 16). — The attendance officer. */
  | 'LEERPLICHTAMBTENAAR';

/** Wie een verklaring gaf (art 7, 9). — Author of a verklaring. */
export type Deskundige =
  /** Een arts. — A physician. */
  | 'ARTS'
  /** Een pedagoog (academisch gevormd). — An educationalist. */
  | 'PEDAGOOG'
  /** Een psycholoog (academisch gevormd). — A psychologist. */
  | 'PSYCHOLOOG'
  /** Het hoofd van de school buiten Nederland (art 9, bij 5 c). — Head of the school abroad. */
  | 'SCHOOLHOOFD_BUITENLAND';

/** Een behaald diploma of certificaat. — A diploma or certificate obtained. */
export type DiplomaInput = {
  /** Datum waarop het diploma is uitgereikt (vo: uitslagdatum; mbo: besluit van de examencommissie). — Date awarded. */
  datum: string;
  /** Bij BUITENLANDS: het Nederlandse diploma waaraan het gelijkwaardig verklaard is (IDW/Nuffic). — For BUITENLANDS: the Dutch diploma it was declared equivalent to. */
  gelijkwaardigAan?: Diplomasoort | null | undefined;
  /** Soort diploma. — Kind of diploma. */
  soort: Diplomasoort;
};

/** Soort diploma. Een startkwalificatie zijn: HAVO, VWO en MBO_2 t/m MBO_4 (art 1 f; WEB art 7.2.2). — Kind of diploma. */
export type Diplomasoort =
  /** Buitenlands diploma: geen startkwalificatie, tenzij gelijkwaardig verklaard en parameter buitenlandsDiplomaGelijkwaardig aan staat. — Foreign diploma. */
  | 'BUITENLANDS'
  /** Certificaat of deelcertificaat: geen startkwalificatie. — Partial certificate: not a startkwalificatie. */
  | 'DEELCERTIFICAAT'
  /** Havodiploma: een startkwalificatie. — Havo diploma: a startkwalificatie. */
  | 'HAVO'
  /** Diploma basisberoepsopleiding (mbo niveau 2): een startkwalificatie. — Mbo level 2: a startkwalificatie. */
  | 'MBO_2'
  /** Diploma vakopleiding (mbo niveau 3): een startkwalificatie. — Mbo level 3: a startkwalificatie. */
  | 'MBO_3'
  /** Diploma middenkader- of specialistenopleiding (mbo niveau 4): een startkwalificatie. — Mbo level 4: a startkwalificatie. */
  | 'MBO_4'
  /** Diploma entreeopleiding (mbo niveau 1): geen startkwalificatie. — Mbo entry level: not a startkwalificatie. */
  | 'MBO_ENTREE'
  /** Schooldiploma praktijkonderwijs: geen startkwalificatie, wel een uitzondering op de kwalificatieplicht (art 4a lid 2). — Praktijkonderwijs diploma: exception. */
  | 'PRO'
  /** Vmbo-diploma basisberoepsgerichte leerweg: geen startkwalificatie. — Not a startkwalificatie. */
  | 'VMBO_BB'
  /** Vmbo-diploma gemengde leerweg: geen startkwalificatie. — Not a startkwalificatie. */
  | 'VMBO_GL'
  /** Vmbo-diploma kaderberoepsgerichte leerweg: geen startkwalificatie. — Not a startkwalificatie. */
  | 'VMBO_KB'
  /** Vmbo-diploma theoretische leerweg (mavo): geen startkwalificatie. — Not a startkwalificatie. */
  | 'VMBO_TL'
  /** Vso-diploma: geen startkwalificatie. — Not a startkwalificatie. */
  | 'VSO'
  /** Vwo-diploma: een startkwalificatie. — Vwo diploma: a startkwalificatie. */
  | 'VWO';

/** Of vakantieweken meetellen in de vier aaneengesloten weken zonder deelname van WEB 8.1.8a / 9.2.2 (een gekozen lezing). — Whether holiday weeks count in the four-week absence of WEB 8.1.8a / 9.2.2. */
export type DoorstroompuntVakantieweken =
  /** Alleen weken met onderwijs tellen; een vakantieweek telt niet en onderbreekt niet (standaard). — Only weeks with education count (default). */
  | 'ALLEEN_ONDERWIJSWEKEN'
  /** Een vakantieweek binnen een aaneengesloten afwezigheid telt als week. — A holiday week inside a run of absence counts as a week. */
  | 'KALENDERWEKEN';

/** Welk onderdeel van art 3 lid 1 de leerplicht beëindigt. — Which limb of art 3 lid 1 ends leerplicht. */
export type Eindgrond =
  /** Beide onderdelen eindigen op dezelfde dag. — Both on the same day. */
  | 'BEIDE'
  /** Art 3 lid 1 a: einde van het schooljaar na twaalf volledige schooljaren. — After twelve full school years. */
  | 'TWAALF_SCHOOLJAREN'
  /** Art 3 lid 1 b: einde van het schooljaar waarin de jongere 16 wordt. — End of the schooljaar in which the jongere turns 16. */
  | 'ZESTIEN_JAAR';

/** Hoe het evenredig deel voor een kwalificatieplichtige (art 13a lid 2, 14 lid 3: maximum × lesdagen per week / 5) wordt afgerond (een gekozen lezing; standaard HELE_DAGEN_OMLAAG). — How the proportional share is rounded (a reading). */
export type EvenredigDeel =
  /** Niet afgerond (delen van dagen, op honderdsten). — Not rounded (fractions of days, to hundredths). */
  | 'EXACT'
  /** Naar boven afgerond op hele dagen. — Rounded up to whole days. */
  | 'HELE_DAGEN_OMHOOG'
  /** Naar beneden afgerond op hele dagen. — Rounded down to whole days. */
  | 'HELE_DAGEN_OMLAAG';

/** Verjaardag van wie op 29 februari geboren is, in een jaar zonder schrikkeldag (geen wettelijke regel; standaard MAART_1). — Birthday of a 29 February child in a non-leap year. */
export type Feb29Verjaardag =
  /** Op 28 februari. — On 28 February. */
  | 'FEB_28'
  /** Op 1 maart. — On 1 March. */
  | 'MAART_1';

/** Waarom een dag geen schooldag is. — Why a day is no schooldag. */
export type GeenSchooldag =
  /** Een nationale feestdag waarop de scholen dicht zijn. — A national public holiday on which schools close. */
  | 'FEESTDAG'
  /** Een officiële schoolvakantie van de vakantieregio (zonder vakantieregio: van alle drie de regio's). — An official school holiday of the region (without region: of all three). */
  | 'SCHOOLVAKANTIE'
  /** Een opgegeven vrije dag van de school (vrijeDagen). — A given day off of the school. */
  | 'VRIJE_DAG'
  /** Zaterdag of zondag. — Saturday or Sunday. */
  | 'WEEKEND';

/** Een inschrijving bij een school of instelling (art 2 lid 1; art 4a, 4c). — An enrolment at a school or instelling. */
export type InschrijvingInput = {
  /** De school of instelling wordt door de overheid bekostigd of is aangewezen (standaard true). — Publicly funded or designated (default true). */
  bekostigd?: boolean | null | undefined;
  /** Leerweg (vmbo BB/KB/GL/TL, leerwerktraject LWT, mbo BOL/BBL). — Learning pathway. */
  leerweg?: Leerweg | null | undefined;
  /** Lesdagen per week (bijv. 1 bij bbl); bepaalt het aandeel vakantieverlof naar rato bij kwalificatieplicht (art 13a lid 1). — School days per week. */
  lesdagenPerWeek?: number | null | undefined;
  /** Lesuren per week volgens het rooster. — Lesson hours per week. */
  lesurenPerWeek?: number | null | undefined;
  /** Mbo-niveau 1–4 (1 = entree); alleen bij MBO. — Mbo level 1–4; MBO only. */
  niveau?: number | null | undefined;
  /** Soort onderwijs van de inschrijving. — Kind of education. */
  onderwijs: Onderwijssoort;
  /** Laatste dag van de inschrijving (inclusief); leeg: loopt nog. — Last day, inclusive; empty: ongoing. */
  tot?: string | null | undefined;
  /** Uitstroomprofiel bij VSO (WEC art 14 lid 1); arbeidsmarkt en dagbesteding zijn een uitzondering op de kwalificatieplicht (art 4a lid 2). — Vso exit profile. */
  uitstroomprofiel?: Uitstroomprofiel | null | undefined;
  /** Eerste dag van de inschrijving. — First day of the enrolment. */
  vanaf: string;
};

/** Uitzondering op de kwalificatieplicht (art 4a lid 2). — Art 4a lid 2 exception. */
export type Kwalificatieplichtuitzondering =
  /** Schooldiploma of verklaring praktijkonderwijs. — Praktijkonderwijs diploma or statement. */
  | 'PRO_DIPLOMA'
  /** Vso gevolgd in het uitstroomprofiel arbeidsmarkt (WEC art 14 lid 1 b). — Followed vso towards work. */
  | 'VSO_ARBEIDSMARKT'
  /** Een (v)so-school bezocht: de tekst van 2007 tot 1 augustus 2013. — Attended a (v)so school (2007–2013 wording). */
  | 'VSO_BEZOCHT'
  /** Vso gevolgd in het uitstroomprofiel dagbesteding (WEC art 14 lid 1 c). — Followed vso towards day activities. */
  | 'VSO_DAGBESTEDING';

/** Status onder de Leerplichtwet op een dag. — Status under the Leerplichtwet on a day. */
export type LeerplichtStatus =
  /** Kwalificatieplichtig: na de leerplicht, tot 18 jaar of een startkwalificatie (art 4a). — Kwalificatieplichtig. */
  | 'KWALIFICATIEPLICHTIG'
  /** Leerplichtig (art 3). — Leerplichtig. */
  | 'LEERPLICHTIG'
  /** Niet (meer) leer- of kwalificatieplichtig: na het einde, met een startkwalificatie, 18 jaar of een uitzondering. — No longer under the Leerplichtwet. */
  | 'NIET_LEERPLICHTIG'
  /** Nog niet leerplichtig: vóór de eerste schooldag van de maand na de vijfde verjaardag (art 3 lid 1). — Not yet leerplichtig. */
  | 'NOG_NIET_LEERPLICHTIG'
  /** Partieel leerplichtig: de regeling vóór 1 augustus 2007, na de volledige leerplicht. — Partially leerplichtig (before 2007-08-01). */
  | 'PARTIEEL_LEERPLICHTIG';

/** Leerweg in het vmbo of mbo. — Learning pathway. */
export type Leerweg =
  /** Vmbo basisberoepsgerichte leerweg. — Vmbo basic vocational track. */
  | 'BB'
  /** Mbo beroepsbegeleidende leerweg (werken en leren, een bij de wet geregelde combinatie). — Mbo work-based track. */
  | 'BBL'
  /** Mbo beroepsopleidende leerweg (vooral op school). — Mbo school-based track. */
  | 'BOL'
  /** Vmbo gemengde leerweg. — Vmbo combined track. */
  | 'GL'
  /** Vmbo kaderberoepsgerichte leerweg. — Vmbo middle-management vocational track. */
  | 'KB'
  /** Leerwerktraject in het vmbo. — Vmbo learning-working track. */
  | 'LWT'
  /** Vmbo theoretische leerweg. — Vmbo theoretical track. */
  | 'TL';

/** Soort verzuimmelding (DUO-verzuimloket). — Kind of verzuimmelding. */
export type Meldingsoort =
  /** Meer dan een achtste van de les- of praktijktijd in vier lesweken (art 21, vóór 1 augustus 2009). — More than 1/8 of lesson time (before 2009-08-01). */
  | 'ACHTSTE_LESTIJD'
  /** Melding aan het RMC/Doorstroompunt: een 18-plusser zonder startkwalificatie die vier weken niet komt (WEB 8.1.8a, 9.2.2). — Report to the RMC/Doorstroompunt. */
  | 'DOORSTROOMPUNT'
  /** Drie aaneengesloten schooldagen ongeoorloofd verzuim (art 21, vóór 1 augustus 2009). — Three consecutive school days (before 2009-08-01). */
  | 'DRIE_SCHOOLDAGEN'
  /** Langdurig relatief verzuim: ingeschreven en meer dan vier weken aaneengesloten afwezig zonder geldige reden. — Long-term absence. */
  | 'LANGDURIG_RELATIEF'
  /** Luxe verzuim: op vakantie buiten de schoolvakanties zonder verlof; te melden ongeacht het aantal uren. — Holiday without leave. */
  | 'LUXE_VERZUIM'
  /** Overig verzuim (signaalverzuim), bijv. vaak te laat komen: melden mag, hoeft niet. — Other absence: optional. */
  | 'OVERIG'
  /** Ten minste 16 uur ongeoorloofd verzuim in vier aaneengesloten lesweken (art 21a). — 16 hours in 4 lesweken. */
  | 'ZESTIEN_UUR';

/** Levensloop van een vastgelegde melding (DUO-verzuimloket): GEREGISTREERD → IN_BEHANDELING | INGETROKKEN; IN_BEHANDELING → AFGESLOTEN | TER_KENNISGEVING_AANGENOMEN | INGETROKKEN. — Lifecycle of a recorded melding. */
export type Meldingstatus =
  /** Afgehandeld. — Closed. */
  | 'AFGESLOTEN'
  /** Vastgelegd, nog niet opgepakt. — Recorded, not yet taken up. */
  | 'GEREGISTREERD'
  /** Ingetrokken (door de school of de leerplichtambtenaar); telt niet mee in de jaarcijfers. — Withdrawn; not counted. */
  | 'INGETROKKEN'
  /** De leerplichtambtenaar behandelt de melding. — Being handled by the leerplichtambtenaar. */
  | 'IN_BEHANDELING'
  /** Ter kennisgeving aangenomen: geen verdere actie. — Noted, no further action. */
  | 'TER_KENNISGEVING_AANGENOMEN';

/** Voor wie de 16-urenmelding van art 21a verplicht is (een gekozen lezing). — Who the 16-hour report is mandatory for (a reading). */
export type MeldplichtScope =
  /** Voor elke leerling jonger dan 18, ook met startkwalificatie (DUO-lezing). — Every pupil under 18 (DUO reading). */
  | 'ONDER_18'
  /** Alleen voor leer- en kwalificatieplichtigen (standaard). — Only leerplichtig or kwalificatieplichtig pupils (default). */
  | 'STATUS';

/** Soort onderwijs. — Kind of education. */
export type Onderwijssoort =
  /** Avond- of deeltijdonderwijs (voldoet niet aan de kwalificatieplicht, art 4a). — Evening or part-time education. */
  | 'AVONDONDERWIJS'
  /** Onderwijs buiten Nederland (telt niet als school in de zin van art 1 b). — Education abroad. */
  | 'BUITENLAND'
  /** Hoger algemeen voortgezet onderwijs. — Senior general secondary education. */
  | 'HAVO'
  /** Middelbaar beroepsonderwijs (WEB; niveau en leerweg BOL/BBL in de inschrijving). — Secondary vocational education. */
  | 'MBO'
  /** Primair onderwijs: de basisschool. — Primary school. */
  | 'PO'
  /** Praktijkonderwijs. — Practical education. */
  | 'PRO'
  /** Speciaal basisonderwijs. — Special primary school. */
  | 'SBO'
  /** Speciaal onderwijs (WEC). — Special education. */
  | 'SO'
  /** Voortgezet algemeen volwassenenonderwijs (WEB). — General adult education. */
  | 'VAVO'
  /** Voorbereidend middelbaar beroepsonderwijs (de leerweg staat in de inschrijving). — Pre-vocational secondary education. */
  | 'VMBO'
  /** Voortgezet speciaal onderwijs (WEC). — Special secondary education. */
  | 'VSO'
  /** Voorbereidend wetenschappelijk onderwijs. — Pre-university education. */
  | 'VWO';

/** Gekozen lezingen van onduidelijke punten in de wet; een leeg veld neemt de standaard uit rules/parameters. — Named readings of ambiguous points of law. */
export type ParametersInput = {
  /** Een buitenlands diploma dat gelijkwaardig verklaard is (gelijkwaardigAan) telt als startkwalificatie. — Count a foreign diploma declared equivalent as a startkwalificatie. */
  buitenlandsDiplomaGelijkwaardig?: boolean | null | undefined;
  /** Of vakantieweken meetellen in de vier aaneengesloten weken zonder deelname (WEB 8.1.8a, vanaf 2026 9.2.2): ALLEEN_ONDERWIJSWEKEN (standaard) of KALENDERWEKEN. — Whether holiday weeks count in the four-week absence. */
  doorstroompuntVakantieweken?: DoorstroompuntVakantieweken | null | undefined;
  /** Afronding van het evenredig deel van art 13a lid 2 en 14 lid 3 voor een kwalificatieplichtige (standaard naar beneden, op hele dagen). — Rounding of the proportional share (default: down to whole days). */
  evenredigDeel?: EvenredigDeel | null | undefined;
  /** Verjaardag van wie op 29 februari geboren is, in een jaar zonder schrikkeldag. — Birthday of a 29 February child in a non-leap year. */
  feb29Verjaardag?: Feb29Verjaardag | null | undefined;
  /** Voor wie de 16-urenmelding verplicht is (art 21a): STATUS (standaard) alleen leer- en kwalificatieplichtigen, ONDER_18 elke leerling jonger dan 18 (DUO). — Who the 16-hour report is mandatory for. */
  meldplichtScope?: MeldplichtScope | null | undefined;
  /** Na het laatst gegeven volledige schooljaar de volgende jaren als volledig voorspellen (art 3 lid 1 a). — Project school years after the last one given as volledig. */
  prognoseVolledigeSchooljaren?: boolean | null | undefined;
  /** Een vrijgestelde leer- of kwalificatieplichtige die niet naar school gaat telt als thuiszitter (praktijk verschilt per regio; standaard false, zoals het Thuiszitterspact en Ingrado). — Count a vrijgestelde jongere not at school as a thuiszitter. */
  thuiszitterMetVrijstelling?: boolean | null | undefined;
  /** Hoe de termijnen van twee dagen van art 12 (ziekte), 13 (godsdienst) en 14 lid 2 (achteraf) tellen: kalenderdagen (standaard) of schooldagen. — How the two-day terms count: calendar days (default) or school days. */
  verlofTermijnDagen?: VerlofTermijnDagen | null | undefined;
  /** Hoe "terstond" (art 18 lid 1) in kalenderdagen na een verwijderingsbesluit te lezen (standaard 0: dezelfde dag). — "Terstond" as a number of days (default 0). */
  verwijderingMeldtermijnDagen?: number | null | undefined;
  /** Peildatum van de leeftijdsgrens van de vsv-startpopulatie (standaard 1 oktober T). — Peildatum of the age limit of the vsv population. */
  vsvLeeftijdOp?: VsvLeeftijdOp | null | undefined;
};

/** Een plaatsing van de jongere op een school van een richting (art 8, bij 5 b). — A placement at a school of a richting. */
export type PlaatsingInput = {
  /** Richting van de school (bijv. "rooms-katholiek", "openbaar"); vrije tekst van hoogstens 10.000 tekens, zonder stuurtekens. — Denomination; free text. */
  richting: string;
  /** Laatste dag van de plaatsing (inclusief); leeg: loopt nog. — Last day, inclusive; empty: ongoing. */
  tot?: string | null | undefined;
  /** Eerste dag van de plaatsing. — First day. */
  vanaf: string;
};

/** Eén schooljaar uit de schoolgeschiedenis (art 3 lid 1 a, lid 2). — One school year of the school history. */
export type SchooljaarInput = {
  /** Soort onderwijs in dat schooljaar (PO telt voor art 3 lid 2: minder dan acht jaar basisschool geldt als acht). — Kind of education that year. */
  onderwijs: Onderwijssoort;
  /** Schooljaar als "2019/2020" (1 augustus t/m 31 juli): niet vóór het geboortejaar, niet na het schooljaar van de peildatum (of van vandaag, als dat later is); elk hoogstens één keer, en niet meer schooljaren dan hele levensjaren. — "2019/2020"; constraints as stated. */
  schooljaar: string;
  /** Overschrijft of dit jaar meetelt voor de twaalf (bijv. onderwijs in het buitenland); standaard volgens parameter scholenVoorTwaalfSchooljaren. — Override whether this year counts toward the twelve. */
  teltMee?: boolean | null | undefined;
  /** Ingeschreven op een of meer scholen van de eerste schooldag tot het einde van dat schooljaar (een volledig schooljaar, art 3 lid 1 a). — Enrolled from the first schooldag to the end of that schooljaar. */
  volledig: boolean;
};

/** De feiten over één jongere. Een veld dat ontbreekt is "niet gegeven", niet "geen" (zie Beoordeling.aannames). — Facts about one jongere; a missing field means "not given". */
export type SituatieInput = {
  /** Werk van de jongere. — Work of the jongere. */
  arbeid?: ArbeidInput | null | undefined;
  /** Behaalde diploma's en certificaten. — Diplomas obtained. */
  diplomas?: Array<DiplomaInput> | null | undefined;
  /** De jongere kreeg al eerder een Halt-afdoening voor schoolverzuim. — Had a Halt referral for school absence before. */
  eerderHaltVoorSchoolverzuim?: boolean | null | undefined;
  /** Geboortedatum van de jongere. — Date of birth. */
  geboortedatum: string;
  /** Woongemeente van de jongere op de peildatum (CBS-code, 4 cijfers, bijv. "0363"): bepaalt welke beleidspakketten (verzuimprotocollen van gemeente of regio) gelden; zonder gemeente geldt geen beleidspakket. — The woongemeente on the peildatum (CBS code): which policy packs apply; none without it. */
  gemeente?: string | null | undefined;
  /** Inschrijvingen bij scholen en instellingen; leeg laten betekent "niet gegeven" (dan geen oordeel over absoluut verzuim). — Enrolments; omitted means "not given". */
  inschrijvingen?: Array<InschrijvingInput> | null | undefined;
  /** Door de rechter meerderjarig verklaard (BW 1:253ha): de plichten van de ouders rusten dan op de jongere (art 1b). — Declared of age by a court (art 1b). */
  meerderjarigVerklaard?: boolean | null | undefined;
  /** De ouders tonen aan dat het verzuim hun niet te verwijten is (art 2 lid 2). — Parents show they cannot be held responsible. */
  oudersNietVerwijtbaar?: boolean | null | undefined;
  /** Schoolgeschiedenis, voor de regel van twaalf volledige schooljaren (art 3 lid 1 a). — School history, for the 12-schooljaren rule. */
  schooljaren?: Array<SchooljaarInput> | null | undefined;
  /** Officiële schoolvakantieregio van de school; bepaalt schooldagen en lesweken. — Official school-holiday region. */
  vakantieregio?: Vakantieregio | null | undefined;
  /** Verlof dat verleend is. — Leave that was granted. */
  verlof?: Array<VerlofInput> | null | undefined;
  /** Programma's van vervangende leerplicht die burgemeester en wethouders toestonden (art 3a, 3b), met de data van aanvraag en besluit. — Programmes of substitute compulsory education allowed (art 3a, 3b). */
  vervangendeLeerplicht?: Array<VervangendeLeerplichtInput> | null | undefined;
  /** Verzuim per dag (op lesniveau opgeteld). — Lesson-level absence records. */
  verzuim?: Array<VerzuimInput> | null | undefined;
  /** Extra vrije dagen van de school (studiedagen e.d.), geen schooldag. — Extra non-school days of the school. */
  vrijeDagen?: Array<string> | null | undefined;
  /** Vrijstellingen van de inschrijfplicht die gelden. — Exemptions from the enrolment duty. */
  vrijstellingen?: Array<VrijstellingInput> | null | undefined;
};

/** Taal van de uitleg en de foutmeldingen. — Language of explanations and errors. */
export type Taal =
  /** Engels. — English. */
  | 'EN'
  /** Nederlands. — Dutch. */
  | 'NL';

/** Het trekkend bestaan van de ouders (art 5a). — The parents' travelling life. */
export type TrekkendInput = {
  /** Afstand in km van de standplaats tot de dichtstbijzijnde rijdende school. — Distance in km to the nearest rijdende school. */
  afstandRijdendeSchoolKm?: number | null | undefined;
  /** Beroep van de ouders, bijv. kermisexploitant of circusmedewerker; vrije tekst van hoogstens 10.000 tekens, zonder stuurtekens. — Occupation; free text, at most 10,000 characters. */
  beroep: string;
  /** De jongere reist mee met de ouders. — The jongere travels with them. */
  reistMee: boolean;
};

/** Uitstroomprofiel van het vso (WEC art 14 lid 1). — Vso exit profile. */
export type Uitstroomprofiel =
  /** Gericht op de arbeidsmarkt (b): uitzondering op de kwalificatieplicht (art 4a lid 2). — Towards work: exception. */
  | 'ARBEIDSMARKT'
  /** Gericht op dagbesteding (c): uitzondering op de kwalificatieplicht (art 4a lid 2). — Towards day activities: exception. */
  | 'DAGBESTEDING'
  /** Gericht op vervolgonderwijs (a): geen uitzondering op de kwalificatieplicht. — Towards further education: no exception. */
  | 'VERVOLGONDERWIJS';

/** Officiële schoolvakantieregio (regeling schoolvakanties); bepaalt de schooldagen en lesweken. — Official school-holiday region; decides schooldagen and lesweken. */
export type Vakantieregio =
  /** Regio midden. — Region middle. */
  | 'MIDDEN'
  /** Regio noord. — Region north. */
  | 'NOORD'
  /** Regio zuid. — Region south. */
  | 'ZUID';

/** Een verklaring van een deskundige bij een beroep op vrijstelling (art 7 bij 5 a, art 9 bij 5 c). — An expert's statement. */
export type VerklaringInput = {
  /** De deskundige is door burgemeester en wethouders aangewezen (art 7 lid 1). — Designated by the college van B&W. */
  aangewezenDoorBW: boolean;
  /** De deskundige is de behandelend arts of psycholoog (dan niet geldig, art 7; standaard false). — The treating practitioner (default false). */
  behandelend?: boolean | null | undefined;
  /** Datum van de verklaring; bij 5 a hoogstens drie maanden oud op de dag van de kennisgeving (art 7). — Date of the statement. */
  datum: string;
  /** Wie de verklaring gaf. — Who gave the statement. */
  deskundige: Deskundige;
  /** De verklaring zegt dat de jongere nooit geschikt zal zijn (dan geen jaarlijkse verlenging, art 6 lid 3; standaard false). — States the jongere will never be fit. */
  nooitGeschikt?: boolean | null | undefined;
};

/** Verlof dat verleend is (of een geldige melding, bij ziekte en religieuze plichten). — Leave that was granted. */
export type VerlofInput = {
  /** Verleende schooldagen (13a, 14). — Schooldagen granted. */
  dagen?: number | null | undefined;
  /** Soort verlof. — Kind of leave. */
  soort: Verlofsoort;
  /** Laatste dag van het verlof (inclusief). — Last day, inclusive. */
  tot: string;
  /** Verleende uren per week (11a). — Hours per week granted (11a). */
  uren?: number | null | undefined;
  /** Eerste dag van het verlof. — First day. */
  vanaf: string;
};

/** Hoe de termijnen van twee dagen van art 12, 13 en 14 lid 2 tellen (een gekozen lezing; standaard KALENDERDAGEN). — How the two-day terms of art 12, 13 and 14 lid 2 count (a reading). */
export type VerlofTermijnDagen =
  /** Kalenderdagen: elke dag telt, ook weekend en vakantie. — Calendar days. */
  | 'KALENDERDAGEN'
  /** Schooldagen van de kalender van de school (geen weekend, feestdag, vakantie of vrije dag). — School days of the school calendar. */
  | 'SCHOOLDAGEN';

/** Een aanvraag of melding van verlof (art 11a, 12, 13, 13a, 14). — A leave request or notice. */
export type VerlofaanvraagInput = {
  /** Dag van de aanvraag, of van de melding of opgave van redenen (12, 13, 14 lid 2). — Day of the request, or notice. */
  aangevraagdOp: string;
  /** Door de specifieke aard van het beroep van een ouder kan het gezin alleen buiten de schoolvakanties op vakantie (art 11 f, 13a). — A parent's occupation prevents a holiday in the school holidays. */
  beroepOuderVerhindertVakantie?: boolean | null | undefined;
  /** Gevraagde schooldagen (13a, 14); leeg: de schooldagen tussen vanaf en tot. — Schooldagen asked for. */
  dagen?: number | null | undefined;
  /** Soort verlof. — Kind of leave. */
  soort: Verlofsoort;
  /** Laatste dag van het gevraagde verlof (inclusief). — Last day asked for, inclusive. */
  tot: string;
  /** Uren per week die het kind thuisblijft (11a). — Hours per week kept home (11a). */
  uren?: number | null | undefined;
  /** Eerste dag van het gevraagde verlof. — First day asked for. */
  vanaf: string;
  /** De aanvraag is vooraf gedaan (standaard true); achteraf kan alleen bij art 14 lid 2, binnen twee dagen. — Requested beforehand (default true). */
  vooraf?: boolean | null | undefined;
};

/** Soort verlof of vrijstelling van geregeld schoolbezoek (art 11a–14). — Kind of leave. */
export type Verlofsoort =
  /** Verlof wegens andere gewichtige omstandigheden (art 11 g, 14): tot tien dagen per schooljaar de directeur, daarboven de leerplichtambtenaar. — Leave for important circumstances. */
  | 'GEWICHTIG_14'
  /** Plichten voortvloeiend uit godsdienst of levensovertuiging (art 13): ten minste twee dagen van tevoren melden. — Religious duties: notify two days ahead. */
  | 'RELIGIEUS_13'
  /** Vakantieverlof (art 11 f, 13a): eens per schooljaar hoogstens tien schooldagen, niet in de eerste twee lesweken; de directeur beslist. — Holiday leave. */
  | 'VAKANTIE_13A'
  /** Vijfjarige thuishouden (art 11a): tot 5 uur per week na kennisgeving, tot 10 uur met toestemming van de directeur. — Five-year-old kept home. */
  | 'VIJFJARIGE_11A'
  /** Ziekte (art 12): binnen twee dagen na het begin melden. — Illness: notify within two days. */
  | 'ZIEKTE_12';

/** Het artikel waarop burgemeester en wethouders vervangende leerplicht toestonden. — The article of the substitute compulsory education. */
export type VervangendeLeerplichtArtikel =
  /** Art 3a: een jongere van ten minste 14 volgt aan de school een programma met praktijktijd (arbeid van lichte aard), per schooljaar. — Art 3a: a programme with work placement at the school. */
  | 'ART_3A'
  /** Art 3b: inschrijving als mbo- of vavo-student vervangt de inschrijving op een school in het laatste leerplichtige schooljaar. — Art 3b: mbo/vavo replaces school in the last year. */
  | 'ART_3B';

/** Een door burgemeester en wethouders toegestaan programma van vervangende leerplicht (art 3a, 3b). — A programme of substitute compulsory education allowed by the college. */
export type VervangendeLeerplichtInput = {
  /** Dag waarop burgemeester en wethouders de aanvraag (tot 2017: het verzoek) ontvingen; daaruit volgt de besluittermijn. — Day the application was received. */
  aangevraagdOp?: string | null | undefined;
  /** Artikel 3a (programma met praktijktijd aan de school) of 3b (mbo/vavo in het laatste leerplichtige schooljaar). — Art 3a or 3b. */
  artikel: VervangendeLeerplichtArtikel;
  /** Dag van het besluit van burgemeester en wethouders; vóór die dag geldt het programma nog niet. — Day of the decision. */
  besluitOp?: string | null | undefined;
  /** Laatste dag van de toegestane periode (inclusief); bij 3a een schooljaar, dus uiterlijk 31 juli. — Last day, inclusive. */
  tot: string;
  /** Eerste dag van de toegestane periode. — First day of the period allowed. */
  vanaf: string;
};

/** Verzuim op één dag, op lesniveau opgeteld. — Absence on one day. */
export type VerzuimInput = {
  /** De dag van het verzuim (telt alleen op een schooldag). — The day (counts only on a schooldag). */
  datum: string;
  /** Reden van het verzuim; alleen ongeoorloofde redenen tellen voor de meldplicht. — Reason; only unexcused reasons count. */
  reden: Verzuimreden;
  /** Verzuimde uren op die dag (klokuren; een lesuur van hoogstens 60 minuten telt als uur). — Hours missed that day. */
  uren: number;
};

/** Reden van verzuim die de school registreerde. — Reason recorded for an absence. */
export type Verzuimreden =
  /** Ongeoorloofd: zonder geldige reden (telt voor de meldplicht). — Unexcused. */
  | 'ONGEOORLOOFD'
  /** Plichten voortvloeiend uit godsdienst of levensovertuiging (art 11 e, 13): geoorloofd. — Religious duties: excused. */
  | 'RELIGIEUS'
  /** Schorsing als tuchtmaatregel (art 11 c): geoorloofd. — Suspension: excused. */
  | 'SCHORSING'
  /** Te laat gekomen: telt als ongeoorloofd verzuim (uren), herhaald te laat komen kan een melding geven. — Late: counts as unexcused. */
  | 'TE_LAAT'
  /** Op vakantie buiten de schoolvakanties zonder verlof: luxe verzuim, altijd te melden. — Holiday without leave: luxe verzuim. */
  | 'VAKANTIE_ZONDER_VERLOF'
  /** Verleend verlof (art 13a, 14): geoorloofd binnen het verleende verlof. — Granted leave: excused. */
  | 'VERLOF'
  /** Thuisgehouden vijfjarige (art 11a): geoorloofd tot 5 uur per week, met toestemming tot 10. — Five-year-old kept home (art 11a). */
  | 'VIJFJARIGE_11A'
  /** Ziekte van de jongere (art 11 d, 12): geoorloofd. — Illness: excused. */
  | 'ZIEKTE';

/** Een vrijstelling van de plicht tot inschrijving die geldt (art 5, 5a, 15). — A vrijstelling from the enrolment duty. */
export type VrijstellingInput = {
  /** Artikel waarop de vrijstelling rust. — Its legal ground. */
  grond: Vrijstellingsgrond;
  /** Laatste dag (inclusief); leeg: zonder einde. — Last day, inclusive; empty: open-ended. */
  tot?: string | null | undefined;
  /** Eerste dag van de vrijstelling. — First day. */
  vanaf: string;
};

/** Een beroep op vrijstelling van inschrijving (art 5, 5a, 6–10, 15). — A beroep op vrijstelling. */
export type VrijstellingsberoepInput = {
  /** De grond waarop het beroep rust. — Its ground. */
  grond: Vrijstellingsgrond;
  /** Dag van de kennisgeving aan burgemeester en wethouders (art 6). — Day of the kennisgeving. */
  kennisgevingOp: string;
  /** Plaatsingen op scholen in de periode vóór de kennisgeving (art 8, bij 5 b). — Placements (art 8). */
  plaatsingen?: Array<PlaatsingInput> | null | undefined;
  /** Richting waartegen de ouders overwegende bedenkingen hebben (art 5 b, 8); vrije tekst van hoogstens 10.000 tekens, zonder stuurtekens. — Richting objected to; free text. */
  richtingBezwaar?: string | null | undefined;
  /** Laatste dag van de gevraagde periode (inclusief). — Last day, inclusive. */
  tot?: string | null | undefined;
  /** Het trekkend bestaan van de ouders (art 5a). — Travelling life (art 5a). */
  trekkend?: TrekkendInput | null | undefined;
  /** Eerste dag van de gevraagde periode (art 15 vraagt begin- en einddatum). — First day of the period asked for. */
  vanaf?: string | null | undefined;
  /** Verklaring van een deskundige: art 7 (bij 5 a) of art 9 (bij 5 c). — Art 7 (5 a) or art 9 (5 c) statement. */
  verklaring?: VerklaringInput | null | undefined;
  /** Aangetoond dat de jongere op een andere wijze voldoende onderwijs krijgt (art 15). — Sufficient other education shown (art 15). */
  voldoendeOnderwijsAangetoond?: boolean | null | undefined;
  /** Schooljaar ("2025/2026") waarvoor de jaarlijkse kennisgeving geldt (art 6 lid 1 b). — Schooljaar of the yearly renewal. */
  voorSchooljaar?: string | null | undefined;
};

/** Grond van een vrijstelling van de plicht tot inschrijving. — Ground of an exemption from the enrolment duty. */
export type Vrijstellingsgrond =
  /** Art 5a: trekkend bestaan van de ouders, de jongere reist mee. — Travelling life of the parents. */
  | 'ART_5A'
  /** Art 5 onder a: op lichamelijke of psychische gronden niet geschikt om tot een school toegelaten te worden. — Not fit for school. */
  | 'ART_5_A'
  /** Art 5 onder b: overwegende bedenkingen tegen de richting van het onderwijs op alle scholen binnen redelijke afstand. — Objection to the denomination of all schools nearby. */
  | 'ART_5_B'
  /** Art 5 onder c: ingeschreven bij en geregeld bezoek van een school buiten Nederland. — Attending a school abroad. */
  | 'ART_5_C'
  /** Art 15: vrijstelling van de kwalificatieplicht; de jongere krijgt anders voldoende onderwijs. — Exemption from kwalificatieplicht. */
  | 'ART_15';

/** Peildatum van de leeftijdsgrens van de vsv-startpopulatie (een gekozen lezing). — Peildatum of the age limit of the vsv starting population. */
export type VsvLeeftijdOp =
  /** 1 oktober van het begin van het schooljaar (T). — 1 October of year T. */
  | 'EEN_OKTOBER_T'
  /** 1 oktober van het volgende schooljaar (T+1). — 1 October of year T+1. */
  | 'EEN_OKTOBER_T1';

/** Wat door een aanname onjuist kan zijn (stabiele code). — What may be wrong because of an assumption (stable code). */
export type WaarschuwingCode =
  /** Of er absoluut verzuim is, is niet te zeggen zonder inschrijvingen (absoluutVerzuim is null). — Whether there is absoluut verzuim cannot be said without inschrijvingen. */
  | 'ABSOLUUT_VERZUIM_ONBEKEND'
  /** De eerste dag van de leerplicht verschilt per vakantieregio; leerplichtigVanaf is de vroegste (zie leerplichtigVanafPerRegio). — The first day of leerplicht differs per region; leerplichtigVanaf is the earliest. */
  | 'BEGIN_HANGT_AF_VAN_REGIO'
  /** Zonder schoolgeschiedenis kan de leerplicht eerder eindigen dan opgegeven (twaalf volledige schooljaren). — Without school history leerplicht may end earlier (twelve full school years). */
  | 'EINDE_NAAR_LEEFTIJD_AANGENOMEN'
  /** Beoordeeld alsof er geen startkwalificatie is; met een diploma kan de kwalificatieplicht eerder eindigen. — Judged as if there is no startkwalificatie; a diploma may end kwalificatieplicht earlier. */
  | 'GEEN_STARTKWALIFICATIE_AANGENOMEN'
  /** Op de wetsdatum definieert geen regeling de jongere in een kwetsbare positie (vóór 2016-09-18, of vanaf 2026-01-01): kwetsbarePositie is geen oordeel en citeert niets. — On the wetsdatum no regulation defines the JiKP: kwetsbarePositie is no verdict. */
  | 'JIKP_NIET_GEDEFINIEERD'
  /** De officiële schoolvakanties zijn voor die datum niet bekend (buiten de gedekte schooljaren): de datum kan in een vakantie vallen. — The official school holidays are not known for that date: it may fall in a holiday. */
  | 'KALENDER_ONBEKEND'
  /** Beoordeeld alsof de jongere nergens ingeschreven staat. — Judged as if the young person is not enrolled anywhere. */
  | 'NIET_INGESCHREVEN_AANGENOMEN'
  /** Op de peildatum is de status niet in elke vakantieregio dezelfde. — On the peildatum the status is not the same in every region. */
  | 'STATUS_VERSCHILT_PER_REGIO'
  /** Verzuim is geteld zonder de schoolvakanties van een regio: vakantieweken tellen als lesweek, en verzuim in de vakantie van één of twee regio's telt mee. — Verzuim counted without a region's school holidays. */
  | 'VERZUIM_ZONDER_SCHOOLVAKANTIES';

export type UitlegMetBronFragment = { regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } };

export type EerlijkheidFragment = { aannames: Array<{ code: AannameCode, invoer: string, tekst: string, velden: Array<string> }>, waarschuwingen: Array<{ code: WaarschuwingCode, invoer: Array<string>, tekst: string, velden: Array<string> }> };

export type GewichtigeOmstandighedenQueryVariables = Exact<{
  situatie: SituatieInput;
  aanvraag: VerlofaanvraagInput;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type GewichtigeOmstandighedenQuery = { verlofaanvraag: { toelaatbaar: boolean, beslisser: Beslisser, maxDagen: number | null, redenen: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }> } };

export type JaarcijfersQueryVariables = Exact<{
  gemeente: string;
  schooljaar: string;
}>;


export type JaarcijfersQuery = { jaarcijfers: { gemeente: string, schooljaar: string, leerlingen: number, luxeVerzuim: number, thuiszitters: number, voortijdigSchoolverlaters: number, vrijstellingen: Array<{ grond: Vrijstellingsgrond, aantal: number }>, meldingen: Array<{ soort: Meldingsoort, aantal: number }>, fouten: Array<{ leerlingId: string, code: string, bericht: string }> } };

export type LeerplichtStatusQueryVariables = Exact<{
  situatie: SituatieInput;
  peildatum: string;
  wetsdatum?: string | null | undefined;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type LeerplichtStatusQuery = { beoordeling: { peildatum: string, wetsdatum: string, leeftijd: number, leerplicht: { status: LeerplichtStatus, afhankelijkVanRegio: boolean, leerplichtigVanaf: string, leerplichtigTot: string, eindgrond: Eindgrond, kwalificatieplichtigVanaf: string | null, kwalificatieplichtigTot: string | null, uitzondering: Kwalificatieplichtuitzondering | null, inschrijfplichtVrijgesteld: boolean, absoluutVerzuim: boolean | null, inschrijvingVoldoet: boolean | null, leerplichtigVanafPerRegio: Array<{ regio: Vakantieregio, datum: string | null }>, uitleg: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }> }, uitleg: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }>, aannames: Array<{ code: AannameCode, invoer: string, tekst: string, velden: Array<string> }>, waarschuwingen: Array<{ code: WaarschuwingCode, invoer: Array<string>, tekst: string, velden: Array<string> }> } };

export type MeldingenQueryVariables = Exact<{
  peildatum: string;
  gemeente?: string | null | undefined;
  brin?: string | null | undefined;
  alleenVerplicht?: boolean | null | undefined;
  alleenNietGeregistreerd?: boolean | null | undefined;
  eerste?: number | null | undefined;
  na?: string | null | undefined;
  taal?: Taal | null | undefined;
}>;


export type MeldingenQuery = { meldingenOverzicht: { volgende: string | null, meldingen: Array<{ leerlingId: string, soort: Meldingsoort, verplicht: boolean, begindatum: string, einddatum: string, uren: number, uitleg: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }>, melding: { id: string, status: Meldingstatus, geregistreerdOp: string } | null }>, fouten: Array<{ leerlingId: string, code: string, bericht: string }> } };

export type MeldplichtQueryVariables = Exact<{
  situatie: SituatieInput;
  peildatum: string;
  wetsdatum?: string | null | undefined;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type MeldplichtQuery = { beoordeling: { peildatum: string, leerplicht: { status: LeerplichtStatus }, verzuim: { meldplicht: boolean, maxUrenVierLesweken: number, meldingen: Array<{ soort: Meldingsoort, verplicht: boolean, begindatum: string, einddatum: string, uren: number, uitleg: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }> }>, uitleg: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }>, genegeerd: Array<{ datum: string, uren: number, reden: Verzuimreden, geenSchooldag: GeenSchooldag, toelichting: string }> }, aannames: Array<{ code: AannameCode, invoer: string, tekst: string, velden: Array<string> }>, waarschuwingen: Array<{ code: WaarschuwingCode, invoer: Array<string>, tekst: string, velden: Array<string> }> } };

export type SignalenQueryVariables = Exact<{
  sinds: string;
  brin?: string | null | undefined;
  gemeente?: string | null | undefined;
  eerste?: number | null | undefined;
  na?: string | number | null | undefined;
}>;


export type SignalenQuery = { signalen: Array<{ id: string, leerlingId: string, soort: Meldingsoort, verplicht: boolean, begindatum: string, einddatum: string, uren: number, brin: string | null, gemeente: string, peildatum: string, gevondenOp: string, runId: string }> };

export type StartkwalificatieQueryVariables = Exact<{
  situatie: SituatieInput;
  peildatum: string;
  wetsdatum?: string | null | undefined;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type StartkwalificatieQuery = { beoordeling: { peildatum: string, leeftijd: number, startkwalificatie: { behaald: boolean, datum: string | null, diploma: Diplomasoort | null, uitleg: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }> }, leerplicht: { status: LeerplichtStatus, kwalificatieplichtigVanaf: string | null, kwalificatieplichtigTot: string | null }, aannames: Array<{ code: AannameCode, invoer: string, tekst: string, velden: Array<string> }>, waarschuwingen: Array<{ code: WaarschuwingCode, invoer: Array<string>, tekst: string, velden: Array<string> }> } };

export type TijdlijnQueryVariables = Exact<{
  situatie: SituatieInput;
  peildatum: string;
  wetsdatum?: string | null | undefined;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type TijdlijnQuery = { beoordeling: { peildatum: string, tijdlijn: Array<{ status: LeerplichtStatus, vanaf: string, tot: string | null, grond: { regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } } }>, aannames: Array<{ code: AannameCode, invoer: string, tekst: string, velden: Array<string> }>, waarschuwingen: Array<{ code: WaarschuwingCode, invoer: Array<string>, tekst: string, velden: Array<string> }> } };

export type VakantieverlofQueryVariables = Exact<{
  situatie: SituatieInput;
  aanvraag: VerlofaanvraagInput;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type VakantieverlofQuery = { verlofaanvraag: { toelaatbaar: boolean, beslisser: Beslisser, maxDagen: number | null, redenen: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }> } };

export type VrijstellingsberoepQueryVariables = Exact<{
  situatie: SituatieInput;
  beroep: VrijstellingsberoepInput;
  taal?: Taal | null | undefined;
  parameters?: ParametersInput | null | undefined;
}>;


export type VrijstellingsberoepQuery = { vrijstellingsberoep: { geldig: boolean, tijdig: boolean, uiterlijkeKennisgeving: string | null, verlengingUiterlijk: string | null, beslisser: Beslisser, redenen: Array<{ regel: string, tekst: string, bron: { wet: string, artikel: string, lid: string | null, onderdeel: string | null, jci: string, url: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UitlegMetBronFragmentDoc = new TypedDocumentString(`
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}
    `, {"fragmentName":"UitlegMetBron"}) as unknown as TypedDocumentString<UitlegMetBronFragment, unknown>;
export const EerlijkheidFragmentDoc = new TypedDocumentString(`
    fragment Eerlijkheid on Beoordeling {
  aannames {
    code
    invoer
    tekst
    velden
  }
  waarschuwingen {
    code
    invoer
    tekst
    velden
  }
}
    `, {"fragmentName":"Eerlijkheid"}) as unknown as TypedDocumentString<EerlijkheidFragment, unknown>;
export const GewichtigeOmstandighedenDocument = new TypedDocumentString(`
    query GewichtigeOmstandigheden($situatie: SituatieInput!, $aanvraag: VerlofaanvraagInput!, $taal: Taal, $parameters: ParametersInput) {
  verlofaanvraag(
    situatie: $situatie
    aanvraag: $aanvraag
    taal: $taal
    parameters: $parameters
  ) {
    toelaatbaar
    beslisser
    maxDagen
    redenen {
      ...UitlegMetBron
    }
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}`) as unknown as TypedDocumentString<GewichtigeOmstandighedenQuery, GewichtigeOmstandighedenQueryVariables>;
export const JaarcijfersDocument = new TypedDocumentString(`
    query Jaarcijfers($gemeente: String!, $schooljaar: String!) {
  jaarcijfers(gemeente: $gemeente, schooljaar: $schooljaar) {
    gemeente
    schooljaar
    leerlingen
    vrijstellingen {
      grond
      aantal
    }
    meldingen {
      soort
      aantal
    }
    luxeVerzuim
    thuiszitters
    voortijdigSchoolverlaters
    fouten {
      leerlingId
      code
      bericht
    }
  }
}
    `) as unknown as TypedDocumentString<JaarcijfersQuery, JaarcijfersQueryVariables>;
export const LeerplichtStatusDocument = new TypedDocumentString(`
    query LeerplichtStatus($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal, $parameters: ParametersInput) {
  beoordeling(
    situatie: $situatie
    peildatum: $peildatum
    wetsdatum: $wetsdatum
    taal: $taal
    parameters: $parameters
  ) {
    peildatum
    wetsdatum
    leeftijd
    leerplicht {
      status
      afhankelijkVanRegio
      leerplichtigVanaf
      leerplichtigVanafPerRegio {
        regio
        datum
      }
      leerplichtigTot
      eindgrond
      kwalificatieplichtigVanaf
      kwalificatieplichtigTot
      uitzondering
      inschrijfplichtVrijgesteld
      absoluutVerzuim
      inschrijvingVoldoet
      uitleg {
        ...UitlegMetBron
      }
    }
    uitleg {
      ...UitlegMetBron
    }
    ...Eerlijkheid
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}
fragment Eerlijkheid on Beoordeling {
  aannames {
    code
    invoer
    tekst
    velden
  }
  waarschuwingen {
    code
    invoer
    tekst
    velden
  }
}`) as unknown as TypedDocumentString<LeerplichtStatusQuery, LeerplichtStatusQueryVariables>;
export const MeldingenDocument = new TypedDocumentString(`
    query Meldingen($peildatum: LocalDate!, $gemeente: String, $brin: String, $alleenVerplicht: Boolean, $alleenNietGeregistreerd: Boolean, $eerste: Int, $na: String, $taal: Taal) {
  meldingenOverzicht(
    peildatum: $peildatum
    gemeente: $gemeente
    brin: $brin
    alleenVerplicht: $alleenVerplicht
    alleenNietGeregistreerd: $alleenNietGeregistreerd
    eerste: $eerste
    na: $na
    taal: $taal
  ) {
    meldingen {
      leerlingId
      soort
      verplicht
      begindatum
      einddatum
      uren
      uitleg {
        ...UitlegMetBron
      }
      melding {
        id
        status
        geregistreerdOp
      }
    }
    fouten {
      leerlingId
      code
      bericht
    }
    volgende
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}`) as unknown as TypedDocumentString<MeldingenQuery, MeldingenQueryVariables>;
export const MeldplichtDocument = new TypedDocumentString(`
    query Meldplicht($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal, $parameters: ParametersInput) {
  beoordeling(
    situatie: $situatie
    peildatum: $peildatum
    wetsdatum: $wetsdatum
    taal: $taal
    parameters: $parameters
  ) {
    peildatum
    leerplicht {
      status
    }
    verzuim {
      meldplicht
      maxUrenVierLesweken
      meldingen {
        soort
        verplicht
        begindatum
        einddatum
        uren
        uitleg {
          ...UitlegMetBron
        }
      }
      uitleg {
        ...UitlegMetBron
      }
      genegeerd {
        datum
        uren
        reden
        geenSchooldag
        toelichting
      }
    }
    ...Eerlijkheid
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}
fragment Eerlijkheid on Beoordeling {
  aannames {
    code
    invoer
    tekst
    velden
  }
  waarschuwingen {
    code
    invoer
    tekst
    velden
  }
}`) as unknown as TypedDocumentString<MeldplichtQuery, MeldplichtQueryVariables>;
export const SignalenDocument = new TypedDocumentString(`
    query Signalen($sinds: String!, $brin: String, $gemeente: String, $eerste: Int, $na: ID) {
  signalen(
    sinds: $sinds
    brin: $brin
    gemeente: $gemeente
    eerste: $eerste
    na: $na
  ) {
    id
    leerlingId
    soort
    verplicht
    begindatum
    einddatum
    uren
    brin
    gemeente
    peildatum
    gevondenOp
    runId
  }
}
    `) as unknown as TypedDocumentString<SignalenQuery, SignalenQueryVariables>;
export const StartkwalificatieDocument = new TypedDocumentString(`
    query Startkwalificatie($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal, $parameters: ParametersInput) {
  beoordeling(
    situatie: $situatie
    peildatum: $peildatum
    wetsdatum: $wetsdatum
    taal: $taal
    parameters: $parameters
  ) {
    peildatum
    leeftijd
    startkwalificatie {
      behaald
      datum
      diploma
      uitleg {
        ...UitlegMetBron
      }
    }
    leerplicht {
      status
      kwalificatieplichtigVanaf
      kwalificatieplichtigTot
    }
    ...Eerlijkheid
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}
fragment Eerlijkheid on Beoordeling {
  aannames {
    code
    invoer
    tekst
    velden
  }
  waarschuwingen {
    code
    invoer
    tekst
    velden
  }
}`) as unknown as TypedDocumentString<StartkwalificatieQuery, StartkwalificatieQueryVariables>;
export const TijdlijnDocument = new TypedDocumentString(`
    query Tijdlijn($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal, $parameters: ParametersInput) {
  beoordeling(
    situatie: $situatie
    peildatum: $peildatum
    wetsdatum: $wetsdatum
    taal: $taal
    parameters: $parameters
  ) {
    peildatum
    tijdlijn {
      status
      vanaf
      tot
      grond {
        ...UitlegMetBron
      }
    }
    ...Eerlijkheid
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}
fragment Eerlijkheid on Beoordeling {
  aannames {
    code
    invoer
    tekst
    velden
  }
  waarschuwingen {
    code
    invoer
    tekst
    velden
  }
}`) as unknown as TypedDocumentString<TijdlijnQuery, TijdlijnQueryVariables>;
export const VakantieverlofDocument = new TypedDocumentString(`
    query Vakantieverlof($situatie: SituatieInput!, $aanvraag: VerlofaanvraagInput!, $taal: Taal, $parameters: ParametersInput) {
  verlofaanvraag(
    situatie: $situatie
    aanvraag: $aanvraag
    taal: $taal
    parameters: $parameters
  ) {
    toelaatbaar
    beslisser
    maxDagen
    redenen {
      ...UitlegMetBron
    }
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}`) as unknown as TypedDocumentString<VakantieverlofQuery, VakantieverlofQueryVariables>;
export const VrijstellingsberoepDocument = new TypedDocumentString(`
    query Vrijstellingsberoep($situatie: SituatieInput!, $beroep: VrijstellingsberoepInput!, $taal: Taal, $parameters: ParametersInput) {
  vrijstellingsberoep(
    situatie: $situatie
    beroep: $beroep
    taal: $taal
    parameters: $parameters
  ) {
    geldig
    tijdig
    uiterlijkeKennisgeving
    verlengingUiterlijk
    beslisser
    redenen {
      ...UitlegMetBron
    }
  }
}
    fragment UitlegMetBron on Uitleg {
  regel
  tekst
  bron {
    wet
    artikel
    lid
    onderdeel
    jci
    url
  }
}`) as unknown as TypedDocumentString<VrijstellingsberoepQuery, VrijstellingsberoepQueryVariables>;