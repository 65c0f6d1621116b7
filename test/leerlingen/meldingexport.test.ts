// exportMeldingen: the recorded meldingen of one BRIN as a file for the DUO verzuimloket (README
// "Meldingen naar DUO"), each marked as exported once; a repeat only when asked; the BSN only for
// a LEERPLICHTAMBTENAAR; CSV safe against formula injection. Tenant codes 4201–4299 (helper d2).
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(120_000);

const sleutel = (r: Parameters<typeof nieuweSleutel>[0]) => nieuweSleutel(r);
const schoolA = sleutel({ rol: 'SCHOOL', brin: '42DA', naam: 'School 42DA' });
const schoolB = sleutel({ rol: 'SCHOOL', brin: '42DB', naam: 'School 42DB' });
const schoolC = sleutel({ rol: 'SCHOOL', brin: '42DC', naam: 'School 42DC' });
const vestigingA2 = sleutel({ rol: 'SCHOOL', brin: '42DA02', naam: 'Vestiging 42DA02' });
const lpaA = sleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4201', naam: 'Leerplicht 4201' });
const lpaB = sleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4202', naam: 'Leerplicht 4202' });
const rmc = sleutel({ rol: 'RMC', regio: 'Regio 42', gemeenten: ['4201', '4203'], naam: 'RMC 42' });

let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [schoolA, schoolB, schoolC, vestigingA2, lpaA, lpaB, rmc].map((k) => k.regel) }); });
afterAll(async () => { await client.stop(); });

