// Request limits, counted per request: the situatie limit summed over every alias and field,
// graphql-armor's limits, the body limit (413 without reading the rest), rate limits (429 with
// Retry-After), the time limit (the work stops), subscriptions and persisted queries.
import http from 'node:http';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

const situaties = (n: number) => Array.from({ length: n }, (_, i) => ({ geboortedatum: `201${i % 10}-0${1 + (i % 9)}-15` }));
const VELDEN = 'leeftijd leerplicht { status }';

describe('request limits', () => {
  let client: Client;
  const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '8001' });
  beforeAll(async () => { client = await startClient({ sleutels: [lpa.regel], instellingen: { maxBodyBytes: 2 * 1024 * 1024 } }); });
  afterAll(() => client.stop());

  it('refuses the abusive request (250 aliases on one 10,000-situatie variable) in well under a second', async () => {
    const velden = Array.from({ length: 250 }, (_, i) => `a${i}: beoordelingen(situaties: $s, peildatum: "2024-03-15") { ${VELDEN} }`).join('\n');
    const t = performance.now();
    const a = await client.ruw({ query: `query($s: [SituatieInput!]!) { ${velden} }`, variables: { s: situaties(10_000) } });
    const ms = performance.now() - t;
    expect(a.data ?? null).toBeNull();
    expect(a.errors!.length).toBeGreaterThan(0);
    expect(a.errors!.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR')).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('sums the situaties of every alias: two times 6,000 is refused, two times 5,000 is answered', async () => {
    const q = (n: number) => ({ query: `query($s: [SituatieInput!]!) { a: beoordelingen(situaties: $s, peildatum: "2024-03-15") { leeftijd } b: beoordelingen(situaties: $s, peildatum: "2024-03-15") { leeftijd } }`, variables: { s: situaties(n) } });
    const te = await client.ruw(q(6000));
    expect(te.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(te.errors![0].extensions!.reden).toBe('QUERY_TOO_COSTLY');
    expect(te.errors![0].message).toBe('situaties: 12000 situaties; at most 10000 per request (summed over every field and alias)');
    expect(te.data ?? null).toBeNull();
    const goed = await client.ruw(q(5000));
    expect(goed.errors).toBeUndefined();
    expect((goed.data as { a: unknown[]; b: unknown[] }).a).toHaveLength(5000);
  });

  it('counts single evaluations and fragments too: 10,000 in bulk plus one beoordeling is one too many', async () => {
    const query = `query($s: [SituatieInput!]!) { ...B beoordeling(situatie: { geboortedatum: "2015-01-01" }, peildatum: "2024-03-15") { leeftijd } }
      fragment B on Query { beoordelingen(situaties: $s, peildatum: "2024-03-15") { leeftijd } }`;
    const te = await client.ruw({ query, variables: { s: situaties(10_000) } });
    expect(te.errors![0].message).toMatch(/^situaties: 10001 situaties; at most 10000/);
    const goed = await client.ruw({ query, variables: { s: situaties(9_999) } });
    expect(goed.errors).toBeUndefined();
  });

  it('counts stored lists before they run: leerlingen(eerste) { beoordeling } per alias', async () => {
    const alias = (i: number) => `l${i}: leerlingen(eerste: 1000) { beoordeling(peildatum: "2024-03-15") { leeftijd } }`;
    const te = await client.ruw({ query: `{ ${Array.from({ length: 11 }, (_, i) => alias(i)).join(' ')} }` }, { authorization: `Bearer ${lpa.sleutel}` });
    expect(te.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(te.errors![0].message).toMatch(/^situaties: 11000 situaties/);
    const goed = await client.ruw({ query: `{ ${Array.from({ length: 10 }, (_, i) => alias(i)).join(' ')} }` }, { authorization: `Bearer ${lpa.sleutel}` });
    expect(goed.errors).toBeUndefined();
  });

  it('counts every stored list field: meldingen (also narrowed to a vestiging), meldingenOverzicht, jaarcijfers before they run', async () => {
    const klein = await startClient({ sleutels: [lpa.regel], instellingen: { maxSituaties: 2 } });
    try {
      const maak = (n: number) => klein.ruw({ query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }', variables: { l: { geboortedatum: '2012-01-0' + n, gemeente: '8001', vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: '81AA01', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: [{ datum: '2024-03-04', uren: 2, reden: 'ONGEOORLOOFD' }] } } } }, { authorization: `Bearer ${lpa.sleutel}` });
      for (const n of [1, 2, 3]) expect((await maak(n)).errors).toBeUndefined();
      for (const q of ['{ meldingen(peildatum: "2024-03-15") { soort } }', '{ meldingenOverzicht(peildatum: "2024-03-15") { fouten { code } } }', '{ jaarcijfers(gemeente: "8001", schooljaar: "2023/2024") { leerlingen } }', '{ meldingen(peildatum: "2024-03-15", brin: "81AA01") { soort } }']) {
        const a = await klein.ruw({ query: q }, { authorization: `Bearer ${lpa.sleutel}` });
        expect({ q, code: a.errors?.[0]?.extensions?.code, reden: a.errors?.[0]?.extensions?.reden }).toEqual({ q, code: 'BAD_USER_INPUT', reden: 'QUERY_TOO_COSTLY' });
      }
    } finally {
      await klein.stop();
    }
  });

  it('limits depth and aliases (graphql-armor), with a code and no internal error', async () => {
    // the schema has no cycles, so the default depth (12) is out of reach of real fields: a server with depth 3
    const ondiep = await startClient({ instellingen: { maxDiepte: 3 } });
    try {
      const diep = await ondiep.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2015-01-01" }, peildatum: "2024-03-15") { leerplicht { uitleg { bron { jci } } } } }' });
      expect(diep.errors![0].message).toMatch(/depth/i);
      expect(diep.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const genoeg = await ondiep.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2015-01-01" }, peildatum: "2024-03-15") { leerplicht { status } } }' });
      expect(genoeg.errors).toBeUndefined();
    } finally {
      await ondiep.stop();
    }
    const aliassen = await client.ruw({ query: `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: regelset { hash }`).join(' ')} }` });
    expect(aliassen.errors![0].message).toMatch(/aliases/i);
    const tokens = await client.ruw({ query: `{ regels(ids: [${'"x", '.repeat(20_001)}]) { id } }` });
    expect(tokens.status).toBe(400);
    expect(tokens.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(tokens.errors![0].message).toMatch(/20000 tokens/);
    const directieven = await client.ruw({ query: `{ __typename ${'@skip(if: false) '.repeat(51)} }` });
    expect(directieven.errors![0].message).toMatch(/directives/i);
  });

  it('gives field suggestions in development only', async () => {
    const ontwikkeling = await client.ruw({ query: '{ beoordelingn { leeftijd } }' });
    expect(ontwikkeling.errors![0].message).toMatch(/Did you mean "beoordeling/);
    const productie = await startClient({ instellingen: { suggesties: false } });
    try {
      const a = await productie.ruw({ query: '{ beoordelingn { leeftijd } }' });
      expect(a.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(a.errors![0].message).not.toMatch(/Did you mean/);
    } finally {
      await productie.stop();
    }
  });

  it('answers a subscription and persisted-query extensions with a client error, never INTERNAL_SERVER_ERROR', async () => {
    const sub = await client.ruw({ query: 'subscription { __typename }' });
    expect(sub.status).toBe(400);
    expect(sub.errors![0].extensions!.code).toBe('BAD_REQUEST');
    for (const extensions of [{ persistedQuery: { version: 1, sha256Hash: 'x' } }, { persistedQuery: 'x' }, { persistedQuery: null }, 'x', [1]]) {
      const a = await client.ruw({ query: '{ __typename }', extensions });
      expect(a.status).toBeLessThan(500);
      for (const e of a.errors ?? []) expect(e.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  });

  it('answers a body above the limit 413 with a JSON error, without reading the rest', async () => {
    const gezien = await new Promise<{ status: number; body: string; verstuurd: number }>((ok, nietOk) => {
      let verstuurd = 0;
      const req = http.request(client.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(200 * 1024 * 1024) } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (body += d));
        res.on('end', () => ok({ status: res.statusCode!, body, verstuurd }));
      });
      req.on('error', nietOk);
      req.write(Buffer.alloc(64 * 1024, 0x20), () => (verstuurd += 64 * 1024)); // a first chunk only: the server must answer now
    });
    expect(gezien.status).toBe(413);
    expect(JSON.parse(gezien.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(gezien.verstuurd).toBeLessThan(200 * 1024 * 1024);
    // without a content-length (chunked): stopped while reading
    const res = await fetch(client.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }', x: 'y'.repeat(3 * 1024 * 1024) }) }).catch((e: Error) => e);
    if (!(res instanceof Error)) expect(res.status).toBe(413);
  });
});

describe('rate limits and the time limit', () => {
  it('answers 429 with Retry-After once a PUBLIC address or a key used up its requests per minute', async () => {
    const sleutel = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '8002' });
    const client = await startClient({ sleutels: [sleutel.regel], instellingen: { ratePubliekPerMinuut: 3, rateSleutelPerMinuut: 2 } });
    try {
      const publiek = [];
      for (let i = 0; i < 4; i++) publiek.push(await fetch(client.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }));
      expect(publiek.map((r) => r.status)).toEqual([200, 200, 200, 429]);
      expect(Number(publiek[3].headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await publiek[3].json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('RATE_LIMITED');
      // a key has its own budget
      const metSleutel = [];
      for (let i = 0; i < 3; i++) metSleutel.push((await client.ruw({ query: '{ __typename }' }, { authorization: `Bearer ${sleutel.sleutel}` })).status);
      expect(metSleutel).toEqual([200, 200, 429]);
    } finally {
      await client.stop();
    }
  });

  it('stops a request at its time limit (503 TIMEOUT), and the next request is served', async () => {
    // 400 ms: far below what 10,000 situaties with every explanation take on one thread (> 1 s), far above the warm-up's 300
    const client = await startClient({ instellingen: { timeoutMs: 400, werkers: 1 } });
    try {
      // warm the worker (its first start, under ts-node, may itself take longer than the limit)
      let warm = 0;
      while ((await client.ruw({ query: `query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { leeftijd } }`, variables: { s: situaties(300) } })).status !== 200 && warm < 20) warm++;
      const voor = Number(/^leerplicht_worker_aborted_total (\d+)$/m.exec(await (await fetch(client.server.url.replace('/graphql', '/metrics'))).text())![1]);
      const velden = 'leeftijd leerplicht { status leerplichtigTot uitleg { tekst } } tijdlijn { status vanaf } verzuim { meldplicht } uitleg { regel tekst }';
      const a = await client.ruw({ query: `query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { ${velden} } }`, variables: { s: situaties(10_000) } });
      expect(a.status).toBe(503);
      expect(a.errors![0].extensions!.code).toBe('TIMEOUT');
      const daarna = await client.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2015-01-01" }, peildatum: "2024-03-15") { leeftijd } }' });
      expect(daarna.data).toEqual({ beoordeling: { leeftijd: 9 } });
      const metrics = await (await fetch(client.server.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(new RegExp(`^leerplicht_worker_aborted_total ${voor + 1}$`, 'm'));
    } finally {
      await client.stop();
    }
  });

  it('stops the work of a client that disconnects', async () => {
    const client = await startClient({ instellingen: { werkers: 1 } });
    try {
      await client.ruw({ query: `query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { leeftijd } }`, variables: { s: situaties(300) } }); // warms the worker
      const ac = new AbortController();
      const velden = 'leeftijd leerplicht { status uitleg { tekst } } tijdlijn { status vanaf } verzuim { meldplicht } uitleg { regel tekst }';
      const weg = fetch(client.server.url, { method: 'POST', signal: ac.signal, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { ${velden} } }`, variables: { s: situaties(10_000) } }) }).catch(() => null);
      await new Promise((r) => setTimeout(r, 150));
      ac.abort();
      await weg;
      await new Promise((r) => setTimeout(r, 200));
      const metrics = await (await fetch(client.server.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/^leerplicht_worker_aborted_total 1$/m);
    } finally {
      await client.stop();
    }
  });
});
