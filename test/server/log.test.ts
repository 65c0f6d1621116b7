// The log of the real server, end to end: a BSN (in any spelling), a person's name and an API key
// are planted everywhere a client can put them — variables, query strings, headers, free text,
// bodies that do not parse, an internal database error — and none of them reaches the log, while
// every request gets exactly one line.
import 'reflect-metadata';
import net from 'node:net';
import { print } from 'graphql';
import { ImporteerVerzuimDocument, MaakLeerlingDocument, WijzigMeldingstatusDocument } from '../generated/graphql';
import { logger as standaardLogger, maakLogger, type Logger } from '../../src/server/log';
import { startServer, type Draaiend } from '../../src/server/start';
import { maakSleutels } from '../leerlingen/sleutels';

jest.setTimeout(60_000);

const elfproef = (b: string) => /^\d{9}$/.test(b) && [...b].reduce((s, c, i) => s + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
const BSN_OPGESLAGEN = '369258149'; // stored through maakLeerling
const BSN = '715238462'; // planted everywhere else
const BSN_WEIGEREN = '827364519'; // refused by the database, which quotes it in its error
const spellingen = (b: string) => [b, `${b.slice(0, 3)}.${b.slice(3, 6)}.${b.slice(6)}`, `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`, `${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6)}`];
const [PLAT, PUNTEN, SPATIES, STREEPJES] = spellingen(BSN);
const NAAM = 'Jan Jansen';
const VRIJE_TEKST = `${NAAM} (bsn ${SPATIES}, ${PUNTEN}, ${STREEPJES}, ${PLAT}) woont bij zijn oma`;

const s = maakSleutels(8);
const ruweRegels: string[] = [];
const vangst = maakLogger({ bestemming: { write: (r: string) => void ruweRegels.push(r) }, niveau: 'debug' });
let server: Draaiend;
let basis: string;

interface Verstuurd { wat: string; status: number; reqId: string | null; body: string }
const verstuurd: Verstuurd[] = [];

async function stuur(wat: string, pad: string, init: RequestInit = {}): Promise<Verstuurd> {
  const r = await fetch(`${basis}${pad}`, init);
  const v = { wat, status: r.status, reqId: r.headers.get('x-request-id'), body: await r.text() };
  verstuurd.push(v);
  return v;
}

/** Anything a fetch will not send (odd header values, half a body): written on a raw socket. */
function stuurRuw(wat: string, verzoek: string): Promise<Verstuurd> {
  return new Promise((ok, nietOk) => {
    const sok = net.connect(server.port, '127.0.0.1');
    let antwoord = '';
    sok.on('data', (d) => (antwoord += d));
    sok.on('error', nietOk);
    sok.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(antwoord)?.[1] ?? 0);
      const v = { wat, status, reqId: /\r\nx-request-id: ([^\r]*)\r\n/i.exec(antwoord)?.[1] ?? null, body: antwoord.split('\r\n\r\n').slice(1).join('\r\n\r\n') };
      verstuurd.push(v);
      ok(v);
    });
    sok.end(verzoek);
  });
}

