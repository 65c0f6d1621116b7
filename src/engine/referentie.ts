// The reference path: json-rules-engine interpreting the same rule JSON the compiler turns into
// closures (engine/compileer.ts). It is slow and asynchronous, so the product never uses it; the
// differential test and the benchmark use it to show that the compiled path decides identically.
// Only our own operators are added; json-rules-engine's built-ins (equal, in, contains, lessThan…)
// are kept, so a difference in meaning between them and engine/operatoren.ts would show up.
import { Engine } from 'json-rules-engine';
import type { Beslissing, Feiten } from '../facts/feiten';
import type { Onderwerp } from '../facts/typen';
import { normaliseerWaarde } from './compileer';
import { OPERATOREN } from './operatoren';
import { isFeitVerwijzing, type Conditie } from './regel';
import type { GeladenRegel, Regelset } from './regelset';

/** Operators json-rules-engine has built in; every other operator of OPERATOREN is added as a custom one. */
const INGEBOUWD = new Set([
  'equal', 'notEqual', 'in', 'notIn', 'contains', 'doesNotContain',
  'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
]);

/** The operators added to each engine: those json-rules-engine lacks. */
export const EIGEN_OPERATOREN = Object.keys(OPERATOREN).filter((o) => !INGEBOUWD.has(o));

interface ReferentieEngine {
  engine: Engine;
  /** every fact the rules' conditions read, on either side of an operator */
  feiten: string[];
  /** runs of one engine must not overlap: json-rules-engine keeps its run status on the engine */
  rij: Promise<unknown>;
}

/** Per rule set, per onderwerp:type and list of rule ids in force: one engine. */
const cache = new WeakMap<Regelset, Map<string, ReferentieEngine>>();

/** A deep copy of a condition with literal ISO dates of date operators turned into day numbers, as the compiler does. */
function normaliseer(c: Conditie): Conditie {
  if (c.all) return { ...c, all: c.all.map(normaliseer) };
  if (c.any) return { ...c, any: c.any.map(normaliseer) };
  if (c.not) return { ...c, not: normaliseer(c.not) };
  const value = isFeitVerwijzing(c.value) ? { ...c.value } : normaliseerWaarde(c.operator!, structuredClone(c.value));
  return { ...c, value, ...(c.params ? { params: structuredClone(c.params) } : {}) };
}

function verzamelFeiten(c: Conditie, uit: Set<string>): void {
  if (c.all) for (const x of c.all) verzamelFeiten(x, uit);
  else if (c.any) for (const x of c.any) verzamelFeiten(x, uit);
  else if (c.not) verzamelFeiten(c.not, uit);
  else {
    uit.add(c.fact!);
    if (isFeitVerwijzing(c.value)) uit.add(c.value.fact);
  }
}

function bouw(regels: readonly GeladenRegel[]): ReferentieEngine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const naam of EIGEN_OPERATOREN) engine.addOperator(naam, OPERATOREN[naam].toets);
  const feiten = new Set<string>();
  for (const r of regels) {
    const conditions = normaliseer(r.json.conditions);
    verzamelFeiten(conditions, feiten);
    engine.addRule({
      name: r.id,
      priority: r.priority,
      conditions: conditions as never,
      event: structuredClone(r.json.event),
    });
  }
  return { engine, feiten: [...feiten], rij: Promise.resolve() };
}

/** The engine for the rules in force for (onderwerp, type) on a wetsdatum, built once per set of rules. */
export function referentieEngine(regelset: Regelset, wetsdatum: number, onderwerp: Onderwerp, type: string): ReferentieEngine {
  const regels = regelset.inWerking(wetsdatum).voor(onderwerp, type) as readonly GeladenRegel[];
  let perSet = cache.get(regelset);
  if (perSet === undefined) {
    perSet = new Map();
    cache.set(regelset, perSet);
  }
  const sleutel = `${onderwerp}:${type}:${regels.map((r) => r.id).join(',')}`;
  let e = perSet.get(sleutel);
  if (e === undefined) {
    e = bouw(regels);
    perSet.set(sleutel, e);
  }
  return e;
}

/**
 * Decides `type` for the evaluation `feiten` with json-rules-engine: the facts the rules read are
 * taken from `feiten` (null when absent) and passed as runtime facts. Returns the id of the
 * highest-priority rule whose conditions hold, or null when none does.
 */
export async function beslisReferentie(regelset: Regelset, feiten: Feiten, type: string): Promise<string | null> {
  const e = referentieEngine(regelset, feiten.ctx.wetsdatum, feiten.catalogus.onderwerp, type);
  const waarden: Record<string, unknown> = {};
  for (const naam of e.feiten) {
    const w = feiten.get(naam);
    waarden[naam] = w === undefined ? null : w;
  }
  const run = e.rij.then(() => e.engine.run(waarden));
  e.rij = run.catch(() => undefined);
  const { results } = await run;
  let beste: { name: string; priority: number } | null = null;
  for (const r of results) {
    const p = r.priority ?? 1;
    if (beste === null || p > beste.priority) beste = { name: String(r.name), priority: p };
  }
  return beste === null ? null : beste.name;
}

export interface Verschil {
  type: string;
  onderwerp: Onderwerp;
  /** rule id the compiled path chose (null: no rule held) */
  compiled: string | null;
  /** rule id json-rules-engine chose */
  referentie: string | null;
}

/** The evaluation and the diploma/inschrijving evaluations made within it. */
function evaluaties(f: Feiten): Feiten[] {
  if (f.catalogus.onderwerp !== 'situatie') return [f];
  return [f, ...(f.get('diplomaBeoordelingen') as Feiten[]), ...(f.get('inschrijvingBeoordelingen') as Feiten[])];
}

/**
 * Re-decides every decision the compiled path took in `feiten` (and its sub-evaluations) with the
 * reference; returns the differences. Gathering a rule's facts may take further decisions (a fact
 * read only by a lower-priority rule): those are compared too, until no new decision appears.
 */
export async function vergelijk(regelset: Regelset, feiten: Feiten): Promise<Verschil[]> {
  const uit: Verschil[] = [];
  const gezien = new Set<Beslissing>();
  for (let nieuw = true; nieuw;) {
    nieuw = false;
    for (const f of evaluaties(feiten)) {
      for (const b of f.genomen()) {
        if (gezien.has(b)) continue;
        gezien.add(b);
        nieuw = true;
        const compiled = b.regel?.id ?? null;
        const referentie = await beslisReferentie(regelset, f, b.type);
        if (compiled !== referentie) uit.push({ type: b.type, onderwerp: f.catalogus.onderwerp, compiled, referentie });
      }
    }
  }
  return uit;
}
