// POST /bulk/beoordelingen: the checks before streaming (401, 415, 400 naming the parameter, 405,
// 429), PUBLIC and keyed callers, the answer stream, the idle limit and a client that goes away.
import { maakLogger, type Logger } from '../../src/server/log';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';
import { bulkPost } from './http-hulp';

const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '8801' });
const school = nieuweSleutel({ rol: 'SCHOOL', brin: '88AA' });
const logregels: string[] = [];
const logger = maakLogger({ bestemming: { write: (s: string) => { logregels.push(s); } }, niveau: 'info' }) as Logger;

let client: Client;
let url: string;
beforeAll(async () => {
  client = await startClient({ sleutels: [lpa.regel, school.regel], logger, instellingen: { bulkStilMs: 600, bulkWerkers: 1, bulkMaxVerzoeken: 1 } });
  url = client.server.url;
});
afterAll(async () => { await client?.stop(); });

const kind = (geboortedatum: string) => JSON.stringify({ geboortedatum, vakantieregio: 'NOORD' });
const twee = `${kind('2019-03-01')}\n${kind('2010-05-05')}\n`;
const logVan = async (code: string) => {
  for (let i = 0; i < 200; i++) {
    const r = logregels.map((x) => JSON.parse(x)).find((x) => x.path === '/bulk/beoordelingen' && (x.codes ?? []).includes(code));
    if (r) return r;
    await new Promise((ok) => setTimeout(ok, 25));
  }
  return undefined;
};

