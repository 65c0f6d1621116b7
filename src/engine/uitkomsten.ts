// The event types rules may emit, with the typed params each carries. Each param becomes an
// outcome fact of that name, decided by the first rule in force whose conditions hold.
import type { FeitType, Onderwerp } from '../facts/typen';
import { THUISZITTER_CATEGORIEEN } from '../facts/catalogus-thuiszitter';
import { MELDING_ONTVANGERS, SCHOOLBESLUITSOORTEN, TERMIJNSOORTEN } from '../facts/catalogus-schoolbesluit';
import { HANDHAVINGSROUTES, HOOFDOVERTREDINGEN, SANCTIESOORTEN } from '../facts/catalogus-handhaving';
import {
  BESLISSERS, EINDGRONDEN, KWALIFICATIEPLICHT_EINDGRONDEN, LEERPLICHTSTATUSSEN, REGIMES, UITZONDERINGEN, VERZUIMBEOORDELINGEN,
} from '../facts/typen';

export interface ParamDefinitie { type: Exclude<FeitType, 'intern' | 'lijst'>; nullable?: boolean; enum?: readonly string[]; omschrijving: string }
export interface UitkomstDefinitie {
  onderwerpen: readonly Onderwerp[];
  params: Record<string, ParamDefinitie>;
  /** every matching rule counts (e.g. each objection to a leave request), not only the first */
  alle?: boolean;
}

