// Honest answers (issue 13 item 5): what was assumed because the caller did not give it
// (Beoordeling.aannames), what may be wrong because of it (waarschuwingen), dates per vakantieregio,
// "not given" versus "none" for inschrijvingen, and verzuim on days without lessons reported as
// ignored. Expected values come from the law (art 2 lid 1, art 3 lid 1 Lpw) and the official
// calendar (rules/kalender/schoolvakanties.json, read here only to show a date is no holiday).
import 'reflect-metadata';
import vakanties from '../../rules/kalender/schoolvakanties.json';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
async function beoordeling(selectie: string, situatie: unknown, peildatum: string, taal = 'NL'): Promise<Json> {
  const r = await client.ruw({ query: `query($s: SituatieInput!, $p: LocalDate!, $t: Taal) { beoordeling(situatie: $s, peildatum: $p, taal: $t) { ${selectie} } }`, variables: { s: situatie, p: peildatum, t: taal } });
  expect(r.errors).toBeUndefined();
  return (r.data as Json).beoordeling;
}
const codes = (l: { code: string }[]) => l.map((x) => x.code);
const zomer2025 = (vakanties as Json).schooljaren['2024/2025'].zomervakantie as Record<string, { van: string; tot: string }>;
const inVakantie = (d: string, p: { van: string; tot: string }) => p.van <= d && d <= p.tot;

const ALLES = `leerplicht { status leerplichtigVanaf absoluutVerzuim afhankelijkVanRegio leerplichtigVanafPerRegio { regio datum } }
  aannames { code tekst invoer velden } waarschuwingen { code tekst velden invoer }`;

