// Compiles a rule's JSON conditions and event params once, at load, into closures over the
// facts of an evaluation. Same operators as the json-rules-engine reference (engine/referentie.ts).
import { normaliseerFeitParams, type FeitParams } from '../facts/feit-params';
import type { BeslisRegel, Catalogus, Feiten } from '../facts/feiten';
import { parseDatum } from '../time/dag';
import { OPERATOREN } from './operatoren';
import { isFeitVerwijzing, type Conditie, type RegelJson } from './regel';

type Lezer = (f: Feiten) => unknown;

/** Reads a fact by id: from the evaluation's own catalogue, or from the situatie it belongs to. */
export function feitLezer(naam: string, lokaal: Catalogus): Lezer {
  const i = lokaal.index.get(naam);
  if (i !== undefined) return (f) => f.id(i);
  return (f) => f.ouder!.get(naam);
}

/**
 * Reads a parameterised fact (a condition with params): normalised once here, memoised per
 * (fact, params) in the evaluation. A fact of the situatie is resolved on its first read.
 */
export function feitMetParamsLezer(naam: string, params: FeitParams, lokaal: Catalogus): Lezer {
  const i = lokaal.index.get(naam);
  if (i !== undefined) {
    const { waarden, sleutel } = normaliseerFeitParams(lokaal.definities[i], params);
    return (f) => f.idMet(i, sleutel, waarden);
  }
  let opgezocht: { j: number; waarden: FeitParams; sleutel: string } | null = null;
  return (f) => {
    const o = f.ouder!;
    if (opgezocht === null) {
      const j = o.catalogus.index.get(naam)!;
      opgezocht = { j, ...normaliseerFeitParams(o.catalogus.definities[j], params) };
    }
    return o.idMet(opgezocht.j, opgezocht.sleutel, opgezocht.waarden);
  };
}

/** Literal dates in rules are ISO strings; facts are day numbers. */
export function normaliseerWaarde(operator: string, w: unknown): unknown {
  if (OPERATOREN[operator]?.soort === 'datum' && typeof w === 'string') return parseDatum(w);
  return w;
}

const altijd = () => true;

export function compileerConditie(c: Conditie, lokaal: Catalogus): (f: Feiten) => boolean {
  // Fewer closure levels on the hot path: an empty `all` holds, a single condition needs no loop,
  // and facts of the rule's own catalogue are read by id directly.
  if (c.all) {
    const delen = c.all.map((x) => compileerConditie(x, lokaal));
    if (delen.length === 0) return altijd;
    if (delen.length === 1) return delen[0];
    return (f) => { for (let k = 0; k < delen.length; k++) if (!delen[k](f)) return false; return true; };
  }
  if (c.any) {
    const delen = c.any.map((x) => compileerConditie(x, lokaal));
    if (delen.length === 1) return delen[0];
    return (f) => { for (let k = 0; k < delen.length; k++) if (delen[k](f)) return true; return false; };
  }
  if (c.not) {
    const deel = compileerConditie(c.not, lokaal);
    return (f) => !deel(f);
  }
  const toets = OPERATOREN[c.operator!].toets;
  if (c.params !== undefined) {
    // the type check allows params only on a parameterised fact, and no params in a value reference
    const feit = feitMetParamsLezer(c.fact!, c.params, lokaal);
    const waarde = isFeitVerwijzing(c.value) ? feitLezer(c.value.fact, lokaal) : null;
    const w = normaliseerWaarde(c.operator!, c.value);
    return waarde !== null ? (f) => toets(feit(f), waarde(f)) : (f) => toets(feit(f), w);
  }
  const i = lokaal.index.get(c.fact!);
  const feit = feitLezer(c.fact!, lokaal);
  if (isFeitVerwijzing(c.value)) {
    const j = lokaal.index.get(c.value.fact);
    if (i !== undefined && j !== undefined) return (f) => toets(f.id(i), f.id(j));
    const waarde = feitLezer(c.value.fact, lokaal);
    return (f) => toets(feit(f), waarde(f));
  }
  const w = normaliseerWaarde(c.operator!, c.value);
  if (i !== undefined) return (f) => toets(f.id(i), w);
  return (f) => toets(feit(f), w);
}

export function compileerParams(params: Record<string, unknown>, lokaal: Catalogus): (f: Feiten) => Record<string, unknown> {
  if (!Object.values(params).some(isFeitVerwijzing)) {
    // constant params: one object shared by every decision of the rule (decisions never change their params)
    const vast: Record<string, unknown> = { ...params };
    return () => vast;
  }
  const delen = Object.entries(params).map(([naam, w]) => [naam, isFeitVerwijzing(w) ? feitLezer(w.fact, lokaal) : () => w] as const);
  return (f) => {
    const uit: Record<string, unknown> = {};
    for (const [naam, lees] of delen) uit[naam] = lees(f);
    return uit;
  };
}

export function compileerRegel(r: RegelJson, lokaal: Catalogus): Pick<BeslisRegel, 'conditie' | 'params'> {
  return { conditie: compileerConditie(r.conditions, lokaal), params: compileerParams(r.event.params ?? {}, lokaal) };
}
