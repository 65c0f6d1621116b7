// Hostile HTTP requests for the GraphQL endpoint, shared by the jest fuzz test (test/server/fuzz.test.ts)
// and the bench script (bench/fuzz.ts): the real operations of test/operations/*.graphql with random
// and mutated variables, broken documents, garbage bodies, GET, wrong content types, batches,
// persisted-query extensions, subscriptions. `beoordeel` checks one answer against the error policy.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse, typeFromAST,
  type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';

export interface FuzzVerzoek {
  soort: string;
  method: string;
  /** path and query string, e.g. /graphql?query=… */
  pad: string;
  headers: Record<string, string>;
  body?: string;
}

export interface FuzzOmgeving {
  /** API keys to send (both roles); a request may also go without one or with an unknown key */
  sleutels: string[];
  /** ids of stored leerlingen (and facts) the keys can see, so mutations reach past the access check */
  ids: string[];
  brins: string[];
  gemeenten: string[];
}

const ROOT = path.resolve(__dirname, '../..');
export const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));

interface Operatie { naam: string; document: string; definitie: OperationDefinitionNode }

/** Every named operation of test/operations, each sent with the whole file (fragments included). */
export const operaties: Operatie[] = fs.readdirSync(path.join(ROOT, 'test/operations')).filter((f) => f.endsWith('.graphql')).flatMap((f) => {
  const document = fs.readFileSync(path.join(ROOT, 'test/operations', f), 'utf8');
  return parse(document).definitions
    .filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition' && d.name !== undefined)
    .map((definitie) => ({ naam: definitie.name!.value, document, definitie }));
});

// ---- values -------------------------------------------------------------------------------

const stuurteken = fc.integer({ min: 0, max: 0x1f }).chain((c) => fc.constantFrom(String.fromCharCode(c), '\u007f'));
/** texts a client should never get past validation, and a few that are fine */
const vijandigeTekst: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.tuple(fc.string({ maxLength: 6 }), stuurteken, fc.string({ maxLength: 6 })).map(([a, c, b]) => a + c + b),
  fc.constantFrom('\u0000', '2019/2020\u0000', '\ud800', 'a\udc00b', '\u202e12AB', '🙂', "' or 1=1 --", '<script>', '%00', '${x}', '{{7*7}}', ''),
  fc.constantFrom(10_000, 10_001).map((n) => 'x'.repeat(n)),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const datum = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date('1995-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 3, arbitrary: fc.constantFrom('1900-01-01', '1899-12-31', '2100-12-31', '2101-01-01', '9999-01-01', '0000-00-00', '2023-02-30', '2024-02-29', '2023-13-01', '2020-1-1', '20200101', '2020-01-01T00:00:00Z', '') },
  { weight: 1, arbitrary: vijandigeTekst },
);
const BEKENDE_TEKST: Record<string, (o: FuzzOmgeving) => fc.Arbitrary<string>> = {
  schooljaar: () => fc.oneof(fc.integer({ min: 1840, max: 2110 }).map((j) => `${j}/${j + 1}`), fc.constantFrom('2019-2020', '2019/2021', '0000/0001', '9999/10000')),
  voorSchooljaar: () => fc.integer({ min: 1990, max: 2040 }).map((j) => `${j}/${j + 1}`),
  brin: (o) => fc.oneof(fc.constantFrom(...o.brins), fc.constantFrom('12AB', '1AB', '12ab')),
  gemeente: (o) => fc.oneof(fc.constantFrom(...o.gemeenten), fc.constantFrom('0363', '363', '03630')),
  bsn: () => fc.constantFrom('111222333', '123456782', '000000000', '111111111', '999999999', '12345678', '1234567890', 'abcdefghi'),
  leerlingId: (o) => fc.oneof(fc.constantFrom(...o.ids), fc.uuid()),
  id: (o) => fc.oneof(fc.constantFrom(...o.ids), fc.uuid()),
  inschrijvingId: (o) => fc.oneof(fc.constantFrom(...o.ids), fc.uuid()),
  na: (o) => fc.oneof(fc.constantFrom(...o.ids), fc.uuid()),
  idempotentieSleutel: () => fc.string({ minLength: 1, maxLength: 20 }),
};
const getal = fc.oneof(
  fc.integer({ min: -2, max: 30 }),
  fc.double({ min: -1, max: 200, noNaN: true }),
  fc.constantFrom(1e308, -1e308, 2 ** 31, 2 ** 53, -(2 ** 31) - 1, 5e-324, -0, 0.1),
);
const verkeerdType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.constant({}), fc.constant([]), fc.string({ maxLength: 5 }), fc.constant({ a: [1, { b: null }] }));

