// Shapes a computed value exactly as GraphQL would answer it for a selection (every subfield when
// none is given): only the schema's fields, lists and nulls kept. Compiled once per run, so an
// internal property can never leak into a bulk answer, the answer equals data.beoordeling, and a
// lazy part (an uitleg getter) not selected is never computed.
import { getNamedType, getNullableType, isListType, isObjectType, type GraphQLObjectType, type GraphQLOutputType } from 'graphql';
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
