// The Leerplichtcheck page end to end: the real server serves web/dist at /leerplichtcheck/ and
// answers its GraphQL; headless Debian Chromium clicks (and tabs) through every flow. Expected
// dates come from the law (art 3, 4a, 13a, 14 Lpw) and rules/kalender/schoolvakanties.json.
// Every request to another origin is blocked and fails the test, as does any console error.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startClient, type Client } from '../api/client';
import { schermafdrukMap, startBrowser } from './browser';

jest.setTimeout(120_000);

let client: Client;
let browser: Browser;
let stopBrowser: () => Promise<void>;
let origin: string;

beforeAll(async () => {
  client = await startClient();
  origin = new URL(client.server.url).origin;
  ({ browser, stop: stopBrowser } = await startBrowser());
});
afterAll(async () => {
  await stopBrowser?.();
  await client?.stop();
});

interface Sessie { page: Page; context: BrowserContext; problemen: string[] }
const sessies: Sessie[] = [];

async function open(o: { breed?: boolean } = {}): Promise<Sessie> {
  const context = await browser.newContext({
    viewport: o.breed ? { width: 1280, height: 900 } : { width: 390, height: 844 }, // mobile first
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  const problemen: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problemen.push(`request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (m) => { if (m.type() === 'error') problemen.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problemen.push(`page error: ${e.message}`));
  const sessie = { page, context, problemen };
  sessies.push(sessie);
  const antwoord = await page.goto(`${origin}/leerplichtcheck/`);
  expect(antwoord?.status()).toBe(200);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return sessie;
}

afterEach(async () => {
  for (const s of sessies.splice(0)) {
    await s.context.close();
    expect(s.problemen).toEqual([]);
  }
});

async function schermafdruk(page: Page, naam: string) {
  await page.screenshot({ path: path.join(schermafdrukMap(), `leerplichtcheck-${naam}.png`), fullPage: true });
}

// The page runs under the server's CSP (script-src 'self'), which rightly refuses an injected
// <script> (page.addScriptTag): axe is evaluated through the DevTools protocol instead.
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page as it is: no violation of impact serious or critical. */
async function toegankelijk(page: Page) {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE);
  const uitslag = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  const ernstig = uitslag.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(ernstig).toEqual([]);
}

const actiefId = (page: Page) => page.evaluate('document.activeElement && document.activeElement.id') as Promise<string | null>;

/** Tab (forwards only) until the element with this id has the focus. */
async function tabNaar(page: Page, id: string) {
  for (let i = 0; i < 40; i++) {
    if ((await actiefId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

async function antwoordTekst(page: Page): Promise<string> {
  const regio = page.locator('#antwoord');
  await regio.locator('#kern, #api-fout').first().waitFor();
  return (await regio.innerText()).replace(/\s+/g, ' ');
}

/** The value shown for a label in the answer's list of facts. */
const gegeven = (page: Page, term: string) => page.locator('#antwoord dl dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').innerText();

async function vulLeerplicht(page: Page, geboren: string, regio: 'Noord' | 'Midden' | 'Zuid', peildatum: string) {
  await page.getByLabel('Geboortedatum').fill(geboren);
  await page.getByLabel(regio, { exact: true }).check();
  await page.getByLabel('Op welke datum?').fill(peildatum);
}

describe('Leerplichtcheck page', () => {
  it('is served by the API server, in Dutch, with today (Europe/Amsterdam) as peildatum and no axe violations', async () => {
    const { page } = await open();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expect(page.title()).resolves.toBe('Leerplichtcheck');
    const vandaag = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date()).replace(/\//g, '-');
    expect(await page.getByLabel('Op welke datum?').inputValue()).toBe(vandaag);
    // every input has a label; the answer region announces itself
    expect(await page.locator('#antwoord').getAttribute('aria-live')).toBe('polite');
    // mobile first: nothing sticks out sideways at 390 px
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await toegankelijk(page);
    await schermafdruk(page, 'start');
  });

  it('leerplicht, keyboard only: born 2020-07-20 in regio midden starts on the first schooldag after the summer, 1 September 2025', async () => {
    const { page } = await open();
    // art 3 lid 1: 5 on 2025-07-20, so the first schooldag of August 2025 or later; midden's
    // zomervakantie 2025 runs 2025-07-19 t/m 2025-08-31, so Monday 2025-09-01. Leerplicht ends on
    // 31 July of the schooljaar of the 16th birthday (2036-07-20): 2036-07-31; kwalificatieplicht
    // (art 4a) then runs until the day before the 18th birthday: 2038-07-19.
    await page.keyboard.press('Tab');
    await tabNaar(page, 'geboortedatum');
    // the focus is visible: a solid outline on the focused field
    expect(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle')).toBe('solid');
    await page.keyboard.type('20-07-2020');
    await page.keyboard.press('Tab'); // into the regio group: the first radio (Noord), none chosen yet
    expect(await actiefId(page)).toBe('regio-noord');
    await page.keyboard.press('ArrowDown'); // arrows move and choose: Midden
    expect(await page.getByLabel('Midden', { exact: true }).isChecked()).toBe(true);
    await tabNaar(page, 'peildatum');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('01-10-2025');
    await page.keyboard.press('Enter'); // submits the form
    const tekst = await antwoordTekst(page);
    expect(tekst).toContain('Ja, uw kind is op 1 oktober 2025 leerplichtig.');
    expect(await gegeven(page, 'Leerplichtig')).toBe('van 1 september 2025 tot en met 31 juli 2036');
    expect(await gegeven(page, 'Kwalificatieplichtig')).toBe('van 1 augustus 2036 tot en met 19 juli 2038');
    expect(await gegeven(page, 'Leeftijd op die datum')).toBe('5 jaar');
    // the answer heading takes the focus, so a keyboard user lands on the answer
    expect(await actiefId(page)).toBe('antwoord-titel');
    // a timeline, each period with its explanation and the article on wetten.overheid.nl
    const perioden = page.locator('#tijdlijn > li');
    expect(await perioden.count()).toBeGreaterThanOrEqual(3);
    await expect(perioden.first().innerText()).resolves.toMatch(/^nog niet leerplichtig tot en met|^nog niet leerplichtig van/);
    await expect(page.locator('#tijdlijn > li', { hasText: /^leerplichtig van 1 september 2025 tot en met 31 juli 2036/ }).count()).resolves.toBe(1);
    const links = await page.locator('#antwoord a').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l).toMatch(/^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR0002628/);
    expect(tekst).not.toMatch(/\b(LEERPLICHTIG|KWALIFICATIEPLICHTIG|NOG_NIET_LEERPLICHTIG)\b/);
    await toegankelijk(page);
    await schermafdruk(page, 'leerplicht-toetsenbord');
  });

  it('switches to English: lang attribute, every label, and the answer asked again with taal EN', async () => {
    const { page } = await open({ breed: true });
    await vulLeerplicht(page, '20-07-2020', 'Midden', '01-10-2025');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await antwoordTekst(page);
    const uitlegNl = await page.locator('#antwoord .uitleg li > p:first-child').allInnerTexts();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.waitForFunction('document.documentElement.lang === "en"');
    await page.locator('#antwoord #kern', { hasText: 'Yes' }).waitFor();
    await expect(page.title()).resolves.toBe('Compulsory education check');
    expect(await page.getByLabel('Date of birth').inputValue()).toBe('20-07-2020');
    expect(await page.getByLabel('Middle', { exact: true }).isChecked()).toBe(true);
    const tekst = await antwoordTekst(page);
    expect(tekst).toContain('Yes, on 1 October 2025 your child is of compulsory school age (leerplichtig).');
    expect(await gegeven(page, 'Compulsory school age')).toBe('from 1 September 2025 up to and including 31 July 2036');
    // the explanations now come from the API in English
    const uitlegEn = await page.locator('#antwoord .uitleg li > p:first-child').allInnerTexts();
    expect(uitlegEn.length).toBeGreaterThan(0);
    expect(uitlegEn.some((u) => uitlegNl.includes(u))).toBe(false);
    await toegankelijk(page);
    await schermafdruk(page, 'english');
    // the leave questions in English too (art 13a: five schooldagen in June 2026, region midden)
    await page.getByLabel('A holiday outside the school holidays (holiday leave, article 13a)').check();
    await page.getByLabel('First day of the leave').fill('08-06-2026');
    await page.getByLabel('Last day of the leave').fill('12-06-2026');
    await page.getByLabel('Date of the request').fill('01-03-2026');
    await page.getByLabel("Because of a parent's job the family cannot go on holiday in any school holiday").check();
    await page.getByRole('button', { name: 'Show the answer' }).click();
    await page.locator('#antwoord #kern', { hasText: 'Yes, this leave can be granted.' }).waitFor();
    expect(await gegeven(page, 'Who decides')).toBe('the head of the school');
    expect(await gegeven(page, 'At most')).toBe('10 school days');
    expect(await page.locator('#inleveren').innerText()).toContain('A statement from your employer');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
    await page.waitForFunction('document.documentElement.lang === "nl"');
    await page.locator('#antwoord #kern', { hasText: 'Ja' }).waitFor();
  });

  it('an impossible date and a missing region: errors in a summary, linked to their fields; nothing is asked', async () => {
    const { page } = await open();
    let vragen = 0;
    page.on('request', (r) => { if (r.url().endsWith('/graphql')) vragen++; });
    await page.getByLabel('Geboortedatum').fill('30-02-2020'); // 30 February does not exist
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    const overzicht = page.locator('#foutoverzicht');
    await overzicht.waitFor();
    expect(await actiefId(page)).toBe('foutoverzicht');
    const meldingen = await overzicht.locator('li').allInnerTexts();
    expect(meldingen).toEqual([
      'Geboortedatum: dit is geen bestaande datum. Schrijf dag-maand-jaar, bijvoorbeeld 20-07-2020.',
      'Kies een vakantieregio van de school.',
    ]);
    const veld = page.getByLabel('Geboortedatum');
    expect(await veld.getAttribute('aria-invalid')).toBe('true');
    expect((await veld.getAttribute('aria-describedby'))!.split(' ')).toEqual(['geboortedatum-hint', 'geboortedatum-fout']);
    expect(await page.locator('#geboortedatum-fout').innerText()).toBe(meldingen[0]);
    expect(await page.getByRole('group', { name: 'Vakantieregio van de school' }).getAttribute('aria-describedby')).toBe('regio-hint regio-fout');
    await toegankelijk(page);
    await schermafdruk(page, 'validatie');
    // the summary's link takes the keyboard user to the field
    await overzicht.getByRole('link', { name: /^Geboortedatum/ }).click();
    expect(await actiefId(page)).toBe('geboortedatum');
    expect(vragen).toBe(0);
    // corrected, the errors go and the question is answered
    await veld.fill('29-02-2020');
    await page.getByLabel('Zuid', { exact: true }).check();
    await page.getByLabel('Op welke datum?').fill('01-10-2025');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    // 5 on 2025-03-01 (29 February, feb29Verjaardag default 1 March): the first schooldag of April
    // 2025, Tuesday 1 April (no holiday in zuid)
    expect(await antwoordTekst(page)).toContain('Ja, uw kind is op 1 oktober 2025 leerplichtig.');
    expect(await gegeven(page, 'Leerplichtig')).toMatch(/^van 1 april 2025 tot en met /);
    expect(await overzicht.isHidden()).toBe(true);
    expect(await veld.getAttribute('aria-invalid')).toBeNull();
  });

  it('an answer the API refuses (peildatum before the birth) is shown as an error, not as an answer', async () => {
    const { page } = await open();
    await vulLeerplicht(page, '03-05-2014', 'Noord', '01-01-2014');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('#api-fout').waitFor();
    expect(await page.locator('#api-fout').innerText()).toMatch(/^De vraag kon niet worden beantwoord: .*peildatum/);
    expect(await page.locator('#kern').count()).toBe(0);
  });

  it('gemeente → regio: Gelderland is not one region, so the page asks for the gemeente (Apeldoorn: midden)', async () => {
    const { page } = await open();
    await page.getByLabel('Geboortedatum').fill('03-05-2014');
    await page.getByLabel('Weet ik niet: bepaal het aan de hand van provincie en gemeente').check();
    const advies = page.locator('#regio-advies');
    await page.getByLabel('Provincie van de school').selectOption('Zeeland');
    expect(await advies.innerText()).toBe('Heel Zeeland valt in regio Zuid.');
    expect(await page.getByLabel('Gemeente van de school').isHidden()).toBe(true);
    await page.getByLabel('Provincie van de school').selectOption('Gelderland');
    expect(await advies.innerText()).toBe('In Gelderland hangt de regio af van de gemeente. Vul de gemeente van de school in.');
    const gemeente = page.getByLabel('Gemeente van de school');
    expect(await gemeente.isVisible()).toBe(true);
    // without the gemeente the question cannot be answered
    await page.getByLabel('Op welke datum?').fill('01-10-2025');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    expect(await page.locator('#foutoverzicht li').allInnerTexts()).toEqual(['Vul de gemeente van de school in.']);
    await gemeente.fill('Apeldoorn');
    expect(await advies.innerText()).toContain('Apeldoorn valt in regio Midden.');
    await gemeente.fill('Montferland');
    expect((await advies.innerText()).replace(/\s+/g, ' ')).toContain('Montferland valt in regio Midden. Let op: Didam valt in regio Zuid.');
    await gemeente.fill('Apeldoorn');
    await toegankelijk(page);
    await schermafdruk(page, 'gemeente-regio');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    // 16 on 2030-05-03, in schooljaar 2029/2030: leerplichtig until 2030-07-31 (art 3 lid 1 b);
    // then kwalificatieplichtig until the day before the 18th birthday, 2032-05-02 (art 4a).
    const tekst = await antwoordTekst(page);
    expect(tekst).toContain('Ja, uw kind is op 1 oktober 2025 leerplichtig.');
    expect(await gegeven(page, 'Leerplichtig')).toMatch(/ tot en met 31 juli 2030$/);
    expect(await gegeven(page, 'Kwalificatieplichtig')).toBe('van 1 augustus 2030 tot en met 2 mei 2032');
    expect(await gegeven(page, 'Leeftijd op die datum')).toBe('11 jaar');
    // Utrecht: Eemnes is noord, the rest of the provincie midden
    await page.getByLabel('Provincie van de school').selectOption('Utrecht');
    await gemeente.fill('Eemnes');
    expect(await advies.innerText()).toContain('Eemnes valt in regio Noord.');
    await gemeente.fill('Houten');
    expect(await advies.innerText()).toContain('Houten valt in regio Midden, zoals de rest van Utrecht.');
  });

  it('no region: the start date per region and "Wat we hebben aangenomen"; a school history given is no longer assumed', async () => {
    const { page } = await open();
    // born 2020-07-20, 5 on 2025-07-20: the first schooldag from 1 August 2025 is the Monday after
    // the zomervakantie of the school's region (2024/2025: noord t/m 24 August, midden t/m 31
    // August, zuid t/m 17 August), so 25 August, 1 September or 18 August 2025 — never 1 August
    await page.getByLabel('Geboortedatum').fill('20-07-2020');
    await page.getByLabel('Weet ik niet: reken zonder regio').check();
    await page.getByLabel('Op welke datum?').fill('01-10-2025');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    expect(await antwoordTekst(page)).toContain('Ja, uw kind is op 1 oktober 2025 leerplichtig.');
    const periode = await gegeven(page, 'Leerplichtig');
    for (const d of ['25 augustus 2025 (regio Noord)', '1 september 2025 (regio Midden)', '18 augustus 2025 (regio Zuid)']) expect(periode).toContain(d);
    expect(periode).toMatch(/dat hangt af van de vakantieregio; tot en met 31 juli 2036$/);
    expect(periode).not.toContain('1 augustus 2025');
    const aannames = page.locator('#aannames');
    await expect(aannames.getByRole('heading', { name: 'Wat we hebben aangenomen' }).count()).resolves.toBe(1);
    const zonderSchool = await aannames.locator('li').allInnerTexts();
    expect(zonderSchool.some((a) => /vakantieregio/.test(a))).toBe(true);
    await toegankelijk(page);
    await schermafdruk(page, 'aannames');
    // an inschrijving added and removed with the keyboard, then a real one: basisonderwijs from
    // 1 September 2025
    await page.getByRole('button', { name: 'Inschrijving toevoegen' }).focus();
    await page.keyboard.press('Enter');
    expect(await actiefId(page)).toBe('inschrijving-1-soort');
    await page.getByRole('button', { name: 'Inschrijving 1 verwijderen' }).focus();
    await page.keyboard.press('Enter');
    expect(await actiefId(page)).toBe('inschrijving-toevoegen');
    expect(await page.getByLabel('Soort onderwijs').count()).toBe(0);
    await page.getByRole('button', { name: 'Inschrijving toevoegen' }).click();
    await page.getByLabel('Soort onderwijs').selectOption('PO');
    await page.getByLabel('Vanaf').fill('01-09-2025');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('#antwoord #kern').waitFor();
    expect(await antwoordTekst(page)).toContain('Ja, uw kind is op 1 oktober 2025 leerplichtig.');
    const metSchool = await aannames.locator('li').allInnerTexts();
    expect(metSchool.length).toBeLessThan(zonderSchool.length);
  });

  it('vakantieverlof (art 13a): the directeur may grant up to 10 days, never in the first two lesweken', async () => {
    const { page } = await open();
    await page.getByLabel('Vakantie buiten de schoolvakanties (vakantieverlof, artikel 13a)').check();
    expect(await page.getByLabel('Op welke datum?').isHidden()).toBe(true);
    await page.getByLabel('Geboortedatum').fill('10-03-2015');
    await page.getByLabel('Midden', { exact: true }).check();
    // Mon 8 – Fri 12 June 2026: five schooldagen, no holiday in midden
    await page.getByLabel('Eerste dag van het verlof').fill('08-06-2026');
    await page.getByLabel('Laatste dag van het verlof').fill('12-06-2026');
    await page.getByLabel('Datum van de aanvraag').fill('01-03-2026');
    await page.getByLabel('Door het beroep van een ouder kan het gezin in geen enkele schoolvakantie op vakantie').check();
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    let tekst = await antwoordTekst(page);
    expect(tekst).toContain('Ja, dit verlof kan worden toegestaan.');
    expect(await gegeven(page, 'Wie beslist')).toBe('de directeur van de school');
    expect(await gegeven(page, 'Hoogstens')).toBe('10 schooldagen');
    expect(await page.locator('#inleveren').innerText()).toContain('werkgeversverklaring');
    await toegankelijk(page);
    await schermafdruk(page, 'vakantieverlof');
    // midden's zomervakantie 2026 ends Sunday 2026-08-30: the lesweken of 31 August and 7 September
    // are the first two of schooljaar 2026/2027, where art 13a lid 2 allows no vakantieverlof
    await page.getByLabel('Eerste dag van het verlof').fill('07-09-2026');
    await page.getByLabel('Laatste dag van het verlof').fill('11-09-2026');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('#antwoord #kern', { hasText: 'Nee' }).waitFor();
    tekst = await antwoordTekst(page);
    expect(tekst).toContain('Nee, dit verlof kan zo niet worden toegestaan.');
    expect(tekst).toMatch(/lesweken/);
    expect(await gegeven(page, 'Wie beslist')).toBe('de directeur van de school');
  });

  it('gewichtige omstandigheden (art 14): the directeur up to 10 days; above 10 the leerplichtambtenaar decides', async () => {
    const { page } = await open();
    await page.getByLabel('Verlof om een andere belangrijke reden (gewichtige omstandigheden, artikel 14)').check();
    await page.getByLabel('Geboortedatum').fill('10-03-2015');
    await page.getByLabel('Midden', { exact: true }).check();
    await page.getByLabel('Reden', { exact: true }).selectOption('HUWELIJK');
    // Thu 12 – Fri 13 March 2026: two schooldagen
    await page.getByLabel('Eerste dag van het verlof').fill('12-03-2026');
    await page.getByLabel('Laatste dag van het verlof').fill('13-03-2026');
    await page.getByLabel('Datum van de aanvraag').fill('01-02-2026');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    let tekst = await antwoordTekst(page);
    expect(tekst).toContain('Ja, dit verlof kan worden toegestaan.');
    expect(await gegeven(page, 'Wie beslist')).toBe('de directeur van de school');
    expect(await page.locator('#inleveren').innerText()).toContain('trouwkaart');
    await schermafdruk(page, 'gewichtig-directeur');
    // Mon 2 – Tue 17 March 2026: twelve schooldagen (midden's voorjaarsvakantie was 14–22 February),
    // more than ten: the leerplichtambtenaar of the woongemeente decides (art 14 lid 3)
    await page.getByLabel('Eerste dag van het verlof').fill('02-03-2026');
    await page.getByLabel('Laatste dag van het verlof').fill('17-03-2026');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('#antwoord dd', { hasText: 'leerplichtambtenaar' }).waitFor();
    expect(await gegeven(page, 'Wie beslist')).toBe('de leerplichtambtenaar van de gemeente');
    await toegankelijk(page);
    await schermafdruk(page, 'gewichtig-ambtenaar');
    // not asked beforehand and the reasons given 5 days after the impediment began: too late (lid 2)
    await page.getByLabel('Het verlof wordt vooraf aangevraagd').uncheck();
    await page.getByLabel('Eerste dag van het verlof').fill('12-03-2026');
    await page.getByLabel('Laatste dag van het verlof').fill('13-03-2026');
    await page.getByLabel('Datum van de aanvraag').fill('17-03-2026');
    await page.getByRole('button', { name: 'Bekijk het antwoord' }).click();
    await page.locator('#antwoord #kern', { hasText: 'Nee' }).waitFor();
    tekst = await antwoordTekst(page);
    expect(tekst).toContain('Nee, dit verlof kan zo niet worden toegestaan.');
  });
});
