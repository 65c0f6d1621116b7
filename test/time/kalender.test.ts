import fc from 'fast-check';
import vakanties from '../../rules/kalender/schoolvakanties.json';
import { Dag, formatDatum, maandag, parseDatum } from '../../src/time/dag';
import { gedekteSchooljaren, KalenderBereikFout, schoolkalender, Vakantieregio } from '../../src/time/kalender';
import { schooljaarVan } from '../../src/time/schooljaar';

const p = (s: string) => parseDatum(s)!;
const REGIOS: Vakantieregio[] = ['NOORD', 'MIDDEN', 'ZUID'];
const data = (vakanties as { schooljaren: Record<string, Record<string, Record<string, { van: string; tot: string }>>> }).schooljaren;

/** Every official holiday of a regio, from the data file. */
function officieel(regio: Vakantieregio): { soort: string; van: Dag; tot: Dag }[] {
  return Object.values(data).flatMap((soorten) =>
    Object.entries(soorten).map(([soort, r]) => ({ soort, van: p(r[regio.toLowerCase()].van), tot: p(r[regio.toLowerCase()].tot) })),
  );
}

// The zomervakantie that opens 2019/2020 is not in the data, so full coverage starts at 2020/2021.
const gedekt = (d: Dag) => schooljaarVan(d) >= 2020 && schooljaarVan(d) <= 2027;

describe('gedekteSchooljaren', () => {
  test('2020/2021–2027/2028', () => expect(gedekteSchooljaren()).toEqual({ van: 2020, tot: 2027 }));
});

describe('without regio', () => {
  const k = schoolkalender(undefined);

  test('Tweede Paasdag 2024 is no schooldag, Goede Vrijdag is', () => {
    expect(k.isSchooldag(p('2024-04-01'))).toBe(false);
    expect(k.isSchooldag(p('2024-03-29'))).toBe(true);
  });

  test('weekend skipped', () => {
    expect(k.isSchooldag(p('2024-06-01'))).toBe(false);
    expect(k.eersteSchooldagVanaf(p('2024-06-01'))).toBe(p('2024-06-03'));
    expect(k.eersteSchooldagVanaf(p('2024-06-03'))).toBe(p('2024-06-03'));
  });

  test('Hemelvaart and Pinksteren', () => {
    expect(k.schooldagenTussen(p('2024-05-06'), p('2024-05-12'))).toBe(4);
    expect(k.eersteSchooldagVanaf(p('2024-05-18'))).toBe(p('2024-05-21'));
  });

  test('counting', () => {
    expect(k.schooldagenTussen(p('2024-06-03'), p('2024-06-09'))).toBe(5);
    expect(k.schooldagenTussen(p('2024-06-03'), p('2024-06-03'))).toBe(1);
    expect(k.schooldagenTussen(p('2024-06-09'), p('2024-06-03'))).toBe(0);
  });

  // Issue 13: a day in the official holidays of all three regio's is no schooldag for anyone, so
  // without a regio the zomervakantie's common weeks are skipped (rules/kalender/schoolvakanties.json):
  // the first schooldag is the first one in the regio whose holiday ends first.
  test('first schooldag of a schooljaar: the first day that is a schooldag in some regio', () => {
    expect(k.eersteSchooldagVanSchooljaar(2024)).toBe(p('2024-08-19')); // zuid until Sun 18 Aug 2024
    expect(k.eersteSchooldagVanSchooljaar(2025)).toBe(p('2025-08-18')); // zuid until Sun 17 Aug 2025
    expect(k.eersteSchooldagVanSchooljaar(2026)).toBe(p('2026-08-17')); // noord until Sun 16 Aug 2026
    expect(k.isSchooldag(p('2025-08-01'))).toBe(false); // in every regio's zomervakantie
  });

  test('Christmas week is no lesweek: the kerstvakantie 2024 (21 Dec – 5 Jan) is the same in all regio\'s', () => {
    expect(k.isLesweek(p('2024-12-25'))).toBe(false);
    // the herfstvakantie differs per regio (zuid 19–27 Oct, noord and midden 26 Oct – 3 Nov): still schooldagen
    expect(k.isSchooldag(p('2024-10-21'))).toBe(true);
    expect(k.isSchooldag(p('2024-10-29'))).toBe(true);
  });

  test('dates before 2019 work without regio; outside the bitmap is a RangeError', () => {
    expect(k.isSchooldag(p('2018-03-01'))).toBe(true);
    expect(() => k.isSchooldag(p('1899-12-31'))).toThrow(RangeError);
    expect(k.isSchooldag(p('1985-01-02'))).toBe(true); // a leerplicht start of someone born in 1979
  });
});

