// parseDatum reads 'YYYY-MM-DD' by character code: it must accept exactly the strings the strict
// format admits (four, two and two ASCII digits, a real date) and nothing else.
import fc from 'fast-check';
import { parseDatum } from '../../src/time/dag';

/** The spec, independently: the strict pattern and a date that exists (Date.UTC as the calendar). */
function verwacht(s: string): number | null {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return null;
  const [j, m, d] = s.split('-').map(Number);
  const t = new Date(0);
  t.setUTCFullYear(j, m - 1, d);
  if (t.getUTCFullYear() !== j || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return Math.round(t.getTime() / 86_400_000);
}

describe('parseDatum by character code', () => {
  test.each(['２０２３-01-01', '2023-01-0\n', '2023-01-01\n', '2023\u201301-01', '2023-0١-01', '-023-01-01', '2023--1-01', '0000-00-00', '2023-1--01'])(
    'rejects %p', (s) => expect(parseDatum(s)).toBeNull());

  test.each([['0000-01-01', -719528], ['1970-01-01', 0], ['9999-12-31', 2932896], ['2024-02-29', 19782]])('%p is day %p', (s, d) => {
    expect(parseDatum(s as string)).toBe(d);
  });

  test('the same verdict as the strict pattern on strings near the format', () => {
    const teken = fc.constantFrom('0', '1', '2', '3', '9', '-', 'x', ' ', '٣');
    fc.assert(fc.property(fc.array(teken, { minLength: 8, maxLength: 11 }).map((t) => t.join('')), (s) => { expect(parseDatum(s)).toBe(verwacht(s)); }), { numRuns: 3000 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (j, m, d) => {
      const s = `${String(j).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(parseDatum(s)).toBe(verwacht(s));
    }), { numRuns: 3000 });
  });
});
