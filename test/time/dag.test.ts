import fc from 'fast-check';
import {
  dag, eersteVanVolgendeMaand, formatDatum, isSchrikkeljaar, jmd, maandag, parseDatum, plusMaanden, weekdag,
} from '../../src/time/dag';

const p = (s: string) => {
  const d = parseDatum(s);
  if (d === null) throw new Error(`bad test date ${s}`);
  return d;
};

describe('dag', () => {
  test('epoch and known day numbers', () => {
    expect(dag(1970, 1, 1)).toBe(0);
    expect(dag(2000, 1, 1)).toBe(10957);
    expect(dag(1969, 12, 31)).toBe(-1);
  });

  test('matches Date.UTC (independent oracle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (j, m, d) => {
        expect(dag(j, m, d)).toBe(Date.UTC(j, m - 1, d) / 86400000);
      }),
    );
  });

  test('jmd and weekdag agree with Date getters', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (d) => {
        const dt = new Date(d * 86400000);
        expect(jmd(d)).toEqual({ jaar: dt.getUTCFullYear(), maand: dt.getUTCMonth() + 1, dag: dt.getUTCDate() });
        expect(weekdag(d)).toBe(dt.getUTCDay() === 0 ? 7 : dt.getUTCDay());
      }),
    );
  });
});

describe('parseDatum / formatDatum', () => {
  test.each(['2023-02-30', '2023-2-3', '2021-02-29', '2023-13-01', '2023-00-10', '2023-01-00', '2023-04-31', '1900-02-29',
    '', '20230101', '2023/01/01', ' 2023-01-01', '2023-01-01 ', '2023-01-01T00:00', '+2023-01-01', '2023-01-1a'])(
    'rejects %p', (s) => expect(parseDatum(s)).toBeNull());

  test.each(['2024-02-29', '2000-02-29', '2023-12-31', '1970-01-01', '2023-04-30'])('accepts %p', (s) => {
    expect(parseDatum(s)).not.toBeNull();
    expect(formatDatum(p(s))).toBe(s);
  });

  test('zero padded', () => {
    expect(formatDatum(dag(2024, 3, 5))).toBe('2024-03-05');
    expect(formatDatum(dag(987, 1, 2))).toBe('0987-01-02');
  });

  test('formatDatum(parseDatum(s)) === s for every valid date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (j, m, d) => {
        const s = `${j}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const bestaat = new Date(Date.UTC(j, m - 1, d)).getUTCDate() === d;
        if (bestaat) expect(formatDatum(p(s))).toBe(s);
        else expect(parseDatum(s)).toBeNull();
      }),
    );
  });
});

describe('week and month arithmetic', () => {
  test('weekdag is ISO (1 = Monday, 7 = Sunday)', () => {
    expect(weekdag(p('1970-01-01'))).toBe(4);
    expect(weekdag(p('2024-04-01'))).toBe(1);
    expect(weekdag(p('2024-06-01'))).toBe(6);
    expect(weekdag(p('2023-12-31'))).toBe(7);
  });

  test('maandag', () => {
    expect(maandag(p('2024-06-01'))).toBe(p('2024-05-27'));
    expect(maandag(p('2024-05-27'))).toBe(p('2024-05-27'));
    expect(maandag(p('2024-06-02'))).toBe(p('2024-05-27'));
    expect(maandag(p('1970-01-01'))).toBe(p('1969-12-29'));
  });

  test('eersteVanVolgendeMaand', () => {
    expect(eersteVanVolgendeMaand(p('2024-12-15'))).toBe(p('2025-01-01'));
    expect(eersteVanVolgendeMaand(p('2024-01-31'))).toBe(p('2024-02-01'));
    expect(eersteVanVolgendeMaand(p('2024-02-01'))).toBe(p('2024-03-01'));
  });

  test('plusMaanden clamps to the end of the month', () => {
    expect(plusMaanden(p('2024-01-31'), 1)).toBe(p('2024-02-29'));
    expect(plusMaanden(p('2023-01-31'), 1)).toBe(p('2023-02-28'));
    expect(plusMaanden(p('2024-03-31'), -1)).toBe(p('2024-02-29'));
    expect(plusMaanden(p('2024-12-31'), 2)).toBe(p('2025-02-28'));
    expect(plusMaanden(p('2024-05-15'), 12)).toBe(p('2025-05-15'));
    expect(plusMaanden(p('2024-01-15'), -13)).toBe(p('2022-12-15'));
    expect(plusMaanden(p('2024-01-15'), 0)).toBe(p('2024-01-15'));
  });

  test('isSchrikkeljaar', () => {
    expect([2000, 2024, 1996].map(isSchrikkeljaar)).toEqual([true, true, true]);
    expect([1900, 2023, 2100].map(isSchrikkeljaar)).toEqual([false, false, false]);
  });
});
