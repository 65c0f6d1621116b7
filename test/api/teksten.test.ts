// Texts for people: every vetted case of rules/cases runs through the API in Dutch and English,
// and no explanation may show a code, an internal marker, a machine value or (in Dutch) a decimal
// point. A few texts are checked word for word against the law and the official calendar.
import path from 'node:path';
import { leesCases } from '../../src/cli/cases';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

const U = '{ regel tekst }';
const VRAGEN = {
  beoordeling: `query Teksten($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal, $parameters: ParametersInput, $schooljaar: String = "2023/2024") {
  beoordeling(situatie: $situatie, peildatum: $peildatum, wetsdatum: $wetsdatum, taal: $taal, parameters: $parameters) {
    uitleg ${U}
    leerplicht { uitleg ${U} }
    tijdlijn { grond ${U} }
    startkwalificatie { uitleg ${U} }
    verzuim { uitleg ${U} meldingen { uitleg ${U} } }
    aansprakelijkheid { uitleg ${U} }
    kwetsbarePositie { uitleg ${U} }
    doorstroompunt { uitleg ${U} }
    voortijdigSchoolverlater(schooljaar: $schooljaar) { uitleg ${U} }
  }
}`,
  verlofaanvraag: `query VerlofTeksten($situatie: SituatieInput!, $aanvraag: VerlofaanvraagInput!, $taal: Taal, $parameters: ParametersInput) {
  verlofaanvraag(situatie: $situatie, aanvraag: $aanvraag, taal: $taal, parameters: $parameters) { redenen ${U} }
}`,
  vrijstellingsberoep: `query VrijstellingTeksten($situatie: SituatieInput!, $beroep: VrijstellingsberoepInput!, $taal: Taal, $parameters: ParametersInput) {
  vrijstellingsberoep(situatie: $situatie, beroep: $beroep, taal: $taal, parameters: $parameters) { redenen ${U} }
}`,
  handhaving: `query HandhavingTeksten($situatie: SituatieInput!, $feit: HandhavingsfeitInput!, $taal: Taal, $parameters: ParametersInput) {
  handhaving(situatie: $situatie, feit: $feit, taal: $taal, parameters: $parameters) { routes { uitleg ${U} } ouders { uitleg ${U} } jongere { uitleg ${U} } hoofd { uitleg ${U} } }
}`,
  uitschrijving: `query UitschrijvingTeksten($situatie: SituatieInput!, $verzoek: UitschrijvingInput!, $taal: Taal, $parameters: ParametersInput) {
  uitschrijving(situatie: $situatie, verzoek: $verzoek, taal: $taal, parameters: $parameters) { uitleg ${U} meldingen { uitleg ${U} } aannames { tekst } }
}`,
  verwijdering: `query VerwijderingTeksten($situatie: SituatieInput!, $besluit: VerwijderingsbesluitInput!, $taal: Taal, $parameters: ParametersInput) {
  verwijdering(situatie: $situatie, besluit: $besluit, taal: $taal, parameters: $parameters) { meldingen { uitleg ${U} } }
}`,
} as const;

/** Every `tekst` in an answer. */
function teksten(x: unknown, uit: string[] = []): string[] {
  if (Array.isArray(x)) for (const y of x) teksten(y, uit);
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) { if (k === 'tekst') uit.push(v as string); else teksten(v, uit); }
  return uit;
}

// Article numbers are not numbers: "WEB 8.1.8a", "WVO 2020 art 2.58", "art 2.59". Thousands "1.000" are Dutch.
const ARTIKEL = /\b(?:art|WEB|WVO(?: 2020)?(?: art)?|WEC|WPO|WRO)\s+\d+(?:\.\d+)*[a-z]*|\d+(?:\.\d+){2,}[a-z]*/g;
const DUIZENDTAL = /\b\d{1,3}(?:\.\d{3})+(?![\d.])/g;

/** What is wrong with one text shown to people (empty when nothing). */
function bezwaren(tekst: string, taal: 'NL' | 'EN'): string[] {
  const uit: string[] = [];
  const code = /\b[A-Z]+_[A-Z0-9_]+\b/.exec(tekst);
  if (code) uit.push(`enum code ${code[0]}`);
  for (const woord of ['[U]', '[A]', 'undefined', 'null', 'NaN']) if (tekst.includes(woord)) uit.push(`contains ${woord}`);
  const gat = /\{[A-Za-z0-9]+\}/.exec(tekst);
  if (gat) uit.push(`unfilled placeholder ${gat[0]}`);
  if (taal === 'NL') {
    const punt = /\d\.\d/.exec(tekst.replace(ARTIKEL, '§').replace(DUIZENDTAL, '#'));
    if (punt) uit.push(`decimal point in a Dutch number (${punt[0]})`);
  }
  return uit;
}

const bestanden = leesCases(path.resolve(__dirname, '..', '..', 'rules'));
const cases = bestanden.flatMap((b) => b.cases.map((c) => [`${b.bestand} ${c.id}`, c] as const));

