// Access: API keys and roles. One school can neither read nor change another school's leerling,
// and cannot tell whether such a leerling exists; PUBLIC reaches only the stateless queries.
import { logger as standaardLogger, maakLogger } from '../../src/server/log';
import {
  BeoordelingDocument, ImporteerVerzuimDocument, JaarcijfersDocument, LeerlingBsnDocument, LeerlingDocument, LeerlingenDocument, MaakLeerlingDocument,
  RegelsDocument, ToegangDocument, VerwijderLeerlingDocument, VoegFeitenToeDocument, WijzigLeerlingDocument, type NieuweLeerlingInput,
} from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(2);
jest.setTimeout(60_000); // several requests per test; the suite shares 2 cores
let client: Client;
let vanA: string; // enrolled at school A, gemeente A
let vanB: string; // enrolled at school B, gemeente B
beforeAll(async () => {
  client = await startClient({ sleutels: s.regels });
  const maak = async (leerling: NieuweLeerlingInput, sleutel: string) => {
    const r = await client.vraag(MaakLeerlingDocument, { leerling }, sleutel);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.maakLeerling.id;
  };
  vanA = await maak({ geboortedatum: '2013-01-01', gemeente: s.gemeenteA, bsn: '111222333', feiten: { inschrijvingen: [{ brin: s.brinA, onderwijs: 'PO', vanaf: '2017-08-21' }] } }, s.schoolA);
  vanB = await maak({ geboortedatum: '2013-02-01', gemeente: s.gemeenteB, feiten: { inschrijvingen: [{ brin: s.brinB, onderwijs: 'PO', vanaf: '2017-08-21' }] } }, s.schoolB);
});
afterAll(async () => { await client.stop(); });

const NIET_BESTAAND = '5d0c3f5e-8a43-4c52-9a3c-1b2f0c9e7a10';
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('API keys', () => {
  it('no key is PUBLIC; a key says who it is; an unknown key is 401 UNAUTHENTICATED', async () => {
    expect((await client.vraag(ToegangDocument, {})).data!.toegang).toEqual({ rol: 'PUBLIC', brin: null, gemeente: null, naam: 'PUBLIC' });
    expect((await client.vraag(ToegangDocument, {}, s.schoolA)).data!.toegang).toEqual({ rol: 'SCHOOL', brin: s.brinA, gemeente: null, naam: `School ${s.brinA}` });
    const x = await client.ruw({ query: '{ toegang { rol } }' }, { 'x-api-key': s.lpaA });
    expect(x.data).toEqual({ toegang: { rol: 'LEERPLICHTAMBTENAAR' } });
    const onbekend = await client.vraag(ToegangDocument, {}, 'lpk_nietbestaand');
    expect(onbekend.status).toBe(401);
    expect(onbekend.errors).toEqual([{ message: 'unknown API key', extensions: { code: 'UNAUTHENTICATED' } }]);
    const vorm = await client.ruw({ query: '{ toegang { rol } }' }, { authorization: 'Basic abc' });
    expect(vorm.status).toBe(401);
  });

  it('PUBLIC keeps the stateless queries and cannot reach stored data', async () => {
    const b = await client.vraag(BeoordelingDocument, { situatie: { geboortedatum: '2015-01-01' }, peildatum: '2024-01-01' });
    expect(b.errors).toBeUndefined();
    expect((await client.vraag(RegelsDocument, {}, s.publiek)).errors).toBeUndefined();
    for (const sleutel of [undefined, s.publiek]) {
      expect(codes(await client.vraag(LeerlingDocument, { id: vanA }, sleutel))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await client.vraag(LeerlingenDocument, {}, sleutel))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2013-01-01', gemeente: s.gemeenteA } }, sleutel))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await client.vraag(ImporteerVerzuimDocument, { records: [], idempotentieSleutel: 'x' }, sleutel))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await client.vraag(JaarcijfersDocument, { gemeente: s.gemeenteA, schooljaar: '2023/2024' }, sleutel))).toEqual(['UNAUTHENTICATED']);
    }
  });
});

