// The pages for people: / (voorpagina), the GraphQL IDE on a browser's GET /graphql (and its files),
// /leerplichtcheck from web/dist (here a temporary folder) — content types, security headers, cache
// policy, no external URL, no way out of web/dist — and GraphQL over GET/POST unchanged beside them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { startClient, type Client } from '../api/client';
import { maakSchema } from '../../src/api/schema';
import { VOORBEELDEN } from '../../src/server/paginas/voorbeelden';
import { repoRoot } from '../../src/store/mikro-orm.config';
import { leesInstellingen } from '../../src/server/instellingen';
import { nieuweSleutel } from '../../src/toegang/toegang';

const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '5101' });
const VERSIE = (require('../../package.json') as { version: string }).version;

/** A request sent exactly as written (fetch would normalise '..' away before sending). */
function ruw(port: number, pad: string, headers: Record<string, string> = {}, methode = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((ok, nietOk) => {
    const req = http.request({ host: '127.0.0.1', port, path: pad, method: methode, headers }, (res) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(delen) }));
    });
    req.on('error', nietOk);
    req.end();
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function verwachtPaginakoppen(h: Headers): string {
  expect(h.get('x-content-type-options')).toBe('nosniff');
  expect(h.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(h.get('api-version')).toBe(VERSIE);
  const csp = h.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/unsafe-(inline|eval)/);
  expect(csp).not.toMatch(/https?:|\*/); // nothing from elsewhere
  return csp;
}

