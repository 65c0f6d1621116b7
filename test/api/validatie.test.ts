// Hostile input is normal: every bad value answers BAD_USER_INPUT naming the field, for the
// stateless questions and the stored-leerling mutations, and nothing is stored. Expected values come
// from the contract (shared/API.md "Errors"): dates 1900-01-01 … 2100-12-31, a BSN is 9 digits passing
// the elfproef and not all the same digit, schooljaren lie between birth and now, texts have no
// control characters and at most 10,000 characters.
import type { GraphQLFormattedError } from 'graphql';
import { formatDatum, vandaag } from '../../src/time/dag';
import { schooljaarVan } from '../../src/time/schooljaar';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { maakSleutels } from '../leerlingen/sleutels';
import { startClient, type Client } from './client';

const s = maakSleutels(8);
// a gemeente of this file alone: the tenant codes of maakSleutels(8) are shared with other files, whose
// stored leerlingen (with a vakantieregio) a jaarcijfers question would evaluate too
const eigenGemeente = '9891';
const lpaEigen = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: eigenGemeente });
jest.setTimeout(60_000);
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [...s.regels, lpaEigen.regel] }); });
afterAll(async () => { await client.stop(); });

// taal: EN — these tests hold the English wording; the Dutch one (taal NL, the default) is in fouten.test.ts and fouten-taal.test.ts
const STATUS = 'query($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate) { beoordeling(situatie: $situatie, peildatum: $peildatum, wetsdatum: $wetsdatum, taal: EN) { leeftijd leerplicht { status } } }';
const MAAK = 'mutation($leerling: NieuweLeerlingInput!) { maakLeerling(leerling: $leerling) { id heeftBsn schooljaren { schooljaar } } }';
const LIJST = 'query($gemeente: String) { leerlingen(gemeente: $gemeente, eerste: 1000) { id } }';

const sleutel = (k: string) => ({ authorization: `Bearer ${k}` });
const vraag = (query: string, variables: unknown, k?: string) => client.ruw({ query, variables }, k ? sleutel(k) : {});

/** The one error of a refused request: BAD_USER_INPUT, and no data for the field. */
async function geweigerd(query: string, variables: unknown, k?: string): Promise<GraphQLFormattedError> {
  const a = await vraag(query, variables, k);
  expect(a.status).toBeLessThan(500);
  expect(a.errors).toHaveLength(1);
  expect(a.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  return a.errors![0];
}

async function aanvaard(query: string, variables: unknown, k?: string) {
  const a = await vraag(query, variables, k);
  expect(a.errors).toBeUndefined();
  return a.data as Record<string, any>;
}

const jaren = (van: number, n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ schooljaar: `${van + i}/${van + i + 1}`, volledig: true, onderwijs: 'PO', ...extra }));

