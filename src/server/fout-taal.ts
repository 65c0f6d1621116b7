// Error messages follow `taal`: an error of a field with a `taal` argument (or of anything below
// such a field) is answered in Dutch when that taal is NL, its default; errors elsewhere stay
// English. The plugin notes the language of each error before Apollo formats it (formatFout reads
// it): by the error's path, or for an error in the document or a variable by where it sits.
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  getNamedType, isInterfaceType, isObjectType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type ASTNode, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLArgument, type GraphQLError,
  type GraphQLField, type GraphQLInterfaceType, type GraphQLNamedType, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';

export type FoutTaal = 'NL' | 'EN';
const talen = new WeakMap<object, FoutTaal>();

/** The language noted for an error (as Apollo passes it to formatError); English when none. */
export function taalVanFout(fout: unknown): FoutTaal {
  return (typeof fout === 'object' && fout !== null && talen.get(fout)) || 'EN';
}

type Variabelen = Record<string, unknown> | undefined;

/** The taal a field node asks for, or null when its field has no taal argument. */
function taalVanVeld(def: GraphQLField<unknown, unknown> | null | undefined, node: FieldNode, op: OperationDefinitionNode, variabelen: Variabelen): FoutTaal | null {
  const arg: GraphQLArgument | undefined = def?.args.find((a) => a.name === 'taal');
  if (!arg) return null;
  const standaard: FoutTaal = arg.defaultValue === 'EN' ? 'EN' : 'NL';
  const waarde = node.arguments?.find((a) => a.name.value === 'taal')?.value;
  if (!waarde) return standaard;
  if (waarde.kind === Kind.ENUM) return waarde.value === 'EN' ? 'EN' : 'NL';
  if (waarde.kind === Kind.VARIABLE) {
    const naam = waarde.name.value;
    const v = variabelen && naam in variabelen ? variabelen[naam] : undefined;
    if (v === 'EN' || v === 'NL') return v;
    const def2 = op.variableDefinitions?.find((d) => d.variable.name.value === naam)?.defaultValue;
    if (def2?.kind === Kind.ENUM) return def2.value === 'EN' ? 'EN' : 'NL';
  }
  return standaard;
}

function fragmenten(doc: DocumentNode): Map<string, FragmentDefinitionNode> {
  return new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

/** The field nodes answering to response key `sleutel` in these selection sets (fragments followed). */
function veldenMetSleutel(sets: readonly SelectionSetNode[], sleutel: string, frag: Map<string, FragmentDefinitionNode>, gezien = new Set<string>()): FieldNode[] {
  const uit: FieldNode[] = [];
  for (const set of sets) {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) { if ((s.alias ?? s.name).value === sleutel) uit.push(s); }
      else if (s.kind === Kind.INLINE_FRAGMENT) uit.push(...veldenMetSleutel([s.selectionSet], sleutel, frag, gezien));
      else if (!gezien.has(s.name.value)) {
        gezien.add(s.name.value);
        const f = frag.get(s.name.value);
        if (f) uit.push(...veldenMetSleutel([f.selectionSet], sleutel, frag, gezien));
      }
    }
  }
  return uit;
}

/** The taal of the deepest field with a taal argument on the error's path. */
function taalOpPad(schema: GraphQLSchema, doc: DocumentNode, op: OperationDefinitionNode, pad: readonly (string | number)[], variabelen: Variabelen): FoutTaal | null {
  const frag = fragmenten(doc);
  let type: GraphQLObjectType | GraphQLInterfaceType | null | undefined = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  let sets: SelectionSetNode[] = [op.selectionSet];
  let taal: FoutTaal | null = null;
  for (const stap of pad) {
    if (typeof stap === 'number') continue;
    if (!type || !(isObjectType(type) || isInterfaceType(type))) break;
    const nodes = veldenMetSleutel(sets, stap, frag);
    const def: GraphQLField<unknown, unknown> | undefined = nodes.length > 0 ? type.getFields()[nodes[0].name.value] : undefined;
    if (!def) break;
    taal = taalVanVeld(def, nodes[0], op, variabelen) ?? taal;
    const volgend: GraphQLNamedType = getNamedType(def.type);
    type = isObjectType(volgend) || isInterfaceType(volgend) ? volgend : null;
    sets = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  }
  return taal;
}

/** The taal of the innermost taal field around a node of the error (a literal, or a variable by where it is used). */
function taalBijKnoop(schema: GraphQLSchema, op: OperationDefinitionNode, knoop: ASTNode, variabelen: Variabelen): FoutTaal | null {
  const variabele = knoop.kind === Kind.VARIABLE_DEFINITION ? knoop.variable.name.value : null;
  const plek = knoop.loc?.start;
  if (variabele === null && plek === undefined) return null;
  const typeInfo = new TypeInfo(schema);
  const stapel: (FoutTaal | null)[] = [];
  let taal: FoutTaal | null = null;
  visit(op, visitWithTypeInfo(typeInfo, {
    Field: {
      enter(node) { stapel.push(taalVanVeld(typeInfo.getFieldDef(), node, op, variabelen) ?? stapel[stapel.length - 1] ?? null); },
      leave() { stapel.pop(); },
    },
    enter(node) {
      const boven = stapel[stapel.length - 1] ?? null;
      if (boven === null) return;
      if (variabele !== null ? node.kind === Kind.VARIABLE && node.name.value === variabele : node.loc !== undefined && node.loc.start <= plek! && plek! < node.loc.end) taal = boven;
    },
  }));
  return taal;
}

function bepaal(rc: GraphQLRequestContext<object>, fout: GraphQLError): FoutTaal {
  const doc = rc.document;
  if (!doc) return 'EN';
  const naam = rc.request.operationName;
  const op = rc.operation ?? doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (naam == null || d.name?.value === naam));
  if (!op) return 'EN';
  const variabelen = rc.request.variables as Variabelen;
  if (fout.path && fout.path.length > 0) return taalOpPad(rc.schema, doc, op, fout.path, variabelen) ?? 'EN';
  const knoop = fout.nodes?.[0];
  if (knoop) return taalBijKnoop(rc.schema, op, knoop, variabelen) ?? 'EN';
  return taalVanOperatie(rc.schema, op, variabelen);
}

/**
 * An error that names no place (a LocalDate literal refused by its scalar during validation):
 * the taal of the operation when each of its top fields has a taal argument, else English.
 */
function taalVanOperatie(schema: GraphQLSchema, op: OperationDefinitionNode, variabelen: Variabelen): FoutTaal {
  const type = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'query' ? schema.getQueryType() : null;
  const velden = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD && !s.name.value.startsWith('__'));
  if (!type || velden.length === 0) return 'EN';
  const talen = velden.map((v) => taalVanVeld(type.getFields()[v.name.value], v, op, variabelen));
  return talen.every((t) => t !== null) ? talen[0]! : 'EN';
}

/** Notes the language of every error of a request for formatFout. */
export function foutTaalPlugin(): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors(rc) {
          for (const fout of rc.errors) {
            try {
              talen.set(fout, bepaal(rc, fout));
            } catch {
              talen.set(fout, 'EN'); // never let the choice of language break an error answer
            }
          }
        },
      };
    },
  };
}
