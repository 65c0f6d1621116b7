import fc from 'fast-check';
import { parseDatum } from '../../src/time/dag';
import { Feb29Verjaardag, leeftijd, verjaardag } from '../../src/time/leeftijd';

const p = (s: string) => parseDatum(s)!;
const MODI: Feb29Verjaardag[] = ['MAART_1', 'FEB_28'];

describe('verjaardag (BW 1:2)', () => {
  test('29 February birth in a non-leap year', () => {
    expect(verjaardag(p('2020-02-29'), 5, 'MAART_1')).toBe(p('2025-03-01'));
    expect(verjaardag(p('2020-02-29'), 5, 'FEB_28')).toBe(p('2025-02-28'));
  });

  test('29 February birth in a leap year stays 29 February', () => {
    for (const m of MODI) expect(verjaardag(p('2020-02-29'), 4, m)).toBe(p('2024-02-29'));
  });

  test('ordinary birthdays', () => {
    expect(verjaardag(p('2019-06-15'), 5, 'MAART_1')).toBe(p('2024-06-15'));
    expect(verjaardag(p('2019-03-01'), 1, 'FEB_28')).toBe(p('2020-03-01'));
    expect(verjaardag(p('2019-02-28'), 1, 'MAART_1')).toBe(p('2020-02-28'));
  });
});

describe('leeftijd', () => {
  test('the age is reached on the birthday itself, not the day before', () => {
    expect(leeftijd(p('2019-06-15'), p('2024-06-14'))).toBe(4);
    expect(leeftijd(p('2019-06-15'), p('2024-06-15'))).toBe(5);
    expect(leeftijd(p('2019-12-31'), p('2020-12-30'))).toBe(0);
    expect(leeftijd(p('2019-12-31'), p('2020-12-31'))).toBe(1);
    expect(leeftijd(p('2019-12-31'), p('2019-12-31'))).toBe(0);
    expect(leeftijd(p('2019-12-31'), p('2019-12-30'))).toBe(-1);
  });

  test('29 February birth', () => {
    const g = p('2020-02-29');
    expect(leeftijd(g, p('2025-02-28'), 'MAART_1')).toBe(4);
    expect(leeftijd(g, p('2025-03-01'), 'MAART_1')).toBe(5);
    expect(leeftijd(g, p('2025-02-27'), 'FEB_28')).toBe(4);
    expect(leeftijd(g, p('2025-02-28'), 'FEB_28')).toBe(5);
    for (const m of MODI) {
      expect(leeftijd(g, p('2024-02-28'), m)).toBe(3);
      expect(leeftijd(g, p('2024-02-29'), m)).toBe(4);
    }
  });

  const dagArb = fc.integer({ min: 10000, max: 30000 });
  const modusArb = fc.constantFrom<Feb29Verjaardag>(...MODI);

  test('monotone in peildatum', () => {
    fc.assert(
      fc.property(dagArb, dagArb, fc.integer({ min: 0, max: 3000 }), modusArb, (g, p1, extra, m) => {
        expect(leeftijd(g, p1, m)).toBeLessThanOrEqual(leeftijd(g, p1 + extra, m));
      }),
    );
  });

  test('consistent with verjaardag: reached on it, not the day before', () => {
    const feb29 = fc.integer({ min: 1990, max: 2030 }).filter((j) => j % 4 === 0).map((j) => p(`${j}-02-29`));
    fc.assert(
      fc.property(fc.oneof(dagArb, feb29), fc.integer({ min: 1, max: 40 }), modusArb, (g, n, m) => {
        const v = verjaardag(g, n, m);
        expect(leeftijd(g, v, m)).toBe(n);
        expect(leeftijd(g, v - 1, m)).toBe(n - 1);
      }),
    );
  });
});