type Antwoord = { status: number; data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const vraag = (query: string, variables: Record<string, unknown>, k: { sleutel: string }): Promise<Antwoord> => client.ruw({ query, variables }, { authorization: `Bearer ${k.sleutel}` }) as Promise<Antwoord>;
async function moet(query: string, variables: Record<string, unknown>, k: { sleutel: string }) {
  const a = await vraag(query, variables, k);
  if (a.errors) throw new Error(JSON.stringify(a.errors));
  return a.data;
}

// 16 unexcused hours in the first lesweek after the Christmas holiday (MIDDEN 2024): art 21a reached on the fourth day
const ZESTIEN = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
const LUXE = [{ datum: '2024-03-04', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }];

async function leerling(school: { sleutel: string }, brin: string, o: { bsn?: string; nummer?: string; verzuim: unknown[] }): Promise<string> {
  const d = await moet('mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }', {
    l: {
      geboortedatum: '2011-09-01', gemeente: '4201', vakantieregio: 'MIDDEN', ...(o.bsn ? { bsn: o.bsn } : {}),
      feiten: { inschrijvingen: [{ brin, onderwijs: 'VMBO', vanaf: '2023-08-21', ...(o.nummer ? { leerlingnummer: o.nummer } : {}) }], verzuim: o.verzuim },
    },
  }, school);
  return d.maakLeerling.id;
}

const REGISTREER = 'mutation($id: ID!, $soort: Meldingsoort!, $eind: LocalDate!, $t: String) { registreerMelding(leerlingId: $id, soort: $soort, einddatum: $eind, peildatum: "2024-03-15", toelichting: $t) { id } }';
const registreer = async (k: { sleutel: string }, id: string, soort: string, eind: string, t?: string) => (await moet(REGISTREER, { id, soort, eind, t: t ?? null }, k)).registreerMelding.id as string;

const EXPORT = `mutation($brin: String!, $van: LocalDate!, $tot: LocalDate!, $formaat: MeldingExportformaat!, $ook: Boolean) {
  exportMeldingen(brin: $brin, van: $van, tot: $tot, formaat: $formaat, ookEerderGeexporteerd: $ook) {
    formaat mediatype bestandsnaam inhoud aantal nieuw geexporteerdOp
    regels { meldingId leerlingId bsn leerlingnummer brin vestiging soort soortVerzuim begindatum einddatum uren verplicht toelichting eerderGeexporteerdOp } } }`;
const exporteer = (k: { sleutel: string }, brin: string, formaat: 'CSV' | 'JSON', ook = false, van = '2024-01-01', tot = '2024-03-31') => vraag(EXPORT, { brin, van, tot, formaat, ook }, k);

/** RFC 4180, written here from the RFC rather than taken from the code under test. */
function leesCsv(tekst: string): string[][] {
  const rijen: string[][] = [];
  let rij: string[] = [];
  let cel = '';
  let i = 0;
  let gequote = false;
  while (i < tekst.length) {
    const c = tekst[i];
    if (gequote) {
      if (c === '"' && tekst[i + 1] === '"') { cel += '"'; i += 2; continue; }
      if (c === '"') { gequote = false; i++; continue; }
      cel += c; i++; continue;
    }
    if (c === '"') { gequote = true; i++; continue; }
    if (c === ',') { rij.push(cel); cel = ''; i++; continue; }
    if (c === '\r' && tekst[i + 1] === '\n') { rij.push(cel); rijen.push(rij); rij = []; cel = ''; i += 2; continue; }
    cel += c; i++;
  }
  if (cel !== '' || rij.length > 0) throw new Error('the file does not end with CRLF');
  return rijen;
}

const KOLOMMEN = ['meldingId', 'leerlingId', 'bsn', 'leerlingnummer', 'brin', 'vestiging', 'soort', 'soortVerzuim', 'begindatum', 'einddatum', 'uren', 'verplicht', 'toelichting', 'eerderGeexporteerdOp'];
const MELDING = 'query($id: ID!) { melding(id: $id) { id status geexporteerdOp geexporteerdDoor toelichting } }';

describe('exportMeldingen', () => {
  let l1: string; let l2: string; let l3: string; let m1: string; let m2: string; let m3: string; let ingetrokken: string;
  let eerste: Antwoord;

  beforeAll(async () => {
    l1 = await leerling(schoolA, '42DA01', { bsn: '123456782', nummer: 'LN-1', verzuim: ZESTIEN });
    l2 = await leerling(schoolA, '42DA01', { nummer: 'LN-2', verzuim: LUXE });
    l3 = await leerling(schoolB, '42DB', { bsn: '111222333', verzuim: ZESTIEN });
    const l5 = await leerling(schoolA, '42DA', { verzuim: LUXE });
    m1 = await registreer(schoolA, l1, 'ZESTIEN_UUR', '2024-01-11', '=2+3 gesprek gehad, moeder gebeld');
    m2 = await registreer(schoolA, l2, 'LUXE_VERZUIM', '2024-03-04', 'Zei: "op vakantie", met komma');
    m3 = await registreer(schoolB, l3, 'ZESTIEN_UUR', '2024-01-11');
    ingetrokken = await registreer(schoolA, l5, 'LUXE_VERZUIM', '2024-03-04');
    await moet('mutation($id: ID!) { wijzigMeldingstatus(id: $id, status: INGETROKKEN) { status } }', { id: ingetrokken }, schoolA);
    eerste = await exporteer(schoolA, '42DA', 'CSV');
  });

  it('hands off the meldingen of the BRIN as CSV with the documented columns, formula-safe', () => {
    expect(eerste.errors).toBeUndefined();
    const e = eerste.data.exportMeldingen;
    expect(e).toMatchObject({ formaat: 'CSV', mediatype: 'text/csv; charset=utf-8', bestandsnaam: 'meldingen-42DA-2024-01-01-2024-03-31.csv', aantal: 2, nieuw: 2 });
    const [kop, ...rijen] = leesCsv(e.inhoud);
    expect(kop).toEqual(KOLOMMEN);
    const als = rijen.map((r) => Object.fromEntries(kop.map((k, i) => [k, r[i]])));
    // by einddatum: the 16-hour melding (reached on 11 January), then the luxe verzuim of 4 March; the withdrawn one never
    expect(als).toEqual([
      {
        meldingId: m1, leerlingId: l1, bsn: '', leerlingnummer: 'LN-1', brin: '42DA', vestiging: '01', soort: 'ZESTIEN_UUR',
        soortVerzuim: 'Ongeoorloofd verzuim: 16 uur in 4 lesweken (art 21a)', begindatum: '2024-01-08', einddatum: '2024-01-11', uren: '16', verplicht: 'true',
        toelichting: "'=2+3 gesprek gehad, moeder gebeld", eerderGeexporteerdOp: '',
      },
      {
        meldingId: m2, leerlingId: l2, bsn: '', leerlingnummer: 'LN-2', brin: '42DA', vestiging: '01', soort: 'LUXE_VERZUIM', soortVerzuim: 'Luxe verzuim',
        begindatum: '2024-03-04', einddatum: '2024-03-04', uren: '5', verplicht: 'true', toelichting: 'Zei: "op vakantie", met komma', eerderGeexporteerdOp: '',
      },
    ]);
    // the typed rows say the same
    expect(e.regels.map((r: any) => [r.meldingId, r.bsn, r.uren, r.verplicht, r.toelichting])).toEqual([[m1, null, 16, true, '=2+3 gesprek gehad, moeder gebeld'], [m2, null, 5, true, 'Zei: "op vakantie", met komma']]);
  });

  it('marks each melding once, with time and key, in the audit trail; a repeat lists it only when asked', async () => {
    const op = eerste.data.exportMeldingen.geexporteerdOp;
    expect((await moet(MELDING, { id: m1 }, schoolA)).melding).toEqual({ id: m1, status: 'GEREGISTREERD', geexporteerdOp: op, geexporteerdDoor: 'School 42DA', toelichting: '=2+3 gesprek gehad, moeder gebeld' });
    const nogmaals = await exporteer(schoolA, '42DA', 'CSV');
    expect(nogmaals.data.exportMeldingen).toMatchObject({ aantal: 0, nieuw: 0, inhoud: `${KOLOMMEN.join(',')}\r\n` });
    // the mark is the melding's: the leerplichtambtenaar gets nothing new either
    expect((await exporteer(lpaA, '42DA', 'JSON')).data.exportMeldingen.aantal).toBe(0);
    const herhaling = await exporteer(lpaA, '42DA', 'JSON', true);
    expect(herhaling.errors).toBeUndefined();
    const h = herhaling.data.exportMeldingen;
    expect(h).toMatchObject({ formaat: 'JSON', mediatype: 'application/json; charset=utf-8', aantal: 2, nieuw: 0 });
    const json = JSON.parse(h.inhoud);
    expect(json).toMatchObject({ versie: 1, brin: '42DA', van: '2024-01-01', tot: '2024-03-31', geexporteerdOp: h.geexporteerdOp, aantal: 2 });
    expect(json.meldingen.map((m: Record<string, unknown>) => Object.keys(m))).toEqual([KOLOMMEN, KOLOMMEN]);
    expect(json.meldingen.map((m: Record<string, unknown>) => [m.meldingId, m.eerderGeexporteerdOp, m.uren, m.verplicht])).toEqual([[m1, op, 16, true], [m2, op, 5, true]]);
    // the first mark stays
    expect((await moet(MELDING, { id: m1 }, lpaA)).melding).toMatchObject({ geexporteerdOp: op, geexporteerdDoor: 'School 42DA' });
    const audit = (await moet('query($id: ID!) { auditlog(leerlingId: $id) { operatie naam onderwerpId velden { veld voor na } } }', { id: l1 }, lpaA)).auditlog.filter((r: any) => r.operatie === 'exportMeldingen');
    expect(audit).toEqual([
      { operatie: 'exportMeldingen', naam: 'School 42DA', onderwerpId: m1, velden: [{ veld: 'geexporteerdOp', voor: null, na: op }] },
      { operatie: 'exportMeldingen', naam: 'Leerplicht 4201', onderwerpId: m1, velden: [{ veld: 'opnieuwGeexporteerdOp', voor: null, na: h.geexporteerdOp }] },
    ]);
  });

  it('marks only what the exporting key recorded: a leerplichtambtenaar\'s export of a school\'s melding leaves it for the school to hand off', async () => {
    const a = await exporteer(lpaA, '42DB', 'JSON');
    expect(a.errors).toBeUndefined();
    expect(a.data.exportMeldingen).toMatchObject({ aantal: 1, nieuw: 1 });
    expect(a.data.exportMeldingen.regels.map((r: any) => r.meldingId)).toEqual([m3]);
    // still unmarked: the school's own export below ('stays within the key') lists it as new
    expect((await moet(MELDING, { id: m3 }, lpaA)).melding).toMatchObject({ geexporteerdOp: null, geexporteerdDoor: null });
    const audit = (await moet('query($id: ID!) { auditlog(leerlingId: $id) { operatie naam onderwerpId velden { veld voor na } } }', { id: l3 }, lpaA)).auditlog.filter((r: any) => r.operatie === 'exportMeldingen');
    expect(audit).toEqual([{ operatie: 'exportMeldingen', naam: 'Leerplicht 4201', onderwerpId: m3, velden: [{ veld: 'ongemarkeerdGeexporteerdOp', voor: null, na: expect.any(String) }] }]);
  });

  it('gives the BSN only to a LEERPLICHTAMBTENAAR key', async () => {
    const lpa = (await exporteer(lpaA, '42DA', 'CSV', true)).data.exportMeldingen;
    expect(lpa.regels.map((r: any) => r.bsn)).toEqual(['123456782', null]);
    const [kop, ...rijen] = leesCsv(lpa.inhoud);
    expect(rijen.map((r) => r[kop.indexOf('bsn')])).toEqual(['123456782', '']);
    const school = (await exporteer(schoolA, '42DA', 'CSV', true)).data.exportMeldingen;
    expect(school.regels.map((r: any) => r.bsn)).toEqual([null, null]);
    expect(school.inhoud).not.toContain('123456782');
  });

  it('selects on einddatum, both ends inclusive', async () => {
    const op11 = (await exporteer(schoolA, '42DA', 'JSON', true, '2024-01-11', '2024-01-11')).data.exportMeldingen;
    expect(op11.regels.map((r: any) => r.meldingId)).toEqual([m1]);
    const na11 = (await exporteer(schoolA, '42DA', 'JSON', true, '2024-01-12', '2024-03-03')).data.exportMeldingen;
    expect(na11.aantal).toBe(0);
  });

  it('stays within the key: another BRIN is FORBIDDEN, another gemeente sees and marks nothing', async () => {
    for (const [k, brin] of [[schoolB, '42DA'], [vestigingA2, '42DA'], [vestigingA2, '42DA01']] as const) {
      const a = await exporteer(k, brin, 'CSV');
      expect({ brin, data: a.data, code: a.errors?.[0]?.extensions?.code }).toEqual({ brin, data: null, code: 'FORBIDDEN' });
    }
    expect((await exporteer(rmc, '42DA', 'CSV')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // lpa B sees no leerling of gemeente 4201: nothing listed, nothing marked
    expect((await exporteer(lpaB, '42DB', 'CSV', true)).data.exportMeldingen.aantal).toBe(0);
    const b = (await exporteer(schoolB, '42DB', 'CSV')).data.exportMeldingen;
    expect(b.regels.map((r: any) => [r.meldingId, r.brin, r.vestiging, r.leerlingnummer])).toEqual([[m3, '42DB', null, null]]);
    expect(b.nieuw).toBe(1);
    expect(b.inhoud).not.toContain(l1);
  });

  it('refuses bad input naming the field', async () => {
    const a = await exporteer(schoolA, '42DA', 'CSV', false, '2024-03-01', '2024-02-01');
    expect(a.errors?.[0]).toMatchObject({ message: 'tot: 2024-02-01 lies before van 2024-03-01', extensions: { code: 'BAD_USER_INPUT' } });
    const b = await exporteer(schoolA, '42da', 'CSV');
    expect(b.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'brin' });
    for (const [brin, van] of [['42DA\u0000', '2024-01-01'], ['x'.repeat(5000), '2024-01-01'], ['42DA', '2024-02-30']]) {
      const c = await vraag(EXPORT, { brin, van, tot: '2024-03-31', formaat: 'CSV', ook: false }, schoolA);
      expect({ brin: brin.slice(0, 8), van, code: c.errors?.[0]?.extensions?.code }).toEqual({ brin: brin.slice(0, 8), van, code: 'BAD_USER_INPUT' });
    }
  });

  it('never lists one melding in two concurrent exports', async () => {
    const l = await leerling(schoolC, '42DC', { verzuim: ZESTIEN });
    const m = await registreer(schoolC, l, 'ZESTIEN_UUR', '2024-01-11');
    const samen = await Promise.all([1, 2, 3].map(() => exporteer(schoolC, '42DC', 'JSON')));
    expect(samen.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    const lijsten = samen.map((a) => a.data.exportMeldingen.regels.map((r: any) => r.meldingId));
    expect(lijsten.flat()).toEqual([m]);
  });
});
