// The sentences of aannames, waarschuwingen and ignored verzuim, in nl and en. Fixed texts with
// facts filled in, like the rules' uitleg; they report what was (not) given and never decide.
import type { Dag } from '../time/dag';
import { weekdag } from '../time/dag';
import type { Vakantieregio, Vakantiesoort } from '../time/kalender';
import type { GeenSchooldag } from '../facts/schooldag';
import type { RegioDag } from '../facts/regio';
import { datumTekst, type Taal } from './uitleg';

const REGIO: Record<Vakantieregio, Record<Taal, string>> = { NOORD: { NL: 'noord', EN: 'north' }, MIDDEN: { NL: 'midden', EN: 'middle' }, ZUID: { NL: 'zuid', EN: 'south' } };
const VAKANTIE: Record<Vakantiesoort, Record<Taal, string>> = {
  herfstvakantie: { NL: 'herfstvakantie', EN: 'autumn holiday' },
  kerstvakantie: { NL: 'kerstvakantie', EN: 'Christmas holiday' },
  voorjaarsvakantie: { NL: 'voorjaarsvakantie', EN: 'spring holiday' },
  meivakantie: { NL: 'meivakantie', EN: 'May holiday' },
  zomervakantie: { NL: 'zomervakantie', EN: 'summer holiday' },
};

const d = (x: Dag, t: Taal) => datumTekst(x, t);
const perRegio = (l: readonly RegioDag[], t: Taal) =>
  l.map((r) => `${t === 'NL' ? 'regio' : 'region'} ${REGIO[r.regio][t]} ${r.datum === null ? (t === 'NL' ? 'onbekend' : 'unknown') : d(r.datum, t)}`).join(', ');

export const AANNAME_TEKST = {
  GEEN_VAKANTIEREGIO: (t: Taal) => t === 'NL'
    ? "Er is geen vakantieregio opgegeven. Wat van de schoolvakanties afhangt, is voor de drie regio's berekend; waar het verschilt is de vroegste datum genomen."
    : 'No vakantieregio was given. What depends on the school holidays was computed for the three regions; where it differs the earliest date is used.',
  GEEN_SCHOOLGESCHIEDENIS: (t: Taal) => t === 'NL'
    ? 'Er zijn geen schooljaren opgegeven. Aangenomen is dat de leerplicht eindigt naar leeftijd (art 3 lid 1 onder b), niet eerder na twaalf volledige schooljaren (onder a).'
    : 'No school years were given. Assumed is that leerplicht ends by age (art 3 lid 1 b), not earlier after twelve full school years (a).',
  GEEN_INSCHRIJVINGEN: (t: Taal) => t === 'NL'
    ? 'Er zijn geen inschrijvingen opgegeven; dat is iets anders dan "nergens ingeschreven" (geef dan een lege lijst).'
    : 'No inschrijvingen were given; that is not the same as "not enrolled anywhere" (pass an empty list for that).',
  GEEN_DIPLOMAS: (t: Taal) => t === 'NL'
    ? "Er zijn geen diploma's opgegeven. Aangenomen is dat de jongere geen startkwalificatie heeft."
    : 'No diplomas were given. Assumed is that the young person has no startkwalificatie.',
  GEEN_GEMEENTE: (t: Taal) => t === 'NL'
    ? 'Er is geen gemeente opgegeven, dus is geen beleidspakket (verzuimprotocol van gemeente of regio) toegepast; geef situatie.gemeente op voor de signalen van het lokale beleid.'
    : 'No gemeente was given, so no policy pack (local verzuimprotocol) was applied; give situatie.gemeente for the signals of local policy.',
} as const;

