import fc from 'fast-check';
import { parseDatum } from '../../src/time/dag';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar, parseSchooljaar, schooljaarVan } from '../../src/time/schooljaar';

const p = (s: string) => parseDatum(s)!;

describe('schooljaar', () => {
  test('31 July / 1 August boundary', () => {
    expect(schooljaarVan(p('2024-07-31'))).toBe(2023);
    expect(schooljaarVan(p('2024-08-01'))).toBe(2024);
    expect(schooljaarVan(p('2025-01-01'))).toBe(2024);
    expect(schooljaarVan(p('2024-12-31'))).toBe(2024);
  });

  test('begin and end', () => {
    expect(beginSchooljaar(2024)).toBe(p('2024-08-01'));
    expect(eindeSchooljaar(2024)).toBe(p('2025-07-31'));
  });

  test('parse and format', () => {
    expect(parseSchooljaar('2019/2020')).toBe(2019);
    for (const s of ['2019/2021', '2019/2019', '2019-2020', '19/20', ' 2019/2020', '2019/2020 ', '2019 / 2020', '']) {
      expect(parseSchooljaar(s)).toBeNull();
    }
    expect(formatSchooljaar(2019)).toBe('2019/2020');
  });

  test('every day lies within its schooljaar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50000 }), (d) => {
        const y = schooljaarVan(d);
        expect(beginSchooljaar(y)).toBeLessThanOrEqual(d);
        expect(eindeSchooljaar(y)).toBeGreaterThanOrEqual(d);
      }),
    );
  });
});
