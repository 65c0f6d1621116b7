// Operators of the rule language with their operand types (checked at load) and their meaning.
// The same functions serve the compiled path and json-rules-engine (as custom operators), so
// both interpret a rule identically. null never satisfies an ordering or membership test.
import type { FeitType } from '../facts/typen';

type Soort = 'datum' | 'getal' | 'lijst' | 'gelijk' | 'in' | 'bevat' | 'bevatLijst';
export interface Operator { soort: Soort; toets(feit: unknown, waarde: unknown): boolean }

const isNul = (x: unknown) => x === null || x === undefined;
const getallen = (f: (a: number, b: number) => boolean) => (a: unknown, b: unknown) =>
  !isNul(a) && !isNul(b) && typeof a === 'number' && typeof b === 'number' && f(a, b);
const lijst = (x: unknown): unknown[] | null => (Array.isArray(x) ? x : null);
/** Some item of w is in l (a loop: no closure per call). */
const eenVan = (l: unknown[], w: unknown[]) => { for (let k = 0; k < w.length; k++) if (l.includes(w[k])) return true; return false; };

export const OPERATOREN: Record<string, Operator> = {
  before: { soort: 'datum', toets: getallen((a, b) => a < b) },
  after: { soort: 'datum', toets: getallen((a, b) => a > b) },
  onOrBefore: { soort: 'datum', toets: getallen((a, b) => a <= b) },
  onOrAfter: { soort: 'datum', toets: getallen((a, b) => a >= b) },
  sameDay: { soort: 'datum', toets: getallen((a, b) => a === b) },
  lessThan: { soort: 'getal', toets: getallen((a, b) => a < b) },
  lessThanInclusive: { soort: 'getal', toets: getallen((a, b) => a <= b) },
  greaterThan: { soort: 'getal', toets: getallen((a, b) => a > b) },
  greaterThanInclusive: { soort: 'getal', toets: getallen((a, b) => a >= b) },
  equal: { soort: 'gelijk', toets: (a, b) => (isNul(a) ? null : a) === (isNul(b) ? null : b) },
  notEqual: { soort: 'gelijk', toets: (a, b) => (isNul(a) ? null : a) !== (isNul(b) ? null : b) },
  in: { soort: 'in', toets: (a, b) => !isNul(a) && (lijst(b)?.includes(a) ?? false) },
  // as json-rules-engine's built-in: a null fact is not in any list
  notIn: { soort: 'in', toets: (a, b) => { const l = lijst(b); return l !== null && !l.includes(isNul(a) ? null : a); } },
  contains: { soort: 'bevat', toets: (a, b) => lijst(a)?.includes(b) ?? false },
  doesNotContain: { soort: 'bevat', toets: (a, b) => !(lijst(a)?.includes(b) ?? true) },
  containsAny: { soort: 'bevatLijst', toets: (a, b) => { const l = lijst(a); const w = lijst(b); return l !== null && w !== null && eenVan(l, w); } },
  containsNone: { soort: 'bevatLijst', toets: (a, b) => { const l = lijst(a); const w = lijst(b); return l !== null && w !== null && !eenVan(l, w); } },
};

/** The fact type an operator needs on its left side (null: any scalar, checked against the value). */
export function vereistFeitType(soort: Soort): FeitType | null {
  switch (soort) {
    case 'datum': return 'datum';
    case 'getal': return 'getal';
    case 'bevat': case 'bevatLijst': case 'lijst': return 'lijst';
    default: return null;
  }
}
