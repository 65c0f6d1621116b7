// importeerVerzuimbestand, POST /import/verzuim and `npm run import:verzuim` against the real server:
// the fixture files of each profile stored as hand-computed records, days without lessons kept out
// as warnings with their dates, a bad line refusing the file by line and column, idempotency by
// key and file, and ownership (a leerling out of reach answered exactly like one that does not exist).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImporteerVerzuimbestandDocument, ImportprofielenDocument, LeerlingDocument, MaakLeerlingDocument } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { main as cli } from '../../src/cli/import-verzuim';

jest.setTimeout(120_000);
const BESTANDEN = path.join(__dirname, 'bestanden');
const vo = nieuweSleutel({ rol: 'SCHOOL', brin: '41AA', naam: 'VO 41AA' });
const po = nieuweSleutel({ rol: 'SCHOOL', brin: '41BB', naam: 'PO 41BB' });
const ander = nieuweSleutel({ rol: 'SCHOOL', brin: '41CC', naam: 'School 41CC' });
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4101', naam: 'Leerplicht 4101' });
const lpa2 = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4102' });

let client: Client;
const ids: Record<string, string> = {};

async function leerling(sleutel: string, brin: string, nummer: string, o: { gemeente?: string; regio?: 'NOORD' | 'MIDDEN'; po?: boolean } = {}) {
  const r = await client.vraag(MaakLeerlingDocument, { leerling: {
    geboortedatum: o.po ? '2016-05-01' : '2011-09-01', gemeente: o.gemeente ?? '4101', vakantieregio: o.regio ?? 'MIDDEN',
    feiten: { inschrijvingen: [{ brin, onderwijs: o.po ? 'PO' : 'VMBO', vanaf: '2023-08-21', leerlingnummer: nummer }] },
  } }, sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  ids[nummer] = r.data!.maakLeerling.id;
}

beforeAll(async () => {
  client = await startClient({ sleutels: [vo.regel, po.regel, ander.regel, lpa.regel, lpa2.regel] });
  for (const n of ['10231', '10232', '10233']) await leerling(vo.sleutel, '41AA', n);
  await leerling(po.sleutel, '41BB', '501', { po: true });
  await leerling(po.sleutel, '41BB', '502', { po: true });
  await leerling(po.sleutel, '41BB', '503', { po: true, regio: 'NOORD' });
  await leerling(ander.sleutel, '41CC', '10299', { gemeente: '4102' });
});
afterAll(async () => { await client.stop(); });

const bestand = (naam: string) => fs.readFileSync(path.join(BESTANDEN, naam));
const verzuimVan = async (nummer: string, sleutel: string) => (await client.vraag(LeerlingDocument, { id: ids[nummer] }, sleutel)).data!.leerling.verzuim
  .map((v) => ({ datum: v.datum, uren: Math.round(v.uren * 1e6) / 1e6, reden: v.reden })).sort((a, b) => a.datum.localeCompare(b.datum));
const rijen = async () => Number((await client.server.context.orm!.em.fork().getConnection().execute<{ n: string }[]>('select count(*) as n from verzuimregistratie where leerling_id = any(?::uuid[])', [`{${Object.values(ids).join(',')}}`]))[0].n);
const uur = (minuten: number) => Math.round((minuten / 60) * 1e6) / 1e6;

describe('importprofielen', () => {
  it('lists the shipped profiles with their codes', async () => {
    const r = await client.vraag(ImportprofielenDocument, {});
    const namen = r.data!.importprofielen.map((p) => p.naam).sort();
    expect(namen).toEqual(['generiek', 'generiek-json', 'po-dagdelen-voorbeeld', 'vo-lesuren-voorbeeld']);
    const p = r.data!.importprofielen.find((x) => x.naam === 'po-dagdelen-voorbeeld')!;
    expect(p.codes).toContainEqual({ code: 'TE LAAT', reden: 'TE_LAAT', minuten: 10 });
    expect(p.bron).toBe('rules/importprofielen/po-dagdelen-voorbeeld.json');
  });
});

describe('importeerVerzuimbestand', () => {
  it('vo-lesuren-voorbeeld (Windows-1252 bytes as base64): lesuren summed per day and reason, the feestdag kept out', async () => {
    const variabelen = { profiel: 'vo-lesuren-voorbeeld', bestand: bestand('vo-lesuren-voorbeeld.csv').toString('base64'), codering: 'BASE64' as const, sleutel: 'vo-januari' };
    const r = await client.vraag(ImporteerVerzuimbestandDocument, variabelen, vo.sleutel);
    expect(r.errors).toBeUndefined();
    const u = r.data!.importeerVerzuimbestand;
    // 9 lines: one EXC (no absence), one on Tweede Paasdag; the other 7 are 5 (leerling, day, reason) records
    expect(u).toMatchObject({ profiel: 'vo-lesuren-voorbeeld', regels: 9, aantal: 5, geenVerzuim: 1, overgeslagen: 1, nieuw: true });
    expect(u.uren).toBeCloseTo((100 + 10 + 100 + 50 + 7.5) / 60, 5);
    expect(u.waarschuwingen).toEqual([{ regel: 9, leerlingnummer: '10233', datum: '2025-04-21', code: 'FEESTDAG', tekst: expect.stringMatching(/Tweede Paasdag/) }]);
    expect(await verzuimVan('10231', vo.sleutel)).toEqual([
      { datum: '2025-01-13', uren: uur(100), reden: 'ONGEOORLOOFD' }, { datum: '2025-01-14', uren: uur(10), reden: 'TE_LAAT' },
    ]);
    expect(await verzuimVan('10233', vo.sleutel)).toEqual([{ datum: '2025-01-17', uren: uur(7.5), reden: 'TE_LAAT' }]);

    // the same key and file again: the first answer, nothing written
    const voor = await rijen();
    const nogmaals = await client.vraag(ImporteerVerzuimbestandDocument, variabelen, vo.sleutel);
    expect(nogmaals.data!.importeerVerzuimbestand).toEqual({ ...u, nieuw: false });
    expect(await rijen()).toBe(voor);
    // the same key with another file is refused, even one of the same lines with other bytes (here: UTF-8, not Windows-1252)
    const ander = await client.vraag(ImporteerVerzuimbestandDocument, { ...variabelen, bestand: bestand('vo-lesuren-voorbeeld.csv').toString('latin1').replace(/\r\n/g, '\n'), codering: 'TEKST' }, vo.sleutel);
    expect(ander.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', veld: 'idempotentieSleutel' } });
    expect(ander.errors![0].message).toMatch(/^idempotentieSleutel: was already used for a different import \(5 records on /);
    expect(await rijen()).toBe(voor);
  });

  it('po-dagdelen-voorbeeld: dagdelen in lesrooster hours; weekend, vakantie of the leerling\'s own regio and woensdagmiddag kept out with their dates', async () => {
    const r = await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'po-dagdelen-voorbeeld', bestand: bestand('po-dagdelen-voorbeeld.csv').toString('utf8'), sleutel: 'po-februari' }, po.sleutel);
    expect(r.errors).toBeUndefined();
    const u = r.data!.importeerVerzuimbestand;
    // 9 records (the first spans lines 2–3)
    expect(u).toMatchObject({ regels: 9, aantal: 4, geenVerzuim: 1, overgeslagen: 3 });
    expect(u.uren).toBeCloseTo(3.5 + 2 + 3.75 + 10 / 60 + 3.5, 5);
    expect(u.waarschuwingen.map(({ tekst: _t, ...w }) => w)).toEqual([
      { regel: 6, leerlingnummer: '502', datum: '2025-02-05', code: 'GEEN_LESTIJD' },
      // voorjaarsvakantie 2025: regio noord 15–23 February, midden 22 February – 2 March (503 lives in NOORD, 501 in MIDDEN)
      { regel: 8, leerlingnummer: '503', datum: '2025-02-17', code: 'SCHOOLVAKANTIE' },
      { regel: 10, leerlingnummer: '503', datum: '2025-02-08', code: 'WEEKEND' },
    ]);
    expect(await verzuimVan('501', po.sleutel)).toEqual([{ datum: '2025-02-03', uren: 5.5, reden: 'ZIEKTE' }, { datum: '2025-02-17', uren: 3.5, reden: 'ZIEKTE' }]);
    expect(await verzuimVan('502', po.sleutel)).toEqual([{ datum: '2025-02-05', uren: 3.75, reden: 'ONGEOORLOOFD' }, { datum: '2025-02-06', uren: uur(10), reden: 'TE_LAAT' }]);
    expect(await verzuimVan('503', po.sleutel)).toEqual([]);
  });

  it('an unknown code or a bad date refuses the whole file with its line and column; nothing is written', async () => {
    const voor = await rijen();
    const tekst = 'leerlingnummer,datum,minuten,code\n10231,2025-03-03,50,ZIEKTE\n10232,2025-03-03,50,ZK\n';
    const r = await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'generiek', bestand: tekst, sleutel: 'fout-1' }, vo.sleutel);
    expect(r.errors![0]).toMatchObject({ message: expect.stringMatching(/^bestand: regel 3, kolom code: unknown code "ZK" \(profiel generiek knows /), extensions: { code: 'BAD_USER_INPUT', veld: 'bestand', plek: 'regel 3', kolom: 'code' } });
    const d = await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'generiek', bestand: tekst.replace('ZK', 'ZIEKTE').replace('10232,2025-03-03', '10232,2025-02-29'), sleutel: 'fout-2' }, vo.sleutel);
    expect(d.errors![0]).toMatchObject({ message: 'bestand: regel 3, kolom datum: "2025-02-29" is not a date in the format yyyy-MM-dd', extensions: { code: 'BAD_USER_INPUT' } });
    // a check of the store (before the geboortedatum) is named by its line too
    const g = await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'generiek', bestand: tekst.replace('ZK', 'ZIEKTE').replace('10232,2025-03-03', '10232,2011-03-03'), sleutel: 'fout-3' }, vo.sleutel);
    expect(g.errors![0]).toMatchObject({ message: 'bestand: regel 3, kolom datum: 2011-03-03 lies before geboortedatum 2011-09-01', extensions: { code: 'BAD_USER_INPUT' } });
    const p = await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'magister', bestand: tekst, sleutel: 'fout-4' }, vo.sleutel);
    expect(p.errors![0].message).toBe('profiel: unknown profile "magister" (known: generiek, generiek-json, po-dagdelen-voorbeeld, vo-lesuren-voorbeeld)');
    expect(await rijen()).toBe(voor);
  });

  it('ownership: another school\'s leerling is refused exactly like a leerlingnummer that does not exist', async () => {
    const regel = (nummer: string) => `leerlingnummer,datum,minuten,code\n${nummer},2025-03-04,50,ZIEKTE\n`;
    const vraag = (sleutel: string, nummer: string, brin?: string) => client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'generiek', bestand: regel(nummer), sleutel: `eigen-${nummer}-${brin}`, brin }, sleutel);
    // school 41AA: 10299 is a number of 41CC, not of 41AA; 77777 is nobody's
    const vreemd = await vraag(vo.sleutel, '10299');
    const niemand = await vraag(vo.sleutel, '77777');
    expect(vreemd.errors![0]).toMatchObject({ message: 'bestand: regel 2, kolom leerlingnummer: leerlingnummer 10299 at BRIN 41AA does not exist or is not accessible with this key', extensions: { code: 'FORBIDDEN' } });
    expect(niemand.errors![0].message).toBe(vreemd.errors![0].message.replace('10299', '77777'));
    // another school's BRIN is not this key's to use
    const brin = await vraag(vo.sleutel, '10299', '41CC');
    expect(brin.errors![0]).toMatchObject({ message: 'brin: BRIN 41CC is not covered by this key (BRIN 41AA)', extensions: { code: 'BAD_USER_INPUT' } });
    // a leerplichtambtenaar of 4101 names the BRIN; the leerling of 41CC lives in 4102: out of reach, like nobody
    const lp = await vraag(lpa.sleutel, '10299', '41CC');
    const lpNiemand = await vraag(lpa.sleutel, '77777', '41CC');
    expect(lp.errors![0]).toMatchObject({ message: 'bestand: regel 2, kolom leerlingnummer: leerlingnummer 10299 at BRIN 41CC does not exist or is not accessible with this key', extensions: { code: 'FORBIDDEN' } });
    expect(lpNiemand.errors![0].message).toBe(lp.errors![0].message.replace('10299', '77777'));
    // its own gemeente's leerling it may import for, and only with a BRIN
    expect((await vraag(lpa2.sleutel, '10299', '41CC')).data!.importeerVerzuimbestand).toMatchObject({ aantal: 1 });
    expect((await vraag(lpa.sleutel, '10231')).errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', veld: 'brin' } });
    // no key, or a key that only reads
    expect((await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'generiek', bestand: regel('10231'), sleutel: 'x' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a large file runs on a worker thread and is stored all at once', async () => {
    // 400 lines over the 40 weekdays of 12 May – 4 July 2025 (MIDDEN: before its zomervakantie of 19 July): 2 leerlingen × 40 days × 5 lesuren of 10 minutes
    const dagen: string[] = [];
    for (let d = new Date(Date.UTC(2025, 4, 12)); dagen.length < 40; d = new Date(d.getTime() + 864e5)) {
      const w = d.getUTCDay();
      if (w >= 1 && w <= 5) dagen.push(d.toISOString().slice(0, 10));
    }
    const regels = ['leerlingnummer,datum,minuten,code'];
    for (const n of ['10231', '10232']) for (const d of dagen) for (let i = 0; i < 5; i++) regels.push(`${n},${d},10,ONGEOORLOOFD`);
    // the pool starts its threads on the first heavy request (werkersVooraf is off in tests): none ran before this one
    const draden = async () => Number(/^leerplicht_worker_threads\{state="threads"\} (\d+)$/m.exec(await (await fetch(client.server.url.replace('/graphql', '/metrics'))).text())![1]);
    expect(await draden()).toBe(0);
    const r = await client.vraag(ImporteerVerzuimbestandDocument, { profiel: 'generiek', bestand: regels.join('\n'), sleutel: 'groot' }, vo.sleutel);
    expect(r.errors).toBeUndefined();
    expect(await draden()).toBeGreaterThan(0);
    // Hemelvaartsdag (29 May) and Pinkstermaandag (9 June) lie in these weeks: 2 days × 2 leerlingen × 5 lines kept out
    expect(r.data!.importeerVerzuimbestand).toMatchObject({ regels: 400, overgeslagen: 20, aantal: 2 * 38 });
    expect(new Set(r.data!.importeerVerzuimbestand.waarschuwingen.map((w) => w.datum))).toEqual(new Set(['2025-05-29', '2025-06-09']));
  });
});

