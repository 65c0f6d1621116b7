// Properties of the verzuim arithmetic and the meldplicht (art 21a, 11a; DUO practice), checked
// in-process on the engine (evalueer → verzuim) with fast-check.
//
// What holds, precisely (see the report in each describe):
//  (a) hours on days of official holiday weeks never count; a holiday week inside a window is skipped.
//  (b) excusing one unexcused record (ONGEOORLOOFD → ZIEKTE) never adds a MANDATORY melding of the
//      hour- and day-based kinds (16 uur, luxe verzuim, 3 schooldagen, 1/8 lestijd), and never adds a
//      16-uur candidate at all. It may add an optional OVERIG melding (the 16 hours are no longer
//      reached: by design) and may turn a mandatory 16-uur melding into an optional one (its end moves
//      past the 18th birthday: by design). It MAY add a LANGDURIG_RELATIEF or DOORSTROOMPUNT melding:
//      an excused day splits one run of whole absent weeks into two (known issue, test.failing below).
//  (c) adding unexcused hours never lowers maxUrenVierLesweken, never lowers the number of 16-uur
//      candidates nor of MANDATORY 16-uur meldingen (the restart-after-melding with at most one per
//      7 days is greedy earliest-end interval scheduling, which is optimal: more hours only add valid
//      windows, so the k-th melding comes earlier or stays, and the status only goes LEERPLICHTIG →
//      KWALIFICATIEPLICHTIG → NIET_LEERPLICHTIG, so earlier is never less mandatory; hours before the
//      leerplicht do not count at all), and keeps every mandatory LANGDURIG_RELATIEF,
//      LUXE_VERZUIM, DRIE_SCHOOLDAGEN and ACHTSTE_LESTIJD melding. It does NOT always keep a
//      mandatory DOORSTROOMPUNT melding (so meldplicht true can become false): merging two runs moves
//      the run's single DOORSTROOMPUNT candidate to its 4th week, possibly before the 18th birthday
//      (known issue, test.failing below).
//  (d) exactly 16.0 hours in 4 lesweken → a mandatory melding; 15.5 → none; a 4-year-old → nothing.
//  (e) art 11a: per week 5 hours on notice plus at most 5 granted by the head are excused.
import fc from 'fast-check';
import vakantieData from '../../rules/kalender/schoolvakanties.json';
import { evalueer } from '../../src/engine/evaluatie';
import { laadRegelset } from '../../src/engine/regelset';
import { verzuim } from '../../src/engine/verzuim';
import type { Inschrijving, Situatie, Verlof, Verzuimreden, Verzuimregistratie } from '../../src/facts/situatie';
import type { Verzuimanalyse } from '../../src/facts/verzuim';
import { maandag, parseDatum, weekdag, type Dag } from '../../src/time/dag';
import { schoolkalender, type Schoolkalender, type Vakantieregio } from '../../src/time/kalender';
import { metDekking } from '../hulp/dekking';

const regelset = laadRegelset();
const p = (s: string) => parseDatum(s)!;
const JAAR = 365;
const REGIO_VAN = p('2020-08-01');
const REGIO_TOT = p('2028-07-31');
const REGIOS: Vakantieregio[] = ['NOORD', 'MIDDEN', 'ZUID'];
const dagTussen = (van: Dag, tot: Dag) => fc.integer({ min: van, max: tot });
const klem = (d: Dag, van: Dag, tot: Dag) => Math.min(tot, Math.max(van, d));

function situatie(geboortedatum: Dag, vakantieregio: Vakantieregio | null, records: Verzuimregistratie[], extra: Partial<Situatie> = {}): Situatie {
  return { geboortedatum, vakantieregio, vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [], verzuim: records, ...extra };
}

function beoordeel(s: Situatie, peildatum: Dag, wetsdatum = peildatum) {
  const f = evalueer(regelset, { situatie: s, peildatum, wetsdatum });
  const v = verzuim(f, 'NL');
  return { f, v, analyse: f.get('verzuimAnalyse') as Verzuimanalyse };
}

