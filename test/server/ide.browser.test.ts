// The GraphQL IDE in headless Chromium: /graphql opens GraphiQL with the example tabs, the first one
// runs and answers data — with every request to anywhere but this server blocked (and none tried),
// no console error and no CSP violation, also when a dialog adds its style element.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startClient, type Client } from '../api/client';
import { schermafdrukMap, startBrowser } from '../web/browser';
import { VOORBEELDEN } from '../../src/server/paginas/voorbeelden';

jest.setTimeout(90_000);

// evaluated through the DevTools protocol: the page's CSP rightly refuses an injected <script>
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('GraphQL IDE in a browser', () => {
  let client: Client;
  let browser: { browser: Browser; stop(): Promise<void> };
  let page: Page;
  let origin: string;
  const elders: string[] = [];
  const fouten: string[] = [];

  beforeAll(async () => {
    client = await startClient();
    origin = `http://127.0.0.1:${client.server.port}`;
    browser = await startBrowser();
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    // nothing may leave the machine: anything not for the test server is refused, and remembered
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      elders.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('console', (m) => { if (m.type() === 'error') fouten.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
    await page.addInitScript("document.addEventListener('securitypolicyviolation', (e) => console.error('CSP: ' + e.violatedDirective + ' ' + e.blockedURI))");
  });
  afterAll(async () => {
    await browser?.stop();
    await client?.stop();
  });

  it('opens GraphiQL with a tab per example, runs the first and shows its data', async () => {
    const antwoord = await page.goto(`${origin}/graphql`);
    expect(antwoord?.status()).toBe(200);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // one tab per example, the first one (LeerplichtStatus) open in the editor
    await page.locator('.graphiql-tab').nth(VOORBEELDEN.length - 1).waitFor({ timeout: 10_000 });
    expect(await page.locator('.graphiql-tab').count()).toBe(VOORBEELDEN.length);
    await page.locator('.graphiql-query-editor', { hasText: 'query LeerplichtStatus' }).waitFor({ timeout: 10_000 });
    // the schema came in (the Docs explorer knows Query)
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page.getByText('Query', { exact: true }).first().waitFor({ timeout: 10_000 });

    await page.locator('.graphiql-execute-button').click();
    // wait for an answer, whatever it is, then look at it
    const resultaat = page.locator('.result-window', { hasText: /"(data|errors)"/ });
    await resultaat.waitFor({ timeout: 20_000 }).catch(() => page.screenshot({ path: path.join(schermafdrukMap(), 'graphql-ide-fout.png') }));
    const tekst = await page.locator('.result-window').innerText();
    expect(tekst).toContain('"data"');
    expect(tekst).toContain('"leerplichtigVanaf"');
    expect(tekst).toContain('"beoordeling"');
    expect(tekst).not.toContain('"errors"');

    await page.screenshot({ path: path.join(schermafdrukMap(), 'graphql-ide.png') });

    // a leerplichtambtenaar's tab shows where the API key goes; run as it is, the API asks for a key
    await page.locator('.graphiql-tab', { hasText: 'TeMelden' }).click();
    await page.locator('.graphiql-query-editor', { hasText: 'query TeMelden' }).waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Headers', exact: true }).click();
    await page.locator('.graphiql-editor-tool', { hasText: 'Authorization' }).waitFor({ timeout: 10_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window', { hasText: 'needs an API key' }).waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(schermafdrukMap(), 'graphql-ide-sleutel.png') });

    // a dialog (settings) adds a style element: admitted by the page's nonce, no CSP error
    await page.getByRole('button', { name: /settings/i }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');

    expect(elders).toEqual([]);
    expect(fouten).toEqual([]);
  });

  it('serves a start page at / with no serious accessibility violation, and links that lead somewhere', async () => {
    fouten.length = 0;
    expect((await page.goto(`${origin}/`))?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    await page.evaluate(AXE);
    const uitslag = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const ernstig = uitslag.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(ernstig).toEqual([]);
    await page.screenshot({ path: path.join(schermafdrukMap(), 'voorpagina.png'), fullPage: true });
    // every link on this server answers (the Leerplichtcheck: 503 until web/dist is built)
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    expect(hrefs).toEqual(expect.arrayContaining(['/leerplichtcheck/', '/graphql', '/health/ready', '/metrics', '/README.md']));
    for (const href of hrefs) {
      const r = await page.request.get(`${origin}${href}`, { headers: { accept: 'text/html' } });
      expect([href, href.startsWith('/leerplichtcheck') ? [200, 503].includes(r.status()) : r.status() === 200]).toEqual([href, true]);
    }
    await page.getByRole('link', { name: 'GraphQL IDE' }).first().click();
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    expect(elders).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
