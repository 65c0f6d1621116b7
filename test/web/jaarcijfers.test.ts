// The jaarcijfers page (/jaarcijfers) end to end in headless Chromium: the real server, a seeded
// gemeente (4401) and RMC-regio (4401 + 4402), the key asked for and kept out of the URL, tables and
// drawn charts (Chart.js under the server's CSP), the CSV download, print media and axe.
// Expected counts are worked out by hand from the seeded meldingen below (MIDDEN, 2023/2024).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { MaakLeerlingDocument, RegistreerMeldingDocument, type NieuweLeerlingInput, type VerzuimInput } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';
import { schermafdrukMap, startBrowser } from './browser';

jest.setTimeout(180_000);

const G1 = '4401';
const G2 = '4402';
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: G1, naam: 'Leerplicht 4401' });
const lpa2 = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: G2 });
const rmc = nieuweSleutel({ rol: 'RMC', regio: 'Test-Jaarcijfers', gemeenten: [G1, G2] });
const school = nieuweSleutel({ rol: 'SCHOOL', brin: '44AA' });

let client: Client;
let browser: Browser;
let stopBrowser: () => Promise<void>;
let origin: string;

/** 4 hours ongeoorloofd on 8–11 January 2024: 16 uur within 4 lesweken (art 21a) */
const ZESTIEN: VerzuimInput[] = ['08', '09', '10', '11'].map((d) => ({ datum: `2024-01-${d}`, uren: 4, reden: 'ONGEOORLOOFD' }));

/** Enrolled without a break since the leerplicht began (so no absoluut verzuim, no thuiszitter in any year). */
const PO = (brin: string, vanaf: string, tot?: string) => ({ brin, onderwijs: 'PO' as const, vanaf, tot });
const VMBO = (brin: string) => [PO('44PO', '2016-07-01', '2023-07-31'), { brin, onderwijs: 'VMBO' as const, vanaf: '2023-08-01' }];

async function melding(gemeente: string, sleutel: string, geboortedatum: string, inschrijvingen: NonNullable<NieuweLeerlingInput['feiten']>['inschrijvingen'], verzuim: VerzuimInput[], soort: 'ZESTIEN_UUR' | 'LUXE_VERZUIM', einddatum: string): Promise<string> {
  const feiten: NieuweLeerlingInput['feiten'] = { inschrijvingen, verzuim };
  const l = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum, gemeente, vakantieregio: 'MIDDEN', feiten } }, sleutel);
  if (l.errors) throw new Error(JSON.stringify(l.errors));
  const m = await client.vraag(RegistreerMeldingDocument, { leerlingId: l.data!.maakLeerling.id, soort, einddatum, peildatum: '2024-03-15' }, sleutel);
  if (m.errors) throw new Error(JSON.stringify(m.errors));
  return m.data!.registreerMelding.id;
}