test('the check itself finds what it must', () => {
  expect(bezwaren('Het VMBO_TL-diploma', 'NL')).toEqual(['enum code VMBO_TL']);
  expect(bezwaren('17.75 uur', 'NL')).toEqual(['decimal point in a Dutch number (7.7)']);
  expect(bezwaren('17.75 hours', 'EN')).toEqual([]);
  expect(bezwaren('een termijn [U] van null dagen', 'NL')).toEqual(['contains [U]', 'contains null']);
  expect(bezwaren('op {peildatum}', 'NL')).toEqual(['unfilled placeholder {peildatum}']);
  expect(bezwaren('boete tot 1.000 euro (WEB 8.1.8a, 8.3.1 lid 1; WVO 2020 art 2.58 lid 3; art 2.59)', 'NL')).toEqual([]);
});

describe.each(['NL', 'EN'] as const)('every text of every vetted case in %s', (taal) => {
  it.each(cases)('%s', async (_naam, c) => {
    const vraag = c.vraag ?? 'beoordeling';
    const a = await client.ruw({ query: VRAGEN[vraag], variables: { ...c.variabelen, taal } });
    expect(a.errors).toBeUndefined();
    const lijst = teksten(a.data);
    expect(lijst.length).toBeGreaterThan(0);
    expect(lijst.flatMap((t) => bezwaren(t, taal).map((b) => `${b}: ${t}`))).toEqual([]);
  });
});

describe('texts checked word for word', () => {
  const beoordeling = async (variabelen: Record<string, unknown>) => {
    const a = await client.ruw({ query: VRAGEN.beoordeling, variables: variabelen });
    expect(a.errors).toBeUndefined();
    return (a.data as { beoordeling: Record<string, unknown> }).beoordeling;
  };

  // art 3 lid 1: the first schooldag of the month after the 5th birthday; 1 April 2024 is Easter Monday
  it('the start of leerplicht, in Dutch with Dutch dates', async () => {
    const b = await beoordeling({ situatie: { geboortedatum: '2019-03-01', vakantieregio: 'MIDDEN' }, peildatum: '2024-03-15', taal: 'NL' });
    expect(teksten(b.leerplicht)).toContain('De leerplicht begint op de eerste schooldag van de maand na die waarin het kind 5 jaar wordt (1 maart 2024): 2 april 2024.');
  });

  // art 1 f Lpw with WEB 7.2.2: a vmbo diploma is no startkwalificatie; the diploma is named in words
  it('a diploma in words, not as a code', async () => {
    const variabelen = { situatie: { geboortedatum: '2007-01-01', vakantieregio: 'NOORD', diplomas: [{ soort: 'VMBO_TL', datum: '2023-07-01' }] }, peildatum: '2024-01-01' };
    const nl = await beoordeling({ ...variabelen, taal: 'NL' });
    expect(teksten(nl.startkwalificatie)).toEqual(['Een vmbo-tl-diploma, behaald op 1 juli 2023, is geen startkwalificatie: alleen havo, vwo en mbo niveau 2 tot en met 4 tellen (niet entree, vmbo, praktijkonderwijs, vso, deelcertificaten of, standaard, een buitenlands diploma).']);
    const en = await beoordeling({ ...variabelen, taal: 'EN' });
    expect(teksten(en.startkwalificatie)).toEqual(['The vmbo-tl diploma of 1 July 2023 is not a basic qualification: only havo, vwo and mbo levels 2 to 4 count (not entree, vmbo, praktijkonderwijs, vso, partial certificates or, by default, a foreign diploma).']);
  });

  // art 21a: at least 16 hours of unexcused absence in 4 consecutive lesweken must be reported;
  // 2–5 October 2023 are schooldagen in regio noord (herfstvakantie 21–29 October)
  it('hours with a decimal comma in Dutch and a point in English, the status in words', async () => {
    const verzuim = [['2023-10-02', 4], ['2023-10-03', 4], ['2023-10-04', 4], ['2023-10-05', 5.75]].map(([datum, uren]) => ({ datum, uren, reden: 'ONGEOORLOOFD' }));
    const variabelen = { situatie: { geboortedatum: '2012-01-01', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'VMBO', vanaf: '2023-08-01' }], verzuim }, peildatum: '2023-10-13' };
    const nl = await beoordeling({ ...variabelen, taal: 'NL' });
    expect(teksten((nl.verzuim as { meldingen: unknown }).meldingen)).toEqual(['17,75 uur ongeoorloofd verzuim in 4 opeenvolgende lesweken (van 2 oktober 2023 tot en met 5 oktober 2023) bereikt 16 uur: het hoofd moet dit melden (leerplichtig).']);
    const en = await beoordeling({ ...variabelen, taal: 'EN' });
    expect(teksten((en.verzuim as { meldingen: unknown }).meldingen)).toEqual(['17.75 hours of unexcused absence in 4 consecutive teaching weeks (2 October 2023 to 5 October 2023) reach 16 hours: the head must report it (of compulsory school age).']);
  });
});