describe('without a vakantieregio a start date is never silently a holiday date', () => {
  // born 2020-07-20: 5 on 2025-07-20, so the first schooldag of August 2025 (art 3 lid 1). The
  // zomervakantie 2025 ends on Sun 24 Aug (noord), Sun 31 Aug (midden), Sun 17 Aug (zuid).
  const kind = { geboortedatum: '2020-07-20' };

  it('gives the date per regio, the earliest as leerplichtigVanaf, and says it depends on the regio', async () => {
    const b = await beoordeling(ALLES, kind, '2025-08-20');
    expect(b.leerplicht.leerplichtigVanafPerRegio).toEqual([
      { regio: 'NOORD', datum: '2025-08-25' }, // Mon after 24 Aug
      { regio: 'MIDDEN', datum: '2025-09-01' }, // no schooldag left in August: Mon 1 Sep
      { regio: 'ZUID', datum: '2025-08-18' }, // Mon after 17 Aug
    ]);
    expect(b.leerplicht.leerplichtigVanaf).toBe('2025-08-18');
    expect(b.leerplicht.afhankelijkVanRegio).toBe(true);
    // not the old 2025-08-01, a day in every region's zomervakantie; 18 Aug is a schooldag in zuid
    expect(['noord', 'midden', 'zuid'].every((r) => inVakantie('2025-08-01', zomer2025[r]))).toBe(true);
    expect(inVakantie('2025-08-18', zomer2025.zuid)).toBe(false);
    // on 20 Aug the child is leerplichtig in zuid, not yet in noord and midden
    expect(b.leerplicht.status).toBe('LEERPLICHTIG');
    expect(codes(b.waarschuwingen)).toEqual(expect.arrayContaining(['BEGIN_HANGT_AF_VAN_REGIO', 'STATUS_VERSCHILT_PER_REGIO']));
    const begin = b.waarschuwingen.find((w: Json) => w.code === 'BEGIN_HANGT_AF_VAN_REGIO');
    expect(begin).toMatchObject({ velden: ['leerplicht.leerplichtigVanaf'], invoer: ['situatie.vakantieregio'] });
    expect(begin.tekst).toContain('regio midden 1 september 2025');
    const status = b.waarschuwingen.find((w: Json) => w.code === 'STATUS_VERSCHILT_PER_REGIO');
    expect(status.velden).toContain('leerplicht.status');
    const regio = b.aannames.find((a: Json) => a.code === 'GEEN_VAKANTIEREGIO');
    expect(regio).toMatchObject({ invoer: 'situatie.vakantieregio' });
    expect(regio.velden).toEqual(expect.arrayContaining(['leerplicht.leerplichtigVanaf', 'leerplicht.status']));
  });

  it('the explanation of the start names the three dates, not one as if it were certain', async () => {
    const b = await beoordeling('leerplicht { uitleg { regel tekst } } tijdlijn { grond { regel } }', kind, '2025-08-20');
    const begin = b.leerplicht.uitleg.find((u: Json) => u.regel.startsWith('lpw.art3.begin'));
    expect(begin.regel).toBe('lpw.art3.begin.per-regio');
    expect(begin.tekst).toContain('regio noord 25 augustus 2025, regio midden 1 september 2025, regio zuid 18 augustus 2025');
    expect(b.tijdlijn[0].grond.regel).toBe('lpw.art3.begin.per-regio');
  });

  it('on a day when every regio has started, the status no longer differs; the start still does', async () => {
    const b = await beoordeling(ALLES, kind, '2025-09-02');
    expect(b.leerplicht.status).toBe('LEERPLICHTIG');
    expect(codes(b.waarschuwingen)).toContain('BEGIN_HANGT_AF_VAN_REGIO');
    expect(codes(b.waarschuwingen)).not.toContain('STATUS_VERSCHILT_PER_REGIO');
  });

  it('with a vakantieregio: one date, no dependence, no aanname about the regio', async () => {
    const b = await beoordeling(ALLES, { ...kind, vakantieregio: 'NOORD' }, '2025-08-20');
    expect(b.leerplicht).toMatchObject({ leerplichtigVanaf: '2025-08-25', afhankelijkVanRegio: false, status: 'NOG_NIET_LEERPLICHTIG', leerplichtigVanafPerRegio: [{ regio: 'NOORD', datum: '2025-08-25' }] });
    expect(codes(b.aannames)).not.toContain('GEEN_VAKANTIEREGIO');
    expect(codes(b.waarschuwingen)).not.toContain('BEGIN_HANGT_AF_VAN_REGIO');
  });

  it('where the regions agree (1 April 2024, Tweede Paasdag: Tue 2 April everywhere) nothing depends on the regio', async () => {
    const b = await beoordeling(ALLES, { geboortedatum: '2019-03-20' }, '2024-04-03');
    expect(b.leerplicht).toMatchObject({ leerplichtigVanaf: '2024-04-02', afhankelijkVanRegio: false });
    expect(b.leerplicht.leerplichtigVanafPerRegio.map((r: Json) => r.datum)).toEqual(['2024-04-02', '2024-04-02', '2024-04-02']);
    expect(codes(b.aannames)).not.toContain('GEEN_VAKANTIEREGIO');
  });

  it('outside the covered schooljaren it says the calendar is unknown instead of guessing', async () => {
    // born 2012-05-17: the start in June 2017 lies before schooljaar 2020/2021, the first one covered
    const met = await beoordeling(ALLES, { geboortedatum: '2012-05-17', vakantieregio: 'MIDDEN' }, '2024-03-15');
    expect(met.leerplicht.leerplichtigVanafPerRegio).toEqual([{ regio: 'MIDDEN', datum: null }]);
    expect(met.leerplicht.afhankelijkVanRegio).toBe(false);
    expect(met.waarschuwingen.find((w: Json) => w.code === 'KALENDER_ONBEKEND')).toMatchObject({ velden: ['leerplicht.leerplichtigVanaf'], invoer: ['situatie.vrijeDagen'] });
    const zonder = await beoordeling(ALLES, { geboortedatum: '2012-05-17' }, '2024-03-15');
    expect(zonder.leerplicht.leerplichtigVanafPerRegio.map((r: Json) => r.datum)).toEqual([null, null, null]);
    expect(zonder.leerplicht).toMatchObject({ leerplichtigVanaf: '2017-06-01', afhankelijkVanRegio: true });
    expect(codes(zonder.waarschuwingen)).toContain('KALENDER_ONBEKEND');
    expect(codes(zonder.aannames)).toContain('GEEN_VAKANTIEREGIO');
  });

  it('texts follow taal', async () => {
    const b = await beoordeling(ALLES, kind, '2025-08-20', 'EN');
    expect(b.waarschuwingen.find((w: Json) => w.code === 'BEGIN_HANGT_AF_VAN_REGIO').tekst).toContain('region middle 1 September 2025');
    expect(b.aannames.find((a: Json) => a.code === 'GEEN_VAKANTIEREGIO').tekst).toMatch(/^No vakantieregio was given/);
  });
});

