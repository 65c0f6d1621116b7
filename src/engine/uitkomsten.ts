// The event types rules may emit, with the typed params each carries. Each param becomes an
// outcome fact of that name, decided by the first rule in force whose conditions hold.
import type { FeitType, Onderwerp } from '../facts/typen';
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
  vrijstellingToets: {
    onderwerpen: ['situatie'],
    alle: true,
    params: { geldig: { type: 'boolean', omschrijving: 'Deze toets laat het beroep geldig (false: ongeldig).' } },
  },
};
