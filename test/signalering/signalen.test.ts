// The signalering run through the job queue (an in-process worker on the test database) and the
// signalen query: what is stored matches the meldingen the rules give, once, visible per role.
import 'reflect-metadata';
import { startClient, type Client } from '../api/client';
import { maakLogger } from '../../src/server/log';
import { leesInstellingen } from '../../src/server/instellingen';
import { startServer } from '../../src/server/start';
import { Logger as GraphileLogger, makeWorkerUtils } from 'graphile-worker';
import { berekenBatch } from '../../src/signalering/berekening';
import { runStand, startRun, startWerker, type Werker } from '../../src/signalering/werker';
import { LUXE, maakLeerling, SIGNALEN, sleutel, wacht, ZESTIEN, type SignaalRij } from './hulp';

jest.setTimeout(120_000);

const schoolA = sleutel({ rol: 'SCHOOL', brin: '60AA' });
const vestigingA = sleutel({ rol: 'SCHOOL', brin: '60AA01' });
const schoolB = sleutel({ rol: 'SCHOOL', brin: '60BB' });
const lpaA = sleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '6001' });
const lpaB = sleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '6002' });
const rmc = sleutel({ rol: 'RMC', regio: 'Regio 60', gemeenten: ['6001', '6003'] });
const schoolCron = sleutel({ rol: 'SCHOOL', brin: '60FF' });

let client: Client;
let werker: Werker;
const ids: Record<string, string> = {};
let sinds: string;
let runId: string;

const db = () => client.server.context.orm!.em.fork().getConnection();
const vraag = (query: string, variables: Record<string, unknown>, s?: string) => client.ruw({ query, variables }, s ? { authorization: `Bearer ${s}` } : {});
async function signalen(s: string, v: Record<string, unknown> = {}): Promise<SignaalRij[]> {
  const r = await vraag(SIGNALEN, { sinds, ...v }, s);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return (r.data as { signalen: SignaalRij[] }).signalen;
}
async function wachtOpRun(id: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const stand = await runStand((sql, par) => db().execute(sql, par), id);
    if (stand.open === 0) {
      expect(stand.fouten).toEqual([]);
      return;
    }
    await wacht(250);
  }
  throw new Error(`run ${id} not done`);
}
const kern = (s: { leerlingId: string; soort: string; verplicht: boolean; begindatum: string; einddatum: string; uren: number }) =>
  ({ leerlingId: s.leerlingId, soort: s.soort, verplicht: s.verplicht, begindatum: s.begindatum, einddatum: s.einddatum, uren: s.uren });
const sorteer = <T extends { leerlingId: string; einddatum: string; soort: string }>(l: T[]) => [...l].sort((a, b) => `${a.leerlingId}${a.einddatum}${a.soort}`.localeCompare(`${b.leerlingId}${b.einddatum}${b.soort}`));

beforeAll(async () => {
  client = await startClient({ sleutels: [schoolA, vestigingA, schoolB, lpaA, lpaB, rmc, schoolCron].map((k) => k.regel) });
  ids.a1 = await maakLeerling(client, schoolA.sleutel, { gemeente: '6001', brin: '60AA', verzuim: [...ZESTIEN, LUXE] });
  ids.a2 = await maakLeerling(client, schoolA.sleutel, { gemeente: '6001', brin: '60AA01', verzuim: ZESTIEN });
  ids.a3 = await maakLeerling(client, schoolA.sleutel, { gemeente: '6001', brin: '60AA', verzuim: [{ datum: '2024-01-08', uren: 2, reden: 'ONGEOORLOOFD' }] });
  ids.b1 = await maakLeerling(client, schoolB.sleutel, { gemeente: '6002', brin: '60BB', verzuim: ZESTIEN });
  ids.leeg = await maakLeerling(client, schoolB.sleutel, { gemeente: '6002', brin: '60BB', verzuim: [] });
  // lived in 6001 until it moved to 6003 on 1 February 2024: its January melding is 6001's
  ids.verhuisd = await maakLeerling(client, schoolA.sleutel, { gemeente: '6001', brin: '60AA', verzuim: ZESTIEN });
  const v = await vraag('mutation($id: ID!) { verhuisLeerling(leerlingId: $id, gemeente: "6003", datum: "2024-02-01") { id } }', { id: ids.verhuisd }, lpaA.sleutel);
  if (v.errors) throw new Error(JSON.stringify(v.errors));
  const ctx = client.server.context;
  werker = await startWerker({
    databaseUrl: process.env.TEST_DATABASE_URL!, reken: (v) => berekenBatch(ctx.orm!, ctx.regelset, v), logger: maakLogger({ niveau: 'silent' }),
    concurrency: 2, crontab: '', batch: 2, herstelMs: 30_000, testVertragingMs: 0,
  });
  sinds = new Date(Date.now() - 1000).toISOString();
  runId = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: ['6001', '6002', '6003'] });
  await wachtOpRun(runId);
});
afterAll(async () => {
  await werker?.stop();
  await client?.stop();
});