/** A value for a GraphQL input type: mostly plausible, sometimes hostile, sometimes the wrong type. */
function waarde(type: GraphQLInputType, naam: string, o: FuzzOmgeving, diepte: number): fc.Arbitrary<unknown> {
  const goed = juisteWaarde(type, naam, o, diepte);
  return fc.oneof({ weight: 12, arbitrary: goed }, { weight: 1, arbitrary: verkeerdType });
}

function juisteWaarde(type: GraphQLInputType, naam: string, o: FuzzOmgeving, diepte: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return juisteWaarde(type.ofType, naam, o, diepte);
  if (isListType(type)) {
    const el = waarde(type.ofType, naam, o, diepte + 1);
    return fc.oneof({ weight: 8, arbitrary: fc.array(el, { maxLength: diepte > 0 ? 2 : 3 }) }, { weight: 1, arbitrary: el });
  }
  if (isEnumType(type)) return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: vijandigeTekst });
  if (isInputObjectType(type)) {
    if (diepte > 3) return fc.constant({});
    const velden = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const v of velden) record[v.name] = waarde(v.type, v.name, o, diepte + 1);
    const verplicht = velden.filter((v) => isNonNullType(v.type)).map((v) => v.name);
    return fc.tuple(fc.record(record, { requiredKeys: verplicht }), fc.option(fc.tuple(vijandigeTekst, verkeerdType), { freq: 10 }))
      .map(([r, extra]) => (extra ? { ...r, [extra[0] || 'onbekend']: extra[1] } : r));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'LocalDate': return datum;
      case 'Int': return fc.oneof(fc.integer({ min: -5, max: 2000 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5));
      case 'Float': return getal;
      case 'Boolean': return fc.boolean();
      case 'String': case 'ID': {
        const bekend = BEKENDE_TEKST[naam];
        return bekend ? fc.oneof({ weight: 4, arbitrary: bekend(o) }, { weight: 1, arbitrary: vijandigeTekst }) : vijandigeTekst;
      }
      default: return verkeerdType;
    }
  }
  return verkeerdType;
}

function variabelen(op: Operatie, o: FuzzOmgeving): fc.Arbitrary<Record<string, unknown>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  const verplicht: string[] = [];
  for (const v of op.definitie.variableDefinitions ?? []) {
    const type = typeFromAST(schema, v.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const naam = v.variable.name.value;
    record[naam] = waarde(type, naam, o, 0);
    if (isNonNullType(type)) verplicht.push(naam);
  }
  return fc.record(record, { requiredKeys: verplicht });
}

// ---- documents ----------------------------------------------------------------------------

/** A broken copy of a document: characters cut, doubled or replaced. */
function verminkt(doc: string): fc.Arbitrary<string> {
  return fc.array(fc.tuple(fc.nat({ max: Math.max(0, doc.length - 1) }), fc.nat({ max: 8 }), fc.constantFrom('', '{', '}', '(', ')', '$', '!', '"', '...', '@skip', '#', '\u0000', ' ', 'query', ':')), { minLength: 1, maxLength: 4 })
    .map((wijzigingen) => wijzigingen.reduce((d, [bij, weg, in_]) => d.slice(0, bij) + in_ + d.slice(bij + weg), doc));
}

const ZELFGEMAAKT = [
  'subscription { __typename }',
  'subscription S { toegang { rol } }',
  '{ __typename }',
  '{ __schema { types { name } } }',
  '{ toegang { rol brin gemeente naam } }',
  'query { regels { id } regelset { hash } }',
  '{ beoordeling(situatie: { geboortedatum: "2010-01-01" }, peildatum: "2024-01-01") { leeftijd leerplicht { status } } }',
  '{ beoordeling(situatie: { geboortedatum: "9999-01-01" }, peildatum: "2024-01-01") { leeftijd } }',
  '{ beoordeling(situatie: { geboortedatum: "2010-01-01" }, peildatum: "2024-01-01") { voortijdigSchoolverlater(schooljaar: "\\u0000") { vanToepassing } } }',
  '{ leerlingen(eerste: -1) { id } }',
  '{ leerlingen(eerste: 2147483648) { id } }',
  'mutation { verwijderLeerling(id: "x") }',
  'query A { toegang { rol } } query B { toegang { naam } }',
  '{ a: toegang { rol } b: toegang { rol } c: toegang { rol } }',
  '{ toegang { rol @include(if: true) @skip(if: false) } }',
  'fragment F on Query { toegang { rol } } { ...F ...F }',
  'fragment F on Query { ...F } { ...F }',
  '{ beoordeling { leeftijd } }',
  '{ onbekendVeld }',
  '',
  '{',
  '#',
  'query ($x: LocalDate!) { regels(wetsdatum: $x) { id } }',
];

