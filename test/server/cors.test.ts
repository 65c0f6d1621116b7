// CORS (LEERPLICHT_CORS_ORIGINS): listed origins for every request, "*" only for requests without an
// API key; preflights answered; and the API-Version header on every response.
import { startClient, type Client } from '../api/client';
import { leesCors } from '../../src/server/cors';
import { leesInstellingen } from '../../src/server/instellingen';
import { nieuweSleutel } from '../../src/toegang/toegang';

const APP = 'https://app.leerplicht.example.nl';
const ANDER = 'https://ergens.example.com';
const VERSIE = (require('../../package.json') as { version: string }).version;
const sleutel = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '8101' });

describe('CORS', () => {
  let client: Client;
  beforeAll(async () => { client = await startClient({ sleutels: [sleutel.regel], instellingen: { cors: leesCors(`${APP}, *`) } }); });
  afterAll(() => client.stop());

  const preflight = (origin: string, koppen: string) => fetch(client.server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': koppen } });
  const post = (origin: string, metSleutel: boolean) => fetch(client.server.url, {
    method: 'POST', body: '{"query":"{ __typename }"}',
    headers: { origin, 'content-type': 'application/json', ...(metSleutel ? { authorization: `Bearer ${sleutel.sleutel}` } : {}) },
  });

  it('answers a preflight: any origin without a key, a listed origin with one', async () => {
    const publiek = await preflight(ANDER, 'content-type');
    expect(publiek.status).toBe(204);
    expect(publiek.headers.get('access-control-allow-origin')).toBe('*');
    expect(publiek.headers.get('access-control-allow-methods')).toContain('POST');
    const metSleutelElders = await preflight(ANDER, 'content-type, authorization');
    expect(metSleutelElders.status).toBe(204);
    expect(metSleutelElders.headers.get('access-control-allow-origin')).toBeNull();
    const metSleutelApp = await preflight(APP, 'content-type, authorization');
    expect(metSleutelApp.headers.get('access-control-allow-origin')).toBe(APP);
    expect(metSleutelApp.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(metSleutelApp.headers.get('vary')).toBe('Origin');
    expect((await preflight(APP, 'x-onbekend')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('marks answers for the origins it admits, and only those', async () => {
    expect((await post(ANDER, false)).headers.get('access-control-allow-origin')).toBe('*');
    expect((await post(ANDER, true)).headers.get('access-control-allow-origin')).toBeNull();
    const app = await post(APP, true);
    expect(app.status).toBe(200);
    expect(app.headers.get('access-control-allow-origin')).toBe(APP);
    expect(app.headers.get('access-control-expose-headers')).toContain('x-request-id');
    // no Origin (curl, a server): no CORS headers at all
    expect((await fetch(client.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends API-Version on every response', async () => {
    expect((await post(APP, false)).headers.get('api-version')).toBe(VERSIE);
    expect((await fetch(client.server.url.replace('/graphql', '/health/live'))).headers.get('api-version')).toBe(VERSIE);
  });
});

it('admits no other origin without LEERPLICHT_CORS_ORIGINS, and refuses a malformed one', async () => {
  const client = await startClient();
  try {
    const r = await fetch(client.server.url, { method: 'POST', headers: { origin: ANDER, 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
  } finally {
    await client.stop();
  }
  expect(() => leesInstellingen({ LEERPLICHT_CORS_ORIGINS: 'https://a.nl/pad' })).toThrow(/LEERPLICHT_CORS_ORIGINS/);
  expect(leesInstellingen({ LEERPLICHT_CORS_ORIGINS: `${APP},*` }).cors).toEqual({ iedereen: true, origins: new Set([APP]) });
});