describe('with regio', () => {
  test('Tweede Paasdag 2024 is no schooldag in any regio', () => {
    for (const r of REGIOS) expect(schoolkalender(r).isSchooldag(p('2024-04-01'))).toBe(false);
  });

  test('MIDDEN: first schooldag from 2024-05-01 is after the meivakantie (2024-04-27 t/m 2024-05-05)', () => {
    expect(schoolkalender('MIDDEN').eersteSchooldagVanaf(p('2024-05-01'))).toBe(p('2024-05-06'));
  });

  test('first schooldag after the zomervakantie', () => {
    expect(schoolkalender('NOORD').eersteSchooldagVanSchooljaar(2024)).toBe(p('2024-09-02'));
    expect(schoolkalender('MIDDEN').eersteSchooldagVanSchooljaar(2024)).toBe(p('2024-08-26'));
    expect(schoolkalender('ZUID').eersteSchooldagVanSchooljaar(2024)).toBe(p('2024-08-19'));
    // The opening summer of 2020/2021 comes from the 2019/2020 entry.
    expect(schoolkalender('NOORD').eersteSchooldagVanSchooljaar(2020)).toBe(p('2020-08-17'));
  });

  test.each(REGIOS)('%s: every full Mon–Fri inside an official holiday is no lesweek', (regio) => {
    const k = schoolkalender(regio);
    let weken = 0;
    for (const v of officieel(regio)) {
      for (let ma = maandag(v.van); ma + 4 <= v.tot; ma += 7) {
        if (ma < v.van) continue;
        weken++;
        if (gedekt(ma)) {
          expect([v.soort, formatDatum(ma), k.isLesweek(ma)]).toEqual([v.soort, formatDatum(ma), false]);
          for (let d = ma; d <= ma + 4; d++) if (gedekt(d)) expect(k.isSchooldag(d)).toBe(false);
        } else {
          expect(() => k.isLesweek(ma)).toThrow(KalenderBereikFout);
        }
      }
    }
    // 9 schooljaren × (herfst 1 + kerst 2 + voorjaar 1 + mei 1 + zomer 6) weeks
    expect(weken).toBe(9 * 11);
  });

  test.each(REGIOS)('%s: the weeks just before and after a kerstvakantie are lesweken', (regio) => {
    const k = schoolkalender(regio);
    for (const v of officieel(regio).filter((x) => x.soort === 'kerstvakantie' && gedekt(x.van))) {
      expect(k.isLesweek(v.van - 5)).toBe(true);
      expect(k.isLesweek(v.tot + 1)).toBe(true);
      expect(k.isSchooldag(v.tot + 1)).toBe(true);
    }
  });

  test('lesweekMaandagen skips the meivakantie', () => {
    expect(schoolkalender('MIDDEN').lesweekMaandagen(p('2024-04-17'), p('2024-05-12')).map(formatDatum)).toEqual([
      '2024-04-15', '2024-04-22', '2024-05-06',
    ]);
  });

  test('a full covered schooljaar can be listed, including the boundary weeks', () => {
    // 54 Mondays 2027-07-26 … 2028-07-31, minus the holiday weeks: summer 2027 (N 4, M 5, Z 6),
    // herfst 1, kerst 2, voorjaar 1, mei 1, summer 2028 (N 3, M 4, Z 2).
    const verwacht: Record<Vakantieregio, number> = { NOORD: 42, MIDDEN: 40, ZUID: 41 };
    for (const r of REGIOS) {
      expect(schoolkalender(r).lesweekMaandagen(p('2027-08-01'), p('2028-07-31'))).toHaveLength(verwacht[r]);
    }
    expect(schoolkalender('ZUID').isLesweek(p('2028-07-31'))).toBe(false);
  });

  test('outside the covered schooljaren: KalenderBereikFout naming the years', () => {
    const k = schoolkalender('NOORD');
    const d = p('2018-10-01');
    let fout: unknown;
    try {
      k.isSchooldag(d);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(KalenderBereikFout);
    expect((fout as KalenderBereikFout).dag).toBe(d);
    expect((fout as Error).message).toMatch(/NOORD.*2020\/2021–2027\/2028/);
    // August 2019: the zomervakantie 2019 is not in the data.
    expect(() => schoolkalender('MIDDEN').isSchooldag(p('2019-08-15'))).toThrow(KalenderBereikFout);
    expect(() => schoolkalender('MIDDEN').eersteSchooldagVanSchooljaar(2019)).toThrow(KalenderBereikFout);
    expect(() => k.isSchooldag(p('2028-08-01'))).toThrow(KalenderBereikFout);
    expect(() => k.schooldagenTussen(p('2027-01-01'), p('2028-09-01'))).toThrow(KalenderBereikFout);
    // The first schooldag after summer 2028 lies in 2028/2029.
    expect(() => schoolkalender('MIDDEN').eersteSchooldagVanaf(p('2028-07-20'))).toThrow(KalenderBereikFout);
    expect(k.isSchooldag(p('2028-07-31'))).toBe(false);
  });

  test('vrijeDagen make a day a non-schooldag', () => {
    const vrij = p('2024-06-04');
    const basis = schoolkalender('MIDDEN');
    const k = schoolkalender('MIDDEN', [vrij, p('2024-06-05')]);
    expect(basis.isSchooldag(vrij)).toBe(true);
    expect(k.isSchooldag(vrij)).toBe(false);
    expect(k.eersteSchooldagVanaf(vrij)).toBe(p('2024-06-06'));
    expect(k.schooldagenTussen(p('2024-06-03'), p('2024-06-09'))).toBe(3);
    expect(schoolkalender(undefined, [vrij]).isSchooldag(vrij)).toBe(false);
    const weekVrij = schoolkalender('MIDDEN', [3, 4, 5, 6, 7].map((d) => p(`2024-06-0${d}`)));
    expect(weekVrij.isLesweek(vrij)).toBe(false);
  });
});

describe('properties', () => {
  const regioArb = fc.constantFrom<Vakantieregio | undefined>(undefined, ...REGIOS);
  // Covered days whose next schooldag is still covered (before the last zomervakantie).
  const dagArb = fc.integer({ min: p('2020-08-01'), max: p('2028-06-30') });
  const vrijArb = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 8 });

  test('eersteSchooldagVanaf(d) is the first schooldag on or after d', () => {
    fc.assert(
      fc.property(regioArb, dagArb, vrijArb, (regio, d, offsets) => {
        const k = schoolkalender(regio, offsets.map((o) => d + o));
        const r = k.eersteSchooldagVanaf(d);
        expect(r).toBeGreaterThanOrEqual(d);
        expect(k.isSchooldag(r)).toBe(true);
        for (let x = d; x < r; x++) expect(k.isSchooldag(x)).toBe(false);
      }),
    );
  });

  test('schooldagenTussen and isLesweek agree with isSchooldag', () => {
    fc.assert(
      fc.property(regioArb, dagArb, fc.integer({ min: 0, max: 60 }), vrijArb, (regio, van, lengte, offsets) => {
        const k = schoolkalender(regio, offsets.map((o) => van + o));
        const tot = Math.min(van + lengte, p('2028-07-31'));
        let n = 0;
        for (let x = van; x <= tot; x++) if (k.isSchooldag(x)) n++;
        expect(k.schooldagenTussen(van, tot)).toBe(n);
        const ma = maandag(van);
        const week = [0, 1, 2, 3, 4].some((i) => (regio === undefined || gedekt(ma + i)) && k.isSchooldag(ma + i));
        expect(k.isLesweek(van)).toBe(week);
      }),
    );
  });
});