// ---- requests -----------------------------------------------------------------------------

function metSleutel(o: FuzzOmgeving): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...o.sleutels).map((k) => ({ authorization: `Bearer ${k}` })) },
    { weight: 1, arbitrary: fc.constantFrom(...o.sleutels).map((k) => ({ 'x-api-key': k })) },
    { weight: 3, arbitrary: fc.constant<Record<string, string>>({}) },
    { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({ authorization: 'Bearer lpk_onbekend' }, { authorization: 'Basic Zm9vOmJhcg==' }, { authorization: '' }, { 'x-api-key': '\u00ff' }) },
  );
}

const json = (w: unknown) => JSON.stringify(w);
/** encodeURIComponent that turns a lone surrogate into the bytes of one (invalid UTF-8, as a hostile client would send) */
const kodeer = (t: string) => t.split(/([\ud800-\udfff])/).map((d, i) => (i % 2 === 1 ? `%ED%${(0x80 | ((d.charCodeAt(0) >> 6) & 0x3f)).toString(16).toUpperCase()}%${(0x80 | (d.charCodeAt(0) & 0x3f)).toString(16).toUpperCase()}` : encodeURIComponent(d))).join('');

export function verzoeken(o: FuzzOmgeving): fc.Arbitrary<FuzzVerzoek> {
  const sleutel = metSleutel(o);
  const post = (soort: string, body: fc.Arbitrary<string>, contentType: fc.Arbitrary<string> = fc.constant('application/json')) =>
    fc.record({ body, ct: contentType, h: sleutel }).map(({ body: b, ct, h }): FuzzVerzoek => ({ soort, method: 'POST', pad: '/graphql', headers: { 'content-type': ct, ...h }, body: b }));
  const operatie = fc.constantFrom(...operaties);
  const geldig = operatie.chain((op) => variabelen(op, o).map((v) => ({ query: op.document, operationName: op.naam, variables: v })));

  return fc.oneof(
    { weight: 40, arbitrary: post('operatie', geldig.map(json)) },
    { weight: 6, arbitrary: post('verminkt document', operatie.chain((op) => fc.tuple(verminkt(op.document), variabelen(op, o)).map(([q, v]) => json({ query: q, operationName: op.naam, variables: v })))) },
    { weight: 6, arbitrary: post('eigen document', fc.constantFrom(...ZELFGEMAAKT).map((q) => json({ query: q }))) },
    { weight: 4, arbitrary: post('persisted query', fc.tuple(fc.option(fc.constantFrom(...ZELFGEMAAKT)), fc.constantFrom<unknown>(
      { persistedQuery: { version: 1, sha256Hash: 'x' } },
      { persistedQuery: { version: 1, sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38' } },
      { persistedQuery: { version: 2, sha256Hash: 'x' } },
      { persistedQuery: { version: 'een', sha256Hash: 5 } },
      { persistedQuery: 'x' },
      { persistedQuery: null },
      { persistedQuery: {} },
      { persistedQuery: [] },
      'x', [], null, 5,
    )).map(([q, extensions]) => json(q === null ? { extensions } : { query: q, extensions }))) },
    // more than 50 coercion errors in the variables: graphql-js stops with an error of its own
    { weight: 1, arbitrary: post('veel variabelefouten', fc.integer({ min: 1, max: 120 }).map((n) => json({
      query: 'query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-01-01") { leeftijd } }', variables: { s: Array.from({ length: n }, () => ({})) },
    }))) },
    { weight: 3, arbitrary: post('batch', fc.array(geldig, { minLength: 0, maxLength: 3 }).map(json)) },
    { weight: 4, arbitrary: post('vreemde JSON', fc.oneof(
      fc.constantFrom<unknown>(null, 5, 'query', [], {}, { query: 5 }, { query: null }, { query: ['{ toegang { rol } }'] }, { query: '{ toegang { rol } }', variables: 'x' },
        { query: '{ toegang { rol } }', variables: [] }, { query: '{ toegang { rol } }', operationName: 5 }, { query: '{ toegang { rol } }', extensions: 'x' }, { query: { kind: 'Document' } }),
      fc.jsonValue({ maxDepth: 3 }),
    ).map(json)) },
    { weight: 3, arbitrary: post('kapotte JSON', fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('{', '{"query":', '{"query":"{ toegang { rol } }"', '\u0000', '\ufeff{"query":"{ __typename }"}', '{"query": "\\ud800"}', 'null', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]'))) },
    { weight: 4, arbitrary: post('content-type', fc.constantFrom(json({ query: '{ toegang { rol } }' }), 'query { toegang { rol } }', 'query=%7B__typename%7D', ''),
      fc.constantFrom('text/plain', 'application/graphql', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/jsonx', 'APPLICATION/JSON')) },
    { weight: 6, arbitrary: fc.record({
      q: fc.oneof(fc.constantFrom(...ZELFGEMAAKT), operatie.map((op) => op.document), vijandigeTekst),
      v: fc.option(fc.oneof(fc.constant('{"x":1}'), fc.string({ maxLength: 10 }))),
      preflight: fc.boolean(), h: sleutel, extra: fc.option(fc.constantFrom('&operationName=Beoordeling', '&extensions=%7B%22persistedQuery%22%3A1%7D', '&query=%7B__typename%7D', '&%ZZ')),
    }).map(({ q, v, preflight, h, extra }): FuzzVerzoek => ({
      soort: 'GET', method: 'GET',
      pad: `/graphql?query=${kodeer(q)}${v === null ? '' : `&variables=${kodeer(v)}`}${extra ?? ''}`,
      headers: { ...(preflight ? { 'apollo-require-preflight': 'true' } : {}), ...h },
    })) },
    { weight: 2, arbitrary: fc.record({ m: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS'), h: sleutel }).map(({ m, h }): FuzzVerzoek => ({
      soort: 'methode', method: m, pad: '/graphql', headers: { 'content-type': 'application/json', ...h }, body: m === 'OPTIONS' ? undefined : json({ query: '{ toegang { rol } }' }),
    })) },
  );
}

// ---- the error policy ------------------------------------------------------------------------

const SQL = /\b(select|insert|update|delete)\b.*\b(from|into|set)\b/i;

/** What is wrong with one answer (empty: nothing). */
export function beoordeel(status: number, body: string): string[] {
  const fouten: string[] = [];
  if (status >= 500) fouten.push(`HTTP ${status}`);
  if (body.includes('    at ')) fouten.push('stack trace in body');
  if (SQL.test(body)) fouten.push('SQL in body');
  for (const p of ['/work/', 'node_modules', '.ts:']) if (body.includes(p)) fouten.push(`file path (${p}) in body`);
  let antwoord: unknown;
  try { antwoord = JSON.parse(body); } catch { return fouten; }
  const errors = (antwoord as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors)) {
    for (const e of errors as { message?: string; extensions?: { code?: unknown } }[]) {
      const code = e?.extensions?.code;
      if (code === undefined) fouten.push(`error without extensions.code: ${String(e?.message).slice(0, 120)}`);
      if (code === 'INTERNAL_SERVER_ERROR') fouten.push('INTERNAL_SERVER_ERROR');
    }
  }
  return fouten;
}

/** The codes of an answer for the statistics ("-" for a body without errors, "(no JSON)" for text). */
export function codesVan(body: string): string[] {
  try {
    const a = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    if (!Array.isArray(a?.errors) || a.errors.length === 0) return ['-'];
    return [...new Set(a.errors.map((e) => String(e?.extensions?.code)))];
  } catch {
    return ['(no JSON)'];
  }
}

/** Sends one request; `basis` is http://host:port. */
export async function stuur(basis: string, v: FuzzVerzoek): Promise<{ status: number; body: string }> {
  const res = await fetch(basis + v.pad, { method: v.method, headers: v.headers, body: v.body });
  return { status: res.status, body: await res.text() };
}

export interface FuzzAntwoord { status: number; body: string; ms: number }

/** Runs `n` requests from the generator with `parallel` in flight; calls `na` with every answer. */
export async function draai(basis: string, o: FuzzOmgeving, n: number, parallel: number, seed: number,
  na: (v: FuzzVerzoek, a: FuzzAntwoord) => void): Promise<void> {
  const lijst = fc.sample(verzoeken(o), { numRuns: n, seed });
  let volgende = 0;
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (volgende < lijst.length) {
      const v = lijst[volgende++];
      const begin = performance.now();
      let a: { status: number; body: string };
      try { a = await stuur(basis, v); } catch (e) {
        const oorzaak = (e as { cause?: { code?: string; message?: string } }).cause;
        a = { status: 599, body: `request failed: ${(e as Error).message} (${oorzaak?.code ?? ''} ${oorzaak?.message ?? ''})` };
      }
      na(v, { ...a, ms: performance.now() - begin });
    }
  }));
}

/** A request as a curl command line, to reproduce it by hand. */
export function alsCurl(basis: string, v: FuzzVerzoek): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const kop = Object.entries(v.headers).map(([k, w]) => ` -H ${q(`${k}: ${w}`)}`).join('');
  const body = v.body === undefined ? '' : ` --data-binary ${q(v.body.length > 600 ? `${v.body.slice(0, 600)}…` : v.body)}`;
  return `curl -s -X ${v.method} ${q(basis + v.pad)}${kop}${body}`;
}


