// The parameterised verzuim facts (src/facts/catalogus-vensters.ts) on the real calendar of
// schooljaar 2025/2026, vakantieregio noord (rules/kalender/schoolvakanties.json): zomervakantie
// until Sunday 24 August 2025, herfstvakantie Saturday 18 – Sunday 26 October 2025, so the week of
// Monday 20 October is no lesweek. Every expectation is counted by hand from that calendar and the
// verzuimOordeel rules (ZIEKTE excused, VAKANTIE_ZONDER_VERLOF luxe verzuim, a holiday day no schooldag).
import { evalueer } from '../../src/engine/evaluatie';
import { compileerConditie } from '../../src/engine/compileer';
import { laadRegelset } from '../../src/engine/regelset';
import { hoogsteUrenVenster } from '../../src/facts/catalogus-vensters';
import { leesFeitMetParams } from '../../src/facts/feit-params';
import type { Inschrijving, Situatie, Verlof, Verzuimreden, Verzuimregistratie } from '../../src/facts/situatie';
import { formatDatum, parseDatum } from '../../src/time/dag';

const regelset = laadRegelset();
const p = (s: string) => parseDatum(s)!;
const r = (datum: string, uren: number, reden: Verzuimreden = 'ONGEOORLOOFD'): Verzuimregistratie => ({ datum: p(datum), uren, reden });
const vmbo = (lesurenPerWeek: number | null): Inschrijving => ({
  onderwijs: 'VMBO', vanaf: p('2023-08-01'), tot: null, niveau: null, leerweg: 'TL', uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: 5, lesurenPerWeek,
});

function feiten(verzuim: Verzuimregistratie[], peildatum: string, extra: Partial<Situatie> = {}) {
  const situatie: Situatie = {
    geboortedatum: p('2011-03-15'), vakantieregio: 'NOORD', vrijeDagen: [], schooljaren: [], inschrijvingen: [vmbo(null)], diplomas: [], vrijstellingen: [],
    verzuim, ...extra,
  };
  return evalueer(regelset, { situatie, peildatum: p(peildatum), wetsdatum: p(peildatum) });
}
const uren = (f: ReturnType<typeof feiten>, params: Record<string, unknown>) => leesFeitMetParams(f, 'ongeoorloofdeUrenInLesweken', params);

/** 3 hours on the Tuesday of four lesweken around the herfstvakantie: weeks of 29 Sep, 6, 13 and 27 Oct. */
const rondHerfst = (laatste = 3) => [r('2025-09-30', 3), r('2025-10-07', 3), r('2025-10-14', 3), r('2025-10-28', laatste)];