const kalender = (regio: Vakantieregio | null) => schoolkalender(regio ?? undefined);
const schooldagenVanWeek = (k: Schoolkalender, ma: Dag) => [0, 1, 2, 3, 4].map((n) => ma + n).filter((d) => k.isSchooldag(d));
const som = (xs: Iterable<number>) => { let s = 0; for (const x of xs) s += x; return s; };

/** Splits `totaal` units into `delen` positive integer parts. */
const splitsing = (totaal: number, delen: fc.Arbitrary<number>) => delen.chain((n) =>
  fc.uniqueArray(fc.integer({ min: 1, max: totaal - 1 }), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
    const grenzen = [0, ...cuts.sort((a, b) => a - b), totaal];
    return grenzen.slice(1).map((g, i) => g - grenzen[i]);
  }));

// ---------------------------------------------------------------- (a) holiday weeks

type Periode = { van: Dag; tot: Dag };
const SLEUTEL = { NOORD: 'noord', MIDDEN: 'midden', ZUID: 'zuid' } as const;
const VAKANTIESOORTEN = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'] as const;
const schooljaren = (vakantieData as unknown as { schooljaren: Record<string, Record<string, Record<string, { van: string; tot: string }>>> }).schooljaren;
/** The official holidays of a regio that lie inside the known calendar (2020-08-01…2028-07-31). */
function vakanties(regio: Vakantieregio, soorten: readonly string[] = VAKANTIESOORTEN): Periode[] {
  const uit: Periode[] = [];
  for (const jaar of Object.values(schooljaren)) {
    for (const soort of soorten) {
      const x = jaar[soort][SLEUTEL[regio]];
      const periode = { van: p(x.van), tot: p(x.tot) };
      if (periode.van >= REGIO_VAN && periode.tot <= REGIO_TOT) uit.push(periode);
    }
  }
  return uit;
}

