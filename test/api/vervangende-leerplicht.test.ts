// Through GraphQL: the vervangende leerplicht (arts 3a, 3b) with its terms per text version, the
// partiële leerplicht before 2007-08-01 with its end (old art 4b lid 1) in the answer and the
// tijdlijn, and the consultation of WEB 9.2.5 lid 5 on the Doorstroompunt verdict (only from
// 2026-01-01). Expected values are computed by hand from the statute texts (see the comments).
import 'reflect-metadata';
import { startClient, type Client } from './client';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let c: Client;
beforeAll(async () => { c = await startClient(); });
afterAll(async () => { await c?.stop(); });

async function vraag(selectie: string, situatie: unknown, peildatum: string, wetsdatum?: string): Promise<{ data: Json | null; errors?: readonly Json[] }> {
  const r = await c.ruw({
    query: `query($s: SituatieInput!, $p: LocalDate!, $w: LocalDate) { beoordeling(situatie: $s, peildatum: $p, wetsdatum: $w) { ${selectie} } }`,
    variables: { s: situatie, p: peildatum, w: wetsdatum ?? null },
  });
  return { data: (r.data as Json | null)?.beoordeling ?? null, errors: r.errors as readonly Json[] | undefined };
}
async function beoordeling(selectie: string, situatie: unknown, peildatum: string, wetsdatum?: string): Promise<Json> {
  const r = await vraag(selectie, situatie, peildatum, wetsdatum);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const VERVANGEND = 'vervangendeLeerplicht { artikel voldoet besluitUiterlijk afschriftUiterlijk verlengingUiterlijk uitleg { regel tekst bron { artikel lid jci } } }';
// born 2002-01-15: 14 on 2016-01-15, leerplicht until 2018-07-31; request received 2016-05-02, decided 2016-05-20
const ZESTIEN = {
  geboortedatum: '2002-01-15', diplomas: [], inschrijvingen: [{ onderwijs: 'VMBO', vanaf: '2014-08-18', leerweg: 'KB' }],
  vervangendeLeerplicht: [{ artikel: 'ART_3A', vanaf: '2016-08-22', tot: '2017-07-31', aangevraagdOp: '2016-05-02', besluitOp: '2016-05-20' }],
};

describe('vervangende leerplicht (art 3a, 3b)', () => {
  test('art 3a under the text before 2017-07-01: 4 weeks to decide, 2 weeks for the copy, 8 weeks before the end for an extension; cited to the day', async () => {
    const b = await beoordeling(`leerplicht { status inschrijvingVoldoet } ${VERVANGEND}`, ZESTIEN, '2016-09-01', '2017-06-30');
    // 2016-05-02 + 28 days; 2016-05-20 + 14 days; 2017-07-31 − 56 days (the period ends at the end of 31 July)
    expect(b.vervangendeLeerplicht).toMatchObject({ artikel: 'ART_3A', voldoet: true, besluitUiterlijk: '2016-05-30', afschriftUiterlijk: '2016-06-03', verlengingUiterlijk: '2017-06-05' });
    expect(b.leerplicht).toEqual({ status: 'LEERPLICHTIG', inschrijvingVoldoet: true });
    const termijn = b.vervangendeLeerplicht.uitleg.find((u: Json) => u.regel === 'lpw.art3a.lid4.termijnen-2004');
    expect(termijn.bron).toEqual({ artikel: '3a', lid: '4', jci: 'jci1.3:c:BWBR0002628&artikel=3a&lid=4&g=2017-06-30' });
    expect(termijn.tekst).toContain('30 mei 2016');
    expect(termijn.tekst).toContain('3 juni 2016');
    expect(termijn.tekst).toContain('5 juni 2017');
  });

  test('art 3a from 2017-07-01: six weeks after receipt, no copy term any more', async () => {
    const b = await beoordeling(VERVANGEND, ZESTIEN, '2016-09-01', '2017-07-01');
    // 2016-05-02 + 42 days
    expect(b.vervangendeLeerplicht).toMatchObject({ besluitUiterlijk: '2016-06-13', afschriftUiterlijk: null, verlengingUiterlijk: '2017-06-05' });
    expect(b.vervangendeLeerplicht.uitleg.map((u: Json) => u.regel)).toContain('lpw.art3a.lid4.termijnen-2017');
  });

  test('art 3b: the decision term moves from lid 4 to lid 5 on 2013-10-01 (the dates stay)', async () => {
    const s = {
      geboortedatum: '1997-10-10', diplomas: [], inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2013-08-19', niveau: 2, leerweg: 'BOL' }],
      vervangendeLeerplicht: [{ artikel: 'ART_3B', vanaf: '2013-08-19', tot: '2014-07-31', aangevraagdOp: '2013-06-03', besluitOp: '2013-06-24' }],
    };
    const voor = await beoordeling(VERVANGEND, s, '2013-09-30');
    const na = await beoordeling(VERVANGEND, s, '2013-10-01');
    for (const b of [voor, na]) expect(b.vervangendeLeerplicht).toMatchObject({ artikel: 'ART_3B', voldoet: true, besluitUiterlijk: '2013-07-01', afschriftUiterlijk: '2013-07-08', verlengingUiterlijk: null });
    const lid = (b: Json) => b.vervangendeLeerplicht.uitleg.find((u: Json) => u.regel.includes('termijnen')).bron.lid;
    expect([lid(voor), lid(na)]).toEqual(['4', '5']);
  });

  test('an mbo enrolment of a leerplichtige satisfies only with art 3b', async () => {
    const s = { geboortedatum: '2008-05-20', diplomas: [], inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2023-09-01', niveau: 2, leerweg: 'BOL' }] };
    const zonder = await beoordeling('leerplicht { inschrijvingVoldoet uitleg { regel } }', s, '2024-02-01');
    expect(zonder.leerplicht.inschrijvingVoldoet).toBe(false);
    const met = await beoordeling('leerplicht { inschrijvingVoldoet uitleg { regel } }', { ...s, vervangendeLeerplicht: [{ artikel: 'ART_3B', vanaf: '2023-09-01', tot: '2024-07-31' }] }, '2024-02-01');
    expect(met.leerplicht.inschrijvingVoldoet).toBe(true);
    expect(met.leerplicht.uitleg.map((u: Json) => u.regel)).toContain('lpw.art3b.inschrijving-voldoet');
  });

  test('impossible input is BAD_USER_INPUT naming the field', async () => {
    const p = ZESTIEN.vervangendeLeerplicht[0];
    const gevallen: [unknown, string][] = [
      [{ ...p, besluitOp: '2016-04-01' }, 'situatie.vervangendeLeerplicht[0].besluitOp'],
      [{ ...p, tot: '2016-08-01' }, 'situatie.vervangendeLeerplicht[0].tot'],
      [{ ...p, vanaf: '2001-01-01' }, 'situatie.vervangendeLeerplicht[0].vanaf'],
    ];
    for (const [programma, veld] of gevallen) {
      const r = await vraag('leeftijd', { ...ZESTIEN, vervangendeLeerplicht: [programma] }, '2016-09-01');
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toContain(veld);
    }
  });
});

describe('partiële leerplicht before 2007-08-01 (old art 4a-4c)', () => {
  // born 1990-03-15: 16 on 2006-03-15, leerplicht until 2006-07-31; partial until the last day of schooljaar 2006/2007
  const s = { geboortedatum: '1990-03-15', diplomas: [], inschrijvingen: [] };
  test('its end date is in the answer, in the tijdlijn and cited (old art 4b lid 1)', async () => {
    const b = await beoordeling('leerplicht { status partieelLeerplichtigTot uitleg { regel bron { artikel lid jci } } } tijdlijn { status vanaf tot }', s, '2007-03-01');
    expect(b.leerplicht.status).toBe('PARTIEEL_LEERPLICHTIG');
    expect(b.leerplicht.partieelLeerplichtigTot).toBe('2007-07-31');
    expect(b.leerplicht.uitleg).toContainEqual({ regel: 'lpw.oud.art4b.lid1.einde', bron: { artikel: '4b', lid: '1', jci: 'jci1.3:c:BWBR0002628&artikel=4b&lid=1&g=2007-03-01' } });
    expect(b.tijdlijn.slice(-2)).toEqual([
      { status: 'PARTIEEL_LEERPLICHTIG', vanaf: '2006-08-01', tot: '2007-07-31' },
      { status: 'NIET_LEERPLICHTIG', vanaf: '2007-08-01', tot: null },
    ]);
  });

  test('from 2007-08-01 there is no partiële leerplicht: null, and the kwalificatieplicht instead', async () => {
    const b = await beoordeling('leerplicht { status partieelLeerplichtigTot kwalificatieplichtigTot }', s, '2007-08-01');
    expect(b.leerplicht).toEqual({ status: 'KWALIFICATIEPLICHTIG', partieelLeerplichtigTot: null, kwalificatieplichtigTot: '2008-03-14' });
  });
});

describe('Doorstroompunt: consult the school first (WEB 9.2.5 lid 5)', () => {
  // born 2006-04-10, entree diploma on 2025-07-04, not enrolled: less than a year ago until 2026-07-03
  const s = { geboortedatum: '2006-04-10', inschrijvingen: [], diplomas: [{ soort: 'MBO_ENTREE', datum: '2025-07-04' }] };
  // the verdict stays the contract's Oordeel (API.md); the consultation is a field of its own
  const SEL = 'doorstroompunt { vanToepassing } doorstroompuntOverleg { vereist grond tot uitleg { regel bron { wet artikel lid onderdeel } } }';
  test('from 2026-01-01, cited to lid 5 onder a', async () => {
    const b = await beoordeling(SEL, s, '2026-03-01');
    expect(b.doorstroompunt).toEqual({ vanToepassing: true });
    expect(b.doorstroompuntOverleg).toEqual({ vereist: true, grond: 'ENTREE', tot: '2026-07-03', uitleg: [{ regel: 'web.art9.2.5.lid5.a.entree', bron: { wet: 'Wet educatie en beroepsonderwijs', artikel: '9.2.5', lid: '5', onderdeel: 'a' } }] });
  });
  test('not before 2026-01-01: the article does not exist, overleg is null', async () => {
    const b = await beoordeling(SEL, s, '2025-12-31');
    expect(b.doorstroompunt).toEqual({ vanToepassing: true });
    expect(b.doorstroompuntOverleg).toBeNull();
  });
  test('exactly a year after the diploma: no longer "korter dan een jaar geleden"', async () => {
    const b = await beoordeling(SEL, s, '2026-07-04');
    expect(b.doorstroompuntOverleg).toMatchObject({ vereist: false, grond: null, tot: null });
  });
});