describe('"not given" is not "none": absoluutVerzuim', () => {
  // born 2012-05-01: 12 on 2025-03-03, leerplichtig (art 3 lid 1), not vrijgesteld
  const kind = { geboortedatum: '2012-05-01', vakantieregio: 'MIDDEN' };

  it('null, with an aanname and a waarschuwing, when inschrijvingen were not given', async () => {
    const b = await beoordeling(ALLES, kind, '2025-03-03');
    expect(b.leerplicht).toMatchObject({ status: 'LEERPLICHTIG', absoluutVerzuim: null });
    expect(b.aannames.find((a: Json) => a.code === 'GEEN_INSCHRIJVINGEN')).toMatchObject({ invoer: 'situatie.inschrijvingen', velden: ['leerplicht.absoluutVerzuim', 'leerplicht.inschrijvingVoldoet'] });
    expect(b.waarschuwingen.find((w: Json) => w.code === 'ABSOLUUT_VERZUIM_ONBEKEND')).toMatchObject({ velden: ['leerplicht.absoluutVerzuim', 'leerplicht.inschrijvingVoldoet'], invoer: ['situatie.inschrijvingen'] });
  });

  it('true with an empty list (given: enrolled nowhere), false when enrolled', async () => {
    const geen = await beoordeling(ALLES, { ...kind, inschrijvingen: [] }, '2025-03-03');
    expect(geen.leerplicht.absoluutVerzuim).toBe(true); // art 2 lid 1: leerplichtig, not enrolled, not vrijgesteld
    expect(codes(geen.aannames)).not.toContain('GEEN_INSCHRIJVINGEN');
    const wel = await beoordeling(ALLES, { ...kind, inschrijvingen: [{ onderwijs: 'VMBO', vanaf: '2024-08-01' }] }, '2025-03-03');
    expect(wel.leerplicht.absoluutVerzuim).toBe(false);
  });

  it('false without inschrijvingen where no duty applies: a four-year-old is not leerplichtig', async () => {
    const b = await beoordeling(ALLES, { geboortedatum: '2021-01-01', vakantieregio: 'MIDDEN' }, '2025-03-03');
    expect(b.leerplicht).toMatchObject({ status: 'NOG_NIET_LEERPLICHTIG', absoluutVerzuim: false });
    expect(codes(b.aannames)).not.toContain('GEEN_INSCHRIJVINGEN');
  });
});

describe('aannames only where the selected parts depend on them', () => {
  it('plain fields: nothing assumed', async () => {
    const b = await beoordeling('leeftijd aannames { code } waarschuwingen { code }', { geboortedatum: '2020-07-20' }, '2025-08-20');
    expect(b).toEqual({ leeftijd: 5, aannames: [], waarschuwingen: [] });
  });

  it('aansprakelijkheid alone: the regio, because who is accountable follows the status that differs per regio', async () => {
    const b = await beoordeling('aansprakelijkheid { ouders } aannames { code velden } waarschuwingen { code velden }', { geboortedatum: '2020-07-20' }, '2025-08-20');
    expect(b.aannames).toEqual([{ code: 'GEEN_VAKANTIEREGIO', velden: ['aansprakelijkheid.ouders'] }]);
    expect(b.waarschuwingen).toEqual([{ code: 'STATUS_VERSCHILT_PER_REGIO', velden: ['aansprakelijkheid.ouders'] }]);
  });

  it('startkwalificatie alone: only the missing diplomas', async () => {
    const b = await beoordeling('startkwalificatie { behaald } aannames { code invoer velden }', { geboortedatum: '2007-01-01' }, '2025-03-03');
    expect(b.aannames).toEqual([{ code: 'GEEN_DIPLOMAS', invoer: 'situatie.diplomas', velden: ['startkwalificatie.behaald', 'startkwalificatie.datum', 'startkwalificatie.diploma'] }]);
  });

  it('in the order of the codes, the same every time', async () => {
    const q = 'leerplicht { status } startkwalificatie { behaald } aannames { code velden } waarschuwingen { code velden }';
    const a = await beoordeling(q, { geboortedatum: '2020-07-20' }, '2025-08-20');
    expect(codes(a.aannames)).toEqual(['GEEN_VAKANTIEREGIO', 'GEEN_SCHOOLGESCHIEDENIS', 'GEEN_INSCHRIJVINGEN', 'GEEN_DIPLOMAS']);
    expect(codes(a.waarschuwingen)).toEqual(['BEGIN_HANGT_AF_VAN_REGIO', 'STATUS_VERSCHILT_PER_REGIO', 'EINDE_NAAR_LEEFTIJD_AANGENOMEN', 'ABSOLUUT_VERZUIM_ONBEKEND', 'GEEN_STARTKWALIFICATIE_AANGENOMEN']);
    expect(await beoordeling(q, { geboortedatum: '2020-07-20' }, '2025-08-20')).toEqual(a);
  });
});