describe('(a) the 4-lesweken window never counts a week without schooldag', () => {
  const onderdeel = fc.record({ vakantie: fc.nat(), dag: fc.nat(), uren: fc.integer({ min: 1, max: 16 }).map((n) => n / 2), reden: fc.constantFrom<Verzuimreden>('ONGEOORLOOFD', 'ONGEOORLOOFD', 'VAKANTIE_ZONDER_VERLOF', 'TE_LAAT') });

  test('all unexcused hours on weekdays of official holidays: maxUrenVierLesweken 0, no 16-uur melding (and the same hours a week later do count)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...REGIOS), dagTussen(p('2012-08-01'), p('2014-12-31')), fc.array(onderdeel, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 30 }),
      (regio, geboren, delen, na) => {
        const perioden = vakanties(regio);
        const records = delen.map(({ vakantie, dag, uren, reden }): Verzuimregistratie => {
          const v = perioden[vakantie % perioden.length];
          const weekdagen = [];
          for (let d = v.van; d <= v.tot; d++) if (weekdag(d) <= 5) weekdagen.push(d);
          return { datum: weekdagen[dag % weekdagen.length], uren, reden };
        });
        const peil = klem(Math.max(...records.map((r) => r.datum)) + na, REGIO_VAN, REGIO_TOT);
        const { v, analyse } = beoordeel(situatie(geboren, regio, records), peil);
        expect(analyse.maxUrenVierLesweken).toBe(0);
        expect(analyse.perDag.size).toBe(0);
        expect(v.meldingen).toEqual([]);
        expect(v.meldplicht).toBe(false);
        // not vacuous: the first schooldag after each holiday counts them all
        const k = kalender(regio);
        const verschoven = records.map((r) => ({ ...r, datum: k.eersteSchooldagVanaf(perioden.find((x) => x.van <= r.datum && r.datum <= x.tot)!.tot + 1) }));
        const later = beoordeel(situatie(geboren, regio, verschoven), Math.min(REGIO_TOT, Math.max(...verschoven.map((r) => r.datum)) + na));
        expect(som(later.analyse.perDag.values())).toBeCloseTo(som(records.map((r) => r.uren)), 9);
      },
    ), { numRuns: 200 });
  });

  test('4 absent lesweken around a herfstvakantie are one window: exactly 16 hours → one mandatory melding spanning 5 calendar weeks; one lesweek later → none', () => {
    fc.assert(fc.property(
      fc.constantFrom(...REGIOS), fc.integer({ min: 0, max: 1000 }), splitsing(32, fc.constant(4)), fc.array(fc.nat({ max: 4 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 8 * JAAR, max: 14 * JAAR }),
      (regio, welke, halveUren, weekdagen, leeftijd) => {
        const perioden = vakanties(regio, ['herfstvakantie']);
        const herfst = perioden[welke % perioden.length];
        const k = kalender(regio);
        const vak = maandag(herfst.van) + 7; // the holiday week (Mon–Fri inside the herfstvakantie)
        expect(schooldagenVanWeek(k, vak)).toEqual([]);
        const weken = [vak - 14, vak - 7, vak + 7, vak + 14];
        const opDag = (ma: Dag, n: number) => { const s = schooldagenVanWeek(k, ma); return s[n % s.length]; };
        const records = weken.map((ma, i): Verzuimregistratie => ({ datum: opDag(ma, weekdagen[i]), uren: halveUren[i] / 2, reden: 'ONGEOORLOOFD' }));
        const geboren = herfst.van - leeftijd;
        const peil = vak + 14 + 4;
        const { v, analyse } = beoordeel(situatie(geboren, regio, records), peil);
        expect(analyse.maxUrenVierLesweken).toBe(16);
        const zestien = v.meldingen.filter((m) => m.soort === 'ZESTIEN_UUR');
        expect(zestien).toHaveLength(1);
        expect(zestien[0]).toMatchObject({ verplicht: true, begindatum: records[0].datum, einddatum: records[3].datum, uren: 16 });
        expect(maandag(zestien[0].einddatum) - maandag(zestien[0].begindatum)).toBe(28); // 5 calendar weeks
        // the same hours with an ordinary lesweek in between (5 lesweken): no window of 4 reaches 16
        const later = records.map((r, i) => (i >= 2 ? { ...r, datum: opDag(weken[i] + 7, weekdagen[i]) } : r));
        const b = beoordeel(situatie(geboren, regio, later), peil + 7);
        expect(b.analyse.maxUrenVierLesweken).toBeLessThan(16);
        expect(b.v.meldingen.filter((m) => m.soort === 'ZESTIEN_UUR')).toEqual([]);
      },
    ), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------- random verzuim histories for (b) and (c)

interface Geval { situatie: Situatie; peil: Dag; wet: Dag }

const halfUur = fc.integer({ min: 1, max: 16 }).map((n) => n / 2);
const rommelReden = fc.oneof(
  { weight: 6, arbitrary: fc.constant<Verzuimreden>('ONGEOORLOOFD') },
  { weight: 1, arbitrary: fc.constantFrom<Verzuimreden>('VAKANTIE_ZONDER_VERLOF', 'TE_LAAT', 'ZIEKTE', 'VIJFJARIGE_11A') },
);

/**
 * A jongere aged 5–24 with up to 14 weeks of records before the peildatum: scattered hours and
 * whole weeks of absence, old law (before 2009-08-01, the 3-day and 1/8 rules) and new, sometimes
 * a vakantieregio, sometimes an MBO enrolment with lesuren.
 */
const geval: fc.Arbitrary<Geval> = fc.record({
  regio: fc.constantFrom<Vakantieregio | null>(null, null, ...REGIOS),
  leeftijd: fc.oneof(fc.integer({ min: 5 * JAAR, max: 24 * JAAR }), fc.integer({ min: 17 * JAAR + 200, max: 18 * JAAR + 100 })),
  wetKeuze: fc.integer({ min: 0, max: 3 }),
  wetDag: fc.nat(),
}).chain(({ regio, leeftijd, wetKeuze, wetDag }) => {
  const peil = regio ? dagTussen(p('2020-12-01'), p('2028-07-15')) : dagTussen(p('2005-01-01'), p('2030-12-31'));
  return peil.chain((peildatum) => {
    const van = regio ? REGIO_VAN : p('2004-01-01');
    const weekdagVoor = (n: number) => { let d = klem(peildatum - n, van, peildatum); while (weekdag(d) > 5 && d > van) d--; return d; };
    const los = fc.record({ terug: fc.integer({ min: 0, max: 100 }), uren: halfUur, reden: rommelReden }).map(({ terug, uren, reden }) => ({ datum: weekdagVoor(terug), uren, reden }));
    const weken = fc.record({ weken: fc.integer({ min: 1, max: 10 }), einde: fc.integer({ min: 0, max: 40 }), uren: halfUur, gat: fc.option(fc.integer({ min: 0, max: 69 }), { nil: null }) })
      .map(({ weken: n, einde, uren, gat }) => {
        const uit: Verzuimregistratie[] = [];
        const start = maandag(peildatum - einde) - 7 * (n - 1);
        for (let i = 0; i < 7 * n + 2; i++) { const d = start + i; if (weekdag(d) <= 5 && d >= van && d <= peildatum && i !== gat) uit.push({ datum: d, uren, reden: 'ONGEOORLOOFD' }); }
        return uit;
      });
    const wet = [peildatum, klem(p('2004-02-13') + (wetDag % 2000), p('2004-02-13'), p('2009-07-31')), klem(p('2009-08-01') + (wetDag % 8000), p('2009-08-01'), p('2030-12-31')), peildatum][wetKeuze];
    return fc.record({
      records: fc.tuple(fc.array(los, { minLength: 1, maxLength: 25 }), fc.option(weken, { nil: [] }), fc.option(weken, { nil: [] })).map((l) => l.flat()),
      inschrijving: fc.option(fc.record({ onderwijs: fc.constantFrom('MBO', 'VMBO', 'HAVO', 'PO') as fc.Arbitrary<Inschrijving['onderwijs']>, lesuren: fc.integer({ min: 4, max: 32 }) }), { nil: null }),
    }).map(({ records, inschrijving }): Geval => ({
      // born before December 1984 the leerplicht start lies before every school calendar (RangeError, reported)
      situatie: situatie(Math.max(p('1985-01-01'), peildatum - leeftijd), regio, records, {
        inschrijvingen: inschrijving ? [{ onderwijs: inschrijving.onderwijs, vanaf: peildatum - 400, tot: null, niveau: null, leerweg: null, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: inschrijving.lesuren }] : [],
      }),
      peil: peildatum,
      wet,
    }));
  });
});

type Melding = { soort: string; verplicht: boolean };
const aantal = (ms: Melding[], soort: string, verplicht?: boolean) => ms.filter((m) => m.soort === soort && (verplicht === undefined || m.verplicht === verplicht)).length;
const UREN_EN_DAGEN = ['ZESTIEN_UUR', 'LUXE_VERZUIM', 'DRIE_SCHOOLDAGEN', 'ACHTSTE_LESTIJD'];

describe('(b) excusing an unexcused record (ONGEOORLOOFD → ZIEKTE)', () => {
  test('never adds a mandatory melding of the hour- or day-based kinds, nor a 16-uur candidate', () => {
    let geraakt = 0;
    fc.assert(fc.property(geval, fc.nat(), ({ situatie: s, peil, wet }, keuze) => {
      const ongeoorloofd = s.verzuim!.map((r, i) => (r.reden === 'ONGEOORLOOFD' ? i : -1)).filter((i) => i >= 0);
      fc.pre(ongeoorloofd.length > 0);
      const i = ongeoorloofd[keuze % ongeoorloofd.length];
      const voor = beoordeel(s, peil, wet);
      const na = beoordeel({ ...s, verzuim: s.verzuim!.map((r, j) => (j === i ? { ...r, reden: 'ZIEKTE' as const } : r)) }, peil, wet);
      for (const soort of UREN_EN_DAGEN) expect(aantal(na.v.meldingen, soort, true)).toBeLessThanOrEqual(aantal(voor.v.meldingen, soort, true));
      expect(na.analyse.kandidaten.filter((x) => x.soort === 'ZESTIEN_UUR').length).toBeLessThanOrEqual(voor.analyse.kandidaten.filter((x) => x.soort === 'ZESTIEN_UUR').length);
      expect(na.analyse.maxUrenVierLesweken).toBeLessThanOrEqual(voor.analyse.maxUrenVierLesweken + 1e-9);
      if (aantal(voor.v.meldingen, 'ZESTIEN_UUR', true) > aantal(na.v.meldingen, 'ZESTIEN_UUR', true)) geraakt++;
    // a fixed seed: the count below checks the generator reaches the interesting cases, and with a
    // random seed it was itself random (5 of 400 happened)
    }), { numRuns: 400, seed: 20240315 });
    console.log(`(b) excusing lowered the mandatory 16-uur meldingen in ${geraakt} of 400 runs`);
    expect(geraakt).toBeGreaterThan(5);
  });

  test.failing('KNOWN ISSUE: never adds a mandatory LANGDURIG_RELATIEF melding — an excused day splits one run of absent weeks into two', () => {
    // 10 whole weeks and a day of unexcused absence by a 14-year-old: one LRV melding. Ill on one
    // day of week 6: two runs of 5 and 4(+1) weeks, and two LRV meldingen. Whether a sick day
    // should break "more than 4 weeks" (or count as neutral, like a holiday week) is a reading
    // the rules do not make explicit; see the report.
    const start = p('2023-01-09');
    const records: Verzuimregistratie[] = [];
    for (let d = start; d < start + 71; d++) if (weekdag(d) <= 5) records.push({ datum: d, uren: 6, reden: 'ONGEOORLOOFD' });
    const s = situatie(p('2009-03-01'), null, records);
    const peil = start + 80;
    const voor = beoordeel(s, peil);
    const ziek = records.findIndex((r) => r.datum === start + 37);
    const na = beoordeel({ ...s, verzuim: records.map((r, j) => (j === ziek ? { ...r, reden: 'ZIEKTE' as const } : r)) }, peil);
    expect(aantal(voor.v.meldingen, 'LANGDURIG_RELATIEF', true)).toBe(1);
    expect(aantal(na.v.meldingen, 'LANGDURIG_RELATIEF', true)).toBeLessThanOrEqual(1);
  });
});

describe('(c) adding unexcused hours (an ONGEOORLOOFD record on a schooldag up to the peildatum)', () => {
  const toevoeging = fc.record({ terug: fc.integer({ min: 0, max: 100 }), uren: halfUur });

  test('never lowers maxUrenVierLesweken, the number of 16-uur candidates or of mandatory 16-uur meldingen; keeps every mandatory LRV, luxe, 3-day and 1/8 melding', async () => {
    let meer = 0;
    await metDekking((seed) => fc.assert(fc.property(geval, toevoeging, ({ situatie: s, peil, wet }, { terug, uren }) => {
      const k = kalender(s.vakantieregio);
      const datum = peil - terug;
      fc.pre(datum >= (s.vakantieregio ? REGIO_VAN : p('2004-01-01')) && k.isSchooldag(datum));
      const voor = beoordeel(s, peil, wet);
      const na = beoordeel({ ...s, verzuim: [...s.verzuim!, { datum, uren, reden: 'ONGEOORLOOFD' }] }, peil, wet);
      expect(na.analyse.maxUrenVierLesweken).toBeGreaterThanOrEqual(voor.analyse.maxUrenVierLesweken - 1e-9);
      const zestien = (a: Verzuimanalyse) => a.kandidaten.filter((x) => x.soort === 'ZESTIEN_UUR').length;
      expect(zestien(na.analyse)).toBeGreaterThanOrEqual(zestien(voor.analyse));
      expect(aantal(na.v.meldingen, 'ZESTIEN_UUR', true)).toBeGreaterThanOrEqual(aantal(voor.v.meldingen, 'ZESTIEN_UUR', true));
      for (const soort of ['LANGDURIG_RELATIEF', ...UREN_EN_DAGEN]) {
        if (aantal(voor.v.meldingen, soort, true) > 0) expect(aantal(na.v.meldingen, soort, true)).toBeGreaterThan(0);
      }
      if (aantal(na.v.meldingen, 'ZESTIEN_UUR', true) > aantal(voor.v.meldingen, 'ZESTIEN_UUR', true)) meer++;
    }), { numRuns: 400, seed }), () => meer > 5);
    expect(meer).toBeGreaterThan(5);
  });

  test('the restart after a melding: more hours move the meldingen earlier, never fewer (10+6 | 10+6 → 2; with 6 more a week before → still 2, both earlier)', () => {
    const ma = p('2023-09-11'); // NOORD: ordinary lesweken
    const r = (d: Dag, uren: number): Verzuimregistratie => ({ datum: d, uren, reden: 'ONGEOORLOOFD' });
    const basis = [r(ma, 10), r(ma + 1, 6), r(ma + 14, 10), r(ma + 15, 6)];
    const s = situatie(p('2011-02-02'), 'NOORD', basis);
    expect(beoordeel(s, ma + 30).v.meldingen.filter((m) => m.soort === 'ZESTIEN_UUR').map((m) => m.einddatum)).toEqual([ma + 1, ma + 15]);
    const meer = beoordeel({ ...s, verzuim: [r(ma - 7, 6), ...basis] }, ma + 30).v.meldingen.filter((m) => m.soort === 'ZESTIEN_UUR');
    expect(meer.map((m) => m.einddatum)).toEqual([ma, ma + 14]);
  });

  test.failing('KNOWN ISSUE: keeps a mandatory DOORSTROOMPUNT melding (and meldplicht) — filling the one attended day of a 9-week absence around the 18th birthday loses it', () => {
    // Born 2005-10-14, no startkwalificatie: kwalificatieplichtig until Friday 2023-10-13. Absent
    // (half an hour recorded a day, so no 16-uur melding) every weekday of 9 weeks from Monday
    // 2023-09-18, except Wednesday 2023-10-11: the second run (weeks 5–9, all after the 18th
    // birthday) gives a mandatory RMC melding (WEB 8.1.8a) ending 2023-11-10. Absent that Wednesday
    // too: one run of 9 weeks whose single DOORSTROOMPUNT candidate ends in its 4th week, on
    // 2023-10-13 (KWALIFICATIEPLICHTIG: no RMC melding), and whose LRV candidate (2023-10-16) lies
    // after the birthday (NIET_LEERPLICHTIG: no LRV melding). meldplicht goes from true to false.
    // With realistic hours the 16-uur meldingen keep meldplicht true, but the RMC melding is lost.
    const start = p('2023-09-18');
    const aanwezig = p('2023-10-11');
    const records: Verzuimregistratie[] = [];
    for (let d = start; d < start + 63; d++) if (weekdag(d) <= 5 && d !== aanwezig) records.push({ datum: d, uren: 0.5, reden: 'ONGEOORLOOFD' });
    const s = situatie(p('2005-10-14'), null, records);
    const peil = start + 70;
    const voor = beoordeel(s, peil, p('2023-12-01'));
    expect(voor.v.meldingen.filter((m) => m.verplicht).map((m) => [m.soort, m.einddatum])).toEqual([['DOORSTROOMPUNT', p('2023-11-10')]]);
    expect(voor.v.meldplicht).toBe(true);
    const na = beoordeel({ ...s, verzuim: [...records, { datum: aanwezig, uren: 0.5, reden: 'ONGEOORLOOFD' }] }, peil, p('2023-12-01'));
    expect(aantal(na.v.meldingen, 'DOORSTROOMPUNT', true)).toBe(1);
    expect(na.v.meldplicht).toBe(true);
  });
});

// ---------------------------------------------------------------- (d) the 16-hour boundary

describe('(d) exactly 16.0 hours in 4 lesweken: mandatory; 15.5: none; a 4-year-old: nothing', () => {
  /** 4 consecutive lesweken with at least 3 schooldagen each, a regio or none, and the schooldagen in them. */
  const vierLesweken = fc.record({
    regio: fc.constantFrom<Vakantieregio | null>(null, ...REGIOS),
    dag: fc.nat(),
  }).map(({ regio, dag }) => {
    const [van, tot] = regio ? [p('2020-09-07'), p('2028-05-01')] : [p('2009-09-07'), p('2030-06-01')];
    const k = kalender(regio);
    let ma = maandag(van + (dag % (tot - van)));
    for (;;) {
      // (the 4 lesweken may straddle a holiday week)
      const weken = k.lesweekMaandagen(ma, ma + 70).slice(0, 4);
      const dagen = weken.flatMap((w) => schooldagenVanWeek(k, w));
      if (weken.length === 4 && weken.every((w) => schooldagenVanWeek(k, w).length >= 3)) return { regio, weken, dagen };
      ma += 7;
    }
  });
  // 16 hours in tenths of an hour, over 2–12 records: float sums such as 0.1 + 0.2 must still reach 16
  const tienden = splitsing(160, fc.integer({ min: 2, max: 12 }));

  test('16.0 → one mandatory ZESTIEN_UUR melding; 0.5 less → none (only the optional OVERIG)', () => {
    fc.assert(fc.property(vierLesweken, tienden, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), fc.integer({ min: 6 * JAAR + 60, max: 15 * JAAR }), fc.integer({ min: 0, max: 20 }),
      ({ regio, weken, dagen }, delen, plaats, leeftijd, na) => {
        const records = delen.map((t, i): Verzuimregistratie => ({ datum: dagen[plaats[i] % dagen.length], uren: t / 10, reden: 'ONGEOORLOOFD' }));
        const geboren = weken[0] - leeftijd;
        const peil = weken[3] + 4 + na;
        const a = beoordeel(situatie(geboren, regio, records), peil);
        expect(a.analyse.maxUrenVierLesweken).toBeCloseTo(16, 9);
        expect(a.v.meldingen.filter((m) => m.soort === 'ZESTIEN_UUR').map((m) => m.verplicht)).toEqual([true]);
        expect(a.v.meldplicht).toBe(true);
        // take half an hour off the largest record
        const grootste = records.reduce((g, r, i) => (r.uren > records[g].uren ? i : g), 0);
        const minder = records.map((r, i) => (i === grootste ? { ...r, uren: Math.round(r.uren * 10 - 5) / 10 } : r)).filter((r) => r.uren > 0);
        const b = beoordeel(situatie(geboren, regio, minder), peil);
        expect(b.analyse.maxUrenVierLesweken).toBeCloseTo(15.5, 9);
        expect(b.v.meldplicht).toBe(false);
        expect(b.v.meldingen.map((m) => [m.soort, m.verplicht])).toEqual([['OVERIG', false]]);
      }), { numRuns: 300 });
  });

  test('a 4-year-old (NOG_NIET_LEERPLICHTIG) with 16 hours or more: no melding at all', () => {
    fc.assert(fc.property(vierLesweken, tienden, fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), fc.integer({ min: 4 * JAAR + 10, max: 4 * JAAR + 250 }), fc.integer({ min: 1, max: 4 }),
      ({ regio, weken, dagen }, delen, plaats, leeftijd, factor) => {
        const records = delen.map((t, i): Verzuimregistratie => ({ datum: dagen[plaats[i] % dagen.length], uren: (factor * t) / 10, reden: 'ONGEOORLOOFD' }));
        const geboren = weken[0] - leeftijd;
        const peil = weken[3] + 4;
        const f = evalueer(regelset, { situatie: situatie(geboren, regio, records), peildatum: peil, wetsdatum: peil });
        expect(f.get('status')).toBe('NOG_NIET_LEERPLICHTIG');
        const v = verzuim(f, 'NL');
        expect(v.meldingen).toEqual([]);
        expect(v.meldplicht).toBe(false);
      }), { numRuns: 200 });
  });
});

// ---------------------------------------------------------------- (e) art 11a

describe('(e) art 11a: 5 hours a week on notice, at most 5 more with the head\'s consent', () => {
  /** A lesweek with 5 schooldagen in which a child born `geboren` is leerplichtig and 5 years old. */
  const week = fc.record({ regio: fc.constantFrom<Vakantieregio | null>(null, ...REGIOS), dag: fc.nat(), maanden: fc.integer({ min: 2, max: 10 }) }).map(({ regio, dag, maanden }) => {
    const [van, tot] = regio ? [p('2020-09-07'), p('2028-05-01')] : [p('2005-09-05'), p('2030-06-01')];
    const k = kalender(regio);
    let ma = maandag(van + (dag % (tot - van)));
    while (schooldagenVanWeek(k, ma).length < 5) ma += 7;
    return { regio, ma, dagen: schooldagenVanWeek(k, ma), geboren: ma - 5 * JAAR - Math.round(maanden * 30.4) };
  });

  function onbeoordeeld(regio: Vakantieregio | null, geboren: Dag, ma: Dag, records: Verzuimregistratie[], extra: number | null): number {
    const verlof: Verlof[] = extra === null ? [] : [{ soort: 'VIJFJARIGE_11A', vanaf: ma, tot: ma + 4, dagen: null, uren: extra }];
    const { f, analyse } = beoordeel(situatie(geboren, regio, records, { verlof }), ma + 6);
    expect(f.get('status')).toBe('LEERPLICHTIG');
    expect(f.get('leeftijd')).toBe(5);
    return som(analyse.perDag.values());
  }
  const verdeel = (dagen: Dag[], halveUren: number[]): Verzuimregistratie[] =>
    halveUren.map((h, i) => ({ datum: dagen[i % dagen.length], uren: h / 2, reden: 'VIJFJARIGE_11A' }));

  test('the three cases: 5 h → 0; 8 h with 3 granted → 0; 12 h with 5 granted → 2', () => {
    fc.assert(fc.property(week, fc.integer({ min: 1, max: 5 }), ({ regio, ma, dagen, geboren }, n) => {
      const op = (uren: number) => splits(uren, n);
      expect(onbeoordeeld(regio, geboren, ma, verdeel(dagen, op(5)), null)).toBeCloseTo(0, 9);
      expect(onbeoordeeld(regio, geboren, ma, verdeel(dagen, op(8)), 3)).toBeCloseTo(0, 9);
      expect(onbeoordeeld(regio, geboren, ma, verdeel(dagen, op(12)), 5)).toBeCloseTo(2, 9);
    }), { numRuns: 100 });
  });

  test('any hours h and granted extra e in one week: unexcused = max(0, h − 5 − min(e, 5)); at 6 all of it', () => {
    fc.assert(fc.property(week, splitsing(40, fc.integer({ min: 1, max: 6 })), fc.integer({ min: 1, max: 40 }), fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
      ({ regio, ma, dagen, geboren }, delen, schaal, extra) => {
        // h = schaal/40 × 20 hours, in half hours
        const halveUren = delen.map((d) => Math.max(1, Math.round((d * schaal) / 40)));
        const h = som(halveUren) / 2;
        const verwacht = Math.max(0, h - 5 - Math.min(extra ?? 0, 5));
        expect(onbeoordeeld(regio, geboren, ma, verdeel(dagen, halveUren), extra)).toBeCloseTo(verwacht, 9);
        // a 6-year-old: art 11a no longer applies, every hour is unexcused
        const zes = beoordeel(situatie(ma - 6 * JAAR - 40, regio, verdeel(dagen, halveUren)), ma + 6);
        expect(som(zes.analyse.perDag.values())).toBeCloseTo(h, 9);
      }), { numRuns: 200 });
  });
});

describe('hours summed without float noise', () => {
  test('Halt (9 to 60 hours in the schooljaar): 90 lessons of 0.1 h are 9 hours, not 8.999999999999984', () => {
    const k = kalender(null);
    const records: Verzuimregistratie[] = [];
    for (let d = p('2024-09-02'); records.length < 90; d++) if (k.isSchooldag(d)) records.push({ datum: d, uren: 0.1, reden: 'ONGEOORLOOFD' });
    const f = evalueer(regelset, { situatie: situatie(p('2011-03-01'), null, records), peildatum: p('2025-03-01'), wetsdatum: p('2025-03-01') });
    expect(f.get('ongeoorloofdeUrenSchooljaar')).toBe(9);
    expect(f.get('haltMogelijk')).toBe(true);
  });
});

/** `uren` whole hours as n half-hour multiples (n parts, each ≥ 0.5). */
function splits(uren: number, n: number): number[] {
  const halve = uren * 2;
  const deel = Math.floor(halve / n);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? halve - deel * (n - 1) : deel));
}
