// Params of a parameterised fact (json-rules-engine's condition `params`): declared per fact as
// plain data (the JSON Schema and the rules reference are generated from it), checked when a rule
// is loaded, and normalised — defaults filled in, keys and lists in a fixed order — so that the
// compiled path and the reference read the same memoised value for the same (fact, params).
import type { Feiten } from './feiten';
import type { FeitDefinitie } from './typen';

export type FeitParamType = 'getal' | 'tekst' | 'lijst';

export interface FeitParamDefinitie {
  type: FeitParamType;
  omschrijving: string;
  /** a getal must be a whole number */
  geheel?: boolean;
  /** bounds of a getal, inclusive */
  minimum?: number;
  maximum?: number;
  /** allowed values of a tekst param, or of the items of a lijst param */
  enum?: readonly string[];
  /** value when the rule leaves the param out; without standaard (and without alleenBij) the param is required */
  standaard?: unknown;
  /** what leaving the param out means, when that is not a literal value (e.g. "de lesuren van de inschrijving") */
  standaardOmschrijving?: string;
  /** required when, and only allowed when, another param has this value */
  alleenBij?: { param: string; waarde: string };
}

export type FeitParams = Readonly<Record<string, unknown>>;

export interface ParamVondst {
  pad: string;
  bericht: string;
  /** an unknown param name, for a "did you mean" among the known ones */
  onbekend?: string;
}

const isGewoonObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function waardeFout(naam: string, d: FeitParamDefinitie, w: unknown): string | null {
  switch (d.type) {
    case 'getal':
      if (typeof w !== 'number' || !Number.isFinite(w)) return `${naam} needs a number, got ${JSON.stringify(w)}`;
      if (d.geheel && !Number.isInteger(w)) return `${naam} needs a whole number, got ${w}`;
      if (d.minimum !== undefined && w < d.minimum) return `${naam} must be at least ${d.minimum}, got ${w}`;
      if (d.maximum !== undefined && w > d.maximum) return `${naam} must be at most ${d.maximum}, got ${w}`;
      return null;
    case 'tekst':
      if (typeof w !== 'string') return `${naam} needs a string, got ${JSON.stringify(w)}`;
      return d.enum && !d.enum.includes(w) ? `${naam}: ${JSON.stringify(w)} is not one of ${d.enum.join(', ')}` : null;
    case 'lijst': {
      if (!Array.isArray(w)) return `${naam} needs a list, got ${JSON.stringify(w)}`;
      if (w.length === 0) return `${naam} needs at least one value`;
      for (const x of w) if (typeof x !== 'string' || (d.enum && !d.enum.includes(x))) return `${naam}: ${JSON.stringify(x)} is not one of ${(d.enum ?? []).join(', ')}`;
      return null;
    }
  }
}

/** The params the fact's conditions must carry, given the other params (alleenBij). */
function isVereist(d: FeitParamDefinitie, gegeven: Record<string, unknown>, defs: Readonly<Record<string, FeitParamDefinitie>>): boolean | 'verboden' {
  if (d.alleenBij === undefined) return d.standaard === undefined;
  const ander = gegeven[d.alleenBij.param] ?? defs[d.alleenBij.param]?.standaard;
  return ander === d.alleenBij.waarde ? true : 'verboden';
}

/**
 * Checks the params a condition gives a fact: every finding names the JSON path below `pad`
 * (the condition's path). A fact without declared params accepts none.
 */
export function controleerFeitParams(def: FeitDefinitie, params: unknown, pad: string): ParamVondst[] {
  const uit: ParamVondst[] = [];
  const defs = def.params;
  if (params === undefined) {
    if (defs === undefined) return uit;
  } else if (!isGewoonObject(params)) {
    return [{ pad: `${pad}.params`, bericht: 'params must be an object' }];
  } else if (defs === undefined) {
    return [{ pad: `${pad}.params`, bericht: `fact "${def.naam}" takes no params` }];
  }
  const gegeven = (params ?? {}) as Record<string, unknown>;
  for (const naam of Object.keys(gegeven)) {
    const d = defs![naam];
    if (d === undefined) { uit.push({ pad: `${pad}.params.${naam}`, bericht: `unknown param of ${def.naam} (known: ${Object.keys(defs!).join(', ')})`, onbekend: naam }); continue; }
    const m = waardeFout(naam, d, gegeven[naam]);
    if (m) uit.push({ pad: `${pad}.params.${naam}`, bericht: m });
  }
  for (const [naam, d] of Object.entries(defs!)) {
    const vereist = isVereist(d, gegeven, defs!);
    if (vereist === true && !(naam in gegeven)) {
      const waarom = d.alleenBij ? ` (${d.alleenBij.param} is ${d.alleenBij.waarde})` : '';
      uit.push({ pad: `${pad}.params.${naam}`, bericht: `missing: ${def.naam} needs param ${naam}${waarom}` });
    } else if (vereist === 'verboden' && naam in gegeven) {
      uit.push({ pad: `${pad}.params.${naam}`, bericht: `${naam} is only allowed when ${d.alleenBij!.param} is ${d.alleenBij!.waarde}` });
    }
  }
  return uit;
}

/** Whether the fact can be read without params (it has none, or all of them may be left out). */
export function zonderParamsLeesbaar(def: FeitDefinitie): boolean {
  return def.params === undefined || controleerFeitParams(def, {}, '').length === 0;
}

/**
 * Fills in the defaults and orders keys and list items: the values a fact computes with and the
 * memo key (canonical JSON) of (fact, params). Assumes params passed controleerFeitParams.
 */
export function normaliseerFeitParams(def: FeitDefinitie, params: FeitParams | undefined): { waarden: FeitParams; sleutel: string } {
  const waarden: Record<string, unknown> = {};
  const gegeven = params ?? {};
  for (const naam of Object.keys(def.params ?? {}).sort()) {
    const d = def.params![naam];
    const w = naam in gegeven ? gegeven[naam] : d.standaard;
    if (w === undefined || (d.alleenBij !== undefined && isVereist(d, gegeven as Record<string, unknown>, def.params!) === 'verboden')) continue;
    waarden[naam] = Array.isArray(w) ? [...new Set(w as string[])].sort() : w;
  }
  return { waarden, sleutel: JSON.stringify(waarden) };
}

/** The definition of a fact as an evaluation reads it: its own catalogue, else its situatie's. */
export function feitDefinitie(f: Feiten, naam: string): { bij: Feiten; i: number; def: FeitDefinitie } | undefined {
  for (let x: Feiten | null = f; x !== null; x = x.ouder) {
    const i = x.catalogus.index.get(naam);
    if (i !== undefined) return { bij: x, i, def: x.catalogus.definities[i] };
  }
  return undefined;
}

/** A parameterised fact's value for params as a rule gives them (normalised here), memoised per (fact, params). */
export function leesFeitMetParams(f: Feiten, naam: string, params: FeitParams | undefined): unknown {
  const gevonden = feitDefinitie(f, naam);
  if (gevonden === undefined) throw new Error(`unknown fact ${naam} (${f.catalogus.onderwerp})`);
  if (gevonden.def.params === undefined) return gevonden.bij.id(gevonden.i);
  const { waarden, sleutel } = normaliseerFeitParams(gevonden.def, params);
  return gevonden.bij.idMet(gevonden.i, sleutel, waarden);
}
