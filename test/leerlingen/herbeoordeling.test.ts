// Reproducible verdicts: every beslissing keeps its input (without BSN) and the rule set's contents
// are kept by hash; herbeoordeel evaluates the snapshot again with the stored and with today's rules.
import { createHash, randomUUID } from 'node:crypto';
import { regelsetHash } from '../../src/engine/bestanden';
import { HerbeoordeelDocument, LegVastVoorHerbeoordelingDocument, MaakLeerlingDocument, RegistreerMeldingDocument, VerwijderLeerlingDocument, type VerzuimInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

jest.setTimeout(60_000);
const schoolA = nieuweSleutel({ rol: 'SCHOOL', brin: '73AA', naam: 'School 73AA' });
const schoolB = nieuweSleutel({ rol: 'SCHOOL', brin: '73BB' });
const lpaA = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7301' });
const lpaB = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7302' });
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [schoolA.regel, schoolB.regel, lpaA.regel, lpaB.regel] }); });
afterAll(async () => { await client.stop(); });
const db = () => client.server.context.orm!.em.getConnection();

const ZESTIEN: VerzuimInput[] = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));

async function leerling(): Promise<string> {
  const r = await client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum: '2011-09-01', gemeente: '7301', vakantieregio: 'MIDDEN', bsn: '111222333', feiten: { inschrijvingen: [{ brin: '73AA', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: ZESTIEN } },
  }, schoolA.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}

