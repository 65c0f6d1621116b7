// Dutch descriptions (English after " — ") of the enums in enums.ts and of each of their values,
// for the schema's documentation (test/api/schema-beschrijvingen.test.ts asks for every one).

type Waarden = Record<string, { description: string }>;

function waarden(w: Record<string, string>): Waarden {
  return Object.fromEntries(Object.entries(w).map(([k, description]) => [k, { description }]));
}

/** Per enum name: the type's description and its values'. */
export const ENUM_BESCHRIJVINGEN: Record<string, { description: string; valuesConfig: Waarden }> = {
  Vakantieregio: {
    description: 'Officiële schoolvakantieregio (regeling schoolvakanties); bepaalt de schooldagen en lesweken. — Official school-holiday region; decides schooldagen and lesweken.',
    valuesConfig: waarden({
      NOORD: 'Regio noord. — Region north.',
      MIDDEN: 'Regio midden. — Region middle.',
      ZUID: 'Regio zuid. — Region south.',
    }),
  },
  Onderwijssoort: {
    description: 'Soort onderwijs. — Kind of education.',
    valuesConfig: waarden({
      PO: 'Primair onderwijs: de basisschool. — Primary school.',
      SBO: 'Speciaal basisonderwijs. — Special primary school.',
      SO: 'Speciaal onderwijs (WEC). — Special education.',
      VSO: 'Voortgezet speciaal onderwijs (WEC). — Special secondary education.',
      PRO: 'Praktijkonderwijs. — Practical education.',
      VMBO: 'Voorbereidend middelbaar beroepsonderwijs (de leerweg staat in de inschrijving). — Pre-vocational secondary education.',
      HAVO: 'Hoger algemeen voortgezet onderwijs. — Senior general secondary education.',
      VWO: 'Voorbereidend wetenschappelijk onderwijs. — Pre-university education.',
      MBO: 'Middelbaar beroepsonderwijs (WEB; niveau en leerweg BOL/BBL in de inschrijving). — Secondary vocational education.',
      VAVO: 'Voortgezet algemeen volwassenenonderwijs (WEB). — General adult education.',
      BUITENLAND: 'Onderwijs buiten Nederland (telt niet als school in de zin van art 1 b). — Education abroad.',
      AVONDONDERWIJS: 'Avond- of deeltijdonderwijs (voldoet niet aan de kwalificatieplicht, art 4a). — Evening or part-time education.',
    }),
  },
  Leerweg: {
    description: 'Leerweg in het vmbo of mbo. — Learning pathway.',
    valuesConfig: waarden({
      BB: 'Vmbo basisberoepsgerichte leerweg. — Vmbo basic vocational track.',
      KB: 'Vmbo kaderberoepsgerichte leerweg. — Vmbo middle-management vocational track.',
      GL: 'Vmbo gemengde leerweg. — Vmbo combined track.',
      TL: 'Vmbo theoretische leerweg. — Vmbo theoretical track.',
      LWT: 'Leerwerktraject in het vmbo. — Vmbo learning-working track.',
      BOL: 'Mbo beroepsopleidende leerweg (vooral op school). — Mbo school-based track.',
      BBL: 'Mbo beroepsbegeleidende leerweg (werken en leren, een bij de wet geregelde combinatie). — Mbo work-based track.',
    }),
  },
  Uitstroomprofiel: {
    description: 'Uitstroomprofiel van het vso (WEC art 14 lid 1). — Vso exit profile.',
    valuesConfig: waarden({
      VERVOLGONDERWIJS: 'Gericht op vervolgonderwijs (a): geen uitzondering op de kwalificatieplicht. — Towards further education: no exception.',
      ARBEIDSMARKT: 'Gericht op de arbeidsmarkt (b): uitzondering op de kwalificatieplicht (art 4a lid 2). — Towards work: exception.',
      DAGBESTEDING: 'Gericht op dagbesteding (c): uitzondering op de kwalificatieplicht (art 4a lid 2). — Towards day activities: exception.',
    }),
  },
  Diplomasoort: {
    description: 'Soort diploma. Een startkwalificatie zijn: HAVO, VWO en MBO_2 t/m MBO_4 (art 1 f; WEB art 7.2.2). — Kind of diploma.',
    valuesConfig: waarden({
      HAVO: 'Havodiploma: een startkwalificatie. — Havo diploma: a startkwalificatie.',
      VWO: 'Vwo-diploma: een startkwalificatie. — Vwo diploma: a startkwalificatie.',
      MBO_ENTREE: 'Diploma entreeopleiding (mbo niveau 1): geen startkwalificatie. — Mbo entry level: not a startkwalificatie.',
      MBO_2: 'Diploma basisberoepsopleiding (mbo niveau 2): een startkwalificatie. — Mbo level 2: a startkwalificatie.',
      MBO_3: 'Diploma vakopleiding (mbo niveau 3): een startkwalificatie. — Mbo level 3: a startkwalificatie.',
      MBO_4: 'Diploma middenkader- of specialistenopleiding (mbo niveau 4): een startkwalificatie. — Mbo level 4: a startkwalificatie.',
      VMBO_BB: 'Vmbo-diploma basisberoepsgerichte leerweg: geen startkwalificatie. — Not a startkwalificatie.',
      VMBO_KB: 'Vmbo-diploma kaderberoepsgerichte leerweg: geen startkwalificatie. — Not a startkwalificatie.',
      VMBO_GL: 'Vmbo-diploma gemengde leerweg: geen startkwalificatie. — Not a startkwalificatie.',
      VMBO_TL: 'Vmbo-diploma theoretische leerweg (mavo): geen startkwalificatie. — Not a startkwalificatie.',
      PRO: 'Schooldiploma praktijkonderwijs: geen startkwalificatie, wel een uitzondering op de kwalificatieplicht (art 4a lid 2). — Praktijkonderwijs diploma: exception.',
      VSO: 'Vso-diploma: geen startkwalificatie. — Not a startkwalificatie.',
      BUITENLANDS: 'Buitenlands diploma: geen startkwalificatie, tenzij gelijkwaardig verklaard en parameter buitenlandsDiplomaGelijkwaardig aan staat. — Foreign diploma.',
      DEELCERTIFICAAT: 'Certificaat of deelcertificaat: geen startkwalificatie. — Partial certificate: not a startkwalificatie.',
    }),
  },
  Vrijstellingsgrond: {
    description: 'Grond van een vrijstelling van de plicht tot inschrijving. — Ground of an exemption from the enrolment duty.',
    valuesConfig: waarden({
      ART_5_A: 'Art 5 onder a: op lichamelijke of psychische gronden niet geschikt om tot een school toegelaten te worden. — Not fit for school.',
      ART_5_B: 'Art 5 onder b: overwegende bedenkingen tegen de richting van het onderwijs op alle scholen binnen redelijke afstand. — Objection to the denomination of all schools nearby.',
      ART_5_C: 'Art 5 onder c: ingeschreven bij en geregeld bezoek van een school buiten Nederland. — Attending a school abroad.',
      ART_5A: 'Art 5a: trekkend bestaan van de ouders, de jongere reist mee. — Travelling life of the parents.',
      ART_15: 'Art 15: vrijstelling van de kwalificatieplicht; de jongere krijgt anders voldoende onderwijs. — Exemption from kwalificatieplicht.',
    }),
  },
  Verzuimreden: {
    description: 'Reden van verzuim die de school registreerde. — Reason recorded for an absence.',
    valuesConfig: waarden({
      ONGEOORLOOFD: 'Ongeoorloofd: zonder geldige reden (telt voor de meldplicht). — Unexcused.',
      TE_LAAT: 'Te laat gekomen: telt als ongeoorloofd verzuim (uren), herhaald te laat komen kan een melding geven. — Late: counts as unexcused.',
      ZIEKTE: 'Ziekte van de jongere (art 11 d, 12): geoorloofd. — Illness: excused.',
      SCHORSING: 'Schorsing als tuchtmaatregel (art 11 c): geoorloofd. — Suspension: excused.',
      VERLOF: 'Verleend verlof (art 13a, 14): geoorloofd binnen het verleende verlof. — Granted leave: excused.',
      RELIGIEUS: 'Plichten voortvloeiend uit godsdienst of levensovertuiging (art 11 e, 13): geoorloofd. — Religious duties: excused.',
      VAKANTIE_ZONDER_VERLOF: 'Op vakantie buiten de schoolvakanties zonder verlof: luxe verzuim, altijd te melden. — Holiday without leave: luxe verzuim.',
      VIJFJARIGE_11A: 'Thuisgehouden vijfjarige (art 11a): geoorloofd tot 5 uur per week, met toestemming tot 10. — Five-year-old kept home (art 11a).',
    }),
  },
  Verlofsoort: {
    description: 'Soort verlof of vrijstelling van geregeld schoolbezoek (art 11a–14). — Kind of leave.',
    valuesConfig: waarden({
      VAKANTIE_13A: 'Vakantieverlof (art 11 f, 13a): eens per schooljaar hoogstens tien schooldagen, niet in de eerste twee lesweken; de directeur beslist. — Holiday leave.',
      GEWICHTIG_14: 'Verlof wegens andere gewichtige omstandigheden (art 11 g, 14): tot tien dagen per schooljaar de directeur, daarboven de leerplichtambtenaar. — Leave for important circumstances.',
      RELIGIEUS_13: 'Plichten voortvloeiend uit godsdienst of levensovertuiging (art 13): ten minste twee dagen van tevoren melden. — Religious duties: notify two days ahead.',
      ZIEKTE_12: 'Ziekte (art 12): binnen twee dagen na het begin melden. — Illness: notify within two days.',
      VIJFJARIGE_11A: 'Vijfjarige thuishouden (art 11a): tot 5 uur per week na kennisgeving, tot 10 uur met toestemming van de directeur. — Five-year-old kept home.',
    }),
  },
  LeerplichtStatus: {
    description: 'Status onder de Leerplichtwet op een dag. — Status under the Leerplichtwet on a day.',
    valuesConfig: waarden({
      NOG_NIET_LEERPLICHTIG: 'Nog niet leerplichtig: vóór de eerste schooldag van de maand na de vijfde verjaardag (art 3 lid 1). — Not yet leerplichtig.',
      LEERPLICHTIG: 'Leerplichtig (art 3). — Leerplichtig.',
      KWALIFICATIEPLICHTIG: 'Kwalificatieplichtig: na de leerplicht, tot 18 jaar of een startkwalificatie (art 4a). — Kwalificatieplichtig.',
      PARTIEEL_LEERPLICHTIG: 'Partieel leerplichtig: de regeling vóór 1 augustus 2007, na de volledige leerplicht. — Partially leerplichtig (before 2007-08-01).',
      NIET_LEERPLICHTIG: 'Niet (meer) leer- of kwalificatieplichtig: na het einde, met een startkwalificatie, 18 jaar of een uitzondering. — No longer under the Leerplichtwet.',
    }),
  },
  Eindgrond: {
    description: 'Welk onderdeel van art 3 lid 1 de leerplicht beëindigt. — Which limb of art 3 lid 1 ends leerplicht.',
    valuesConfig: waarden({
      ZESTIEN_JAAR: 'Art 3 lid 1 b: einde van het schooljaar waarin de jongere 16 wordt. — End of the schooljaar in which the jongere turns 16.',
      TWAALF_SCHOOLJAREN: 'Art 3 lid 1 a: einde van het schooljaar na twaalf volledige schooljaren. — After twelve full school years.',
      BEIDE: 'Beide onderdelen eindigen op dezelfde dag. — Both on the same day.',
    }),
  },
  Kwalificatieplichtuitzondering: {
    description: 'Uitzondering op de kwalificatieplicht (art 4a lid 2). — Art 4a lid 2 exception.',
    valuesConfig: waarden({
      PRO_DIPLOMA: 'Schooldiploma of verklaring praktijkonderwijs. — Praktijkonderwijs diploma or statement.',
      VSO_ARBEIDSMARKT: 'Vso gevolgd in het uitstroomprofiel arbeidsmarkt (WEC art 14 lid 1 b). — Followed vso towards work.',
      VSO_DAGBESTEDING: 'Vso gevolgd in het uitstroomprofiel dagbesteding (WEC art 14 lid 1 c). — Followed vso towards day activities.',
      VSO_BEZOCHT: 'Een (v)so-school bezocht: de tekst van 2007 tot 1 augustus 2013. — Attended a (v)so school (2007–2013 wording).',
    }),
  },
  Meldingsoort: {
    description: 'Soort verzuimmelding (DUO-verzuimloket). — Kind of verzuimmelding.',
    valuesConfig: waarden({
      ZESTIEN_UUR: 'Ten minste 16 uur ongeoorloofd verzuim in vier aaneengesloten lesweken (art 21a). — 16 hours in 4 lesweken.',
      LUXE_VERZUIM: 'Luxe verzuim: op vakantie buiten de schoolvakanties zonder verlof; te melden ongeacht het aantal uren. — Holiday without leave.',
      LANGDURIG_RELATIEF: 'Langdurig relatief verzuim: ingeschreven en meer dan vier weken aaneengesloten afwezig zonder geldige reden. — Long-term absence.',
      DOORSTROOMPUNT: 'Melding aan het RMC/Doorstroompunt: een 18-plusser zonder startkwalificatie die vier weken niet komt (WEB 8.1.8a, 9.2.2). — Report to the RMC/Doorstroompunt.',
      OVERIG: 'Overig verzuim (signaalverzuim), bijv. vaak te laat komen: melden mag, hoeft niet. — Other absence: optional.',
      DRIE_SCHOOLDAGEN: 'Drie aaneengesloten schooldagen ongeoorloofd verzuim (art 21, vóór 1 augustus 2009). — Three consecutive school days (before 2009-08-01).',
      ACHTSTE_LESTIJD: 'Meer dan een achtste van de les- of praktijktijd in vier lesweken (art 21, vóór 1 augustus 2009). — More than 1/8 of lesson time (before 2009-08-01).',
    }),
  },
  Taal: {
    description: 'Taal van de uitleg en de foutmeldingen. — Language of explanations and errors.',
    valuesConfig: waarden({ NL: 'Nederlands. — Dutch.', EN: 'Engels. — English.' }),
  },
  Beslisser: {
    description: 'Wie beslist. — Who decides.',
    valuesConfig: waarden({
      DIRECTEUR: 'De directeur (het hoofd) van de school of instelling. — The head of the school.',
      LEERPLICHTAMBTENAAR: 'De leerplichtambtenaar van de woongemeente (art 16). — The attendance officer.',
      COLLEGE: 'Het college van burgemeester en wethouders. — The municipal executive.',
    }),
  },
  Deskundige: {
    description: 'Wie een verklaring gaf (art 7, 9). — Author of a verklaring.',
    valuesConfig: waarden({
      ARTS: 'Een arts. — A physician.',
      PSYCHOLOOG: 'Een psycholoog (academisch gevormd). — A psychologist.',
      PEDAGOOG: 'Een pedagoog (academisch gevormd). — An educationalist.',
      SCHOOLHOOFD_BUITENLAND: 'Het hoofd van de school buiten Nederland (art 9, bij 5 c). — Head of the school abroad.',
    }),
  },
  Feb29Verjaardag: {
    description: 'Verjaardag van wie op 29 februari geboren is, in een jaar zonder schrikkeldag (geen wettelijke regel; standaard MAART_1). — Birthday of a 29 February child in a non-leap year.',
    valuesConfig: waarden({ MAART_1: 'Op 1 maart. — On 1 March.', FEB_28: 'Op 28 februari. — On 28 February.' }),
  },
  Onderwerp: {
    description: 'Waarover één toepassing van een regel gaat. — What one evaluation of a rule is about.',
    valuesConfig: waarden({
      situatie: 'De hele situatie van de jongere. — The whole situation.',
      diploma: 'Eén diploma. — One diploma.',
      inschrijving: 'Eén inschrijving. — One enrolment.',
      verzuim: 'Eén verzuimregistratie (een dag met uren en reden). — One absence record.',
      melding: 'Eén verzuimmelding. — One melding.',
      vsv: 'Een schooljaar van de vsv-telling. — A schooljaar of the vsv count.',
    }),
  },
  VerlofTermijnDagen: {
    description: 'Hoe de termijnen van twee dagen van art 12, 13 en 14 lid 2 tellen (een gekozen lezing; standaard KALENDERDAGEN). — How the two-day terms of art 12, 13 and 14 lid 2 count (a reading).',
    valuesConfig: waarden({
      KALENDERDAGEN: 'Kalenderdagen: elke dag telt, ook weekend en vakantie. — Calendar days.',
      SCHOOLDAGEN: 'Schooldagen van de kalender van de school (geen weekend, feestdag, vakantie of vrije dag). — School days of the school calendar.',
    }),
  },
  EvenredigDeel: {
    description: 'Hoe het evenredig deel voor een kwalificatieplichtige (art 13a lid 2, 14 lid 3: maximum × lesdagen per week / 5) wordt afgerond (een gekozen lezing; standaard HELE_DAGEN_OMLAAG). — How the proportional share is rounded (a reading).',
    valuesConfig: waarden({
      HELE_DAGEN_OMLAAG: 'Naar beneden afgerond op hele dagen. — Rounded down to whole days.',
      HELE_DAGEN_OMHOOG: 'Naar boven afgerond op hele dagen. — Rounded up to whole days.',
      EXACT: 'Niet afgerond (delen van dagen, op honderdsten). — Not rounded (fractions of days, to hundredths).',
    }),
  },
  DoorstroompuntVakantieweken: {
    description: 'Of vakantieweken meetellen in de vier aaneengesloten weken zonder deelname van WEB 8.1.8a / 9.2.2 (een gekozen lezing). — Whether holiday weeks count in the four-week absence of WEB 8.1.8a / 9.2.2.',
    valuesConfig: waarden({
      ALLEEN_ONDERWIJSWEKEN: 'Alleen weken met onderwijs tellen; een vakantieweek telt niet en onderbreekt niet (standaard). — Only weeks with education count (default).',
      KALENDERWEKEN: 'Een vakantieweek binnen een aaneengesloten afwezigheid telt als week. — A holiday week inside a run of absence counts as a week.',
    }),
  },
  VsvLeeftijdOp: {
    description: 'Peildatum van de leeftijdsgrens van de vsv-startpopulatie (een gekozen lezing). — Peildatum of the age limit of the vsv starting population.',
    valuesConfig: waarden({
      EEN_OKTOBER_T: '1 oktober van het begin van het schooljaar (T). — 1 October of year T.',
      EEN_OKTOBER_T1: '1 oktober van het volgende schooljaar (T+1). — 1 October of year T+1.',
    }),
  },
};