/** Every URL an HTML text loads (script src, link href), and whether any address is absolute. */
function geladenUrls(tekst: string): string[] {
  return [...tekst.matchAll(/<(?:script|link|img|iframe)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
}

describe('pages', () => {
  let client: Client;
  let basis: string;
  let port: number;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplichtcheck-'));
  const dist = path.join(tmp, 'dist');

  beforeAll(async () => {
    client = await startClient({ sleutels: [lpa.regel], instellingen: { webDist: dist } });
    port = client.server.port;
    basis = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await client?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('GET / is a Dutch HTML page about the service, with its links and the rule set it runs', async () => {
    const r = await fetch(`${basis}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const csp = verwachtPaginakoppen(r.headers);
    const tekst = await r.text();
    expect(tekst.startsWith('<!doctype html>')).toBe(true);
    expect(tekst).toMatch(/<html lang="nl">/);
    expect(tekst.match(/<h1[\s>]/g)).toHaveLength(1);
    for (const landmark of ['<header>', '<nav aria-label=', '<main>', '<footer>']) expect(tekst).toContain(landmark);
    expect(tekst).toMatch(/<p [^>]*lang="en"/);
    for (const href of ['/leerplichtcheck/', '/graphql', '/health/ready', '/metrics', '/README.md']) expect(tekst).toContain(`href="${href}"`);
    for (const onderwerp of ['Leerplicht', 'Kwalificatieplicht', 'Verzuim en meldplicht', 'Verlof', 'Vrijstellingen', 'RMC']) expect(tekst).toContain(onderwerp);
    const info = client.server.context.regelsetInfo!;
    expect(tekst).toContain(info.hash);
    expect(tekst).toContain(VERSIE);
    // README sections are listed, and the README is served
    expect(tekst).toContain('<li>Two commands</li>');
    const readme = await fetch(`${basis}/README.md`);
    expect(readme.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await readme.text()).toContain('# Leerplicht rules API');
    // no script at all, nothing loaded from elsewhere; the one inline style is admitted by its hash
    expect(tekst).not.toContain('<script');
    expect(geladenUrls(tekst)).toEqual([]);
    const stijl = /<style>([\s\S]*?)<\/style>/.exec(tekst)![1];
    expect(csp).toContain(`'sha256-${crypto.createHash('sha256').update(stijl).digest('base64')}'`);
    // HEAD: the headers without the body
    const head = await ruw(port, '/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect((await fetch(`${basis}/`, { method: 'POST' })).status).toBe(405);
  });

  it('GET /graphql from a browser is the GraphQL IDE, entirely from this server', async () => {
    const r = await fetch(`${basis}/graphql`, { headers: HTML });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-store');
    const csp = verwachtPaginakoppen(r.headers);
    expect(csp).toContain("connect-src 'self'");
    const tekst = await r.text();
    expect(tekst).toMatch(/<html lang="nl">/);
    expect(tekst).not.toMatch(/https?:\/\//);
    expect(tekst).not.toMatch(/<script>|<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    // the style elements GraphiQL adds carry this response's nonce; a new page, a new nonce
    const nonce = /data-nonce="([^"]+)"/.exec(tekst)![1];
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}'`);
    const tweede = await (await fetch(`${basis}/graphql`, { headers: HTML })).text();
    expect(/data-nonce="([^"]+)"/.exec(tweede)![1]).not.toBe(nonce);

    const urls = geladenUrls(tekst);
    expect(urls.filter((u) => u.endsWith('.js'))).toHaveLength(4); // react, react-dom, graphiql, start
    expect(urls.filter((u) => u.endsWith('.css'))).toHaveLength(2);
    for (const u of urls) {
      expect(u).toMatch(/^\/graphql\/ide\/[a-z-]+\.[0-9a-f]{10}\.(js|css)$/);
      const f = await fetch(`${basis}${u}`);
      expect(f.status).toBe(200);
      expect(f.headers.get('content-type')).toBe(u.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(f.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(f.headers.get('x-content-type-options')).toBe('nosniff');
      const inhoud = await f.text();
      expect(inhoud.length).toBeGreaterThan(100);
      expect(inhoud).not.toContain('sourceMappingURL');
      if (/\/start\./.test(u)) {
        expect(inhoud).not.toMatch(/https?:\/\//);
        expect(inhoud).toContain("method: 'POST'");
        expect(inhoud).toContain("'content-type': 'application/json'");
        for (const v of VOORBEELDEN) expect(inhoud).toContain(JSON.stringify(v.query));
      }
    }
    // the bundles the IDE is made of: GraphiQL's own build and React 18's production builds
    const graphiql = urls.find((u) => /\/graphiql\.[0-9a-f]+\.js$/.test(u))!;
    const gz = await ruw(port, graphiql, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers.vary).toContain('Accept-Encoding');
    const uitgepakt = zlib.gunzipSync(gz.body).toString('utf8');
    expect(uitgepakt).toContain('GraphiQL');
    expect(uitgepakt.length).toBeGreaterThan(gz.body.length * 2);
    expect((await fetch(`${basis}/graphql/ide/graphiql.0000000000.js`)).status).toBe(404);
    expect((await fetch(`${basis}/graphql/ide/../../package.json`)).status).toBe(404);
  });

  it('keeps /graphql GraphQL over HTTP for everything but a browser page, CSRF prevention included', async () => {
    const q = `?query=${encodeURIComponent('{ regelset { hash } }')}`;
    // GET with a JSON Accept and the preflight header Apollo asks of a GET: a GraphQL answer
    const get = await fetch(`${basis}/graphql${q}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { regelset: { hash: client.server.context.regelsetInfo!.hash } } });
    // the same without it, as a form or an <img> on another site would send it: refused
    for (const headers of [{ accept: 'application/json' }, HTML]) {
      const csrf = await fetch(`${basis}/graphql${q}`, { headers });
      expect(csrf.status).toBe(400);
      expect(((await csrf.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/Cross-Site Request Forgery/);
    }
    // a "simple" POST (text/plain, a form's content type) is refused too; a JSON POST runs
    const plat = await fetch(`${basis}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(plat.status).toBe(400);
    expect(await plat.text()).toMatch(/Cross-Site Request Forgery/);
    const post = await fetch(`${basis}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...HTML }, body: '{"query":"{ __typename }"}' });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    // GET without a query and without an HTML Accept: still GraphQL's (JSON) answer, not the IDE
    const leeg = await fetch(`${basis}/graphql`, { headers: { accept: 'application/json' } });
    expect(leeg.status).toBe(400);
    expect(leeg.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('serves /leerplichtcheck from web/dist: 503 until it is built, then the page, its assets and nothing else', async () => {
    const nietGebouwd = await fetch(`${basis}/leerplichtcheck`);
    expect(nietGebouwd.status).toBe(503);
    expect(nietGebouwd.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await nietGebouwd.text()).toContain('npm run web:build');

    const INDEX = '<!doctype html><html lang="nl"><head><script type="module" src="/leerplichtcheck/assets/index-Ab12Cd34.js"></script></head><body><div id="app"></div></body></html>';
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), INDEX);
    fs.writeFileSync(path.join(dist, 'assets', 'index-Ab12Cd34.js'), 'console.log("leerplichtcheck");\n');
    fs.writeFileSync(path.join(dist, 'assets', 'index-Ef56Gh78.css'), 'body{margin:0}\n');
    fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    fs.writeFileSync(path.join(dist, '.env'), 'GEHEIM=1\n');
    fs.writeFileSync(path.join(tmp, 'buiten.txt'), 'buiten web/dist\n');
    fs.symlinkSync(path.join(tmp, 'buiten.txt'), path.join(dist, 'buiten.txt'));

    // the page: the bare path, with a slash, and any unknown page path (the page routes itself)
    for (const p of ['/leerplichtcheck', '/leerplichtcheck/', '/leerplichtcheck/index.html', '/leerplichtcheck/verlof', '/leerplichtcheck/en/verlof/vakantie']) {
      const r = await fetch(`${basis}${p}`);
      expect([p, r.status]).toEqual([p, 200]);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(r.headers.get('cache-control')).toBe('no-store');
      expect(verwachtPaginakoppen(r.headers)).toContain("connect-src 'self'");
      expect(await r.text()).toBe(INDEX);
    }
    const soorten: [string, string][] = [
      ['/leerplichtcheck/assets/index-Ab12Cd34.js', 'text/javascript; charset=utf-8'],
      ['/leerplichtcheck/assets/index-Ef56Gh78.css', 'text/css; charset=utf-8'],
    ];
    for (const [p, type] of soorten) {
      const r = await fetch(`${basis}${p}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe(type);
      expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const icoon = await fetch(`${basis}/leerplichtcheck/favicon.svg`);
    expect(icoon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icoon.headers.get('cache-control')).toBe('no-cache'); // not content-hashed: revalidated
    // a missing asset is a 404, never the page
    for (const p of ['/leerplichtcheck/assets/index-00000000.js', '/leerplichtcheck/logo.png']) expect((await fetch(`${basis}${p}`)).status).toBe(404);

    // nothing outside web/dist, however the path is written; no dotfiles; no symlink out
    const pogingen = [
      '/leerplichtcheck/../package.json', '/leerplichtcheck/%2e%2e/package.json', '/leerplichtcheck/%2E%2E/%2E%2E/package.json',
      '/leerplichtcheck/..%2fpackage.json', '/leerplichtcheck/..%2F..%2F..%2Fpackage.json', '/leerplichtcheck/%2e%2e%2f%2e%2e%2fpackage.json',
      '/leerplichtcheck/assets/..%2f..%2f..%2fpackage.json', '/leerplichtcheck/..%5c..%5cpackage.json', '/leerplichtcheck/%252e%252e%252fpackage.json',
      '/leerplichtcheck/.env', '/leerplichtcheck/%2eenv', '/leerplichtcheck/assets/../.env', '/leerplichtcheck/buiten.txt',
      '/leerplichtcheck/%00', '/leerplichtcheck/index.html%00.js', '/leerplichtcheck/%e0%a4%a', '/leerplichtcheck//etc/passwd',
    ];
    for (const p of pogingen) {
      const r = await ruw(port, p);
      const tekst = r.body.toString('utf8');
      expect([p, r.status]).toEqual([p, 404]);
      expect(tekst).not.toContain('leerplicht-rules-api');
      expect(tekst).not.toContain('GEHEIM');
      expect(tekst).not.toContain('buiten web/dist');
    }
    expect((await fetch(`${basis}/leerplichtcheck/`, { method: 'DELETE' })).status).toBe(405);
  });

  it('answers unknown paths 404, naming where to go', async () => {
    for (const p of ['/onbekend', '/graphql/onbekend', '/leerplichtcheckx', '/index.html']) {
      const r = await fetch(`${basis}${p}`, { headers: HTML });
      expect([p, r.status]).toEqual([p, 404]);
      const { error } = (await r.json()) as { error: string };
      for (const naam of ['/graphql', '/leerplichtcheck', '/health/ready', '/metrics']) expect(error).toContain(naam);
      expect(error).toContain('use / ');
    }
  });
});

it('finds web/dist from the sources and from the compiled dist/src, and takes LEERPLICHT_WEB_DIST', () => {
  const root = path.resolve(__dirname, '..', '..');
  expect(repoRoot(path.join(root, 'src', 'server', 'paginas'))).toBe(root);
  expect(repoRoot(path.join(root, 'dist', 'src', 'server', 'paginas'))).toBe(root);
  expect(leesInstellingen({ LEERPLICHT_WEB_DIST: '/srv/leerplichtcheck' }).webDist).toBe('/srv/leerplichtcheck');
  expect(leesInstellingen({}).webDist).toBeUndefined();
});

describe('the IDE examples', () => {
  const schema = maakSchema();

  it('are one valid operation each, with variables the schema accepts, for every user group', () => {
    expect(new Set(VOORBEELDEN.map((v) => v.groep))).toEqual(new Set(['ouders', 'school', 'leerplichtambtenaar', 'ontwikkelaar']));
    const namen = new Set<string>();
    for (const v of VOORBEELDEN) {
      const doc = parse(v.query);
      expect(validate(schema, doc)).toEqual([]);
      const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(ops).toHaveLength(1);
      const naam = ops[0].name?.value;
      expect(naam).toBeDefined();
      namen.add(naam!);
      const waarden = getVariableValues(schema, ops[0].variableDefinitions ?? [], v.variabelen);
      expect([naam, waarden.errors ?? []]).toEqual([naam, []]);
    }
    expect(namen.size).toBe(VOORBEELDEN.length); // each tab its own title
    expect(VOORBEELDEN.map((v) => parse(v.query).definitions[0]).filter((d) => d.kind === 'OperationDefinition' && d.name?.value === 'Jaarcijfers')).toHaveLength(1);
  });

  it('run through the API: the public ones without a key, the others with one (in our own gemeente)', async () => {
    const client = await startClient({ sleutels: [lpa.regel] });
    try {
      for (const v of VOORBEELDEN) {
        const metSleutel = v.headers !== undefined;
        expect(metSleutel).toBe(v.groep === 'leerplichtambtenaar');
        const variabelen = metSleutel ? { ...v.variabelen, gemeente: '5101' } : v.variabelen;
        const a = await client.ruw({ query: v.query, variables: variabelen }, metSleutel ? { authorization: `Bearer ${lpa.sleutel}` } : {});
        expect([v.query.split('\n')[2], a.errors ?? []]).toEqual([v.query.split('\n')[2], []]);
        expect(a.data).toBeTruthy();
      }
    } finally {
      await client.stop();
    }
  });
});