describe('ongeoorloofdeUrenInLesweken', () => {
  test('a window of 4 lesweken skips the holiday week: 29 Sep – 31 Oct holds 4 lesweken, 12 hours', () => {
    const f = feiten(rondHerfst(), '2025-10-31');
    expect(uren(f, { lesweken: 4 })).toBe(12);
    // three lesweken hold at most 9 of them
    expect(uren(f, { lesweken: 3 })).toBe(9);
    expect(uren(f, { lesweken: 1 })).toBe(3);
  });

  test('the window for a trace: its lesweken with the hours of each, the holiday week left out', () => {
    const v = hoogsteUrenVenster(feiten([r('2025-09-23', 1), ...rondHerfst()], '2025-10-31'), 4, null)!;
    expect(v.uren).toBe(12);
    expect(v.lesweken.map((w) => [formatDatum(w.maandag), w.uren])).toEqual([['2025-09-29', 3], ['2025-10-06', 3], ['2025-10-13', 3], ['2025-10-27', 3]]);
    expect(hoogsteUrenVenster(feiten([], '2025-10-31'), 4, null)).toEqual({ lesweken: [], uren: 0 });
  });

  test('11.9 hours stay below 12, 12 reach it: the condition of a rule on both sides', () => {
    const regel = (f: ReturnType<typeof feiten>) => compileerConditie(
      { all: [{ fact: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 4 }, operator: 'greaterThanInclusive', value: 12 }] }, regelset.catalogi.situatie,
    )(f);
    const onder = feiten(rondHerfst(2.9), '2025-10-31');
    expect(uren(onder, { lesweken: 4 })).toBe(11.9);
    expect(regel(onder)).toBe(false);
    expect(regel(feiten(rondHerfst(3), '2025-10-31'))).toBe(true);
    // twelve registrations of 1 hour (float sums) reach exactly 12
    const los = ['2025-09-29', '2025-09-30', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-07', '2025-10-08', '2025-10-09', '2025-10-10', '2025-10-13', '2025-10-14'].map((d) => r(d, 1));
    expect(uren(feiten(los, '2025-10-31'), { lesweken: 4 })).toBe(12);
    expect(regel(feiten(los, '2025-10-31'))).toBe(true);
  });

  test('hours on a holiday day, after the peildatum or in the previous schooljaar do not count', () => {
    const f = feiten([...rondHerfst(), r('2025-10-21', 5), r('2025-11-04', 5), r('2025-06-10', 5), r('2025-10-25', 5)], '2025-10-31');
    expect(uren(f, { lesweken: 4 })).toBe(12);
    // a peildatum before the last record: the window ends on the peildatum
    expect(uren(feiten(rondHerfst(), '2025-10-27'), { lesweken: 4 })).toBe(9);
  });

  test('only what the rules judge unexcused counts; redenen restricts to registered reasons', () => {
    const lijst = [r('2025-09-30', 4), r('2025-10-01', 6, 'VAKANTIE_ZONDER_VERLOF'), r('2025-10-02', 5, 'ZIEKTE'), r('2025-10-03', 2, 'TE_LAAT')];
    const f = feiten(lijst, '2025-10-31');
    // ZIEKTE is excused (art 11 b); luxe verzuim and te laat are unexcused: 4 + 6 + 2
    expect(uren(f, { lesweken: 4 })).toBe(12);
    expect(uren(f, { lesweken: 4, redenen: ['ONGEOORLOOFD', 'VAKANTIE_ZONDER_VERLOF'] })).toBe(10);
    expect(uren(f, { lesweken: 4, redenen: ['ONGEOORLOOFD'] })).toBe(4);
    // asking for ZIEKTE does not make excused hours unexcused
    expect(uren(f, { lesweken: 4, redenen: ['ZIEKTE'] })).toBe(0);
    // ONGEOORLOOFD on a day of granted verlof is excused by the rules (art 11 g)
    const verlof: Verlof[] = [{ soort: 'GEWICHTIG_14', vanaf: p('2025-09-30'), tot: p('2025-09-30'), dagen: 1, uren: null }];
    expect(uren(feiten(lijst, '2025-10-31', { verlof }), { lesweken: 4, redenen: ['ONGEOORLOOFD'] })).toBe(0);
  });

  test('memoised per (fact, params): equal params in another order are computed once, others apart', () => {
    const def = regelset.catalogi.situatie.definities[regelset.catalogi.situatie.index.get('ongeoorloofdeUrenInLesweken')!];
    const spion = jest.spyOn(def, 'berekenMet');
    try {
      const f = feiten([r('2025-09-30', 4), r('2025-10-01', 6, 'VAKANTIE_ZONDER_VERLOF')], '2025-10-31');
      expect(uren(f, { lesweken: 4, redenen: ['VAKANTIE_ZONDER_VERLOF', 'ONGEOORLOOFD'] })).toBe(10);
      expect(uren(f, { redenen: ['ONGEOORLOOFD', 'VAKANTIE_ZONDER_VERLOF'], lesweken: 4 })).toBe(10);
      expect(spion).toHaveBeenCalledTimes(1);
      expect(uren(f, { lesweken: 4, redenen: ['ONGEOORLOOFD'] })).toBe(4);
      expect(spion).toHaveBeenCalledTimes(2);
    } finally {
      spion.mockRestore();
    }
  });

  test('art 11a: a five-year-old\'s hours beyond the 5 a week on notice count, under its own reden', () => {
    // born 1 May 2020: leerplichtig from June 2025, 5 years old in October; 4 + 4 + 4 hours in the week of 6 October,
    // no extra hours granted by the head: the first 5 are excused on notice (art 11a lid 1), 7 are unexcused
    const vijf = feiten([r('2025-10-06', 4, 'VIJFJARIGE_11A'), r('2025-10-07', 4, 'VIJFJARIGE_11A'), r('2025-10-08', 4, 'VIJFJARIGE_11A')], '2025-10-31', {
      geboortedatum: p('2020-05-01'), inschrijvingen: [{ ...vmbo(null), onderwijs: 'PO', leerweg: null, vanaf: p('2024-08-01') }],
    });
    expect(uren(vijf, { lesweken: 1 })).toBe(7);
    expect(uren(vijf, { lesweken: 4, redenen: ['VIJFJARIGE_11A'] })).toBe(7);
    expect(uren(vijf, { lesweken: 4, redenen: ['ONGEOORLOOFD'] })).toBe(0);
  });

  test('a window at the start of the schooljaar holds the lesweken so far', () => {
    // first schooldag Monday 25 August; 5 hours on 26 August and 2 September, 4 hours on 30 June (the schooljaar before)
    const f = feiten([r('2025-06-30', 4), r('2025-08-26', 5), r('2025-09-02', 5)], '2025-09-05');
    expect(uren(f, { lesweken: 4 })).toBe(10);
    expect(uren(f, { lesweken: 1 })).toBe(5);
  });

  test('null when the calendar of the vakantieregio does not know the schooljaar', () => {
    expect(uren(feiten([], '2040-10-01'), { lesweken: 4 })).toBeNull();
  });
});