describe('verzuim on a day without lessons is reported as ignored, never explained against the calendar', () => {
  const VERZUIM = 'verzuim { maxUrenVierLesweken meldingen { soort } genegeerd { datum uren reden geenSchooldag toelichting } uitleg { regel tekst } } aannames { code velden } waarschuwingen { code velden }';

  it('weekend, herfstvakantie of the regio, vrije dag and feestdag: ignored with the reason; a schooldag counts', async () => {
    const b = await beoordeling(VERZUIM, {
      geboortedatum: '2015-01-10', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2019-08-01' }], vrijeDagen: ['2024-11-15'],
      verzuim: [
        { datum: '2024-10-21', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }, // Mon: a schooldag in noord (herfstvakantie 26 Oct – 3 Nov)
        { datum: '2024-10-05', uren: 3, reden: 'ONGEOORLOOFD' }, // Saturday
        { datum: '2024-10-28', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }, // Mon in the herfstvakantie of noord
        { datum: '2024-11-12', uren: 2, reden: 'ONGEOORLOOFD' }, // Tue, a schooldag
        { datum: '2024-11-15', uren: 4, reden: 'ONGEOORLOOFD' }, // the school's vrije dag
        { datum: '2025-04-21', uren: 5, reden: 'ZIEKTE' }, // Tweede Paasdag 2025 (Easter: 20 April)
      ],
    }, '2025-05-01');
    expect(b.verzuim.genegeerd.map(({ toelichting, ...g }: Json) => g)).toEqual([
      { datum: '2024-10-05', uren: 3, reden: 'ONGEOORLOOFD', geenSchooldag: 'WEEKEND' },
      { datum: '2024-10-28', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF', geenSchooldag: 'SCHOOLVAKANTIE' },
      { datum: '2024-11-15', uren: 4, reden: 'ONGEOORLOOFD', geenSchooldag: 'VRIJE_DAG' },
      { datum: '2025-04-21', uren: 5, reden: 'ZIEKTE', geenSchooldag: 'FEESTDAG' },
    ]);
    expect(b.verzuim.genegeerd[1].toelichting).toContain('herfstvakantie van regio noord');
    expect(b.verzuim.genegeerd[3].toelichting).toContain('Tweede Paasdag');
    // 5 h luxe verzuim (21 Oct) + 2 h (12 Nov) in four consecutive lesweken (21 Oct, 4, 11, 18 Nov; the holiday week skipped)
    expect(b.verzuim.maxUrenVierLesweken).toBe(7);
    expect(b.verzuim.meldingen.map((m: Json) => m.soort)).toContain('LUXE_VERZUIM');
    // "on holiday outside the school holidays" only of the schooldag, never of 28 October
    const luxe = b.verzuim.uitleg.filter((u: Json) => u.regel === 'lpw.luxe-verzuim');
    expect(luxe).toHaveLength(1);
    expect(luxe[0].tekst).toContain('21 oktober 2024');
    expect(b.verzuim.uitleg.some((u: Json) => u.tekst.includes('28 oktober 2024') && u.tekst.includes('buiten de schoolvakanties'))).toBe(false);
    expect(b.verzuim.uitleg.map((u: Json) => u.regel)).toContain('lpw.art2.geen-schooldag');
    expect(b.aannames).toEqual([]);
  });

  it('without a vakantieregio: a holiday of all three regions is ignored; one of one region counts, with a waarschuwing', async () => {
    const b = await beoordeling(VERZUIM, {
      geboortedatum: '2015-01-10', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2019-08-01' }],
      verzuim: [
        { datum: '2024-12-23', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }, // kerstvakantie 21 Dec – 5 Jan in all three regions
        { datum: '2024-10-21', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }, // herfstvakantie of zuid only (19–27 Oct)
      ],
    }, '2025-01-10');
    expect(b.verzuim.genegeerd).toEqual([{ datum: '2024-12-23', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF', geenSchooldag: 'SCHOOLVAKANTIE', toelichting: expect.stringContaining("kerstvakantie van alle drie de vakantieregio's") }]);
    expect(b.verzuim.meldingen.map((m: Json) => m.soort)).toContain('LUXE_VERZUIM');
    expect(b.waarschuwingen).toEqual([{ code: 'VERZUIM_ZONDER_SCHOOLVAKANTIES', velden: ['verzuim.meldplicht', 'verzuim.meldingen', 'verzuim.maxUrenVierLesweken'] }]);
    expect(b.aannames).toEqual([{ code: 'GEEN_VAKANTIEREGIO', velden: ['verzuim.meldplicht', 'verzuim.meldingen', 'verzuim.maxUrenVierLesweken'] }]);
  });
});