describe('signalering run', () => {
  it('stores, for a gemeente, exactly the meldingen the meldingen query gives on the same peildatum', async () => {
    const m = await vraag('query { meldingen(peildatum: "2024-03-15") { leerlingId soort verplicht begindatum einddatum uren } }', {}, lpaA.sleutel);
    expect(m.errors).toBeUndefined();
    const verwacht = (m.data as { meldingen: SignaalRij[] }).meldingen.map(kern);
    const gevonden = await signalen(lpaA.sleutel);
    expect(sorteer(gevonden.map(kern))).toEqual(sorteer(verwacht));
    // and what the law gives (art. 21a: 16 uur in 4 lesweken; luxe verzuim; less: a non-mandatory OVERIG)
    expect(sorteer(gevonden.filter((s) => s.leerlingId === ids.a1).map(kern))).toEqual(sorteer([
      { leerlingId: ids.a1, soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2024-01-08', einddatum: '2024-01-11', uren: 16 },
      { leerlingId: ids.a1, soort: 'LUXE_VERZUIM', verplicht: true, begindatum: '2024-03-04', einddatum: '2024-03-04', uren: 5 },
    ]));
    expect(gevonden.filter((s) => s.leerlingId === ids.a3).map((s) => [s.soort, s.verplicht])).toEqual([['OVERIG', false]]);
    expect(gevonden.every((s) => s.gemeente === '6001' && s.peildatum === '2024-03-15' && s.runId === runId)).toBe(true);
    expect(gevonden.find((s) => s.leerlingId === ids.a2)!.brin).toBe('60AA01');
    // found in the run of its current gemeente 6003, kept for 6001 where it lived on the einddatum
    expect(gevonden.filter((s) => s.leerlingId === ids.verhuisd).map((s) => [s.soort, s.einddatum, s.gemeente, s.brin])).toEqual([['ZESTIEN_UUR', '2024-01-11', '6001', '60AA']]);
  });

  it('stores nothing twice: a second run over the same data adds no signaal', async () => {
    const tel = async () => (await db().execute<{ n: number }[]>("select count(*)::int as n from signaal where gemeente in ('6001', '6002', '6003')"))[0].n;
    const voor = await tel();
    expect(voor).toBe(6); // a1: 2, a2: 1, a3: 1, b1: 1, verhuisd: 1
    const tweede = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: ['6001', '6002', '6003'] });
    await wachtOpRun(tweede);
    expect(await tel()).toBe(voor);
  });

  it('a scheduled run (graphile-worker cron payload) evaluates on the day of its cron time', async () => {
    const id = await maakLeerling(client, schoolCron.sleutel, { gemeente: '6004', brin: '60FF', verzuim: ZESTIEN });
    const ts = '2024-01-12T02:00:00.000Z';
    const utils = await makeWorkerUtils({ connectionString: process.env.TEST_DATABASE_URL!, logger: new GraphileLogger(() => () => undefined) });
    try {
      await utils.addJob('signalering-run', { _cron: { ts }, gemeenten: ['6004'] }, { jobKey: `signalering:cron-${ts}` });
    } finally {
      await utils.release();
    }
    await wachtOpRun(`cron-${ts}`);
    const rijen = await db().execute<{ leerling_id: string; peildatum: string; run_id: string }[]>("select leerling_id, to_char(peildatum, 'YYYY-MM-DD') as peildatum, run_id from signaal where gemeente = '6004'");
    expect(rijen).toEqual([{ leerling_id: id, peildatum: '2024-01-12', run_id: `cron-${ts}` }]);
  });

  it('startSignalering: a LEERPLICHTAMBTENAAR puts a run for its own gemeente on the queue', async () => {
    const START = 'mutation($p: LocalDate) { startSignalering(peildatum: $p) { runId peildatum gemeenten } }';
    const voor = await signalen(lpaB.sleutel);
    const r = await vraag(START, { p: '2024-03-15' }, lpaB.sleutel);
    expect(r.errors).toBeUndefined();
    const run = (r.data as { startSignalering: { runId: string; peildatum: string; gemeenten: string[] } }).startSignalering;
    expect(run).toEqual({ runId: 'lpa-6002-2024-03-15', peildatum: '2024-03-15', gemeenten: ['6002'] });
    await wachtOpRun(run.runId);
    expect(await signalen(lpaB.sleutel)).toEqual(voor); // nothing new: b1's melding was found by the first run
    expect((await vraag(START, { p: '2099-01-01' }, lpaB.sleutel)).errors![0]).toMatchObject({ message: expect.stringMatching(/^peildatum: 2099-01-01 lies after today/), extensions: { code: 'BAD_USER_INPUT' } });
    expect((await vraag(START, { p: '2024-02-30' }, lpaB.sleutel)).errors![0]).toMatchObject({ message: expect.stringMatching(/^peildatum: /), extensions: { code: 'BAD_USER_INPUT' } });
    for (const s of [schoolA.sleutel, rmc.sleutel]) expect((await vraag(START, {}, s)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await vraag(START, {}, undefined)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a duplicate signaal in the database itself (unique leerling + soort + einddatum)', async () => {
    const rij = (await db().execute<Record<string, unknown>[]>('select * from signaal where leerling_id = ? limit 1', [ids.b1]))[0];
    await expect(db().execute(
      'insert into signaal (leerling_id, soort, begindatum, einddatum, uren, verplicht, brin, gemeente, peildatum, run_id, regelset_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [rij.leerling_id, rij.soort, rij.begindatum, rij.einddatum, 1, false, null, '6002', '2024-03-16', 'ander', 'x'],
    )).rejects.toThrow(/signaal_leerling_id_soort_einddatum_unique/);
  });
});

describe('signalen: who sees what', () => {
  const van = (l: SignaalRij[]) => [...new Set(l.map((s) => s.leerlingId))].sort();

  it('SCHOOL: its BRIN with every vestiging; a vestiging key only its own', async () => {
    expect(van(await signalen(schoolA.sleutel))).toEqual([ids.a1, ids.a2, ids.a3, ids.verhuisd].sort());
    expect(van(await signalen(vestigingA.sleutel))).toEqual([ids.a2]);
    expect(van(await signalen(schoolB.sleutel))).toEqual([ids.b1]);
    expect(van(await signalen(schoolA.sleutel, { brin: '60AA01' }))).toEqual([ids.a2]);
    expect((await vraag(SIGNALEN, { sinds, brin: '60BB' }, schoolA.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await vraag(SIGNALEN, { sinds, brin: '60AA' }, vestigingA.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('LEERPLICHTAMBTENAAR its gemeente, RMC the gemeenten of its regio, PUBLIC nothing', async () => {
    expect(van(await signalen(lpaB.sleutel))).toEqual([ids.b1]);
    expect(van(await signalen(rmc.sleutel))).toEqual([ids.a1, ids.a2, ids.a3, ids.verhuisd].sort());
    expect(van(await signalen(rmc.sleutel, { gemeente: '6001', brin: '60AA01' }))).toEqual([ids.a2]);
    for (const [s, gemeente] of [[lpaA.sleutel, '6002'], [rmc.sleutel, '6002']] as const) {
      const r = await vraag(SIGNALEN, { sinds, gemeente }, s);
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    const publiek = await vraag(SIGNALEN, { sinds }, undefined);
    expect(publiek.data ?? null).toBeNull();
    expect(publiek.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('pages with eerste and na, oldest first, and counts from sinds', async () => {
    const alle = await signalen(schoolA.sleutel);
    const eerste = await signalen(schoolA.sleutel, { eerste: 2 });
    const rest = await signalen(schoolA.sleutel, { eerste: 100, na: eerste[1].id });
    expect([...eerste, ...rest].map((s) => s.id)).toEqual(alle.map((s) => s.id));
    expect(alle.map((s) => s.gevondenOp)).toEqual([...alle.map((s) => s.gevondenOp)].sort());
    expect(await signalen(schoolA.sleutel, { sinds: '2100-01-01' })).toEqual([]);
    expect(van(await signalen(schoolA.sleutel, { sinds: sinds.slice(0, 10) }))).toEqual([ids.a1, ids.a2, ids.a3, ids.verhuisd].sort());
  });

  it('answers bad arguments with BAD_USER_INPUT naming the field', async () => {
    const gevallen: [Record<string, unknown>, string][] = [
      [{ sinds: 'gisteren' }, 'sinds'], [{ sinds: '2024-02-30' }, 'sinds'], [{ sinds: '2024-02-30T00:00:00Z' }, 'sinds'], [{ sinds: '2024-03-01T10:00:00' }, 'sinds'],
      [{ sinds: '2024-03-01', brin: '60aa' }, 'brin'], [{ sinds: '2024-03-01', gemeente: '60011' }, 'gemeente'],
      [{ sinds: '2024-03-01', eerste: 0 }, 'eerste'], [{ sinds: '2024-03-01', na: 'x' }, 'na'],
    ];
    for (const [v, veld] of gevallen) {
      const r = await vraag(SIGNALEN, v, lpaA.sleutel);
      expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      expect(r.errors![0].message.startsWith(`${veld}: `)).toBe(true);
    }
  });
});

describe('SIGNALERING_CRON', () => {
  it('accepts a 5-field schedule and empty (off); a bad one stops the start naming the variable', async () => {
    expect(leesInstellingen({}).signaleringCrontab).toMatch(/^0 2 \* \* \* signalering-run /);
    expect(leesInstellingen({ SIGNALERING_CRON: '' }).signaleringCrontab).toBe('');
    expect(leesInstellingen({ SIGNALERING_CRON: '*/15 6-18 * * 1-5' }).signaleringCrontab).toMatch(/^\*\/15 6-18 \* \* 1-5 /);
    for (const fout of ['61 2 * * *', '0 2 * *', 'elke nacht', '0 2 * * * extra', '0 2 * * *\n* * * * * iets']) {
      expect(() => leesInstellingen({ SIGNALERING_CRON: fout })).toThrow(/^SIGNALERING_CRON=/);
    }
    expect(() => leesInstellingen({ SIGNALERING_CRON: '61 2 * * *' })).toThrow('SIGNALERING_CRON="61 2 * * *": Too large value \'61\' in minutes range: expected values in the range 0-59.');
    const oud = process.env.SIGNALERING_CRON;
    process.env.SIGNALERING_CRON = '0 25 * * *';
    try {
      await expect(startServer({ port: 0, databaseUrl: process.env.TEST_DATABASE_URL })).rejects.toThrow(/^SIGNALERING_CRON="0 25 \* \* \*": /);
    } finally {
      if (oud === undefined) delete process.env.SIGNALERING_CRON; else process.env.SIGNALERING_CRON = oud;
    }
  });
});
