// The typed client (clients/ts) against the real server: one call per documented operation with
// values from the law (rules/cases, leerplichtwet.md R-3a/R-3b/R-4b, the official calendar in
// rules/kalender), the keyed ones with keys of this suite's tenants (gemeente 5201, BRIN 52AA), and
// errors as LeerplichtFout with code, field and HTTP status.
import 'reflect-metadata';
import { maakLeerplichtClient, LeerplichtFout, type LeerplichtClient } from '../../clients/ts/src';
import { maakLogger } from '../../src/server/log';
import { berekenBatch } from '../../src/signalering/berekening';
import { runStand, startRun, startWerker, type Werker } from '../../src/signalering/werker';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { MaakLeerlingDocument, RegistreerMeldingDocument } from '../generated/graphql';
import { startClient, type Client } from '../api/client';

jest.setTimeout(120_000);

const GEMEENTE = '5201';
const BRIN = '52AA';
const school = nieuweSleutel({ rol: 'SCHOOL', brin: BRIN, naam: 'School 52AA' });
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: GEMEENTE, naam: 'Leerplicht 5201' });

let server: Client;
let publiek: LeerplichtClient;
let werker: Werker | undefined;
const leerlingen: string[] = [];

const WETTEN = /^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0002628&artikel=/;

/** Born 2015-03-10 (region NOORD), at a basisschool since 2019-08-19. */
const KIND_2015 = { geboortedatum: '2015-03-10', vakantieregio: 'NOORD' as const, inschrijvingen: [{ onderwijs: 'PO' as const, vanaf: '2019-08-19' }] };
/** rules/cases art-11-14-verlof.json: born 2014-03-01, region ZUID, basisschool since 2018-04-01 */
const KIND_2014_ZUID = { geboortedatum: '2014-03-01', vakantieregio: 'ZUID' as const, inschrijvingen: [{ onderwijs: 'PO' as const, vanaf: '2018-04-01' }] };

/** 16 unexcused hours in one lesweek (MIDDEN, Mon 8 – Thu 11 January 2024, after the kerstvakantie that ends 7 January). */
const ZESTIEN = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' as const }));

