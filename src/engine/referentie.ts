// The reference path: json-rules-engine interpreting the same rule JSON the compiler turns into
// closures (engine/compileer.ts). It is slow and asynchronous, so the product never uses it; the
// differential test and the benchmark use it to show that the compiled path decides identically.
// Only our own operators are added; json-rules-engine's built-ins (equal, in, contains, lessThan…)
// are kept, so a difference in meaning between them and engine/operatoren.ts would show up.
import { Engine } from 'json-rules-engine';
import { feitDefinitie, leesFeitMetParams } from '../facts/feit-params';
import type { Beslissing, Feiten } from '../facts/feiten';
import type { Onderwerp } from '../facts/typen';
import { normaliseerWaarde } from './compileer';
import { OPERATOREN } from './operatoren';
import { isFeitVerwijzing, type Conditie } from './regel';
import type { GeladenRegel, Regelset } from './regelset';
import { UITKOMSTEN } from './uitkomsten';

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

function bouw(regels: readonly Pick<GeladenRegel, 'id' | 'priority' | 'json'>[]): ReferentieEngine {
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

/** Runs the reference engine for `type` on the facts of `feiten`; the rules whose conditions hold. */
async function draai(regelset: Regelset, feiten: Feiten, type: string): Promise<{ name: string; priority: number }[]> {
  return draaiEngine(referentieEngine(regelset, feiten.ctx.wetsdatum, feiten.catalogus.onderwerp, type), feiten);
}

async function draaiEngine(e: ReferentieEngine, feiten: Feiten): Promise<{ name: string; priority: number }[]> {
  const waarden: Record<string, unknown> = {};
  for (const naam of e.feiten) {
    // a parameterised fact is a dynamic fact: json-rules-engine passes each condition's params
    if (feitDefinitie(feiten, naam)?.def.params !== undefined) {
      waarden[naam] = (params: Record<string, unknown> | undefined) => leesFeitMetParams(feiten, naam, params);
      continue;
    }
    const w = feiten.get(naam);
    waarden[naam] = w === undefined ? null : w;
  }
  const run = e.rij.then(() => e.engine.run(waarden));
  e.rij = run.catch(() => undefined);
  const { results } = await run;
  return results.map((r) => ({ name: String(r.name), priority: r.priority ?? 1 }));
}

/**
 * Decides `type` for the evaluation `feiten` with json-rules-engine: the facts the rules read are
 * taken from `feiten` (null when absent) and passed as runtime facts. Returns the id of the
 * highest-priority rule whose conditions hold, or null when none does.
 */
export async function beslisReferentie(regelset: Regelset, feiten: Feiten, type: string): Promise<string | null> {
  let beste: { name: string; priority: number } | null = null;
  for (const r of await draai(regelset, feiten, type)) if (beste === null || r.priority > beste.priority) beste = r;
  return beste === null ? null : beste.name;
}

/** For an 'alle' outcome (uitkomsten.ts): the ids of every rule whose conditions hold, sorted. */
export async function beslisAlleReferentie(regelset: Regelset, feiten: Feiten, type: string): Promise<string[]> {
  return (await draai(regelset, feiten, type)).map((r) => r.name).sort();
}

/** Per list of a pack's signaal rules in force (engine/beleid/pakket.ts caches one per wetsdatum): one engine. */
const beleidCache = new WeakMap<object, ReferentieEngine>();

/**
 * For a policy pack's evaluation (engine/beleid/toepassing.ts; its rules are not in
 * regelset.inWerking): the ids of every signaal rule whose conditions hold, sorted.
 */
export async function beslisSignalenReferentie(feiten: Feiten): Promise<string[]> {
  const regels = feiten.ctx.regels.voor('situatie', 'signaal') as unknown as readonly Pick<GeladenRegel, 'id' | 'priority' | 'json'>[];
  let e = beleidCache.get(regels);
  if (e === undefined) beleidCache.set(regels, (e = bouw(regels)));
  return (await draaiEngine(e, feiten)).map((r) => r.name).sort();
}

export interface Verschil {
  type: string;
  onderwerp: Onderwerp;
  /** rule id the compiled path chose (null: no rule held); for an 'alle' outcome the sorted ids of all that held */
  compiled: string | null | string[];
  /** rule id json-rules-engine chose; for an 'alle' outcome the sorted ids of all that held */
  referentie: string | null | string[];
  /** the record (verzuimregistratie, kandidaat-melding, diploma, inschrijving) of a sub-evaluation */
  record?: unknown;
}

/** The sub-evaluations a situatie may hold, one Feiten per record. */
const SUBEVALUATIES = ['diplomaBeoordelingen', 'inschrijvingBeoordelingen', 'verzuimBeoordelingen', 'meldingBeoordelingen'];

/**
 * The evaluation and the sub-evaluations made within it so far (per diploma, inschrijving,
 * verzuimregistratie, kandidaat-melding), each once (equal verzuimregistraties share one).
 */
function evaluaties(f: Feiten): Feiten[] {
  if (f.catalogus.onderwerp !== 'situatie') return [f];
  const uit = new Set([f]);
  for (const naam of SUBEVALUATIES) {
    const subs = f.berekend(naam) as Feiten[] | null | undefined;
    if (subs) for (const x of subs) uit.add(x);
  }
  return [...uit];
}

const gelijk = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Re-decides every decision the compiled path took in `feiten` and its sub-evaluations (diplomas,
 * inschrijvingen, verzuimregistraties, kandidaat-meldingen) with the reference; returns the
 * differences. For an 'alle' outcome (verlofToets, vrijstellingToets) the SET of rules that held
 * is compared: compiled beslisAlle against every successful rule of the reference engine.
 * Gathering a rule's facts may take further decisions (a fact read only by a lower-priority rule)
 * or compute further sub-evaluations: those are compared too, until no new decision appears.
 * Evaluations made outside the situatie's facts (VSV per schooljaar) are compared by passing them.
 */
export async function vergelijk(regelset: Regelset, feiten: Feiten): Promise<Verschil[]> {
  const uit: Verschil[] = [];
  const gezien = new Set<Beslissing>();
  const gezienAlle = new Map<Feiten, Set<string>>();
  const verschil = (f: Feiten, type: string, compiled: Verschil['compiled'], referentie: Verschil['referentie']) => {
    uit.push({ type, onderwerp: f.catalogus.onderwerp, compiled, referentie, ...(f.onderwerp !== null ? { record: f.onderwerp } : {}) });
  };
  for (let nieuw = true; nieuw;) {
    nieuw = false;
    for (const f of evaluaties(feiten)) {
      for (const b of f.genomen()) {
        if (gezien.has(b) || UITKOMSTEN[b.type]?.alle) continue;
        gezien.add(b);
        nieuw = true;
        const compiled = b.regel?.id ?? null;
        const referentie = await beslisReferentie(regelset, f, b.type);
        if (compiled !== referentie) verschil(f, b.type, compiled, referentie);
      }
      for (const type of f.alleGenomen()) {
        let al = gezienAlle.get(f);
        if (al === undefined) gezienAlle.set(f, (al = new Set()));
        if (al.has(type)) continue;
        al.add(type);
        nieuw = true;
        const compiled = f.beslisAlle(type).map((b) => b.regel!.id).sort();
        const referentie = await beslisAlleReferentie(regelset, f, type);
        if (!gelijk(compiled, referentie)) verschil(f, type, compiled, referentie);
      }
    }
  }
  return uit;
}