export const WAARSCHUWING_TEKST = {
  BEGIN_HANGT_AF_VAN_REGIO: (t: Taal, l: readonly RegioDag[], vanaf: Dag) => t === 'NL'
    ? `De leerplicht begint op de eerste schooldag van de maand, en die hangt af van de vakantieregio: ${perRegio(l, t)}. Genoemd is de vroegste, ${d(vanaf, t)}.`
    : `Leerplicht starts on the first school day of the month, which depends on the holiday region: ${perRegio(l, t)}. The earliest, ${d(vanaf, t)}, is given.`,
  STATUS_VERSCHILT_PER_REGIO: (t: Taal, peildatum: Dag) => t === 'NL'
    ? `Op ${d(peildatum, t)} is het kind in de ene vakantieregio al leerplichtig en in de andere nog niet; geef de vakantieregio op voor een zeker antwoord.`
    : `On ${d(peildatum, t)} the child is already of compulsory school age in one holiday region and not yet in another; give the vakantieregio for a certain answer.`,
  KALENDER_ONBEKEND: (t: Taal, vanaf: Dag) => t === 'NL'
    ? `De officiële schoolvakanties zijn voor de maand waarin de leerplicht begint niet bekend; ${d(vanaf, t)} is de eerste weekdag zonder feestdag of opgegeven vrije dag en kan in een schoolvakantie vallen. Geef zo nodig vrijeDagen op.`
    : `The official school holidays are not known for the month in which leerplicht starts; ${d(vanaf, t)} is the first weekday without a public holiday or given day off and may fall in a school holiday. Pass vrijeDagen if needed.`,
  EINDE_NAAR_LEEFTIJD_AANGENOMEN: (t: Taal, tot: Dag) => t === 'NL'
    ? `Het einde van de leerplicht (${d(tot, t)}) is naar leeftijd bepaald; na twaalf volledige schooljaren kan de leerplicht eerder eindigen. Geef de schooljaren op.`
    : `The end of leerplicht (${d(tot, t)}) was determined by age; after twelve full school years it may end earlier. Pass the school years.`,
  ABSOLUUT_VERZUIM_ONBEKEND: (t: Taal) => t === 'NL'
    ? 'Zonder gegevens over de inschrijving is niet te zeggen of het kind ergens ingeschreven staat, en dus ook niet of er absoluut verzuim is; die vraag blijft open.'
    : 'Without the enrolment it cannot be said whether the child is enrolled anywhere, so whether there is absolute absence is left open.',
  NIET_INGESCHREVEN_AANGENOMEN: (t: Taal) => t === 'NL'
    ? 'Beoordeeld alsof de jongere nergens ingeschreven staat; met een inschrijving kan de uitkomst anders zijn.'
    : 'Judged as if the young person is not enrolled anywhere; with an enrolment the outcome may differ.',
  GEEN_STARTKWALIFICATIE_AANGENOMEN: (t: Taal) => t === 'NL'
    ? 'Beoordeeld alsof de jongere geen startkwalificatie heeft; met een diploma kan de kwalificatieplicht eerder eindigen.'
    : 'Judged as if the young person has no startkwalificatie; with a diploma the kwalificatieplicht may end earlier.',
  JIKP_NIET_GEDEFINIEERD: (t: Taal, wetsdatum: Dag) => t === 'NL'
    ? `Op ${d(wetsdatum, t)} definieert geen regeling de jongere in een kwetsbare positie (de regeling van 2017 geldt vanaf 18 september 2016, die van 2020-2024 tot en met 31 december 2025; een opvolger is niet vastgesteld): vanToepassing false is hier geen oordeel.`
    : `On ${d(wetsdatum, t)} no regulation defines the young person in a vulnerable position (the 2017 regulation applies from 18 September 2016, the 2020-2024 one until 31 December 2025; no successor is established): vanToepassing false is no verdict here.`,
  VERZUIM_ZONDER_SCHOOLVAKANTIES: (t: Taal, inVakantie: number) => t === 'NL'
    ? `Zonder vakantieregio is het verzuim geteld zonder schoolvakanties: vakantieweken tellen als lesweek${inVakantie > 0 ? `, en ${inVakantie} verzuimdag(en) die in de vakantie van een of twee regio's vallen tellen mee` : ''}. Geef de vakantieregio op.`
    : `Without a vakantieregio verzuim was counted without school holidays: holiday weeks count as lesweken${inVakantie > 0 ? `, and ${inVakantie} day(s) of absence in the holidays of one or two regions count` : ''}. Give the vakantieregio.`,
} as const;

/** Why a verzuim record was ignored. */
export function genegeerdTekst(t: Taal, datum: Dag, g: GeenSchooldag): string {
  const dag = d(datum, t);
  const telt = t === 'NL' ? 'geen schooldag, dus geen verzuim; het telt niet mee.' : 'no school day, so no absence; it does not count.';
  switch (g.reden) {
    case 'WEEKEND': {
      const naam = weekdag(datum) === 6 ? (t === 'NL' ? 'zaterdag' : 'Saturday') : t === 'NL' ? 'zondag' : 'Sunday';
      return t === 'NL' ? `${dag} is een ${naam}: ${telt}` : `${dag} is a ${naam}: ${telt}`;
    }
    case 'FEESTDAG':
      return t === 'NL' ? `${dag} is ${g.feestdag}, een feestdag waarop de scholen dicht zijn: ${telt}` : `${dag} is ${g.feestdag}, a public holiday on which schools close: ${telt}`;
    case 'VRIJE_DAG':
      return t === 'NL' ? `${dag} is een opgegeven vrije dag van de school: ${telt}` : `${dag} is a given day off of the school: ${telt}`;
    case 'SCHOOLVAKANTIE': {
      const v = g.vakantie === null ? (t === 'NL' ? 'schoolvakantie' : 'school holiday') : VAKANTIE[g.vakantie][t];
      const waar = g.regios.length === 1 ? `${t === 'NL' ? 'regio' : 'region'} ${REGIO[g.regios[0]][t]}` : t === 'NL' ? "alle drie de vakantieregio's" : 'all three holiday regions';
      return t === 'NL' ? `${dag} valt in de ${v} van ${waar}: ${telt}` : `${dag} falls in the ${v} of ${waar}: ${telt}`;
    }
  }
}