beforeAll(async () => {
  server = await startClient({ sleutels: [school.regel, lpa.regel] });
  publiek = maakLeerplichtClient({ url: server.server.url });
  for (let i = 0; i < 3; i++) {
    const r = await server.vraag(MaakLeerlingDocument, {
      leerling: {
        geboortedatum: '2011-09-01', gemeente: GEMEENTE, vakantieregio: 'MIDDEN',
        feiten: { inschrijvingen: [{ brin: BRIN, onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: ZESTIEN },
      },
    }, school.sleutel);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    leerlingen.push(r.data!.maakLeerling.id);
  }
  leerlingen.sort();
});
afterAll(async () => {
  await werker?.stop();
  await server?.stop();
});

describe('public questions (no key)', () => {
  it('LeerplichtStatus: leerplichtig from the first schooldag of April 2020 to the end of the schooljaar of the 16th birthday', async () => {
    const b = await publiek.leerplichtStatus({ situatie: KIND_2015, peildatum: '2024-03-15' });
    // 9 since 2024-03-10; 5 on 2020-03-10, so the first schooldag of April 2020: Wed 1 April (no holiday, no feestdag in NOORD)
    expect(b.leeftijd).toBe(9);
    expect(b.leerplicht).toMatchObject({
      status: 'LEERPLICHTIG',
      leerplichtigVanaf: '2020-04-01',
      // 16 on 2031-03-10, in schooljaar 2030/2031 (art 3 lid 1 b; no school history given)
      leerplichtigTot: '2031-07-31',
      eindgrond: 'ZESTIEN_JAAR',
      // art 4a: from the day after, to the day before the 18th birthday (2033-03-10)
      kwalificatieplichtigVanaf: '2031-08-01',
      kwalificatieplichtigTot: '2033-03-09',
      uitzondering: null,
      inschrijfplichtVrijgesteld: false,
      // enrolled at a basisschool: not absoluut verzuim, and the enrolment satisfies art 2 lid 1
      absoluutVerzuim: false,
      inschrijvingVoldoet: true,
    });
    // the region was given: nothing depends on a region not given
    expect(b.leerplicht.afhankelijkVanRegio).toBe(false);
    expect(b.leerplicht.leerplichtigVanafPerRegio.map((r) => r.regio)).toEqual(['NOORD']);
    const aannames = b.aannames.map((a) => a.code);
    expect(aannames).toContain('GEEN_SCHOOLGESCHIEDENIS'); // no schooljaren: the end follows the age (art 3 lid 1 b)
    expect(aannames).not.toContain('GEEN_VAKANTIEREGIO');
    expect(aannames).not.toContain('GEEN_INSCHRIJVINGEN');
    expect(b.aannames.find((a) => a.code === 'GEEN_SCHOOLGESCHIEDENIS')!.invoer).toBe('situatie.schooljaren');
    const artikel3 = b.leerplicht.uitleg.filter((u) => u.bron.artikel === '3');
    expect(artikel3.length).toBeGreaterThan(0);
    for (const u of artikel3) {
      expect(u.tekst.length).toBeGreaterThan(0);
      expect(u.bron.url).toMatch(WETTEN);
      expect(u.bron.url).toContain('artikel=3');
    }
  });

  it('LeerplichtStatus without vakantieregio or inschrijvingen: the start per region, and what was assumed', async () => {
    // born 2020-07-20: 5 on 2025-07-20, so the first schooldag on or after 1 August 2025 — after the zomervakantie
    // 2025 of each region (rules/kalender: zuid to Sun 17, noord to Sun 24, midden to Sun 31 August)
    const b = await publiek.leerplichtStatus({ situatie: { geboortedatum: '2020-07-20' }, peildatum: '2025-09-15' });
    expect(b.leerplicht.status).toBe('LEERPLICHTIG');
    expect(b.leerplicht.afhankelijkVanRegio).toBe(true);
    expect([...b.leerplicht.leerplichtigVanafPerRegio].sort((x, y) => x.regio.localeCompare(y.regio))).toEqual([
      { regio: 'MIDDEN', datum: '2025-09-01' }, { regio: 'NOORD', datum: '2025-08-25' }, { regio: 'ZUID', datum: '2025-08-18' },
    ]);
    expect(b.leerplicht.leerplichtigVanaf).toBe('2025-08-18'); // the earliest, never 1 August (a holiday everywhere)
    // "not given" is not "none": no inschrijvingen given, so absoluut verzuim is unknown
    expect(b.leerplicht.absoluutVerzuim).toBeNull();
    expect(b.aannames.map((a) => a.code)).toEqual(expect.arrayContaining(['GEEN_VAKANTIEREGIO', 'GEEN_INSCHRIJVINGEN', 'GEEN_SCHOOLGESCHIEDENIS']));
    const regio = b.waarschuwingen.find((w) => w.code === 'BEGIN_HANGT_AF_VAN_REGIO')!;
    expect(regio.invoer).toEqual(['situatie.vakantieregio']);
    expect(regio.velden).toContain('leerplicht.leerplichtigVanaf');
    expect(regio.tekst.length).toBeGreaterThan(0);
    expect(b.waarschuwingen.map((w) => w.code)).toContain('ABSOLUUT_VERZUIM_ONBEKEND');

    // the same child with its region (NOORD) and an inschrijving: one date, nothing assumed about either
    const n = await publiek.leerplichtStatus({ situatie: { geboortedatum: '2020-07-20', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2024-08-26' }] }, peildatum: '2025-09-15' });
    expect(n.leerplicht).toMatchObject({ leerplichtigVanaf: '2025-08-25', afhankelijkVanRegio: false, leerplichtigVanafPerRegio: [{ regio: 'NOORD', datum: '2025-08-25' }], absoluutVerzuim: false });
    expect(n.aannames.map((a) => a.code)).not.toEqual(expect.arrayContaining(['GEEN_VAKANTIEREGIO']));
    expect(n.aannames.map((a) => a.code)).not.toEqual(expect.arrayContaining(['GEEN_INSCHRIJVINGEN']));
    expect(n.waarschuwingen.map((w) => w.code)).not.toEqual(expect.arrayContaining(['BEGIN_HANGT_AF_VAN_REGIO']));
  });

  it('LeerplichtStatus: on the day before the first schooldag the child is not yet leerplichtig', async () => {
    const b = await publiek.leerplichtStatus({ situatie: KIND_2015, peildatum: '2020-03-31' });
    expect(b.leeftijd).toBe(5);
    expect(b.leerplicht.status).toBe('NOG_NIET_LEERPLICHTIG');
  });

  it('Tijdlijn: nog niet leerplichtig, leerplichtig, kwalificatieplichtig, then no longer', async () => {
    const b = await publiek.tijdlijn({ situatie: KIND_2015, peildatum: '2024-03-15' });
    expect(b.tijdlijn.map(({ status, vanaf, tot }) => ({ status, vanaf, tot }))).toEqual([
      { status: 'NOG_NIET_LEERPLICHTIG', vanaf: '2015-03-10', tot: '2020-03-31' },
      { status: 'LEERPLICHTIG', vanaf: '2020-04-01', tot: '2031-07-31' },
      { status: 'KWALIFICATIEPLICHTIG', vanaf: '2031-08-01', tot: '2033-03-09' },
      { status: 'NIET_LEERPLICHTIG', vanaf: '2033-03-10', tot: null },
    ]);
    for (const t of b.tijdlijn) expect(t.grond.bron.url).toMatch(WETTEN);
  });

  it('Vakantieverlof (VL-01): 10 days outside the first two lesweken, beroep of a parent: the directeur may grant it', async () => {
    const v = await publiek.vakantieverlof({
      situatie: KIND_2014_ZUID,
      aanvraag: { vanaf: '2024-09-23', tot: '2024-10-04', aangevraagdOp: '2024-07-15', dagen: 10, beroepOuderVerhindertVakantie: true },
    });
    expect(v).toMatchObject({ toelaatbaar: true, beslisser: 'DIRECTEUR', maxDagen: 10 });
    for (const r of v.redenen) expect(r.bron.url).toMatch(WETTEN);
  });

  it('Vakantieverlof (EIGEN-VL-13A-TWEEDE-LESWEEK): leave touching the second lesweek is not allowed', async () => {
    const v = await publiek.vakantieverlof({
      situatie: KIND_2014_ZUID,
      aanvraag: { vanaf: '2024-08-30', tot: '2024-09-06', aangevraagdOp: '2024-06-03', dagen: 6, beroepOuderVerhindertVakantie: true },
    });
    expect(v).toMatchObject({ toelaatbaar: false, beslisser: 'DIRECTEUR' });
    expect(v.redenen.some((r) => r.bron.artikel === '13a')).toBe(true);
  });

  it('GewichtigeOmstandigheden (VL-05): more than ten days in a schooljaar: the leerplichtambtenaar decides', async () => {
    const v = await publiek.gewichtigeOmstandigheden({
      situatie: KIND_2014_ZUID,
      aanvraag: { vanaf: '2025-03-03', tot: '2025-03-17', aangevraagdOp: '2025-02-24', dagen: 11, vooraf: true },
    });
    expect(v.beslisser).toBe('LEERPLICHTAMBTENAAR');
    expect(v.redenen.some((r) => r.bron.artikel === '14')).toBe(true);
  });

  it('GewichtigeOmstandigheden (EIGEN-VL-14-CUMULATIEF-10): 7 + 3 days: the directeur may grant it', async () => {
    const v = await publiek.gewichtigeOmstandigheden({
      situatie: { ...KIND_2014_ZUID, verlof: [{ soort: 'GEWICHTIG_14', vanaf: '2024-10-07', tot: '2024-10-15', dagen: 7 }] },
      aanvraag: { vanaf: '2025-03-10', tot: '2025-03-12', aangevraagdOp: '2025-03-03', dagen: 3 },
    });
    expect(v).toMatchObject({ toelaatbaar: true, beslisser: 'DIRECTEUR' });
  });

  it('Meldplicht (EIGEN-VZ-16-PRECIES): exactly 16 hours in four lesweken is a mandatory melding', async () => {
    const uren = ['2025-03-03', '2025-03-05', '2025-03-07', '2025-03-10', '2025-03-12', '2025-03-14', '2025-03-17', '2025-03-19', '2025-03-24', '2025-03-26'];
    const b = await publiek.meldplicht({
      situatie: { geboortedatum: '2014-03-01', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2018-04-01' }], verzuim: [
        ...uren.map((datum) => ({ datum, uren: 1.6, reden: 'ONGEOORLOOFD' as const })),
        { datum: '2025-03-08', uren: 2, reden: 'ONGEOORLOOFD' }, // a Saturday: never a schooldag, so ignored
      ] },
      peildatum: '2025-03-28',
    });
    expect(b.leerplicht.status).toBe('LEERPLICHTIG');
    expect(b.verzuim.meldplicht).toBe(true);
    expect(b.verzuim.maxUrenVierLesweken).toBe(16);
    expect(b.verzuim.meldingen.map(({ soort, verplicht, begindatum, einddatum, uren: u }) => ({ soort, verplicht, begindatum, einddatum, uren: u }))).toEqual([
      { soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2025-03-03', einddatum: '2025-03-26', uren: 16 },
    ]);
    expect(b.verzuim.meldingen[0].uitleg.some((u) => u.bron.artikel === '21a')).toBe(true);
    expect(b.verzuim.genegeerd.map(({ datum, uren: u, reden, geenSchooldag }) => ({ datum, uren: u, reden, geenSchooldag }))).toEqual([
      { datum: '2025-03-08', uren: 2, reden: 'ONGEOORLOOFD', geenSchooldag: 'WEEKEND' },
    ]);
  });

  it('Vrijstellingsberoep (EIGEN-VR-6A-PRECIES-EEN-MAAND): a kennisgeving one month before the first leerplichtdag is timely', async () => {
    const v = await publiek.vrijstellingsberoep({
      situatie: { geboortedatum: '2020-02-10' },
      beroep: { grond: 'ART_5_A', kennisgevingOp: '2025-02-03', verklaring: { datum: '2025-01-20', deskundige: 'ARTS', aangewezenDoorBW: true, behandelend: false } },
    });
    expect(v).toMatchObject({ geldig: true, tijdig: true, uiterlijkeKennisgeving: '2025-02-03', verlengingUiterlijk: '2025-06-30' });
  });

  it('Vrijstellingsberoep (VR-12): art 15 is decided by the college', async () => {
    const v = await publiek.vrijstellingsberoep({
      situatie: { geboortedatum: '2008-01-10' },
      beroep: { grond: 'ART_15', kennisgevingOp: '2025-01-15', vanaf: '2025-02-01', tot: '2026-01-09', voldoendeOnderwijsAangetoond: true },
    });
    expect(v).toMatchObject({ geldig: true, beslisser: 'COLLEGE', verlengingUiterlijk: null });
  });

  it('Startkwalificatie: an mbo-2 diploma at 17 ends the kwalificatieplicht the day before', async () => {
    // born 2007-02-01: 16 on 2023-02-01 (schooljaar 2022/2023), leerplichtig to 2023-07-31; kwalificatieplichtig from
    // 2023-08-01 until the startkwalificatie of 2024-06-28 (art 4b: the earlier of the 18th birthday and the diploma)
    const b = await publiek.startkwalificatie({ situatie: { geboortedatum: '2007-02-01', diplomas: [{ soort: 'MBO_2', datum: '2024-06-28' }] }, peildatum: '2024-09-02' });
    expect(b.leeftijd).toBe(17);
    expect(b.startkwalificatie).toMatchObject({ behaald: true, diploma: 'MBO_2', datum: '2024-06-28' });
    expect(b.leerplicht).toEqual({ status: 'NIET_LEERPLICHTIG', kwalificatieplichtigVanaf: '2023-08-01', kwalificatieplichtigTot: '2024-06-27' });
  });

  it('taal from the client options reaches every operation that has one', async () => {
    const verzonden: unknown[] = [];
    const en = maakLeerplichtClient({
      url: server.server.url, taal: 'EN',
      fetch: (url, init) => { verzonden.push(JSON.parse(String(init?.body))); return fetch(url, init); },
    });
    const b = await en.leerplichtStatus({ situatie: KIND_2015, peildatum: '2024-03-15' });
    const nl = await publiek.leerplichtStatus({ situatie: KIND_2015, peildatum: '2024-03-15' });
    expect(verzonden).toHaveLength(1);
    expect((verzonden[0] as { variables: { taal: string } }).variables.taal).toBe('EN');
    expect(b.leerplicht.uitleg.map((u) => u.regel)).toEqual(nl.leerplicht.uitleg.map((u) => u.regel));
    expect(b.leerplicht.uitleg.map((u) => u.tekst)).not.toEqual(nl.leerplicht.uitleg.map((u) => u.tekst));
    // an explicit taal wins over the client's
    await en.leerplichtStatus({ situatie: KIND_2015, peildatum: '2024-03-15', taal: 'NL' });
    expect((verzonden[1] as { variables: { taal: string } }).variables.taal).toBe('NL');
  });
});

describe('keyed questions (gemeente 5201, BRIN 52AA)', () => {
  const lpaClient = () => maakLeerplichtClient({ url: server.server.url, sleutel: lpa.sleutel });

  it('Meldingen in pages (eerste, na): each leerling its 16-hour melding of 8–11 January 2024', async () => {
    const c = lpaClient();
    const eerste = await c.meldingen({ peildatum: '2024-03-15', gemeente: GEMEENTE, eerste: 2 });
    expect(eerste.fouten).toEqual([]);
    expect(eerste.volgende).not.toBeNull();
    const tweede = await c.meldingen({ peildatum: '2024-03-15', gemeente: GEMEENTE, eerste: 2, na: eerste.volgende });
    expect(tweede.volgende).toBeNull();
    const alle = [...eerste.meldingen, ...tweede.meldingen];
    expect(eerste.meldingen).toHaveLength(2);
    expect(alle.map((m) => m.leerlingId)).toEqual(leerlingen);
    for (const m of alle) {
      // art 21a lid 1: 16 hours within four lesweken, reported as from the first absence to the day the 16th hour fell
      expect(m).toMatchObject({ soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2024-01-08', einddatum: '2024-01-11', uren: 16, melding: null });
      expect(m.uitleg.some((u) => u.bron.artikel === '21a')).toBe(true);
    }
  });

  it('Jaarcijfers 2023/2024 count the three leerlingen and the one recorded melding', async () => {
    const r = await server.vraag(RegistreerMeldingDocument, { leerlingId: leerlingen[0], soort: 'ZESTIEN_UUR', einddatum: '2024-01-11', peildatum: '2024-03-15' }, school.sleutel);
    expect(r.errors).toBeUndefined();
    const c = lpaClient();
    const j = await c.jaarcijfers({ gemeente: GEMEENTE, schooljaar: '2023/2024' });
    expect(j).toMatchObject({
      gemeente: GEMEENTE, schooljaar: '2023/2024', leerlingen: 3,
      // enrolled all year, four days away: no thuiszitter; 12-year-olds in vmbo: no voortijdig schoolverlater
      luxeVerzuim: 0, thuiszitters: 0, voortijdigSchoolverlaters: 0, fouten: [],
    });
    // every soort and grond is listed; only the recorded ZESTIEN_UUR melding counts
    expect(j.meldingen.find((m) => m.soort === 'ZESTIEN_UUR')).toEqual({ soort: 'ZESTIEN_UUR', aantal: 1 });
    for (const m of j.meldingen) expect(m.aantal).toBe(m.soort === 'ZESTIEN_UUR' ? 1 : 0);
    for (const v of j.vrijstellingen) expect(v.aantal).toBe(0);
    const m = await c.meldingen({ peildatum: '2024-03-15', gemeente: GEMEENTE });
    expect(m.meldingen.find((x) => x.leerlingId === leerlingen[0])!.melding).toMatchObject({ status: 'GEREGISTREERD' });
  });

  it('Signalen of a signalering run, in pages of eerste and na', async () => {
    const ctx = server.server.context;
    werker = await startWerker({
      databaseUrl: process.env.TEST_DATABASE_URL!, reken: (v) => berekenBatch(ctx.orm!, ctx.regelset, v), logger: maakLogger({ niveau: 'silent' }),
      concurrency: 1, crontab: '', batch: 2, herstelMs: 30_000, testVertragingMs: 0,
    });
    const sinds = new Date(Date.now() - 1000).toISOString();
    const runId = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: [GEMEENTE] });
    const db = () => ctx.orm!.em.fork().getConnection();
    for (let i = 0; ; i++) {
      const stand = await runStand((sql, par) => db().execute(sql, par), runId);
      if (stand.open === 0) { expect(stand.fouten).toEqual([]); break; }
      if (i > 400) throw new Error(`run ${runId} not done`);
      await new Promise((ok) => setTimeout(ok, 250));
    }
    const c = lpaClient();
    const eerste = await c.signalen({ sinds, eerste: 2 });
    expect(eerste).toHaveLength(2);
    const rest = await c.signalen({ sinds, eerste: 2, na: eerste[1].id });
    const alle = [...eerste, ...rest];
    expect(alle.map((s) => s.leerlingId).sort()).toEqual(leerlingen);
    for (const s of alle) {
      expect(s).toMatchObject({ soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2024-01-08', einddatum: '2024-01-11', uren: 16, brin: BRIN, gemeente: GEMEENTE, peildatum: '2024-03-15', runId });
      expect(s.gevondenOp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/); // DateTime, in UTC
      expect(Date.parse(s.gevondenOp)).toBeGreaterThanOrEqual(Date.parse(sinds));
    }
  });
});

describe('errors are a LeerplichtFout', () => {
  async function fout(p: Promise<unknown>): Promise<LeerplichtFout> {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(LeerplichtFout);
      return e as LeerplichtFout;
    }
    throw new Error('no error');
  }

  it('a date that does not exist: BAD_USER_INPUT naming situatie.geboortedatum, on the field beoordeling', async () => {
    const f = await fout(publiek.leerplichtStatus({ situatie: { geboortedatum: '2015-02-30' }, peildatum: '2024-03-15' }));
    expect(f.code).toBe('BAD_USER_INPUT');
    expect(f.veld).toBe('situatie.geboortedatum');
    expect(f.message).toContain('situatie.geboortedatum');
    expect(f.pad).toEqual(['beoordeling']);
    expect(f.fouten).toHaveLength(1);
  });

  it('a value that is no LocalDate at all: a request error, BAD_USER_INPUT naming peildatum, HTTP 400', async () => {
    const f = await fout(publiek.leerplichtStatus({ situatie: { geboortedatum: '2015-03-10' }, peildatum: '15-03-2024' }));
    expect(f.code).toBe('BAD_USER_INPUT');
    expect(f.veld).toBe('peildatum');
    expect(f.pad).toBeUndefined();
    expect(f.status).toBe(400);
  });

  it('a peildatum before the birth: BAD_USER_INPUT on the field beoordeling', async () => {
    const f = await fout(publiek.tijdlijn({ situatie: { geboortedatum: '2015-03-10' }, peildatum: '2015-03-09' }));
    expect(f.code).toBe('BAD_USER_INPUT');
    expect(f.pad).toEqual(['beoordeling']);
    expect(f.message).toMatch(/peildatum/);
  });

  it('an unknown key: UNAUTHENTICATED with the HTTP status of the answer', async () => {
    const c = maakLeerplichtClient({ url: server.server.url, sleutel: 'lpk_onbekend' });
    const f = await fout(c.jaarcijfers({ gemeente: GEMEENTE, schooljaar: '2023/2024' }));
    expect(f.code).toBe('UNAUTHENTICATED');
    expect(f.status).toBe(401);
  });

  it('no server: NETWORK_ERROR, status 0', async () => {
    const c = maakLeerplichtClient({ url: 'http://127.0.0.1:9/graphql' });
    const f = await fout(c.leerplichtStatus({ situatie: KIND_2015, peildatum: '2024-03-15' }));
    expect(f.code).toBe('NETWORK_ERROR');
    expect(f.status).toBe(0);
  });

  it('an answer that is not GraphQL: BAD_RESPONSE with its status', async () => {
    const c = maakLeerplichtClient({ url: server.server.url, fetch: async () => new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }) });
    const f = await fout(c.leerplichtStatus({ situatie: KIND_2015, peildatum: '2024-03-15' }));
    expect(f.code).toBe('BAD_RESPONSE');
    expect(f.status).toBe(502);
  });
});