describe('POST /import/verzuim', () => {
  const post = (query: string, body: Buffer | string, headers: Record<string, string>) => fetch(client.server.url.replace('/graphql', `/import/verzuim${query}`), { method: 'POST', body, headers });

  it('takes the file itself (text/csv bytes in the profile\'s character set, or JSON) with an Idempotency-Key', async () => {
    const h = { authorization: `Bearer ${vo.sleutel}`, 'content-type': 'text/csv', 'idempotency-key': 'http-generiek' };
    const res = await post('?profiel=generiek', bestand('generiek.csv'), h);
    expect(res.status).toBe(200);
    const u = (await res.json()) as Record<string, unknown>;
    expect(u).toMatchObject({ profiel: 'generiek', regels: 3, aantal: 3, uren: 2 + 5 + 0.25, nieuw: true, waarschuwingen: [] });
    const nog = await post('?profiel=generiek', bestand('generiek.csv'), h);
    expect(await nog.json()).toEqual({ ...u, nieuw: false });
    // JSON: record 3 is on a Saturday
    const js = await post('?profiel=generiek-json', bestand('generiek.json'), { ...h, 'content-type': 'application/json', 'idempotency-key': 'http-json' });
    expect(js.status).toBe(200);
    expect(await js.json()).toMatchObject({ regels: 3, aantal: 2, overgeslagen: 1, waarschuwingen: [{ regel: 3, leerlingnummer: '10233', datum: '2025-03-22', code: 'WEEKEND' }] });
  });

  it('answers what is wrong with the request, with the status that says so', async () => {
    const h = { authorization: `Bearer ${vo.sleutel}`, 'content-type': 'text/csv', 'idempotency-key': 'http-fout' };
    const fout = async (res: Response) => ({ status: res.status, fout: ((await res.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0] });
    expect(await fout(await post('?profiel=generiek', 'leerlingnummer,datum,minuten,code\n10231,2025-03-05,50,XX\n', h)))
      .toMatchObject({ status: 400, fout: { message: expect.stringMatching(/^bestand: regel 2, kolom code: unknown code "XX"/), extensions: { code: 'BAD_USER_INPUT' } } });
    expect(await fout(await post('?profiel=generiek', 'x', { ...h, 'idempotency-key': '' }))).toMatchObject({ status: 400, fout: { extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/^Idempotency-Key: required header/) } });
    expect(await fout(await post('', 'x', h))).toMatchObject({ status: 400, fout: { message: expect.stringMatching(/^profiel: required/) } });
    expect(await fout(await post('?profiel=generiek&peildatum=x', 'x', h))).toMatchObject({ status: 400, fout: { message: 'peildatum: unknown parameter; use profiel, brin' } });
    expect(await fout(await post('?profiel=generiek', 'x', { ...h, 'content-type': 'application/x-www-form-urlencoded' }))).toMatchObject({ status: 415 });
    expect(await fout(await post('?profiel=generiek', 'x', { ...h, authorization: 'Bearer lpk_onbekend' }))).toMatchObject({ status: 401 });
    const { authorization: _a, ...zonder } = h;
    expect(await fout(await post('?profiel=generiek', 'leerlingnummer,datum,minuten,code\n', zonder))).toMatchObject({ status: 401, fout: { extensions: { code: 'UNAUTHENTICATED' } } });
    expect(await fout(await post('?profiel=generiek&brin=41CC', 'leerlingnummer,datum,minuten,code\n', h))).toMatchObject({ status: 400 });
    // the body limit of /graphql (LEERPLICHT_MAX_BODY_MB, 20 MB by default): 413, the rest not read
    expect(await fout(await post('?profiel=generiek', Buffer.alloc(client.server.instellingen.maxBodyBytes + 1, 'a'), h))).toMatchObject({ status: 413, fout: { extensions: { code: 'PAYLOAD_TOO_LARGE' } } });
  });
});