describe('SCHOOL', () => {
  it('reads its own leerling, not another school\'s, with the same answer as for an id that does not exist', async () => {
    expect((await client.vraag(LeerlingDocument, { id: vanA }, s.schoolA)).data!.leerling.id).toBe(vanA);
    const ander = await client.vraag(LeerlingDocument, { id: vanB }, s.schoolA);
    const geen = await client.vraag(LeerlingDocument, { id: NIET_BESTAAND }, s.schoolA);
    expect(codes(ander)).toEqual(['FORBIDDEN']);
    // no existence leak: identical apart from the id itself
    expect(ander.errors![0].message.replace(vanB, 'ID')).toBe(geen.errors![0].message.replace(NIET_BESTAAND, 'ID'));
    expect(codes(geen)).toEqual(['FORBIDDEN']);
    expect(ander.data).toBeNull();
    expect((await client.vraag(LeerlingenDocument, {}, s.schoolA)).data!.leerlingen.map((l) => l.id)).toEqual([vanA]);
    expect((await client.vraag(LeerlingenDocument, { brin: s.brinB }, s.schoolA)).data!.leerlingen).toEqual([]);
  });

  it('cannot change another school\'s leerling, nor enrol its own elsewhere', async () => {
    expect(codes(await client.vraag(WijzigLeerlingDocument, { id: vanB, wijziging: { geboortedatum: '2013-03-01' } }, s.schoolA))).toEqual(['FORBIDDEN']);
    expect(codes(await client.vraag(VoegFeitenToeDocument, { leerlingId: vanB, feiten: { verzuim: [{ datum: '2024-01-08', uren: 3, reden: 'ONGEOORLOOFD' }] } }, s.schoolA))).toEqual(['FORBIDDEN']);
    const imp = await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: vanA, datum: '2024-01-08', uren: 1, reden: 'ZIEKTE' }, { leerlingId: vanB, datum: '2024-01-08', uren: 1, reden: 'ZIEKTE' }], idempotentieSleutel: 'a-probeert-b' }, s.schoolA);
    expect(codes(imp)).toEqual(['FORBIDDEN']);
    expect(imp.errors![0].message).toBe(`records[1].leerlingId: leerling ${vanB} does not exist or is not accessible with this key`);
    const elders = await client.vraag(VoegFeitenToeDocument, { leerlingId: vanA, feiten: { inschrijvingen: [{ brin: s.brinB, onderwijs: 'PO', vanaf: '2020-01-01' }] } }, s.schoolA);
    expect(elders.errors![0]).toMatchObject({ message: `feiten.inschrijvingen[0].brin: a SCHOOL key may only record inschrijvingen at its own BRIN ${s.brinA}`, extensions: { code: 'FORBIDDEN' } });
    expect(codes(await client.vraag(VerwijderLeerlingDocument, { id: vanA }, s.schoolA))).toEqual(['FORBIDDEN']);
    // B's leerling is untouched, A's got nothing from the rejected import
    const b = await client.vraag(LeerlingDocument, { id: vanB }, s.schoolB);
    expect(b.data!.leerling).toMatchObject({ geboortedatum: '2013-02-01', verzuim: [] });
    expect((await client.vraag(LeerlingDocument, { id: vanA }, s.schoolA)).data!.leerling.verzuim).toEqual([]);
  });

  it('does not see the BSN (FORBIDDEN on the field), only that there is one', async () => {
    const r = await client.vraag(LeerlingBsnDocument, { id: vanA }, s.schoolA);
    expect(r.data).toEqual({ leerling: { id: vanA, heeftBsn: true, bsn: null } });
    expect(r.errors![0]).toMatchObject({ path: ['leerling', 'bsn'], extensions: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(r)).not.toContain('111222333');
    const zonder = await client.ruw({ query: `{ leerling(id: "${vanA}") { heeftBsn } }` }, { authorization: `Bearer ${s.schoolA}` });
    expect(zonder.data).toEqual({ leerling: { heeftBsn: true } });
  });
});