export const UITKOMSTEN: Record<string, UitkomstDefinitie> = {
  leerplichtBegin: {
    onderwerpen: ['situatie'],
    params: { leerplichtigVanaf: { type: 'datum', omschrijving: 'Eerste dag van de leerplicht.' } },
  },
  leerplichtEinde: {
    onderwerpen: ['situatie'],
    params: {
      eindgrond: { type: 'tekst', enum: EINDGRONDEN, omschrijving: 'Het onderdeel van art 3 lid 1 dat de leerplicht beëindigt.' },
      leerplichtigTot: { type: 'datum', omschrijving: 'Laatste dag van de leerplicht.' },
    },
  },
  kwalificatieplichtEinde: {
    onderwerpen: ['situatie'],
    params: {
      kwalificatieplichtEindgrond: { type: 'tekst', enum: KWALIFICATIEPLICHT_EINDGRONDEN, omschrijving: 'Waarom de kwalificatieplicht eindigt.' },
      kwalificatieplichtEinde: { type: 'datum', omschrijving: 'Laatste dag waarop de kwalificatieplicht kan gelden.' },
    },
  },
  naLeerplicht: {
    onderwerpen: ['situatie'],
    params: {
      regime: { type: 'tekst', enum: REGIMES, omschrijving: 'Wat na de leerplicht geldt.' },
      kwalificatieplichtigVanaf: { type: 'datum', nullable: true, omschrijving: 'Eerste dag van de kwalificatieplicht.' },
      kwalificatieplichtigTot: { type: 'datum', nullable: true, omschrijving: 'Laatste dag van de kwalificatieplicht.' },
    },
  },
  leerplichtStatus: {
    onderwerpen: ['situatie'],
    params: { status: { type: 'tekst', enum: LEERPLICHTSTATUSSEN, omschrijving: 'Status op de peildatum.' } },
  },
  inschrijfplicht: {
    onderwerpen: ['situatie'],
    params: { inschrijfplichtVrijgesteld: { type: 'boolean', omschrijving: 'Vrijgesteld van de inschrijfplicht op de peildatum.' } },
  },
  absoluutVerzuim: {
    onderwerpen: ['situatie'],
    params: { absoluutVerzuim: { type: 'boolean', nullable: true, omschrijving: 'Leer- of kwalificatieplichtig, niet ingeschreven en niet vrijgesteld; null als de inschrijvingen niet zijn opgegeven.' } },
  },
  inschrijvingVoldoet: {
    onderwerpen: ['situatie'],
    params: { inschrijvingVoldoet: { type: 'boolean', omschrijving: 'De inschrijving op de peildatum voldoet aan de leer- of kwalificatieplicht.' } },
  },
  startkwalificatie: {
    onderwerpen: ['diploma'],
    params: { startkwalificatie: { type: 'boolean', omschrijving: 'Het diploma is een startkwalificatie.' } },
  },
  kwalificatieplichtUitzondering: {
    onderwerpen: ['diploma', 'inschrijving'],
    params: { uitzondering: { type: 'tekst', enum: UITZONDERINGEN, omschrijving: 'De art 4a lid 2 uitzondering die dit diploma of deze inschrijving geeft.' } },
  },
  verzuimOordeel: {
    onderwerpen: ['verzuim'],
    params: { verzuimBeoordeling: { type: 'tekst', enum: VERZUIMBEOORDELINGEN, omschrijving: 'Geoorloofd (art 11), art 11a, of welk soort ongeoorloofd verzuim.' } },
  },
  meldingOordeel: {
    onderwerpen: ['melding'],
    params: {
      melden: { type: 'boolean', omschrijving: 'Deze melding wordt gedaan (verplicht of facultatief).' },
      verplicht: { type: 'boolean', omschrijving: 'Melden is verplicht.' },
    },
  },
  oudersAansprakelijk: {
    onderwerpen: ['situatie'],
    params: { ouders: { type: 'boolean', omschrijving: 'De ouders zijn aanspreekbaar op inschrijving en geregeld bezoek.' } },
  },
  jongereAansprakelijk: {
    onderwerpen: ['situatie'],
    params: { jongere: { type: 'boolean', omschrijving: 'De jongere zelf is aanspreekbaar (en strafbaar).' } },
  },
  halt: {
    onderwerpen: ['situatie'],
    params: { haltMogelijk: { type: 'boolean', omschrijving: 'Een Halt-verwijzing voor schoolverzuim is mogelijk (beleid).' } },
  },
  verlofBeslisser: {
    onderwerpen: ['situatie'],
    params: { beslisser: { type: 'tekst', enum: BESLISSERS, omschrijving: 'Wie over de verlofaanvraag beslist.' } },
  },
  verlofMaximum: {
    onderwerpen: ['situatie'],
    params: {
      maxDagen: { type: 'getal', nullable: true, omschrijving: 'Ten hoogste te verlenen dagen.' },
      maxUren: { type: 'getal', nullable: true, omschrijving: 'Ten hoogste geoorloofde uren per week (art 11a).' },
    },
  },
  verlofToets: {
    onderwerpen: ['situatie'],
    alle: true,
    params: { toelaatbaar: { type: 'boolean', omschrijving: 'Deze toets laat het verlof toe (false: sluit het uit).' } },
  },
  jikp: {
    onderwerpen: ['situatie'],
    params: { kwetsbarePositie: { type: 'boolean', omschrijving: 'Jongere in een kwetsbare positie (regeling vsv).' } },
  },
  doorstroompunt: {
    onderwerpen: ['situatie'],
    params: { doelgroep: { type: 'boolean', omschrijving: 'In de doelgroep van de RMC-functie (tot 2026) of het Doorstroompunt.' } },
  },
  vsvOordeel: {
    onderwerpen: ['vsv'],
    params: { voortijdigSchoolverlater: { type: 'boolean', omschrijving: 'Nieuwe voortijdig schoolverlater in dat schooljaar.' } },
  },
  thuiszitterOordeel: {
    onderwerpen: ['situatie'],
    params: {
      thuiszitter: { type: 'boolean', omschrijving: 'Thuiszitter op de peildatum volgens de praktijkdefinitie (geen wettelijk begrip).' },
      thuiszitterCategorie: { type: 'tekst', nullable: true, enum: THUISZITTER_CATEGORIEEN, omschrijving: 'Langdurig relatief verzuim, absoluut verzuim of vrijstelling; null als geen categorie van toepassing is.' },
      thuiszitterSinds: { type: 'datum', nullable: true, omschrijving: 'Eerste dag van het thuiszitten (of van de vrijstelling).' },
      thuiszitterDuurSchooldagen: { type: 'getal', nullable: true, omschrijving: 'Schooldagen thuisgezeten tot en met de peildatum.' },
    },
  },
  thuiszitterDuur: {
    onderwerpen: ['situatie'],
    params: { thuiszitterLangdurig: { type: 'boolean', omschrijving: 'Thuiszitter sinds ten minste thuiszitterLangdurigMaanden maanden.' } },
  },
  // art 10 and art 18 lid 1 (facts/catalogus-schoolbesluit.ts): may the school take the jongere off its register, and what must it report
  uitschrijvingToets: {
    onderwerpen: ['situatie'],
    params: { toegestaan: { type: 'boolean', nullable: true, omschrijving: 'Het hoofd mag de jongere uitschrijven (art 10); null als een feit ontbreekt om dat te zeggen.' } },
  },
  schoolmelding: {
    onderwerpen: ['situatie'],
    alle: true,
    params: {
      schoolmeldingWat: { type: 'tekst', enum: SCHOOLBESLUITSOORTEN, omschrijving: 'Wat gemeld wordt: de uitschrijving of het verwijderingsbesluit.' },
      schoolmeldingAan: { type: 'tekst', enum: MELDING_ONTVANGERS, omschrijving: 'Aan wie: het college van B&W (art 18) of het register onderwijsdeelnemers (levering).' },
      schoolmeldingTermijnSoort: { type: 'tekst', enum: TERMIJNSOORTEN, omschrijving: 'WET: de termijn staat in de wet; PRAKTIJK: een praktijktermijn (parameter), geen wet.' },
      schoolmeldingTermijn: { type: 'tekst', omschrijving: 'De termijn in woorden, zoals de wet of de praktijk hem noemt (bijv. "binnen zeven dagen", "terstond").' },
      schoolmeldingUiterlijk: { type: 'datum', nullable: true, omschrijving: 'De laatste dag om te melden (inclusief); null als er geen dag te noemen is.' },
      schoolmeldingParameter: { type: 'tekst', nullable: true, omschrijving: 'De parameter die het aantal dagen geeft (rules/parameters).' },
    },
  },
  // the deadline of every verzuimmelding (art 21, 21a; WEB 8.1.8a, 9.2.2)
  meldingTermijn: {
    onderwerpen: ['melding'],
    params: {
      verzuimTermijnSoort: { type: 'tekst', enum: TERMIJNSOORTEN, omschrijving: 'WET: de wet noemt de termijn ("onverwijld"); PRAKTIJK: de wet noemt geen termijn, de dag volgt uit een praktijkparameter.' },
      verzuimTermijn: { type: 'tekst', omschrijving: 'De termijn in woorden (bijv. "onverwijld", "geen termijn in de wet").' },
      verzuimUiterlijk: { type: 'datum', nullable: true, omschrijving: 'De laatste dag om te melden volgens de praktijkparameter; null als de kalender van die dagen niet bekend is.' },
      verzuimTermijnParameter: { type: 'tekst', nullable: true, omschrijving: 'De parameter die het aantal schooldagen geeft.' },
    },
  },
  vrijstellingTermijn: {
    onderwerpen: ['situatie'],
    params: {
      tijdig: { type: 'boolean', omschrijving: 'De kennisgeving is op tijd gedaan (art 6).' },
      uiterlijkeKennisgeving: { type: 'datum', nullable: true, omschrijving: 'De termijn die gold.' },
    },
  },
  vrijstellingVerlenging: {
    onderwerpen: ['situatie'],
    params: { verlengingUiterlijk: { type: 'datum', nullable: true, omschrijving: 'Volgende jaarlijkse kennisgeving uiterlijk (voor 1 juli); null als niet nodig.' } },
  },
  vrijstellingBeslisser: {
    onderwerpen: ['situatie'],
    params: { vrijstellingBeslisser: { type: 'tekst', enum: BESLISSERS, omschrijving: 'Wie het beroep op vrijstelling beoordeelt of beslist.' } },
  },
  handhavingRoute: {
    onderwerpen: ['situatie'],
    alle: true,
    params: { route: { type: 'tekst', enum: HANDHAVINGSROUTES, omschrijving: 'Een route die de wet (of het Halt-beleid) voor dit feit openstelt (art 22, 27).' } },
  },
  oudersStrafbaarheid: {
    onderwerpen: ['situatie'],
    params: {
      oudersStrafbaar: { type: 'boolean', omschrijving: 'De ouders zijn voor dit feit strafbaar (art 26 lid 1).' },
      oudersSanctie: { type: 'tekst', nullable: true, enum: SANCTIESOORTEN, omschrijving: 'Soort straf die de wet de ouders bedreigt.' },
      oudersMaxHechtenisMaanden: { type: 'getal', nullable: true, omschrijving: 'Ten hoogste zoveel maanden hechtenis.' },
      oudersGeldboeteCategorie: { type: 'getal', nullable: true, omschrijving: 'Geldboete van ten hoogste deze categorie (art 23 WvSr).' },
    },
  },
  jongereStrafbaarheid: {
    onderwerpen: ['situatie'],
    params: {
      jongereStrafbaar: { type: 'boolean', omschrijving: 'De jongere zelf is voor dit feit strafbaar (art 26 lid 2, of lid 1 via art 1b).' },
      jongereSanctie: { type: 'tekst', nullable: true, enum: SANCTIESOORTEN, omschrijving: 'Soort straf die de wet de jongere bedreigt.' },
      jongereMaxHechtenisMaanden: { type: 'getal', nullable: true, omschrijving: 'Ten hoogste zoveel maanden hechtenis (alleen via art 1b en 26 lid 1).' },
      jongereGeldboeteCategorie: { type: 'getal', nullable: true, omschrijving: 'Geldboete van ten hoogste deze categorie.' },
    },
  },
  hoofdOvertreding: {
    onderwerpen: ['situatie'],
    params: { hoofdOvertreding: { type: 'tekst', nullable: true, enum: HOOFDOVERTREDINGEN, omschrijving: 'Het onderdeel van art 27 waaronder het handelen van het hoofd valt; null: geen.' } },
  },
  hoofdStrafbaarheid: {
    onderwerpen: ['situatie'],
    params: {
      hoofdStrafbaar: { type: 'boolean', omschrijving: 'Het hoofd kan voor dit feit worden bestraft of beboet (art 27).' },
      hoofdSanctie: { type: 'tekst', nullable: true, enum: SANCTIESOORTEN, omschrijving: 'Soort sanctie die art 27 op de feitdatum bedreigt.' },
      hoofdMaxBoeteEuro: { type: 'getal', nullable: true, omschrijving: 'Bestuurlijke boete van ten hoogste zoveel euro per overtreding.' },
      hoofdMaxBoetePerSchooljaarEuro: { type: 'getal', nullable: true, omschrijving: 'Bestuurlijke boete van ten hoogste zoveel euro per schooljaar.' },
      hoofdMaxHechtenisMaanden: { type: 'getal', nullable: true, omschrijving: 'Ten hoogste zoveel maanden hechtenis (art 27 oude tekst).' },
      hoofdGeldboeteCategorie: { type: 'getal', nullable: true, omschrijving: 'Geldboete van ten hoogste deze categorie (art 27 oude tekst).' },
    },
  },
  vrijstellingToets: {
    onderwerpen: ['situatie'],
    alle: true,
    params: { geldig: { type: 'boolean', omschrijving: 'Deze toets laat het beroep geldig (false: ongeldig).' } },
  },
  // arts 3a/3b, old 4b, WEB 9.2.5 lid 5 (helper l4)
  vervangendeLeerplicht: {
    onderwerpen: ['situatie'],
    params: { vervangendeLeerplichtVoldoet: { type: 'boolean', nullable: true, omschrijving: 'Het toegestane programma van art 3a/3b vervangt op de peildatum de gewone inschrijving; null zonder programma.' } },
  },
  vervangendeLeerplichtTermijnen: {
    onderwerpen: ['situatie'],
    params: {
      vervangendBesluitUiterlijk: { type: 'datum', nullable: true, omschrijving: 'Laatste dag waarop burgemeester en wethouders op de aanvraag besluiten; null zonder aanvraagdatum.' },
      vervangendAfschriftUiterlijk: { type: 'datum', nullable: true, omschrijving: 'Laatste dag om het afschrift van het besluit aan de ouders te zenden (tot 2017-07-01); null als de wet die termijn niet kent.' },
      vervangendVerlengingUiterlijk: { type: 'datum', nullable: true, omschrijving: 'Laatste dag om verlenging van een programma van art 3a aan te vragen; null bij art 3b (geen verlenging) of zonder programma.' },
    },
  },
  partieleLeerplicht: {
    onderwerpen: ['situatie'],
    params: { partieelLeerplichtigTot: { type: 'datum', nullable: true, omschrijving: 'Laatste dag van de partiële leerplicht (oud art 4b lid 1); null als die niet geldt.' } },
  },
  doorstroompuntOverleg: {
    onderwerpen: ['situatie'],
    params: {
      overlegVereist: { type: 'boolean', omschrijving: 'Ondersteuning door het Doorstroompunt pas na overleg met de school of instelling over de loopbaanbegeleiding (WEB 9.2.5 lid 5).' },
      overlegGrond: { type: 'tekst', nullable: true, enum: ['ENTREE', 'VSO', 'PRO'], omschrijving: 'Het onderdeel van 9.2.5 lid 5: entreediploma (a), vso-diploma (b) of praktijkonderwijs (c); null als overleg niet vereist is.' },
      overlegTot: { type: 'datum', nullable: true, omschrijving: 'Laatste dag waarop dat diploma korter dan de termijn geleden is gehaald; null als overleg niet vereist is.' },
    },
  },
};
