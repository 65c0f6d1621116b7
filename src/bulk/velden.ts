// Which Beoordeling fields a bulk run answers (`velden`), and how each is computed: the same plain
// output functions as the GraphQL field resolvers (api/beoordeling-velden.ts, the engine), so a
// bulk answer equals data.beoordeling of the GraphQL query selecting those fields. A field not
// asked for is not computed.
import { BEREKENDE_VELDEN } from '../api/beoordeling-velden';
import type { Beoordeling } from '../api/uitvoer';
import { getNamedType, isObjectType, type GraphQLField, type GraphQLFieldMap, type GraphQLNamedType, type GraphQLOutputType } from 'graphql';
import { beoordelingType } from './schema';

/** Used when a request names no velden. */
export const STANDAARD_VELDEN: readonly string[] = ['leerplicht'];

type Berekening = (b: Beoordeling) => unknown;

const BEREKENINGEN: Record<string, Berekening> = {
  peildatum: (b) => b.peildatum,
  wetsdatum: (b) => b.wetsdatum,
  leeftijd: (b) => b.leeftijd,
  regelsetHash: (b) => b.regelsetHash,
  ...BEREKENDE_VELDEN,
};

/** Beoordeling fields that take arguments (voortijdigSchoolverlater(schooljaar)) are not offered in bulk. */
export function bulkVelden(): string[] {
  return Object.values(beoordelingType().getFields()).filter((f) => f.args.length === 0 && f.name in BEREKENINGEN).map((f) => f.name);
}

/**
 * A selection: each field with its subselection, or null for every subfield. `velden` paths
 * ("leerplicht", "leerplicht.status", "verzuim.meldingen.soort") become the selection GraphQL
 * would have (`leerplicht { status }`); a whole field wins over its parts.
 */
export type Selectie = Map<string, Selectie | null>;

export function selectie(paden: readonly string[]): Selectie {
  const wortel: Selectie = new Map();
  for (const pad of paden) {
    const delen = pad.split('.');
    let s = wortel;
    for (let i = 0; i < delen.length; i++) {
      const d = delen[i];
      if (i === delen.length - 1) { s.set(d, null); break; }
      if (s.has(d) && s.get(d) === null) break; // already whole
      if (!s.has(d)) s.set(d, new Map());
      s = s.get(d)!;
    }
  }
  return wortel;
}

/** The problem with a path, or null when it names (part of) a Beoordeling field offered in bulk. */
export function padProbleem(pad: string): string | null {
  const delen = pad.split('.');
  let type: GraphQLOutputType = beoordelingType();
  for (let i = 0; i < delen.length; i++) {
    const naam: GraphQLNamedType = getNamedType(type);
    const velden: GraphQLFieldMap<unknown, unknown> | null = isObjectType(naam) ? naam.getFields() : null;
    const waar = i === 0 ? 'Beoordeling' : naam.name;
    if (!velden) return `${delen.slice(0, i).join('.')} has no subfields`;
    const f: GraphQLField<unknown, unknown> | undefined = velden[delen[i]];
    if (!f || f.args.length > 0 || (i === 0 && !(f.name in BEREKENINGEN))) {
      const bekend = i === 0 ? bulkVelden() : Object.values(velden).filter((x) => x.args.length === 0).map((x) => x.name);
      return `${JSON.stringify(delen[i].slice(0, 40))} is not a ${waar} field offered in bulk; one of ${bekend.join(', ')}`;
    }
    type = f.type;
  }
  return null;
}

export function berekening(veld: string): Berekening {
  const b = BEREKENINGEN[veld];
  if (!b) throw new Error(`bulk: no computation for Beoordeling.${veld}`); // a new schema field: add it above
  return b;
}