const post = (wat: string, body: unknown, headers: Record<string, string> = {}) =>
  stuur(wat, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const bearer = (k: string) => ({ authorization: `Bearer ${k}` });

// the default logger (used where the server passes none, e.g. formatFout's logFout) writes into the capture too
const spionnen: jest.SpyInstance[] = [];
beforeAll(async () => {
  for (const niveau of ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const)
    spionnen.push(jest.spyOn(standaardLogger, niveau).mockImplementation(((...a: unknown[]) => (vangst[niveau] as (...x: unknown[]) => void)(...a)) as never));
  const opties = { port: 0, databaseUrl: process.env.TEST_DATABASE_URL, sleutels: s.regels, logger: vangst as Logger };
  server = await startServer(opties);
  basis = server.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await server?.stop();
  for (const sp of spionnen) sp.mockRestore();
});

const nieuw = (extra: Record<string, unknown> = {}) => ({ geboortedatum: '2012-05-14', gemeente: s.gemeenteA, vakantieregio: 'MIDDEN', ...extra });

test('no BSN, name or API key reaches the log, and every request gets exactly one line', async () => {
  expect(elfproef(BSN)).toBe(true);
  expect(elfproef(BSN_OPGESLAGEN)).toBe(true);
  expect(elfproef(BSN_WEIGEREN)).toBe(true);

  // --- variables --------------------------------------------------------------------------
  const opgeslagen = await post('maakLeerling with a BSN', { query: print(MaakLeerlingDocument), variables: { leerling: nieuw({ bsn: BSN_OPGESLAGEN }) } }, bearer(s.lpaA));
  expect(JSON.parse(opgeslagen.body).data.maakLeerling.heeftBsn).toBe(true);
  await post('the same BSN again', { query: print(MaakLeerlingDocument), variables: { leerling: nieuw({ bsn: BSN_OPGESLAGEN }) } }, bearer(s.lpaA));
  for (const b of [...spellingen(BSN).slice(1), ...spellingen(BSN_OPGESLAGEN).slice(1)]) {
    const r = await post(`maakLeerling with bsn "${b}"`, { query: print(MaakLeerlingDocument), variables: { leerling: nieuw({ bsn: b }) } }, bearer(s.lpaA));
    expect(JSON.parse(r.body).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  }
  // a variable that does not coerce: Apollo's own message quotes the value
  await post('a BSN as geboortedatum', { query: print(MaakLeerlingDocument), variables: { leerling: nieuw({ geboortedatum: SPATIES, gemeente: NAAM, bsn: PLAT }) } }, bearer(s.lpaA));
  await post('a BSN in an unknown variable', { query: print(MaakLeerlingDocument), variables: { leerling: nieuw({ naam: NAAM, bsn: PLAT }) } }, bearer(s.schoolA));
  // free text: toelichting
  await post('toelichting', { query: print(WijzigMeldingstatusDocument), variables: { id: '00000000-0000-4000-8000-000000000000', status: 'INGETROKKEN', toelichting: VRIJE_TEKST } }, bearer(s.lpaA));
  // names and BSNs inside the query text itself, and as operation name
  await post('literals in the query', { query: `query Q { leerling(id: "${PLAT}") { id } beoordeling(situatie: { geboortedatum: "${PUNTEN}" }, peildatum: "2024-08-01") { leeftijd } }` }, bearer(s.lpaA));
  await post('syntax error', { query: `{ ${NAAM} ${SPATIES} }` });
  await post('unknown operation name', { query: '{ regelset { hash } }', operationName: `Jan_Jansen_${PLAT}` });

  // --- internal database errors; their SQL quotes the values and "Failing row contains (…)" the row
  // a NUL byte (PostgreSQL refuses it in text), unless the API already refuses it as input
  const nul = await post('a NUL byte in free text', { query: print(ImporteerVerzuimDocument), variables: { records: [], idempotentieSleutel: `${VRIJE_TEKST}\u0000` } }, bearer(s.lpaA));
  expect(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']).toContain(JSON.parse(nul.body).errors?.[0]?.extensions?.code);
  // the database refuses one leerling with an error that quotes its BSN and a name (as a constraint's detail would)
  const db = server.context.orm!.em.fork().getConnection();
  await db.execute(`create or replace function log_test_weiger() returns trigger language plpgsql as $$ begin raise exception 'geweigerd: % (${NAAM})', new.bsn using detail = 'Failing row contains (' || new.bsn || ', ${NAAM}, ' || new.gemeente || ').', hint = new.bsn, errcode = '23514'; end $$`);
  await db.execute(`create trigger log_test_weiger before insert on leerling for each row when (new.bsn = '${BSN_WEIGEREN}') execute function log_test_weiger()`);
  try {
    const r = await post('a database error quoting the BSN', { query: print(MaakLeerlingDocument), variables: { leerling: nieuw({ bsn: BSN_WEIGEREN }) } }, bearer(s.lpaA));
    expect(JSON.parse(r.body).errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  } finally {
    await db.execute('drop trigger log_test_weiger on leerling');
    await db.execute('drop function log_test_weiger()');
  }

  // --- query strings of GET requests --------------------------------------------------------
  const q = (p: Record<string, string>) => `?${new URLSearchParams(p)}`;
  await stuur('GET with variables', `/graphql${q({ query: 'query($b: String) { regelset { hash } }', variables: JSON.stringify({ b: PLAT, naam: NAAM }), bsn: SPATIES })}`, { headers: { 'apollo-require-preflight': 'true' } });
  await stuur('GET without preflight', `/graphql${q({ query: `{ leerling(id: "${PUNTEN}") { id } }`, naam: NAAM })}`);
  await stuur('GET with a key', `/graphql${q({ query: '{ leerlingen { id } }', bsn: STREEPJES, naam: NAAM })}`, { headers: { 'apollo-require-preflight': 'true', ...bearer(s.lpaA) } });
  await stuur('health with a query', `/health${q({ bsn: PLAT, naam: NAAM })}`);
  await stuur('health/live', `/health/live?${PUNTEN}`);
  await stuur('a path with a name and a BSN', `/${encodeURIComponent(NAAM)}/${PLAT}/${SPATIES.replace(/ /g, '%20')}${q({ bsn: PLAT })}`);
  await stuur('graphql with a trailing path', `/graphql/${PLAT}?${STREEPJES}`);

  // --- headers ------------------------------------------------------------------------------
  for (const id of [PLAT, PUNTEN, STREEPJES, `req-${PLAT}`, `${BSN.slice(0, 4)}.${BSN.slice(4, 6)}.${BSN.slice(6)}`, 'Jan.Jansen.715238462', NAAM, SPATIES, 'x'.repeat(500)]) {
    const r = await post(`x-request-id ${id.slice(0, 20)}`, { query: '{ regelset { hash } }' }, { 'x-request-id': id, 'user-agent': `${NAAM} ${PUNTEN}`, cookie: `naam=${encodeURIComponent(NAAM)}; bsn=${PLAT}`, referer: `http://x/?bsn=${PLAT}` });
    expect(r.reqId).not.toBe(id);
  }
  await post('a reused valid x-request-id', { query: '{ regelset { hash } }' }, { 'x-request-id': 'upstream-abc.42' });
  expect(verstuurd[verstuurd.length - 1].reqId).toBe('upstream-abc.42');
  await post('an unknown key with a name and BSN', { query: '{ regelset { hash } }' }, { authorization: `Bearer lpk_${NAAM.replace(' ', '_')}_${PLAT}` });
  await post('an unknown x-api-key', { query: '{ regelset { hash } }' }, { 'x-api-key': `${NAAM} ${SPATIES}` });
  await post('a wrong scheme', { query: '{ regelset { hash } }' }, { authorization: `Basic ${Buffer.from(`${NAAM}:${PLAT}`).toString('base64')}` });

  // --- bodies that do not parse -------------------------------------------------------------
  await post('half a JSON body', `{"query": "{ regelset { hash } }", "variables": {"bsn": "${PLAT}", "naam": "${NAAM}"`);
  await post('JSON of the wrong shape', [{ query: '{ regelset { hash } }', variables: { bsn: SPATIES } }], bearer(s.lpaA));
  await stuur('text/plain body', '/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: `${NAAM} ${PUNTEN}` });
  await stuur('form body', '/graphql', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `naam=${encodeURIComponent(NAAM)}&bsn=${PLAT}` });
  const half = `{"query":"{ regelset { hash } }","variables":{"naam":"${NAAM}","bsn":"${STREEPJES}"`;
  await stuurRuw('raw: odd headers, a half body', [
    'POST /graphql?bsn=' + PLAT + ' HTTP/1.1', 'host: localhost', 'content-type: application/json', `content-length: ${Buffer.byteLength(half)}`,
    `x-request-id: ${NAAM} ${SPATIES}`, `user-agent: ${NAAM}\t${PUNTEN}`, `authorization: Bearer ${s.lpaA}`, `x-naam: ${NAAM}`, 'connection: close', '', half,
  ].join('\r\n'));
  await stuurRuw('raw: two x-request-id headers', [
    'GET /health/live HTTP/1.1', 'host: localhost', `x-request-id: ${PLAT}`, 'x-request-id: ok-2', 'connection: close', '', '',
  ].join('\r\n'));

  // --- the log ------------------------------------------------------------------------------
  for (let i = 0; i < 300 && ruweRegels.filter((r) => r.includes('"responseTime"')).length < verstuurd.length; i++) await new Promise((ok) => setTimeout(ok, 10));
  await new Promise((ok) => setTimeout(ok, 200)); // nothing more may come
  const tekst = ruweRegels.join('');
  if (ruweRegels.length === 0) throw new Error('logger not used: startServer({ logger }) wrote nothing to the given logger');
  const regels = tekst.split('\n').filter(Boolean).map((r) => JSON.parse(r) as Record<string, any>);

  // nothing planted reaches the log, in any spelling or encoding
  const verboden = [
    ...spellingen(BSN), ...spellingen(BSN_OPGESLAGEN), ...spellingen(BSN_WEIGEREN), BSN_WEIGEREN.slice(0, 6), `${BSN.slice(0, 4)}.${BSN.slice(4, 6)}.${BSN.slice(6)}`,
    ...spellingen(BSN).map(encodeURIComponent), SPATIES.replace(/ /g, '+'), BSN.slice(0, 6), BSN_OPGESLAGEN.slice(0, 6),
    'Jansen', 'Jan%20', 'Jan_', 'Jan+', 'oma', Buffer.from(`${NAAM}:${PLAT}`).toString('base64'),
    s.lpaA, s.schoolA, s.lpaA.slice(4, 20), 'lpk_', 'Bearer', 'Basic ', 'authorization', 'x-api-key', 'cookie', 'user-agent', 'referer',
    'Failing row', 'geweigerd', 'insert into', 'select ', 'leerling_id', 'PL/pgSQL', 'regelset { hash }', 'variables',
  ];
  for (const v of verboden) expect({ gevonden: v, in: tekst.includes(v) ? tekst : '' }).toEqual({ gevonden: v, in: '' });
  for (const r of ruweRegels) expect(Buffer.byteLength(r)).toBeLessThanOrEqual(8 * 1024);

  // exactly one request line per request, matched by the x-request-id each answer carried
  const verzoekRegels = regels.filter((r) => 'responseTime' in r);
  expect(verzoekRegels).toHaveLength(verstuurd.length);
  for (const v of verstuurd) {
    expect(v.reqId).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    const eigen = verzoekRegels.filter((r) => r.reqId === v.reqId);
    expect({ wat: v.wat, regels: eigen.length }).toEqual({ wat: v.wat, regels: 1 });
    const [r] = eigen;
    expect({ wat: v.wat, status: r.status }).toEqual({ wat: v.wat, status: v.status });
    expect(r.level).toBe(v.status >= 500 ? 'error' : v.status >= 400 ? 'warn' : 'info');
    expect(typeof r.method).toBe('string');
    expect(r.path).not.toMatch(/[?#]/);
    expect(Array.isArray(r.codes)).toBe(true);
  }
  // the internal error was logged (once, as an error line of its own), without its SQL or values
  const fouten = regels.filter((r) => r.err && !('responseTime' in r));
  expect(fouten.length).toBeGreaterThanOrEqual(1);
  expect(fouten.some((f) => f.level === 'error' && f.err.database === true && /^[0-9A-Z]{5}$/.test(f.err.code))).toBe(true);
});