/** The leerplichtambtenaar's maatregelen on a melding (the afhandeling opened first). */
async function maatregelen(meldingId: string, sleutel: string, geopendOp: string, lijst: { soort: string; datum: string }[]) {
  const auth = { authorization: `Bearer ${sleutel}` };
  const open = await client.ruw({ query: 'mutation($m: ID!, $d: LocalDate!) { openAfhandeling(meldingId: $m, geopendOp: $d) { id } }', variables: { m: meldingId, d: geopendOp } }, auth);
  if (open.errors) throw new Error(JSON.stringify(open.errors));
  for (const maatregel of lijst) {
    const r = await client.ruw({ query: 'mutation($m: ID!, $x: MaatregelInput!) { voegMaatregelToe(meldingId: $m, maatregel: $x) { maatregel { id } } }', variables: { m: meldingId, x: maatregel } }, auth);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
}

beforeAll(async () => {
  client = await startClient({ sleutels: [lpa.regel, lpa2.regel, rmc.regel, school.regel] });
  origin = new URL(client.server.url).origin;
  ({ browser, stop: stopBrowser } = await startBrowser());
  // gemeente 4401: two vmbo leerlingen at school 44AA (16 uur; luxe verzuim), one po leerling at 44BB (16 uur);
  // maatregelen: a preventief gesprek on each 16-uur melding, and a waarschuwing on the first
  const m1 = await melding(G1, lpa.sleutel, '2011-06-01', VMBO('44AA'), ZESTIEN, 'ZESTIEN_UUR', '2024-01-11');
  await melding(G1, lpa.sleutel, '2011-06-01', VMBO('44AA'), [{ datum: '2024-03-04', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }], 'LUXE_VERZUIM', '2024-03-04');
  const m3 = await melding(G1, lpa.sleutel, '2015-06-01', [PO('44BB', '2020-07-01')], ZESTIEN, 'ZESTIEN_UUR', '2024-01-11');
  await maatregelen(m1, lpa.sleutel, '2024-01-15', [{ soort: 'PREVENTIEF_GESPREK', datum: '2024-01-22' }, { soort: 'WAARSCHUWING', datum: '2024-02-05' }]);
  await maatregelen(m3, lpa.sleutel, '2024-01-15', [{ soort: 'PREVENTIEF_GESPREK', datum: '2024-01-23' }]);
  // gemeente 4402: one vmbo leerling (16 uur)
  await melding(G2, lpa2.sleutel, '2011-06-01', VMBO('44CC'), ZESTIEN, 'ZESTIEN_UUR', '2024-01-11');
}, 120_000);
afterAll(async () => {
  await stopBrowser?.();
  await client?.stop();
});

interface Sessie { page: Page; context: BrowserContext; problemen: string[] }
const sessies: Sessie[] = [];

async function open(verwacht: RegExp[] = []): Promise<Sessie> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
  const page = await context.newPage();
  const problemen: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    // the key never appears in an address the page asks for
    if ([lpa, lpa2, rmc, school].some((k) => url.includes(k.sleutel))) problemen.push(`key in a URL: ${url}`);
    if (new URL(url).origin === origin) return route.continue();
    problemen.push(`request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  // a CSP violation (an inline style or script Chart.js would need) shows as a console error
  // (the browser also logs each refused request: a 401 or 403 the test asks for is not a problem)
  page.on('console', (m) => { if (m.type() === 'error' && !verwacht.some((v) => v.test(m.text()))) problemen.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problemen.push(`page error: ${e.message}`));
  const sessie = { page, context, problemen };
  sessies.push(sessie);
  const antwoord = await page.goto(`${origin}/jaarcijfers`);
  expect(antwoord?.status()).toBe(200);
  expect(antwoord?.headers()['content-security-policy']).toContain("script-src 'self'");
  await page.getByRole('heading', { level: 1, name: 'Jaarcijfers leerplicht' }).waitFor();
  return sessie;
}

afterEach(async () => {
  for (const s of sessies.splice(0)) {
    await s.context.close();
    expect(s.problemen).toEqual([]);
  }
});

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
async function toegankelijk(page: Page) {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE);
  const uitslag = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  const ernstig = uitslag.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(ernstig).toEqual([]);
}

async function meldAan(page: Page, sleutel: string) {
  await page.getByLabel('API-sleutel').fill(sleutel);
  await page.getByRole('button', { name: 'Verder' }).click();
}

async function toon(page: Page, schooljaar: string, gemeente?: string) {
  await page.getByLabel('Schooljaar', { exact: true }).selectOption(schooljaar);
  if (gemeente !== undefined) await page.getByLabel('Gemeente', { exact: true }).selectOption(gemeente);
  await page.getByRole('button', { name: 'Toon cijfers' }).click();
  await page.locator('#uitslag:not([aria-busy]) #uitslag-titel').waitFor();
  expect(await page.locator('#uitslag').textContent()).toContain(`schooljaar ${schooljaar}`);
}

/** The table's body as rows of cell texts (row header first). */
const rijen = (page: Page, id: string) => page.locator(`#${id} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
const rij = async (page: Page, id: string, kop: string) => (await rijen(page, id)).find((r) => r[0] === kop);

/** Pixels of the canvas that are drawn (not transparent), or of one colour (a bar's fill, drawn
 * only by bars with a value): a blank canvas has none. Evaluated as text: no DOM types here. */
const pixels = (page: Page, id: string, rgb?: [number, number, number]) => page.evaluate(`(() => {
  const c = document.getElementById(${JSON.stringify(id)});
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  const k = ${JSON.stringify(rgb ?? null)};
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (k ? d[i] === k[0] && d[i + 1] === k[1] && d[i + 2] === k[2] && d[i + 3] === 255 : d[i + 3] !== 0) n++;
  return n;
})()`) as Promise<number>;
const getekend = (page: Page, id: string) => pixels(page, id);
const kleurPixels = (page: Page, id: string, rgb: [number, number, number]) => pixels(page, id, rgb);
const opgeslagen = (page: Page) => page.evaluate('sessionStorage.length') as Promise<number>;

describe('/jaarcijfers', () => {
  it('asks for the key and says 401 in Dutch; a SCHOOL key is turned away', async () => {
    const { page } = await open([/status of 401 \(Unauthorized\)/]);
    await expect(page.getByLabel('API-sleutel').getAttribute('type')).resolves.toBe('password');
    await toegankelijk(page);
    await meldAan(page, 'lp_verkeerde-sleutel');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('onbekend of ingetrokken (401)');
    expect(await opgeslagen(page)).toBe(0); // a refused key is not kept
    await meldAan(page, school.sleutel);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('rol LEERPLICHTAMBTENAAR of RMC');
    expect(page.url()).toBe(`${origin}/jaarcijfers`);
  });

  it('shows the gemeente\'s tables and drawn charts, downloads the CSV, prints without controls, passes axe', async () => {
    const { page } = await open();
    await meldAan(page, lpa.sleutel);
    await toon(page, '2023/2024');
    await expect(page.locator('#uitslag-titel').textContent()).resolves.toBe('Cijfers van gemeente 4401, schooljaar 2023/2024');
    // 3 meldingen over 3 leerlingen: 2 × 16 uur (a vmbo and a po leerling), 1 × luxe verzuim (vmbo)
    expect(await rij(page, 'tabel-kern', 'Meldingen')).toEqual(['Meldingen', '3']);
    expect(await rij(page, 'tabel-kern', 'Leerlingen met een melding')).toEqual(['Leerlingen met een melding', '3']);
    expect(await rij(page, 'tabel-meldingen', '16 uur in 4 weken (art 21a)')).toEqual(['16 uur in 4 weken (art 21a)', '2']);
    expect(await rij(page, 'tabel-meldingen', 'Luxe verzuim (art 13a)')).toEqual(['Luxe verzuim (art 13a)', '1']);
    const kop = await page.locator('#tabel-onderwijssoort thead th').allTextContents();
    const vmbo = (await rij(page, 'tabel-onderwijssoort', 'VMBO'))!;
    expect(vmbo[kop.indexOf('16 uur in 4 weken (art 21a)')]).toBe('1');
    expect(vmbo[kop.indexOf('Luxe verzuim (art 13a)')]).toBe('1');
    expect(vmbo[kop.indexOf('Totaal')]).toBe('2');
    expect((await rij(page, 'tabel-onderwijssoort', 'PO'))![kop.indexOf('Totaal')]).toBe('1');
    expect((await rijen(page, 'tabel-scholen')).map((r) => r.slice(0, 1).concat(r.slice(3)))).toEqual(expect.arrayContaining([['44AA', '1', '1'], ['44BB', '1', '1']]));
    expect(await rij(page, 'tabel-maatregelen', 'Preventief gesprek')).toEqual(['Preventief gesprek', '2']);
    expect(await rij(page, 'tabel-maatregelen', 'Waarschuwing')).toEqual(['Waarschuwing', '1']);
    // enrolled without a break: no thuiszitter, no absoluut verzuim
    expect(await rij(page, 'tabel-kern', 'Thuiszitters')).toEqual(['Thuiszitters', '0']);
    expect(await rij(page, 'tabel-kern', 'Leerlingen in absoluut verzuim')).toEqual(['Leerlingen in absoluut verzuim', '0']);
    // the trend: five schooljaren up to the chosen one, oldest first; the meldingen only in 2023/2024.
    // 2019/2020 lies before the school holidays the rules know (rules/kalender: from 2020/2021): named, left out
    expect((await rijen(page, 'tabel-trend')).map((r) => [r[0], r[1]])).toEqual([['2020/2021', '0'], ['2021/2022', '0'], ['2022/2023', '0'], ['2023/2024', '3']]);
    expect((await rijen(page, 'tabel-trend')).map((r) => r[3])).toEqual(['0', '0', '0', '0']); // thuiszitters
    await expect(page.locator('#trend-zonder').textContent()).resolves.toContain('2019/2020');
    // every table has a caption and column headers
    for (const t of await page.locator('table').all()) {
      await expect(t.locator('caption').count()).resolves.toBe(1);
      await expect(t.locator('thead th[scope="col"]').count()).resolves.toBeGreaterThan(0);
    }
    // the charts are drawn (under the CSP), with bars in the first dataset colour (#01689b)
    for (const id of ['grafiek-meldingen', 'grafiek-maatregelen', 'grafiek-trend']) expect(await getekend(page, id)).toBeGreaterThan(500);
    expect(await kleurPixels(page, 'grafiek-meldingen', [0x01, 0x68, 0x9b])).toBeGreaterThan(100);
    expect(await kleurPixels(page, 'grafiek-maatregelen', [0x39, 0x87, 0x0c])).toBeGreaterThan(100); // #39870c bars
    await expect(page.locator('#grafiek-meldingen').getAttribute('aria-label')).resolves.toContain('tabel');
    await toegankelijk(page);
    await page.screenshot({ path: path.join(schermafdrukMap(), 'jaarcijfers-gemeente.png'), fullPage: true });

    // CSV: the file is exportJaarcijfers' answer (with a BOM for spreadsheets)
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV downloaden' }).click()]);
    expect(download.suggestedFilename()).toBe('jaarcijfers-4401-2023-2024.csv');
    const inhoud = fs.readFileSync((await download.path())!, 'utf8');
    const api = await client.ruw({ query: 'query($g: String, $j: String!) { exportJaarcijfers(gemeente: $g, schooljaar: $j) }', variables: { g: G1, j: '2023/2024' } }, { authorization: `Bearer ${lpa.sleutel}` });
    expect(inhoud).toBe(`\uFEFF${(api.data as { exportJaarcijfers: string }).exportJaarcijfers}`);
    const regels = inhoud.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(regels[0]).toBe('schooljaar;gebied;sectie;kenmerk1;kenmerk2;kenmerk3;aantal');
    expect(regels.some((r) => /^2023\/2024;[^;]*4401[^;]*;meldingen;ZESTIEN_UUR;;;2$/.test(r))).toBe(true);

    // print: no controls, the tables and charts stay
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#keuze').isVisible()).resolves.toBe(false);
    await expect(page.locator('.kop').isVisible()).resolves.toBe(false);
    await expect(page.locator('#tabel-meldingen').isVisible()).resolves.toBe(true);
    await expect(page.locator('#grafiek-trend').isVisible()).resolves.toBe(true);
    await page.waitForTimeout(200); // Chart.js redraws on the resize
    expect(await getekend(page, 'grafiek-trend')).toBeGreaterThan(500);
    await page.screenshot({ path: path.join(schermafdrukMap(), 'jaarcijfers-afdruk.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // the key stays in this tab's sessionStorage (no second prompt after a reload)
    expect(await opgeslagen(page)).toBe(1);
    await page.reload();
    await page.getByLabel('Schooljaar', { exact: true }).waitFor(); // no second prompt
    await page.getByRole('button', { name: 'Andere sleutel' }).click();
    await page.getByLabel('API-sleutel').waitFor();
    expect(await opgeslagen(page)).toBe(0);
  });

  it('an RMC key chooses a gemeente or the whole regio', async () => {
    const { page } = await open();
    await meldAan(page, rmc.sleutel);
    await expect(page.getByLabel('Gemeente', { exact: true }).locator('option').allTextContents()).resolves.toEqual(['Hele regio Test-Jaarcijfers', 'Gemeente 4401', 'Gemeente 4402']);
    await toon(page, '2023/2024', '');
    await expect(page.locator('#uitslag-titel').textContent()).resolves.toBe('Cijfers van regio Test-Jaarcijfers, schooljaar 2023/2024');
    expect(await rij(page, 'tabel-kern', 'Meldingen')).toEqual(['Meldingen', '4']); // 3 in 4401 + 1 in 4402
    await toon(page, '2023/2024', G2);
    await page.locator('#uitslag-titel').filter({ hasText: 'gemeente 4402' }).waitFor();
    expect(await rij(page, 'tabel-kern', 'Meldingen')).toEqual(['Meldingen', '1']);
    expect(await getekend(page, 'grafiek-meldingen')).toBeGreaterThan(500);
    await expect(page.locator('#grafiek-maatregelen').count()).resolves.toBe(0); // no maatregelen: no empty chart
    await expect(page.locator('#maatregelen-geen').textContent()).resolves.toBe('Geen maatregelen in dit schooljaar.');
    await toegankelijk(page);
  });

  it('says 403 in Dutch when the server refuses the figures', async () => {
    const { page } = await open([/status of 403 \(Forbidden\)/]);
    await meldAan(page, lpa.sleutel);
    await page.getByLabel('Schooljaar', { exact: true }).waitFor();
    await page.route(`${origin}/graphql`, (route) => route.fulfill({
      status: 403, contentType: 'application/json',
      body: JSON.stringify({ errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }], data: null }),
    }));
    await page.getByRole('button', { name: 'Toon cijfers' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('mag deze cijfers niet zien (403)');
    await toegankelijk(page);
  });
});