describe('LEERPLICHTAMBTENAAR', () => {
  it('sees only leerlingen of its gemeente, and may read the BSN', async () => {
    expect((await client.vraag(LeerlingBsnDocument, { id: vanA }, s.lpaA)).data!.leerling).toEqual({ id: vanA, heeftBsn: true, bsn: '111222333' });
    expect(codes(await client.vraag(LeerlingDocument, { id: vanB }, s.lpaA))).toEqual(['FORBIDDEN']);
    expect((await client.vraag(LeerlingenDocument, {}, s.lpaA)).data!.leerlingen.map((l) => l.id)).toEqual([vanA]);
    expect((await client.vraag(LeerlingenDocument, {}, s.lpaB)).data!.leerlingen.map((l) => l.id)).toEqual([vanB]);
    expect(codes(await client.vraag(JaarcijfersDocument, { gemeente: s.gemeenteB, schooljaar: '2023/2024' }, s.lpaA))).toEqual(['FORBIDDEN']);
    expect(codes(await client.vraag(JaarcijfersDocument, { gemeente: s.gemeenteA, schooljaar: '2023/2024' }, s.schoolA))).toEqual(['FORBIDDEN']);
  });

  it('cannot move a leerling out of its gemeente, nor store one of another gemeente', async () => {
    // a new woongemeente is a dated verhuizing (verhuisLeerling), never an overwrite through wijzigLeerling
    const weg = await client.vraag(WijzigLeerlingDocument, { id: vanA, wijziging: { gemeente: s.gemeenteB } }, s.lpaA);
    expect(codes(weg)).toEqual(['BAD_USER_INPUT']);
    expect((await client.vraag(LeerlingDocument, { id: vanA }, s.lpaA)).data!.leerling.gemeente).toBe(s.gemeenteA);
    const ander = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2013-01-01', gemeente: s.gemeenteB } }, s.lpaA);
    expect(ander.errors![0]).toMatchObject({ message: `leerling.gemeente: a LEERPLICHTAMBTENAAR key may only store leerlingen of its own gemeente ${s.gemeenteA}`, extensions: { code: 'FORBIDDEN' } });
  });
});

describe('BSN', () => {
  it('a SCHOOL may not set it (identity is the leerplichtambtenaar\'s); a LEERPLICHTAMBTENAAR sets and reads it', async () => {
    const school = await client.vraag(WijzigLeerlingDocument, { id: vanA, wijziging: { bsn: '123456782' } }, s.schoolA);
    expect(codes(school)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(school)).not.toContain('123456782');
    const w = await client.vraag(WijzigLeerlingDocument, { id: vanA, wijziging: { bsn: '123456782' } }, s.lpaA);
    expect(w.errors).toBeUndefined();
    expect(JSON.stringify(w)).not.toContain('123456782');
    expect((await client.vraag(LeerlingBsnDocument, { id: vanA }, s.lpaA)).data!.leerling.bsn).toBe('123456782');
    await client.vraag(WijzigLeerlingDocument, { id: vanA, wijziging: { bsn: null } }, s.lpaA);
    expect((await client.vraag(LeerlingBsnDocument, { id: vanA }, s.lpaA)).data!.leerling).toMatchObject({ bsn: null, heeftBsn: false });
    await client.vraag(WijzigLeerlingDocument, { id: vanA, wijziging: { bsn: '111222333' } }, s.lpaA);
  });

  it('is never logged, even when a database error quotes it', async () => {
    const db = client.server.context.orm!.em.fork().getConnection();
    const log: string[] = [];
    const vangst = maakLogger({ bestemming: { write: (r: string) => void log.push(r) }, niveau: 'info' });
    // internal errors are logged by formatFout on the default logger
    const spion = jest.spyOn(standaardLogger, 'error').mockImplementation(((...a: unknown[]) => (vangst.error as (...x: unknown[]) => void)(...a)) as never);
    await db.execute(`create or replace function weiger_bsn() returns trigger language plpgsql as $$ begin raise exception 'geweigerd: %', new.bsn; end $$`);
    await db.execute(`create trigger weiger_bsn before insert on leerling for each row when (new.bsn = '123456782') execute function weiger_bsn()`);
    try {
      const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2013-01-01', gemeente: s.gemeenteA, bsn: '123456782' } }, s.lpaA);
      expect(r.errors![0]).toEqual({ message: 'internal error', path: ['maakLeerling'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    } finally {
      await db.execute('drop trigger weiger_bsn on leerling');
      spion.mockRestore();
    }
    // a database error is logged by name and code only: never its message, SQL, values or detail
    expect(log.some((r) => JSON.parse(r).err?.code === 'P0001')).toBe(true);
    expect(log.join('\n')).not.toContain('123456782');
    expect(log.join('\n')).not.toContain('geweigerd');
  });
});
