// One bulk line's situatie, checked exactly as the GraphQL argument `beoordeling(situatie: $situatie)`
// is: graphql-js input coercion against the product's SituatieInput (types, enums, LocalDate,
// unknown fields, defaults), the text check of every String value, then api/vraag's maakVraag.
// Messages and field paths are those of the GraphQL answer.
import { coerceInputValue, GraphQLNonNull, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType } from 'graphql';
import { controleerTekstenIn } from '../api/omzetten';
import { invoerFout } from '../api/fouten';
import type { SituatieInput } from '../api/invoer';
import { situatieType } from './schema';

const pad = (wortel: string, p: readonly (string | number)[]) => wortel + p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');

let verplicht: GraphQLNonNull<GraphQLInputType> | null = null;

/**
 * The fast path: true when the (freshly parsed, owned) value is already what coercion would give,
 * after putting in the fields' defaults. Anything doubtful answers false and full coercion decides,
 * so the result and every message stay graphql-js's own.
 */
type Snelcontrole = (w: unknown) => boolean;
const snel = new Map<GraphQLInputType, Snelcontrole>();
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

function snelcontrole(type: GraphQLInputType): Snelcontrole {
  const bekend = snel.get(type);
  if (bekend) return bekend;
  let c: Snelcontrole = () => false;
  if (isNonNullType(type)) {
    const binnen = snelcontrole(type.ofType);
    c = (w) => w != null && binnen(w);
  } else {
    const inner = snelcontroleWaarde(type);
    c = (w) => w === null || (w !== undefined && inner(w));
  }
  snel.set(type, c);
  return c;
}

function snelcontroleWaarde(type: GraphQLInputType): Snelcontrole {
  if (isListType(type)) {
    const el = snelcontrole(type.ofType);
    return (w) => Array.isArray(w) && w.every(el); // a single value for a list: full coercion
  }
  if (isInputObjectType(type)) {
    let velden: [string, Snelcontrole, boolean, unknown, boolean][] | null = null;
    let namen: Set<string> | null = null;
    return (w) => {
      if (velden === null) {
        const f = Object.values(type.getFields());
        velden = f.map((x) => [x.name, snelcontrole(x.type), x.defaultValue !== undefined, x.defaultValue, isNonNullType(x.type)]);
        namen = new Set(f.map((x) => x.name));
      }
      if (typeof w !== 'object' || w === null || Array.isArray(w)) return false;
      const o = w as Record<string, unknown>;
      for (const k in o) if (!namen!.has(k)) return false;
      for (const [naam, sub, heeftStandaard, standaard, nodig] of velden) {
        const v = o[naam];
        if (v === undefined) {
          if (heeftStandaard) o[naam] = standaard;
          else if (nodig) return false;
          continue;
        }
        if (!sub(v)) return false;
      }
      return true;
    };
  }
  if (isEnumType(type)) {
    const waarden = new Set(type.getValues().filter((v) => v.value === v.name).map((v) => v.name));
    return (w) => typeof w === 'string' && waarden.has(w);
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'String': return (w) => typeof w === 'string';
      case 'Boolean': return (w) => typeof w === 'boolean';
      case 'Int': return (w) => typeof w === 'number' && Number.isInteger(w) && w >= INT_MIN && w <= INT_MAX;
      case 'Float': return (w) => typeof w === 'number' && Number.isFinite(w);
      case 'LocalDate': return (w) => {
        try { return type.parseValue(w) === w; } catch { return false; }
      };
      default: return () => false;
    }
  }
  return () => false;
}

/** The coerced SituatieInput, or a BAD_USER_INPUT GraphQLError naming the first bad field. The value is the caller's own (it may be completed in place). */
export function leesSituatie(w: unknown, wortel = 'situatie', verbergSuggesties = false): SituatieInput {
  verplicht ??= new GraphQLNonNull(situatieType());
  if (snelcontrole(verplicht)(w)) {
    controleerTekstenIn(verplicht, w, wortel);
    return w as SituatieInput;
  }
  let fout: Error | null = null;
  const s = coerceInputValue(w, verplicht, (p, _waarde, e) => {
    fout ??= invoerFout(p.length ? pad(wortel, p) : wortel, e.message);
  }, verbergSuggesties); // no "Did you mean …" in production, as GraphQL
  if (fout) throw fout;
  controleerTekstenIn(verplicht, s, wortel);
  return s as SituatieInput;
}