async function vastgelegd(leerlingId: string, parameters?: Record<string, unknown>): Promise<string> {
  const r = await client.vraag(LegVastVoorHerbeoordelingDocument, { leerlingId, peildatum: '2024-03-15', parameters }, schoolA.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.legBeoordelingVast.beslissing.id;
}

/** A copy of beslissing `id` (as another verdict) with these columns changed; its new id. */
async function kopie(id: string, kolommen: { regelset_hash?: string; invoer?: null; uitkomst?: unknown }): Promise<string> {
  const nieuw = randomUUID();
  await db().execute(
    `insert into beslissing (id, regelset_hash, engine_versie, peildatum, wetsdatum, vraag, uitkomst, leerling_id, aangemaakt_op, invoer, gemeente)
     select ?, coalesce(?, regelset_hash), engine_versie, peildatum, wetsdatum, vraag, coalesce(?::jsonb, uitkomst), leerling_id, aangemaakt_op, ${'invoer' in kolommen ? 'null' : 'invoer'}, gemeente from beslissing where id = ?`,
    [nieuw, kolommen.regelset_hash ?? null, kolommen.uitkomst === undefined ? null : JSON.stringify(kolommen.uitkomst), id],
  );
  return nieuw;
}

/** A rule set as the server stores it, with one parameter changed: the end age of the leerplicht 16 → 17. Its hash. */
async function gewijzigdeRegelset(): Promise<string> {
  const [rij] = await db().execute<{ inhoud: { pad: string; tekst: string }[]; aantal_regels: number }[]>('select inhoud, aantal_regels from regelset where hash = ?', [client.server.context.regelset.hash]);
  const inhoud = rij.inhoud.map((b) => (b.pad === 'parameters/leerplicht.json' ? { ...b, tekst: b.tekst.replace(/("leerplichtEindLeeftijd"[\s\S]*?"waarde": )16/, '$117') } : b));
  expect(inhoud.find((b) => b.pad === 'parameters/leerplicht.json')!.tekst).toContain('"waarde": 17');
  const bestanden = inhoud.map((b) => ({ pad: b.pad, hash: createHash('sha256').update(b.tekst).digest('hex') }));
  const hash = regelsetHash(bestanden.map((b) => ({ relatief: b.pad, hash: b.hash })));
  await db().execute('insert into regelset (hash, bestanden, aantal_regels, geladen_op, engine_versie, inhoud) values (?, ?, ?, now(), ?, ?) on conflict (hash) do nothing',
    [hash, JSON.stringify(bestanden), rij.aantal_regels, 'test', JSON.stringify(inhoud)]);
  return hash;
}

describe('herbeoordeel', () => {
  it('keeps the input of every beslissing, without BSN, and the contents of the loaded rule set', async () => {
    const id = await vastgelegd(await leerling(), { feb29Verjaardag: 'MAART_1' });
    const [b] = await db().execute<{ invoer: { situatie: Record<string, unknown>; parameters: unknown }; gemeente: string }[]>('select invoer, gemeente from beslissing where id = ?', [id]);
    expect(b.invoer.situatie).toMatchObject({ geboortedatum: '2011-09-01', vakantieregio: 'MIDDEN', verzuim: ZESTIEN });
    expect(b.invoer.parameters).toEqual({ feb29Verjaardag: 'MAART_1' });
    expect(b.gemeente).toBe('7301');
    expect(JSON.stringify(b)).not.toContain('111222333');
    const [r] = await db().execute<{ inhoud: { pad: string; tekst: string }[] }[]>('select inhoud from regelset where hash = ?', [client.server.context.regelset.hash]);
    expect(r.inhoud.map((x) => x.pad)).toEqual(client.server.context.regelset.bestanden.map((x) => x.pad));
    expect(r.inhoud.every((x, i) => createHash('sha256').update(x.tekst).digest('hex') === client.server.context.regelset.bestanden[i].hash)).toBe(true);
  });

  it('with the same rules: gelijk, reproduced, no differences (legBeoordelingVast and registreerMelding)', async () => {
    const l = await leerling();
    const melding = await client.vraag(RegistreerMeldingDocument, { leerlingId: l, soort: 'ZESTIEN_UUR', einddatum: '2024-01-11', peildatum: '2024-03-15' }, schoolA.sleutel);
    expect(melding.errors).toBeUndefined();
    const [m] = await db().execute<{ id: string }[]>(`select id from beslissing where leerling_id = ? and vraag = 'registreerMelding'`, [l]);
    for (const id of [await vastgelegd(l), m.id]) {
      const r = await client.vraag(HerbeoordeelDocument, { beslissingId: id }, schoolA.sleutel);
      expect(r.errors).toBeUndefined();
      const h = r.data!.herbeoordeel;
      expect(h).toMatchObject({ gelijk: true, gereproduceerd: true, verschillen: [], regelsetHashToen: client.server.context.regelset.hash, regelsetHashNu: client.server.context.regelset.hash });
      expect(h.uitkomstNu).toEqual(h.uitkomstToen);
      expect((h.uitkomstToen as { leerplicht: { leerplichtigTot: string } }).leerplicht.leerplichtigTot).toBe('2028-07-31');
    }
  });

  it('with a stored rule set whose contents differ from today\'s: the differences field by field', async () => {
    const id = await vastgelegd(await leerling());
    const hash = await gewijzigdeRegelset();
    // a verdict recorded with the old rule set but (wrongly) today's outcome: not reproduced
    const oud = await kopie(id, { regelset_hash: hash });
    const r = await client.vraag(HerbeoordeelDocument, { beslissingId: oud }, schoolA.sleutel);
    expect(r.errors).toBeUndefined();
    const h = r.data!.herbeoordeel;
    expect(h.regelsetHashToen).toBe(hash);
    expect(h.regelsetHashNu).toBe(client.server.context.regelset.hash);
    expect(h.gelijk).toBe(false);
    expect(h.gereproduceerd).toBe(false);
    expect(h.verschillen).toContainEqual({ veld: 'leerplicht.leerplichtigTot', vastgelegd: '"2028-07-31"', toen: '"2029-07-31"', nu: '"2028-07-31"' });
    // the verdict as the old rule set gave it: reproduced, and today's rules differ on the same fields
    const echt = await kopie(id, { regelset_hash: hash, uitkomst: h.uitkomstToen });
    const h2 = (await client.vraag(HerbeoordeelDocument, { beslissingId: echt }, lpaA.sleutel)).data!.herbeoordeel;
    expect(h2).toMatchObject({ gelijk: false, gereproduceerd: true });
    expect(h2.verschillen.length).toBeGreaterThan(0);
    expect(h2.verschillen.every((v) => v.vastgelegd === v.toen && v.toen !== v.nu)).toBe(true);
    expect(h2.verschillen).toContainEqual({ veld: 'leerplicht.leerplichtigTot', vastgelegd: '"2029-07-31"', toen: '"2029-07-31"', nu: '"2028-07-31"' });
  });

  it('a beslissing without a snapshot, or whose rule set contents were not kept, answers BAD_USER_INPUT', async () => {
    const id = await vastgelegd(await leerling());
    const zonder = await kopie(id, { invoer: null });
    const r = await client.vraag(HerbeoordeelDocument, { beslissingId: zonder }, schoolA.sleutel);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toBe(`beslissingId: beslissing ${zonder} has no input snapshot (recorded before input snapshots were kept, migration 20261202003000); it cannot be evaluated again`);
    const hash = `test-${randomUUID()}`;
    await db().execute(`insert into regelset (hash, bestanden, aantal_regels, geladen_op, engine_versie, inhoud) values (?, '[]', 0, now(), 'test', null)`, [hash]);
    const r2 = await client.vraag(HerbeoordeelDocument, { beslissingId: await kopie(id, { regelset_hash: hash }) }, schoolA.sleutel);
    expect(r2.errors![0]).toMatchObject({ message: expect.stringContaining(`the contents of rule set ${hash} were not kept`), extensions: { code: 'BAD_USER_INPUT' } });
    const r3 = await client.vraag(HerbeoordeelDocument, { beslissingId: await kopie(id, { regelset_hash: 'nergens' }) }, schoolA.sleutel);
    expect(r3.errors![0].message).toBe('beslissingId: the rule set nergens this beslissing was made with is not stored');
  });

  it('is visible as the leerling\'s beslissingen; a removed leerling\'s only to its gemeente\'s leerplichtambtenaar', async () => {
    const l = await leerling();
    const id = await vastgelegd(l);
    const onbekend = randomUUID();
    const bericht = (x: string) => `beslissingId: beslissing ${x} does not exist or is not accessible with this key`;
    for (const sleutel of [schoolA.sleutel, lpaA.sleutel]) expect((await client.vraag(HerbeoordeelDocument, { beslissingId: id }, sleutel)).errors).toBeUndefined();
    for (const sleutel of [schoolB.sleutel, lpaB.sleutel]) {
      const r = await client.vraag(HerbeoordeelDocument, { beslissingId: id }, sleutel);
      expect(r.errors![0]).toMatchObject({ message: bericht(id), extensions: { code: 'FORBIDDEN' } });
      expect((await client.vraag(HerbeoordeelDocument, { beslissingId: onbekend }, sleutel)).errors![0]).toMatchObject({ message: bericht(onbekend), extensions: { code: 'FORBIDDEN' } });
    }
    expect((await client.vraag(HerbeoordeelDocument, { beslissingId: id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await client.vraag(VerwijderLeerlingDocument, { id: l }, lpaA.sleutel)).errors).toBeUndefined();
    const na = await client.vraag(HerbeoordeelDocument, { beslissingId: id }, lpaA.sleutel);
    expect(na.errors).toBeUndefined();
    expect(na.data!.herbeoordeel.gelijk).toBe(true);
    for (const sleutel of [schoolA.sleutel, lpaB.sleutel]) expect((await client.vraag(HerbeoordeelDocument, { beslissingId: id }, sleutel)).errors![0].message).toBe(bericht(id));
  });
});
