// The API-Version header (issue 13 item 7) is on every response: answers, errors the server gives
// before GraphQL runs, health, metrics, a preflight and an unknown path.
import { startClient, type Client } from '../api/client';
import { leesCors } from '../../src/server/cors';

const VERSIE = (require('../../package.json') as { version: string }).version;
const APP = 'https://app.leerplicht.example.nl';

let client: Client;
let basis: string;
beforeAll(async () => {
  client = await startClient({ instellingen: { cors: leesCors(APP) } });
  basis = client.server.url.replace(/\/graphql$/, '');
});
afterAll(() => client.stop());

const post = (body: string, koppen: Record<string, string> = {}) => fetch(`${basis}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...koppen }, body });

describe('API-Version', () => {
  it.each<[string, () => Promise<Response>, number]>([
    ['a GraphQL answer', () => post('{"query":"{ __typename }"}'), 200],
    ['a syntax error', () => post('{"query":"{ beoordeling( }"}'), 400],
    ['an unknown API key', () => post('{"query":"{ __typename }"}', { authorization: 'Bearer onbekend-sleutel-5601' }), 401],
    ['a preflight', () => fetch(`${basis}/graphql`, { method: 'OPTIONS', headers: { origin: APP, 'access-control-request-method': 'POST' } }), 204],
    ['/health/ready', () => fetch(`${basis}/health/ready`), 200],
    ['/metrics', () => fetch(`${basis}/metrics`), 200],
    ['an unknown path', () => fetch(`${basis}/bestaat-niet`), 404],
  ])('is on %s', async (_wat, vraag, status) => {
    const r = await vraag();
    await r.arrayBuffer();
    expect(r.status).toBe(status);
    expect(r.headers.get('api-version')).toBe(VERSIE);
  });
});