describe('npm run import:verzuim', () => {
  it('uploads a file to the server; the same command again writes nothing; a bad line exits 1 naming it', async () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
    const pad = path.join(map, 'maart.csv');
    fs.writeFileSync(pad, 'leerlingnummer,datum,minuten,code\n10232,2025-03-24,100,ONGEOORLOOFD\n10232,2025-03-29,50,ONGEOORLOOFD\n');
    const basis = client.server.url.replace('/graphql', '');
    const draai = async (args: string[]) => {
      let uit = '';
      let fout = '';
      const code = await cli(args, (t) => { uit += t; }, (t) => { fout += t; });
      return { code, uit, fout };
    };
    const eerst = await draai(['--url', basis, '--sleutel', vo.sleutel, '--profiel', 'generiek', '--bestand', pad]);
    expect(eerst).toMatchObject({ code: 0, fout: '' });
    expect(eerst.uit).toMatch(/^imported: 1 verzuim records from 2 lines \(0 no absence, 1 on days without lessons\)/);
    expect(eerst.uit).toMatch(/\n {2}regel 3 \(2025-03-29\): /);
    const weer = await draai(['--url', basis, '--sleutel', vo.sleutel, '--profiel', 'generiek', '--bestand', pad]);
    expect(weer.uit).toMatch(/^already imported \(nothing written\): 1 verzuim records/);
    expect(await verzuimVan('10232', vo.sleutel)).toContainEqual({ datum: '2025-03-24', uren: uur(100), reden: 'ONGEOORLOOFD' });
    fs.writeFileSync(pad, 'leerlingnummer,datum,minuten,code\n10232,2025-03-25,1O0,ONGEOORLOOFD\n');
    const slecht = await draai(['--url', basis, '--sleutel', vo.sleutel, '--profiel', 'generiek', '--bestand', pad]);
    expect(slecht).toMatchObject({ code: 1, fout: 'BAD_USER_INPUT: bestand: regel 2, kolom minuten: "1O0" is not a number of minuten (decimal point: 1.5)\n' });
    expect((await draai(['--profiel', 'generiek'])).code).toBe(2);
    // the npm script itself: the same file, run as `npm run import:verzuim` runs it
    // (asynchronous: the server it talks to runs in this process)
    const { execFile } = await import('node:child_process');
    const p = await new Promise<{ code: number | null; stderr: string }>((ok) => {
      const c = execFile(process.execPath, ['-r', './src/bulk/swc-register.cjs', 'src/cli/import-verzuim.ts', '--url', basis, '--profiel', 'generiek', '--bestand', pad, '--json'],
        { cwd: path.join(__dirname, '..', '..'), env: { ...process.env, LEERPLICHT_API_KEY: vo.sleutel } }, (_e, _out, stderr) => ok({ code: c.exitCode, stderr }));
    });
    expect(p).toMatchObject({ code: 1, stderr: expect.stringMatching(/^BAD_USER_INPUT: bestand: regel 2, kolom minuten: /) });
  });
});