describe('teLaatAantal', () => {
  // 9 times late on schooldagen of 2025/2026 before the peildatum, Tuesdays 2 Sep – 28 Oct (the holiday week skipped)
  const negen = ['2025-09-02', '2025-09-09', '2025-09-16', '2025-09-23', '2025-09-30', '2025-10-07', '2025-10-14', '2025-10-28', '2025-10-29'].map((d) => r(d, 0.25, 'TE_LAAT'));
  const telt = (f: ReturnType<typeof feiten>, params?: Record<string, unknown>) => leesFeitMetParams(f, 'teLaatAantal', params);

  test('the schooljaar up to the peildatum: 9, and 8 one day earlier', () => {
    const anders = [r('2025-10-21', 0.25, 'TE_LAAT'), r('2025-10-25', 0.25, 'TE_LAAT'), r('2025-06-10', 0.25, 'TE_LAAT'), r('2025-11-04', 0.25, 'TE_LAAT'), r('2025-10-30', 2)];
    expect(telt(feiten([...negen, ...anders], '2025-10-31'))).toBe(9);
    expect(telt(feiten([...negen, ...anders], '2025-10-31'), { periode: 'SCHOOLJAAR' })).toBe(9);
    expect(telt(feiten(negen, '2025-10-28'))).toBe(8);
  });

  test('the last 4 lesweken: weeks of 29 Sep, 6, 13 and 27 Oct (not the holiday week, not 22 Sep)', () => {
    const lijst = [...negen, r('2025-09-29', 0.25, 'TE_LAAT'), r('2025-09-26', 0.25, 'TE_LAAT')];
    // 29 Sep, 30 Sep, 7 Oct, 14 Oct, 28 Oct, 29 Oct
    expect(telt(feiten(lijst, '2025-10-31'), { periode: 'LESWEKEN', lesweken: 4 })).toBe(6);
    // more lesweken than the schooljaar has had: the whole schooljaar
    expect(telt(feiten(lijst, '2025-10-31'), { periode: 'LESWEKEN', lesweken: 40 })).toBe(11);
  });
});

describe('aandeelLestijdVerzuimd', () => {
  const aandeel = (f: ReturnType<typeof feiten>, params: Record<string, unknown>) => leesFeitMetParams(f, 'aandeelLestijdVerzuimd', params);

  test('12 hours of 4 × 30 lesuren is 10 %, 11.9 is less', () => {
    expect(aandeel(feiten(rondHerfst(), '2025-10-31'), { lesweken: 4, lesurenPerWeek: 30 })).toBe(0.1);
    expect(aandeel(feiten(rondHerfst(2.9), '2025-10-31'), { lesweken: 4, lesurenPerWeek: 30 }) as number).toBeLessThan(0.1);
  });

  test('without the param, the lesuren of the inschrijving on the peildatum; without either, null', () => {
    // 12 / (4 × 25)
    expect(aandeel(feiten(rondHerfst(), '2025-10-31', { inschrijvingen: [vmbo(25)] }), { lesweken: 4 })).toBe(0.12);
    expect(aandeel(feiten(rondHerfst(), '2025-10-31'), { lesweken: 4 })).toBeNull();
    // an inschrijving of 0 lesuren has no lestijd to take a share of
    expect(aandeel(feiten(rondHerfst(), '2025-10-31', { inschrijvingen: [vmbo(0)] }), { lesweken: 4 })).toBeNull();
  });
});