describe('POST /bulk/beoordelingen', () => {
  it('PUBLIC (no key) may use it: one NDJSON answer per line, in order', async () => {
    const a = await bulkPost(url, twee, '?peildatum=2024-03-15&velden=leeftijd,leerplicht.status');
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(a.regels).toEqual([
      { regel: 1, beoordeling: { leeftijd: 5, leerplicht: { status: 'NOG_NIET_LEERPLICHTIG' } } },
      { regel: 2, beoordeling: { leeftijd: 13, leerplicht: { status: 'LEERPLICHTIG' } } },
    ]);
  });

  it('a keyed caller of any role may use it', async () => {
    for (const k of [lpa.sleutel, school.sleutel]) {
      const a = await bulkPost(url, twee, '?peildatum=2024-03-15&velden=leeftijd', { authorization: `Bearer ${k}` });
      expect(a.status).toBe(200);
      expect(a.regels.map((r) => r.beoordeling.leeftijd)).toEqual([5, 13]);
    }
  });

  it('an unknown key is 401 before anything is read', async () => {
    const a = await bulkPost(url, twee, '?peildatum=2024-03-15', { authorization: 'Bearer lpk_onbekend' });
    expect(a.status).toBe(401);
    expect(a.regels[0].errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const b = await bulkPost(url, twee, '?peildatum=2024-03-15', { authorization: 'Basic xyz' });
    expect(b.status).toBe(401);
  });

  it('another content type is 415', async () => {
    const a = await bulkPost(url, twee, '?peildatum=2024-03-15', { 'content-type': 'application/json' });
    expect(a.status).toBe(415);
    expect(a.regels[0].errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('bad parameters are 400 BAD_USER_INPUT naming the parameter, before streaming', async () => {
    const gevallen: [string, string, string][] = [
      ['', 'peildatum', 'peildatum: required (YYYY-MM-DD)'],
      ['?peildatum=2024-02-30', 'peildatum', 'peildatum: 2024-02-30 is not a date'],
      ['?peildatum=15-03-2024', 'peildatum', 'peildatum: "15-03-2024" is not a LocalDate (YYYY-MM-DD)'],
      ['?peildatum=2024-03-15&wetsdatum=1950-01-01', 'wetsdatum', 'wetsdatum: 1950-01-01 lies before'],
      ['?peildatum=2024-03-15&velden=leerplicht,onzin', 'velden', 'velden: "onzin" is not a Beoordeling field offered in bulk'],
      ['?peildatum=2024-03-15&velden=voortijdigSchoolverlater', 'velden', 'velden: "voortijdigSchoolverlater" is not a Beoordeling field offered in bulk'],
      ['?peildatum=2024-03-15&velden=leerplicht.status.x', 'velden', 'velden: leerplicht.status has no subfields'],
      ['?peildatum=2024-03-15&taal=FR', 'taal', 'taal: "FR" is not a Taal'],
      ['?peildatum=2024-03-15&bsn=1', 'bsn', 'bsn: unknown parameter'],
    ];
    for (const [q, veld, begin] of gevallen) {
      const a = await bulkPost(url, twee, q);
      expect([q, a.status]).toEqual([q, 400]);
      const e = a.regels[0].errors[0];
      expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', veld });
      expect(e.message.startsWith(begin)).toBe(true);
    }
  });

  it('GET is 405', async () => {
    const res = await fetch(`${url.replace(/\/graphql$/, '')}/bulk/beoordelingen?peildatum=2024-03-15`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('a bad line answers its own BAD_USER_INPUT line; taal EN gives English explanations', async () => {
    const a = await bulkPost(url, `${kind('2019-03-01')}\n{"geboortedatum":"2019-02-29"}\n${kind('2010-05-05')}\n`, '?peildatum=2024-03-15&velden=leerplicht.uitleg.tekst&taal=EN');
    expect(a.status).toBe(200);
    expect(a.regels[1]).toEqual({ regel: 2, fout: { code: 'BAD_USER_INPUT', veld: 'situatie.geboortedatum', message: 'situatie.geboortedatum: 2019-02-29 is not a date' } });
    expect(a.regels[0].beoordeling.leerplicht.uitleg[0].tekst).toMatch(/^Compulsory education/);
    expect(a.regels[2].regel).toBe(3);
  });

  it('a run without progress for LEERPLICHT_BULK_IDLE_MS ends with a TIMEOUT line', async () => {
    let gestuurd = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(c) {
        if (!gestuurd) { gestuurd = true; c.enqueue(new TextEncoder().encode(`${kind('2019-03-01')}\n`)); return; }
        await new Promise((ok) => setTimeout(ok, 5000)); // then nothing
      },
    });
    const a = await bulkPost(url, body, '?peildatum=2024-03-15&velden=leeftijd');
    expect(a.status).toBe(200);
    expect(a.regels[0]).toEqual({ regel: 1, beoordeling: { leeftijd: 5 } });
    expect(a.regels.at(-1)).toMatchObject({ regel: null, fout: { code: 'TIMEOUT' } });
  });

  it('a client that goes away stops the run (logged as CLIENT_CLOSED_REQUEST)', async () => {
    const regel = new TextEncoder().encode(`${kind('2012-06-06')}\n`.repeat(200));
    const ac = new AbortController();
    // endless until aborted (undici keeps pulling an aborted request's body stream otherwise)
    const body = new ReadableStream<Uint8Array>({ pull(c) { if (ac.signal.aborted) c.close(); else c.enqueue(regel); } });
    const res = await fetch(`${url.replace(/\/graphql$/, '')}/bulk/beoordelingen?peildatum=2024-03-15&velden=leeftijd`, {
      method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half', signal: ac.signal,
    } as RequestInit);
    const lezer = res.body!.getReader();
    const eerste = await lezer.read();
    expect(new TextDecoder().decode(eerste.value).startsWith('{"regel":1,')).toBe(true);
    ac.abort();
    const r = await logVan('CLIENT_CLOSED_REQUEST');
    expect(r).toMatchObject({ method: 'POST', path: '/bulk/beoordelingen', operatie: 'bulk beoordelingen' });
    // the run has ended: with LEERPLICHT_BULK_MAX_REQUESTS=1 the next run is admitted (503 while one is going)
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i++) {
      status = (await bulkPost(url, twee, '?peildatum=2024-03-15&velden=leeftijd')).status;
      if (status !== 200) await new Promise((ok) => setTimeout(ok, 50));
    }
    expect(status).toBe(200);
  });

  it('more runs at once than LEERPLICHT_BULK_MAX_REQUESTS answer 503 SERVER_BUSY', async () => {
    const ac = new AbortController();
    let eenmaal = false; // one line, then nothing for now
    const body = new ReadableStream<Uint8Array>({ async pull(c) { if (!eenmaal) { eenmaal = true; c.enqueue(new TextEncoder().encode(`${kind('2019-03-01')}\n`)); } else await new Promise((ok) => setTimeout(ok, 200)); } });
    const eerste = fetch(`${url.replace(/\/graphql$/, '')}/bulk/beoordelingen?peildatum=2024-03-15`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body, duplex: 'half', signal: ac.signal } as RequestInit).catch(() => null);
    await new Promise((ok) => setTimeout(ok, 300));
    const a = await bulkPost(url, twee, '?peildatum=2024-03-15');
    expect(a.status).toBe(503);
    expect(a.regels[0].errors[0].extensions.code).toBe('SERVER_BUSY');
    ac.abort();
    await eerste;
  });
});

describe('POST /bulk/beoordelingen rate limit', () => {
  let c: Client;
  afterAll(async () => { await c?.stop(); });
  it('counts one request as one hit of the caller\'s rate limit (429 with Retry-After)', async () => {
    c = await startClient({ instellingen: { ratePubliekPerMinuut: 2, bulkWerkers: 1 } });
    expect((await bulkPost(c.server.url, twee, '?peildatum=2024-03-15&velden=leeftijd')).status).toBe(200);
    expect((await bulkPost(c.server.url, twee, '?peildatum=2024-03-15&velden=leeftijd')).status).toBe(200);
    const a = await bulkPost(c.server.url, twee, '?peildatum=2024-03-15&velden=leeftijd');
    expect(a.status).toBe(429);
    expect(Number(a.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
