// The names a rule may use, as JSON Schema for editors: rules/schema/catalogus.schema.json,
// generated from the loaded rule set (fact catalogues per onderwerp, operators, outcomes and their
// params, parameters, the signaal of policy rules) by `npm run rules:schema`. rules.schema.json
// refers to it, so an editor completes and flags fact, operator and event names. The loader does
// not enforce these names through the schema (maakAjv puts a stand-in in its place): typecontrole
// checks them against the catalogue actually loaded — including the parameters of packs in
// LEERPLICHT_BELEID_DIR — and says "did you mean".
import type { FeitParamDefinitie } from '../facts/feit-params';
import type { FeitDefinitie, Onderwerp } from '../facts/typen';
import { ERNSTEN, SIGNAAL, SIGNAALCODE } from './beleid/signaal';
import { OPERATOREN } from './operatoren';
import type { Regelset } from './regelset';
import { UITKOMSTEN, type ParamDefinitie } from './uitkomsten';

export const CATALOGUS_SCHEMA = 'catalogus.schema.json';
export const CATALOGUS_BESTAND = `schema/${CATALOGUS_SCHEMA}`;

type Schema = Record<string, unknown>;

const DATUM = { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' };
const opNaam = <T extends { naam: string }>(l: readonly T[]) => [...l].sort((a, b) => (a.naam < b.naam ? -1 : a.naam > b.naam ? 1 : 0));

/** What an editor shows beside a fact name. */
function feitUitleg(d: FeitDefinitie): string {
  const type = `${d.type}${d.nullable ? ' | null' : ''}${d.enum ? ` (${d.enum.join(', ')})` : ''}`;
  const params = d.params ? ` Params: ${Object.keys(d.params).join(', ')}.` : '';
  return `${type} — ${d.omschrijving}${params}`;
}

function namen(defs: readonly FeitDefinitie[], beschrijving: string): Schema {
  const l = opNaam(defs.filter((d) => d.type !== 'intern')).filter((d, i, a) => i === 0 || a[i - 1].naam !== d.naam);
  return { description: beschrijving, enum: l.map((d) => d.naam), enumDescriptions: l.map(feitUitleg) };
}

function waardeSchema(type: string, nullable: boolean | undefined, enumWaarden?: readonly string[]): Schema {
  const basis: Schema = type === 'datum' ? DATUM : type === 'getal' ? { type: 'number' } : type === 'boolean' ? { type: 'boolean' } : type === 'lijst' ? { type: 'array', items: { type: 'string', ...(enumWaarden ? { enum: enumWaarden } : {}) } } : { type: 'string', ...(enumWaarden ? { enum: enumWaarden } : {}) };
  return nullable ? { anyOf: [basis, { type: 'null' }] } : basis;
}

function paramSchema(p: FeitParamDefinitie): Schema {
  const s: Schema = p.type === 'getal'
    ? { type: p.geheel ? 'integer' : 'number', ...(p.minimum !== undefined ? { minimum: p.minimum } : {}), ...(p.maximum !== undefined ? { maximum: p.maximum } : {}) }
    : p.type === 'tekst' ? { type: 'string', ...(p.enum ? { enum: p.enum } : {}) }
      : { type: 'array', minItems: 1, items: { type: 'string', ...(p.enum ? { enum: p.enum } : {}) } };
  const standaard = p.standaardOmschrijving ?? (p.standaard !== undefined ? `standaard ${JSON.stringify(p.standaard)}` : undefined);
  return { ...s, description: `${p.omschrijving}${standaard ? ` (zonder: ${standaard})` : ''}${p.alleenBij ? ` Alleen bij ${p.alleenBij.param} = ${p.alleenBij.waarde}.` : ''}` };
}

/** The params of every parameterised fact, keyed on the condition's fact. */
function feitParams(alle: readonly FeitDefinitie[]): Schema {
  const met = opNaam(alle.filter((d) => d.params !== undefined));
  const uniek = met.filter((d, i) => i === 0 || met[i - 1].naam !== d.naam);
  return {
    description: 'A parameterised fact takes its params in the condition (json-rules-engine condition params).',
    allOf: uniek.map((d) => ({
      if: { required: ['fact'], properties: { fact: { const: d.naam } } },
      then: {
        properties: {
          params: {
            type: 'object', additionalProperties: false,
            required: Object.entries(d.params!).filter(([, p]) => p.standaard === undefined && p.alleenBij === undefined).map(([n]) => n),
            properties: Object.fromEntries(Object.entries(d.params!).map(([n, p]) => [n, paramSchema(p)])),
          },
        },
      },
    })),
  };
}

function voorwaarde(feit: string): Schema {
  const zelf = `#/$defs/voorwaarde-${feit}`;
  return {
    properties: {
      all: { items: { $ref: zelf } },
      any: { items: { $ref: zelf } },
      not: { $ref: zelf },
      fact: { $ref: `#/$defs/feit-${feit}` },
      operator: { $ref: '#/$defs/operator' },
      value: { properties: { fact: { $ref: `#/$defs/feit-${feit}` } } },
    },
    allOf: [{ $ref: '#/$defs/feitparams' }],
  };
}

function uitkomstParams(type: string, feit: string): Schema {
  const params = UITKOMSTEN[type].params as Record<string, ParamDefinitie>;
  const verwijzing = { type: 'object', required: ['fact'], additionalProperties: false, properties: { fact: { $ref: `#/$defs/feit-${feit}` } } };
  return {
    type: 'object', additionalProperties: false, required: Object.keys(params),
    properties: Object.fromEntries(Object.entries(params).map(([n, p]) => [n, { description: p.omschrijving, anyOf: [waardeSchema(p.type, p.nullable, p.enum), verwijzing] }])),
  };
}

function gebeurtenis(onderwerp: Onderwerp): Schema {
  const typen = Object.keys(UITKOMSTEN).filter((t) => UITKOMSTEN[t].onderwerpen.includes(onderwerp)).sort();
  return {
    required: ['params'],
    properties: { type: { enum: typen, enumDescriptions: typen.map((t) => `params: ${Object.keys(UITKOMSTEN[t].params).join(', ')}${UITKOMSTEN[t].alle ? ' (every matching rule counts)' : ''}`) } },
    allOf: typen.map((t) => ({ if: { required: ['type'], properties: { type: { const: t } } }, then: { properties: { params: uitkomstParams(t, onderwerp) } } })),
  };
}

/** The generated schema for a rule set: deterministic (names sorted), for the rule set of rules/ with its packs. */
export function catalogusSchema(regelset: Regelset): Schema {
  const onderwerpen = Object.keys(regelset.catalogi) as Onderwerp[];
  const pakketFeiten = regelset.pakketten.flatMap((p) => p.catalogus.definities);
  const alleFeiten = [...onderwerpen.flatMap((o) => regelset.catalogi[o].definities), ...pakketFeiten];
  const operatoren = Object.keys(OPERATOREN).sort();
  const defs: Schema = {
    operator: { enum: operatoren, enumDescriptions: operatoren.map((o) => `operand: ${OPERATOREN[o].soort}`) },
    uitkomst: { description: 'every event type', enum: [...Object.keys(UITKOMSTEN), SIGNAAL].sort() },
    parameter: {
      description: 'the statutory parameters (rules/parameters); a rule reads one as a fact of the situatie',
      enum: [...regelset.parameters.keys()].sort(),
      enumDescriptions: [...regelset.parameters.keys()].sort().map((n) => `${regelset.parameters.get(n)!.type}${regelset.parameters.get(n)!.lezing ? ' (lezing)' : ''} — ${regelset.parameters.get(n)!.omschrijving}`),
    },
    feitparams: feitParams(alleFeiten),
    'feit-situatie': namen(regelset.catalogi.situatie.definities, 'a fact of the situatie (statutory parameters and outcomes included)'),
  };
  for (const o of onderwerpen.filter((x) => x !== 'situatie')) {
    defs[`feit-${o}`] = { anyOf: [namen(regelset.catalogi[o].definities, `a fact of one ${o}`), { $ref: '#/$defs/feit-situatie' }] };
  }
  defs['feit-beleid'] = pakketFeiten.length === 0 ? { $ref: '#/$defs/feit-situatie' }
    : { anyOf: [{ $ref: '#/$defs/feit-situatie' }, namen(pakketFeiten, 'a parameter of a policy pack in rules/beleid (a pack reads only its own)')] };
  for (const o of onderwerpen) defs[`voorwaarde-${o}`] = voorwaarde(o);
  defs['voorwaarde-beleid'] = voorwaarde('beleid');
  for (const o of onderwerpen) defs[`gebeurtenis-${o}`] = gebeurtenis(o);
  defs['gebeurtenis-beleid'] = {
    required: ['params'],
    properties: {
      type: { const: SIGNAAL, description: 'a policy rule emits only signaal' },
      params: {
        type: 'object', additionalProperties: false, required: ['code', 'ernst', 'omschrijving'],
        properties: {
          code: { type: 'string', pattern: SIGNAALCODE.source, description: 'the signaal code, e.g. SIGNAAL_12_UUR' },
          ernst: { enum: [...ERNSTEN], enumDescriptions: ['ter kennisname', 'de school onderneemt actie (gesprek, preventief)', 'de leerplichtambtenaar of het zorgoverleg wordt ingeschakeld'] },
          omschrijving: { $ref: 'common.schema.json#/$defs/tekst' },
        },
      },
    },
  };
  defs.regel = {
    description: 'The names a rule may use: a condition reads facts of the rule\'s onderwerp or of the situatie; the event type is one decided per that onderwerp, with its params; a policy rule ("beleid": true) emits only signaal.',
    if: { required: ['beleid'], properties: { beleid: { const: true } } },
    then: { properties: { onderwerp: { const: 'situatie' }, bron: { $ref: 'common.schema.json#/$defs/beleidsbron' }, conditions: { $ref: '#/$defs/voorwaarde-beleid' }, event: { $ref: '#/$defs/gebeurtenis-beleid' } } },
    else: {
      allOf: onderwerpen.map((o) => ({
        if: o === 'situatie' ? { properties: { onderwerp: { const: o } } } : { required: ['onderwerp'], properties: { onderwerp: { const: o } } },
        then: { properties: { conditions: { $ref: `#/$defs/voorwaarde-${o}` }, event: { $ref: `#/$defs/gebeurtenis-${o}` } } },
      })),
    },
  };
  return {
    $id: CATALOGUS_SCHEMA,
    title: 'Names of the rule language (facts per onderwerp, operators, event types, parameters)',
    $comment: 'Generated by `npm run rules:schema` from the loaded rule set (src/engine/regelschema.ts); do not edit. The loader checks these names itself (src/engine/typecontrole.ts).',
    $defs: defs,
  };
}

export const catalogusSchemaTekst = (regelset: Regelset) => `${JSON.stringify(catalogusSchema(regelset), null, 2)}\n`;

/** What the loader validates in its place: the same $defs, accepting anything (names are checked by typecontrole). */
export function catalogusStandIn(echt?: { $defs?: Record<string, unknown> }): Schema {
  const sleutels = new Set(['regel', ...Object.keys(echt?.$defs ?? {})]);
  return { $id: CATALOGUS_SCHEMA, $defs: Object.fromEntries([...sleutels].map((k) => [k, {}])) };
}