describe('every LocalDate lies between 1900-01-01 and 2100-12-31', () => {
  it('accepts both ends', async () => {
    expect((await aanvaard(STATUS, { situatie: { geboortedatum: '1900-01-01' }, peildatum: '2010-01-01' })).beoordeling.leeftijd).toBe(110);
    expect((await aanvaard(STATUS, { situatie: { geboortedatum: '2080-01-01' }, peildatum: '2100-12-31' })).beoordeling.leeftijd).toBe(20);
  });

  it('answers for verzuim on the first and the last day (the calendar covers them)', async () => {
    const a = await aanvaard('query($s: SituatieInput!) { beoordeling(situatie: $s, peildatum: "2100-12-31", wetsdatum: "2024-01-01") { verzuim { meldplicht } } }',
      { s: { geboortedatum: '1900-01-01', verzuim: [{ datum: '1900-01-01', uren: 2, reden: 'ONGEOORLOOFD' }, { datum: '2100-12-31', uren: 2, reden: 'ONGEOORLOOFD' }] } });
    expect(a.beoordeling.verzuim.meldplicht).toBe(false);
  });

  it.each([
    ['geboortedatum 1899-12-31', { situatie: { geboortedatum: '1899-12-31' }, peildatum: '2010-01-01' }, 'situatie.geboortedatum', '1899-12-31'],
    ['peildatum 2101-01-01', { situatie: { geboortedatum: '2010-01-01' }, peildatum: '2101-01-01' }, 'peildatum', '2101-01-01'],
    ['peildatum 9999-01-01', { situatie: { geboortedatum: '2010-01-01' }, peildatum: '9999-01-01' }, 'peildatum', '9999-01-01'],
    ['wetsdatum 0000-01-01', { situatie: { geboortedatum: '2010-01-01' }, peildatum: '2024-01-01', wetsdatum: '0000-01-01' }, 'wetsdatum', '0000-01-01'],
    ['verzuim datum 9999-12-31', { situatie: { geboortedatum: '2010-01-01', verzuim: [{ datum: '9999-12-31', uren: 1, reden: 'ZIEKTE' }] }, peildatum: '2024-01-01' }, 'situatie.verzuim[0].datum', '9999-12-31'],
    ['inschrijving tot 2101-01-01', { situatie: { geboortedatum: '2010-01-01', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2014-08-01', tot: '2101-01-01' }] }, peildatum: '2024-01-01' }, 'situatie.inschrijvingen[0].tot', '2101-01-01'],
  ])('refuses %s (variable), naming the field', async (_, variabelen, veld, waarde) => {
    const e = await geweigerd(STATUS, variabelen);
    expect(e.message).toContain(`"${waarde}" is not a LocalDate between 1900-01-01 and 2100-12-31`);
    expect(e.message).toContain(veld);
  });

  it('refuses an out-of-range literal too', async () => {
    const e = await geweigerd('{ beoordeling(situatie: { geboortedatum: "2010-01-01" }, peildatum: "9999-01-01", taal: EN) { leeftijd } }', undefined);
    expect(e.message).toContain('"9999-01-01" is not a LocalDate between 1900-01-01 and 2100-12-31');
  });

  it('in verlofaanvraag and vrijstellingsberoep', async () => {
    const sit = { geboortedatum: '2014-03-01', vakantieregio: 'ZUID' };
    const v = await geweigerd('query($situatie: SituatieInput!, $aanvraag: VerlofaanvraagInput!) { verlofaanvraag(situatie: $situatie, aanvraag: $aanvraag) { toelaatbaar } }',
      { situatie: sit, aanvraag: { soort: 'VAKANTIE_13A', vanaf: '2024-09-23', tot: '2101-01-01', aangevraagdOp: '2024-07-15', dagen: 10 } });
    expect(v.message).toContain('aanvraag.tot');
    const b = await geweigerd('query($situatie: SituatieInput!, $beroep: VrijstellingsberoepInput!) { vrijstellingsberoep(situatie: $situatie, beroep: $beroep) { geldig } }',
      { situatie: sit, beroep: { grond: 'ART_5_A', kennisgevingOp: '2024-05-01', verklaring: { datum: '1899-12-31', deskundige: 'ARTS', aangewezenDoorBW: true } } });
    expect(b.message).toContain('beroep.verklaring.datum');
  });
});

describe('schooljaren lie between the birth year and the schooljaar of the peildatum (or today, if later)', () => {
  it('a child born 2012 with schooljaren 1850/51–1861/62 is refused, not KWALIFICATIEPLICHTIG', async () => {
    const e = await geweigerd(STATUS, { situatie: { geboortedatum: '2012-05-01', schooljaren: jaren(1850, 12) }, peildatum: '2024-03-15' });
    expect(e.message).toBe('situatie.schooljaren[0].schooljaar: 1850/1851 starts before 2012, the year of geboortedatum 2012-05-01');
  });

  it('the birth year itself is the first allowed one', async () => {
    await aanvaard(STATUS, { situatie: { geboortedatum: '2012-01-01', schooljaren: jaren(2012, 1) }, peildatum: '2024-03-15' });
    const e = await geweigerd(STATUS, { situatie: { geboortedatum: '2012-01-01', schooljaren: jaren(2011, 1) }, peildatum: '2024-03-15' });
    expect(e.message).toMatch(/^situatie\.schooljaren\[0\]\.schooljaar: 2011\/2012 starts before 2012/);
  });

  it('the schooljaar of the peildatum is the last allowed one (a peildatum after today)', async () => {
    // peildatum 2090-03-01 lies in schooljaar 2089/2090
    await aanvaard(STATUS, { situatie: { geboortedatum: '2075-01-01', schooljaren: jaren(2089, 1) }, peildatum: '2090-03-01' });
    const e = await geweigerd(STATUS, { situatie: { geboortedatum: '2075-01-01', schooljaren: jaren(2090, 1) }, peildatum: '2090-03-01' });
    expect(e.message).toMatch(/^situatie\.schooljaren\[0\]\.schooljaar: 2090\/2091 starts after schooljaar 2089\/2090/);
  });

  it('no more schooljaren than whole years since birth: exactly as many is fine, one more is refused', async () => {
    // born 2075-09-01, 14 years old on 2090-03-01; 2075/2076 … 2089/2090 are 15 possible schooljaren
    await aanvaard(STATUS, { situatie: { geboortedatum: '2075-09-01', schooljaren: jaren(2075, 14) }, peildatum: '2090-03-01' });
    const e = await geweigerd(STATUS, { situatie: { geboortedatum: '2075-09-01', schooljaren: jaren(2075, 15) }, peildatum: '2090-03-01' });
    expect(e.message).toBe('situatie.schooljaren: 15 schooljaren, more than the 14 whole years since geboortedatum 2075-09-01 on 2090-03-01');
  });

  it('a duplicate or malformed schooljaar is refused', async () => {
    const dubbel = await geweigerd(STATUS, { situatie: { geboortedatum: '2010-01-01', schooljaren: [...jaren(2016, 2), ...jaren(2016, 1)] }, peildatum: '2024-03-15' });
    expect(dubbel.message).toBe('situatie.schooljaren[2].schooljaar: 2016/2017 is given twice (also situatie.schooljaren[0])');
    const vorm = await geweigerd(STATUS, { situatie: { geboortedatum: '2010-01-01', schooljaren: [{ schooljaar: '2016/2016', volledig: true, onderwijs: 'PO' }] }, peildatum: '2024-03-15' });
    expect(vorm.message).toMatch(/^situatie\.schooljaren\[0\]\.schooljaar: "2016\/2016" is not a schooljaar/);
  });

  it('beoordelingen names the situatie', async () => {
    const e = await geweigerd('query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15", taal: EN) { leeftijd } }',
      { s: [{ geboortedatum: '2010-01-01' }, { geboortedatum: '2012-01-01', schooljaren: jaren(1850, 1) }] });
    expect(e.message).toMatch(/^situaties\[1\]\.schooljaren\[0\]\.schooljaar: 1850\/1851 starts before 2012/);
  });
});

describe('texts: no control characters, valid Unicode, at most 10,000 characters', () => {
  it.each([
    ['NUL', '2019/2020\u0000', 'U+0000'],
    ['a line feed', '2019/2020\n', 'U+000A'],
    ['DEL', '2019\u007f/2020', 'U+007F'],
  ])('refuses %s in a schooljaar', async (_, schooljaar, teken) => {
    const e = await geweigerd(STATUS, { situatie: { geboortedatum: '2010-01-01', schooljaren: [{ schooljaar, volledig: true, onderwijs: 'PO' }] }, peildatum: '2024-03-15' });
    expect(e.message).toMatch(new RegExp(`^situatie\\.schooljaren\\[0\\]\\.schooljaar: contains control character ${teken.replace('+', '\\+')}`));
  });

  it('refuses a lone surrogate', async () => {
    const e = await geweigerd('query($j: String!) { beoordeling(situatie: { geboortedatum: "2006-01-01" }, peildatum: "2024-01-01", taal: EN) { voortijdigSchoolverlater(schooljaar: $j) { vanToepassing } } }', { j: '2023/2024\ud800' });
    expect(e.message).toBe('schooljaar: contains a lone UTF-16 surrogate, which is not valid Unicode text');
  });

  it('free text up to 10,000 characters; one more is refused', async () => {
    const q = 'query($b: VrijstellingsberoepInput!) { vrijstellingsberoep(situatie: { geboortedatum: "2012-01-01" }, beroep: $b, taal: EN) { geldig } }';
    const beroep = (richtingBezwaar: string) => ({ b: { grond: 'ART_5_B', kennisgevingOp: '2024-05-01', richtingBezwaar } });
    await aanvaard(q, beroep('x'.repeat(10_000)));
    const e = await geweigerd(q, beroep('x'.repeat(10_001)));
    expect(e.message).toBe('beroep.richtingBezwaar: 10001 characters; at most 10000');
    const nul = await geweigerd(q, beroep('geloof\u0000'));
    expect(nul.message).toMatch(/^beroep\.richtingBezwaar: contains control character U\+0000 at position 6/);
  });
});

describe('numbers', () => {
  it.each([
    ['uren 1e308', { geboortedatum: '2010-01-01', verzuim: [{ datum: '2024-01-08', uren: 1e308, reden: 'ZIEKTE' }] }, /^situatie\.verzuim\[0\]\.uren: 1e\+308 is outside 0–24$/],
    ['niveau -1', { geboortedatum: '2006-01-01', inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2022-08-01', niveau: -1 }] }, /^situatie\.inschrijvingen\[0\]\.niveau: -1 is outside 1–4$/],
    ['lesurenPerWeek 1e300', { geboortedatum: '2006-01-01', inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2022-08-01', lesurenPerWeek: 1e300 }] }, /^situatie\.inschrijvingen\[0\]\.lesurenPerWeek: 1e\+300 is outside 0–168$/],
  ])('refuses %s', async (_, situatie, bericht) => {
    expect((await geweigerd(STATUS, { situatie, peildatum: '2024-03-15' })).message).toMatch(bericht);
  });

  it('an Int beyond 32 bits is the caller\'s input', async () => {
    const e = await geweigerd(STATUS, { situatie: { geboortedatum: '2006-01-01', inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2022-08-01', niveau: 2 ** 40 }] }, peildatum: '2024-03-15' });
    expect(e.message).toContain('situatie.inschrijvingen[0].niveau');
  });
});

describe('stored leerlingen', () => {
  const nu = vandaag(); // the API's today: the day in Europe/Amsterdam
  const ditJaar = Number(formatDatum(nu).slice(0, 4));
  const huidigSchooljaar = schooljaarVan(nu);
  const nieuw = (extra: Record<string, unknown> = {}, feiten: Record<string, unknown> = {}) => ({
    leerling: { geboortedatum: '2012-05-14', gemeente: s.gemeenteA, feiten: { inschrijvingen: [{ brin: s.brinA, onderwijs: 'VMBO', vanaf: '2024-08-19' }], ...feiten }, ...extra },
  });
  const aantal = async () => (await aanvaard(LIJST, { gemeente: s.gemeenteA }, s.lpaA)).leerlingen.length as number;

  it('a valid BSN is accepted; 000000000 and the other all-equal numbers are refused without repeating them', async () => {
    expect((await aanvaard(MAAK, nieuw({ bsn: '111222333' }), s.schoolA)).maakLeerling.heeftBsn).toBe(true);
    const voor = await aantal();
    for (let c = 0; c <= 9; c++) {
      const bsn = String(c).repeat(9);
      const e = await geweigerd(MAAK, nieuw({ bsn }), s.schoolA);
      expect(e.message).toBe('leerling.bsn: not a valid BSN (9 digits passing the elfproef)');
      expect(JSON.stringify(e)).not.toContain(bsn);
    }
    expect(await aantal()).toBe(voor);
  });

  it('wijzigLeerling refuses 999999999 and changes nothing', async () => {
    const { id } = (await aanvaard(MAAK, nieuw({ bsn: '111222333' }), s.lpaA)).maakLeerling;
    const e = await geweigerd('mutation($id: ID!, $w: LeerlingWijzigingInput!) { wijzigLeerling(id: $id, wijziging: $w) { id } }', { id, w: { bsn: '999999999' } }, s.lpaA);
    expect(e.message).toBe('wijziging.bsn: not a valid BSN (9 digits passing the elfproef)');
    const terug = await aanvaard('query($id: ID!) { leerling(id: $id) { bsn } }', { id }, s.lpaA);
    expect(terug.leerling.bsn).toBe('111222333');
  });

  it('schooljaren are checked against the birth year and today; nothing is stored when one is refused', async () => {
    const voor = await aantal();
    const e = await geweigerd(MAAK, nieuw({}, { schooljaren: jaren(1850, 12) }), s.schoolA);
    expect(e.message).toBe('leerling.feiten.schooljaren[0].schooljaar: 1850/1851 starts before 2012, the year of geboortedatum 2012-05-14');
    const later = await geweigerd(MAAK, nieuw({}, { schooljaren: jaren(huidigSchooljaar + 1, 1) }), s.schoolA);
    expect(later.message).toMatch(/^leerling\.feiten\.schooljaren\[0\]\.schooljaar: \d{4}\/\d{4} starts after schooljaar/);
    expect(await aantal()).toBe(voor);
    await aanvaard(MAAK, nieuw({}, { schooljaren: jaren(huidigSchooljaar, 1) }), s.schoolA);
  });

  it('no more schooljaren than whole years lived today', async () => {
    // born 1 January ten years ago: 10 today; 10 schooljaren from the birth year are fine, 11 are not
    const geboortedatum = `${ditJaar - 10}-01-01`;
    const ok = await aanvaard(MAAK, nieuw({ geboortedatum }, { schooljaren: jaren(ditJaar - 10, 10) }), s.schoolA);
    // all ten are stored; the school itself sees only those overlapping its own inschrijving
    const opgeslagen = await aanvaard('query($id: ID!) { leerling(id: $id) { schooljaren { schooljaar } } }', { id: ok.maakLeerling.id }, s.lpaA);
    expect(opgeslagen.leerling.schooljaren).toHaveLength(10);
    const e = await geweigerd(MAAK, nieuw({ geboortedatum }, { schooljaren: jaren(ditJaar - 10, 11) }), s.schoolA);
    expect(e.message).toMatch(/^leerling\.feiten\.schooljaren(\[10\]\.schooljaar: \d{4}\/\d{4} starts after|: 11 schooljaren, more than the 10 whole years)/);
  });

  it('voegFeitenToe: a duplicate schooljaar in the input, a NUL in a BRIN, a date out of range', async () => {
    const { id } = (await aanvaard(MAAK, nieuw(), s.schoolA)).maakLeerling;
    const q = 'mutation($id: ID!, $f: FeitenInput!) { voegFeitenToe(leerlingId: $id, feiten: $f) { id } }';
    expect((await geweigerd(q, { id, f: { schooljaren: [...jaren(2020, 1), ...jaren(2020, 1)] } }, s.schoolA)).message)
      .toMatch(/^feiten\.schooljaren\[1\]\.schooljaar: 2020\/2021 is given twice/);
    expect((await geweigerd(q, { id, f: { inschrijvingen: [{ brin: `${s.brinA}\u0000`, onderwijs: 'VMBO', vanaf: '2024-08-19' }] } }, s.schoolA)).message)
      .toMatch(/^feiten\.inschrijvingen\[0\]\.brin: contains control character U\+0000/);
    expect((await geweigerd(q, { id, f: { diplomas: [{ soort: 'VMBO_TL', datum: '2101-07-01' }] } }, s.schoolA)).message)
      .toContain('"2101-07-01" is not a LocalDate between 1900-01-01 and 2100-12-31');
    const terug = await aanvaard('query($id: ID!) { leerling(id: $id) { schooljaren { id } inschrijvingen { id } diplomas { id } } }', { id }, s.schoolA);
    expect(terug.leerling).toEqual({ schooljaren: [], inschrijvingen: [expect.anything()], diplomas: [] });
  });

  it('jaarcijfers: a schooljaar outside 1900/1901 – 2099/2100 is BAD_USER_INPUT, not an internal error', async () => {
    await aanvaard(MAAK, nieuw({ gemeente: eigenGemeente }, { inschrijvingen: [], verzuim: [{ datum: '2024-10-01', uren: 2, reden: 'ONGEOORLOOFD' }] }), lpaEigen.sleutel);
    const q = 'query($g: String!, $j: String!) { jaarcijfers(gemeente: $g, schooljaar: $j) { leerlingen } }';
    await aanvaard(q, { g: eigenGemeente, j: '2099/2100' }, lpaEigen.sleutel);
    for (const j of ['0000/0001', '1899/1900', '2100/2101']) {
      expect((await geweigerd(q, { g: eigenGemeente, j }, lpaEigen.sleutel)).message).toBe(`schooljaar: ${j} lies outside 1900/1901 – 2099/2100, the schooljaren this API answers for`);
    }
  });

  it('importeerVerzuim and wijzigMeldingstatus: control characters are refused before anything is read or written', async () => {
    const imp = 'mutation($r: [VerzuimImportRecord!]!, $k: String!) { importeerVerzuim(records: $r, idempotentieSleutel: $k) { id } }';
    expect((await geweigerd(imp, { r: [], k: 'bestand\u0000' }, s.schoolA)).message).toMatch(/^idempotentieSleutel: contains control character U\+0000/);
    expect((await geweigerd(imp, { r: [{ leerlingId: '\u0000', datum: '2024-01-08', uren: 1, reden: 'ZIEKTE' }], k: 'x' }, s.schoolA)).message).toMatch(/^records\[0\]\.leerlingId: contains control character/);
    const st = 'mutation($t: String) { wijzigMeldingstatus(id: "00000000-0000-0000-0000-000000000000", status: INGETROKKEN, toelichting: $t) { id } }';
    expect((await geweigerd(st, { t: 'ok\u0000' }, s.lpaA)).message).toMatch(/^toelichting: contains control character U\+0000/);
    expect((await geweigerd(st, { t: 'x'.repeat(10_001) }, s.lpaA)).message).toBe('toelichting: 10001 characters; at most 10000');
  });
});
