// Issue 11 part 3 (law.md §14) through the API: the question handhaving(situatie, feit) answers which
// routes art 22 opens, who is strafbaar under art 26 and what art 27 threatens the hoofd, with the
// article of each answer and the text of the law on the feitdatum. Expected values come from the
// statute (corpus MinBZK/regelrecht-corpus, texts 2004-02-13 … 2024-01-01); the cases in
// rules/cases/art-22-27-handhaving.json cover the boundaries, these tests the answer itself.
import { HandhavingDocument, type HandhavingQueryVariables } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

type Variabelen = HandhavingQueryVariables;
const TWAALF = { geboortedatum: '2013-03-11', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2017-04-03' }] } as Variabelen['situatie'];
const TIEN = { geboortedatum: '2014-05-05', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2018-06-01' }] } as Variabelen['situatie'];
const TWAALF_DAGEN = { soort: 'VAKANTIE_13A', vanaf: '2025-03-03', tot: '2025-03-18' } as NonNullable<Variabelen['feit']['verleendVerlof']>;

async function oordeel(v: Variabelen) {
  const a = await client.vraag(HandhavingDocument, v);
  expect(a.errors).toBeUndefined();
  return a.data!.handhaving;
}
async function fout(v: unknown) {
  const a = await client.ruw({ query: 'query($situatie: SituatieInput!, $feit: HandhavingsfeitInput!, $taal: Taal) { handhaving(situatie: $situatie, feit: $feit, taal: $taal) { status } }', variables: v });
  expect(a.data ?? null).toBeNull();
  expect(a.errors).toHaveLength(1);
  return a.errors![0];
}

describe('routes of art 22 and who is strafbaar, by age on the feitdatum', () => {
  it('a 12-year-old who refuses: four routes, each citing its lid, on the law of the feitdatum', async () => {
    const h = await oordeel({ situatie: TWAALF, feit: { datum: '2025-03-11', soort: 'VERZUIM', jongereWeigert: true } });
    expect(h.feitdatum).toBe('2025-03-11');
    expect(h.routes.map((r) => [r.route, r.uitleg.bron.artikel, r.uitleg.bron.lid])).toEqual([
      ['HOREN_OUDERS', '22', '1'], ['PROCES_VERBAAL_OUDERS', '22', '2'], ['HOREN_JONGERE', '22', '3'], ['PROCES_VERBAAL_JONGERE', '22', '3'],
    ]);
    expect(h.routes.every((r) => r.uitleg.bron.jci.endsWith('&g=2025-03-11'))).toBe(true);
    expect(h.ouders).toMatchObject({ strafbaar: true, sanctie: 'HECHTENIS_OF_GELDBOETE', maxHechtenisMaanden: 1, geldboeteCategorie: 2 });
    expect(h.jongere).toMatchObject({ strafbaar: true, sanctie: 'JEUGDSTRAF', maxHechtenisMaanden: null, geldboeteCategorie: 2 });
    expect(h.hoofd.strafbaar).toBe(false);
  });

  it('the day before the 12th birthday the jongere has no own duty: not heard, not strafbaar, refusing or not', async () => {
    const h = await oordeel({ situatie: TWAALF, feit: { datum: '2025-03-10', soort: 'VERZUIM', jongereWeigert: true } });
    expect(h.leeftijd).toBe(11);
    expect(h.routes.map((r) => r.route)).toEqual(['HOREN_OUDERS', 'PROCES_VERBAAL_OUDERS']);
    expect(h.jongere).toMatchObject({ strafbaar: false, sanctie: null, geldboeteCategorie: null });
    expect(h.jongere.uitleg.map((u) => u.tekst)).toEqual([
      'De jongere (11 jaar, leerplichtig) is voor dit feit niet strafbaar: strafbaar is alleen de leerplichtige van 12 jaar of ouder of de kwalificatieplichtige die het onderwijs niet geregeld volgt (art 26 lid 2).',
    ]);
  });
});

describe('art 27: the ceilings for the hoofd, from what the hoofd did', () => {
  it('12 days vakantieverlof: over art 13a lid 2, a bestuurlijke boete of at most 1 000 euro per overtreding, 100 000 per schooljaar', async () => {
    const h = await oordeel({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'VERLOF_DOOR_HOOFD', verleendVerlof: TWAALF_DAGEN } });
    expect(h.hoofd).toMatchObject({ strafbaar: true, sanctie: 'BESTUURLIJKE_BOETE', maxBoeteEuro: 1000, maxBoetePerSchooljaarEuro: 100000, maxHechtenisMaanden: null });
    expect(h.hoofd.uitleg.map((u) => [u.bron.artikel, u.bron.onderdeel])).toEqual([['27', 'a'], ['27', null]]);
    expect(h.hoofd.uitleg[0].tekst).toBe('Het hoofd verleende 12 dagen vakantieverlof, meer dan de 10 die art 13a lid 2 toelaat: in strijd met art 13a lid 2 (art 27 onder a).');
    expect(h.routes.map((r) => r.uitleg.tekst)).toEqual([
      'Onze Minister kan het hoofd een bestuurlijke boete opleggen van ten hoogste 1.000 euro per overtreding en 100.000 euro per schooljaar (art 27).',
    ]);
    // the act of the hoofd is no failure of the parents or the jongere
    expect([h.ouders.strafbaar, h.jongere.strafbaar]).toEqual([false, false]);
  });

  it('the same grant before 2012: the old art 27, hechtenis of at most a month or a geldboete of the 2nd category', async () => {
    const situatie = { geboortedatum: '2001-05-05', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2005-06-01' }] } as Variabelen['situatie'];
    const h = await oordeel({ situatie, feit: { datum: '2011-12-31', soort: 'VERLOF_DOOR_HOOFD', verleendVerlof: { soort: 'VAKANTIE_13A', vanaf: '2012-01-09', tot: '2012-01-24', dagen: 12 } } });
    expect(h.hoofd).toMatchObject({ strafbaar: true, sanctie: 'HECHTENIS_OF_GELDBOETE', maxHechtenisMaanden: 1, geldboeteCategorie: 2, maxBoeteEuro: null });
    expect(h.routes.map((r) => r.route)).toEqual(['STRAFVERVOLGING_HOOFD']);
  });

  it('in English, without codes', async () => {
    const h = await oordeel({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'VERLOF_DOOR_HOOFD', verleendVerlof: TWAALF_DAGEN }, taal: 'EN' });
    expect(h.hoofd.uitleg[0].tekst).toBe('The head granted 12 days of holiday leave, more than the 10 art 13a(2) allows: contrary to art 13a(2) (art 27(a)).');
  });
});

describe('hostile or incomplete input: BAD_USER_INPUT naming the field', () => {
  it('VERLOF_DOOR_HOOFD needs the leave granted, and only it may have one', async () => {
    const zonder = await fout({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'VERLOF_DOOR_HOOFD' } });
    expect(zonder.extensions).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'feit.verleendVerlof' });
    expect(zonder.message).toBe('feit.verleendVerlof: is verplicht bij soort VERLOF_DOOR_HOOFD');
    const met = await fout({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'VERZUIM', verleendVerlof: TWAALF_DAGEN }, taal: 'EN' });
    expect(met.message).toBe('feit.verleendVerlof: is only allowed when soort is VERLOF_DOOR_HOOFD');
  });

  it('a leave ending before it starts, or with negative days', async () => {
    const omgekeerd = await fout({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'VERLOF_DOOR_HOOFD', verleendVerlof: { ...TWAALF_DAGEN, tot: '2025-03-01' } } });
    expect(omgekeerd.extensions).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'feit.verleendVerlof.tot' });
    const negatief = await fout({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'VERLOF_DOOR_HOOFD', verleendVerlof: { ...TWAALF_DAGEN, dagen: -1 } } });
    expect(negatief.extensions).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'feit.verleendVerlof.dagen' });
  });

  it('days counted on a calendar this API does not know: the vakantieregio is named, not a crash', async () => {
    const situatie = { ...TIEN, geboortedatum: '2001-05-05' };
    const e = await fout({ situatie, feit: { datum: '2011-12-31', soort: 'VERLOF_DOOR_HOOFD', verleendVerlof: { soort: 'VAKANTIE_13A', vanaf: '2012-01-09', tot: '2012-01-24' } } });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'situatie.vakantieregio' });
  });

  it('an unknown soort is refused by the schema', async () => {
    const e = await fout({ situatie: TIEN, feit: { datum: '2025-02-20', soort: 'BOETE' } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
