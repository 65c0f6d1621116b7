// Shapes a computed value exactly as GraphQL would answer it for a selection (every subfield when
// none is given): only the schema's fields, lists and nulls kept. Compiled once per run, so an
// internal property can never leak into a bulk answer, the answer equals data.beoordeling, and a
// lazy part (an uitleg getter) not selected is never computed.
import { getNamedType, getNullableType, isEnumType, isListType, isObjectType, isScalarType, type GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import type { Selectie } from './velden';

export type Projectie = (w: unknown) => unknown;

const volledig = new Map<GraphQLOutputType, Projectie>();
const zelf: Projectie = (w) => (w === undefined ? null : w);

export function projectie(type: GraphQLOutputType, sel: Selectie | null = null): Projectie {
  const bekend = sel === null ? volledig.get(type) : undefined;
  if (bekend) return bekend;
  const t = getNullableType(type) as GraphQLOutputType;
  let p: Projectie = zelf;
  if (isListType(t)) {
    const el = projectie(t.ofType, sel);
    p = (w) => (w == null ? null : (w as unknown[]).map(el));
  } else if (isObjectType(t)) {
    // a type that contains itself sees this stand-in while its fields are compiled
    if (sel === null) volledig.set(type, (w) => p(w));
    const velden = Object.values(t.getFields())
      .filter((f) => f.args.length === 0 && (sel === null || sel.has(f.name)))
      .map((f) => [f.name, projectie(f.type, sel === null ? null : sel.get(f.name) ?? null)] as const);
    p = (w) => {
      if (w == null) return null;
      const o = w as Record<string, unknown>;
      const uit: Record<string, unknown> = {};
      for (const [naam, sub] of velden) uit[naam] = sub(o[naam]);
      return uit;
    };
  }
  if (sel === null) volledig.set(type, p);
  return p;
}

/** Flat column names of a field's value for CSV: nested objects joined with ".", a list is one JSON cell. */
export function kolommen(naam: string, type: GraphQLOutputType, sel: Selectie | null = null): string[] {
  const t = getNullableType(type);
  if (isListType(t) || !isObjectType(getNamedType(t))) return [naam];
  return Object.values((getNamedType(t) as GraphQLObjectType).getFields())
    .filter((f) => f.args.length === 0 && (sel === null || sel.has(f.name)))
    .flatMap((f) => kolommen(`${naam}.${f.name}`, f.type, sel === null ? null : sel.get(f.name) ?? null));
}

/**
 * The same shape written straight to JSON text (what JSON.stringify of projectie's value gives, key
 * for key): an NDJSON answer builds no intermediate objects. Leaves go through JSON.stringify.
 */
export type JsonProjectie = (w: unknown) => string;

const volledigJson = new Map<GraphQLOutputType, JsonProjectie>();
const blad: JsonProjectie = (w) => (w === undefined || w === null ? 'null' : JSON.stringify(w));
// an enum value or a LocalDate never needs escaping (names [_A-Za-z0-9], dates yyyy-mm-dd); a
// value of another shape (never produced) still goes through JSON.stringify
const VEILIG = /^[\w-]*$/;
const veiligeTekst: JsonProjectie = (w) => (typeof w === 'string' && VEILIG.test(w) ? `"${w}"` : blad(w));
const waarheid: JsonProjectie = (w) => (w === true ? 'true' : w === false ? 'false' : blad(w));

function bladVoor(t: GraphQLOutputType): JsonProjectie {
  if (isEnumType(t) || (isScalarType(t) && t.name === 'LocalDate')) return veiligeTekst;
  if (isScalarType(t) && t.name === 'Boolean') return waarheid;
  return blad;
}

export function jsonProjectie(type: GraphQLOutputType, sel: Selectie | null = null): JsonProjectie {
  const bekend = sel === null ? volledigJson.get(type) : undefined;
  if (bekend) return bekend;
  const t = getNullableType(type) as GraphQLOutputType;
  let p: JsonProjectie = bladVoor(t);
  if (isListType(t)) {
    const el = jsonProjectie(t.ofType, sel);
    p = (w) => {
      if (w == null) return 'null';
      const lijst = w as unknown[];
      let uit = '[';
      for (let i = 0; i < lijst.length; i++) uit += (i === 0 ? '' : ',') + el(lijst[i]);
      return `${uit}]`;
    };
  } else if (isObjectType(t)) {
    if (sel === null) volledigJson.set(type, (w) => p(w));
    const velden = Object.values(t.getFields())
      .filter((f) => f.args.length === 0 && (sel === null || sel.has(f.name)))
      .map((f, i) => [`${i === 0 ? '' : ','}${JSON.stringify(f.name)}:`, f.name, jsonProjectie(f.type, sel === null ? null : sel.get(f.name) ?? null)] as const);
    p = (w) => {
      if (w == null) return 'null';
      const o = w as Record<string, unknown>;
      let uit = '{';
      for (const [sleutel, naam, sub] of velden) uit += sleutel + sub(o[naam]);
      return `${uit}}`;
    };
  }
  if (sel === null) volledigJson.set(type, p);
  return p;
}
