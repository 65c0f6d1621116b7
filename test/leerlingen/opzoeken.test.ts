// The identifiers schools and gemeenten use: a leerlingnummer per BRIN (a vestiging numbers on its
// own), looked up by the school; a lookup by BSN for the leerplichtambtenaar, audited without the BSN.
import { LeerlingMetBsnDocument, LeerlingMetNummerDocument, MaakLeerlingDocument, VoegFeitenToeDocument } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

jest.setTimeout(60_000);
const schoolA = nieuweSleutel({ rol: 'SCHOOL', brin: '73AA' });
const schoolB = nieuweSleutel({ rol: 'SCHOOL', brin: '73BB' });
const vestiging = nieuweSleutel({ rol: 'SCHOOL', brin: '73AA01' });
const lpaA = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7301' });
const lpaB = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7302' });
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [schoolA.regel, schoolB.regel, vestiging.regel, lpaA.regel, lpaB.regel] }); });
afterAll(async () => { await client.stop(); });
const db = () => client.server.context.orm!.em.getConnection();
const uniek = () => `N-${Math.random().toString(36).slice(2, 10)}`;

async function leerling(sleutel: string, brin: string, leerlingnummer?: string, bsn?: string) {
  return client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum: '2011-09-01', gemeente: '7301', bsn, feiten: { inschrijvingen: [{ brin, onderwijs: 'VMBO', vanaf: '2023-08-21', leerlingnummer }] } },
  }, sleutel);
}

describe('leerlingnummer', () => {
  it('is stored with the inschrijving and found by the school (own BRIN by default)', async () => {
    const nr = uniek();
    const id = (await leerling(schoolA.sleutel, '73AA', nr)).data!.maakLeerling.id;
    const r = await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr }, schoolA.sleutel);
    expect(r.errors).toBeUndefined();
    expect(r.data!.leerlingMetNummer).toMatchObject({ id, leerlingnummers: [{ brin: '73AA', leerlingnummer: nr }] });
    // the leerplichtambtenaar names the BRIN
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr, brin: '73AA' }, lpaA.sleutel)).data!.leerlingMetNummer.id).toBe(id);
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr }, lpaA.sleutel)).errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is unique per BRIN: the same number at another BRIN (or vestiging) is another leerling; taken at the same BRIN is refused', async () => {
    const nr = uniek();
    const a = (await leerling(schoolA.sleutel, '73AA', nr)).data!.maakLeerling.id;
    const v = (await leerling(vestiging.sleutel, '73AA01', nr)).data!.maakLeerling.id;
    const b = (await leerling(schoolB.sleutel, '73BB', nr)).data!.maakLeerling.id;
    expect(new Set([a, v, b]).size).toBe(3);
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr }, vestiging.sleutel)).data!.leerlingMetNummer.id).toBe(v);
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr }, schoolB.sleutel)).data!.leerlingMetNummer.id).toBe(b);
    // the 73AA key covers its vestiging 73AA01
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr, brin: '73AA01' }, schoolA.sleutel)).data!.leerlingMetNummer.id).toBe(v);
    const dubbel = await leerling(schoolA.sleutel, '73AA', nr);
    expect(dubbel.errors![0]).toMatchObject({ message: `leerling.feiten.inschrijvingen[0].leerlingnummer: leerlingnummer ${nr} is already used at BRIN 73AA for another leerling`, extensions: { code: 'BAD_USER_INPUT' } });
    const extra = await client.vraag(VoegFeitenToeDocument, { leerlingId: a, feiten: { inschrijvingen: [{ brin: '73AA', onderwijs: 'HAVO', vanaf: '2024-08-19', leerlingnummer: nr }] } }, schoolA.sleutel);
    expect(extra.errors).toBeUndefined(); // the same number for the same leerling again: fine
    const [{ n }] = await db().execute<{ n: string }[]>(`select count(*) as n from leerlingnummer where brin = '73AA' and nummer = ?`, [nr]);
    expect(Number(n)).toBe(1);
  });

  it('answers FORBIDDEN alike for an unknown number and a leerling of another school; checks its form', async () => {
    const nr = uniek();
    await leerling(schoolA.sleutel, '73AA', nr);
    const vreemd = await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr, brin: '73AA' }, lpaB.sleutel);
    const onbekend = await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: 'bestaat-niet', brin: '73AA' }, lpaB.sleutel);
    expect(vreemd.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(vreemd.errors![0].message).toBe(`leerlingnummer: no leerling with leerlingnummer ${nr} at BRIN 73AA exists or is accessible with this key`);
    expect(onbekend.errors![0].message).toBe('leerlingnummer: no leerling with leerlingnummer bestaat-niet at BRIN 73AA exists or is accessible with this key');
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr, brin: '73AA' }, schoolB.sleutel)).errors![0]).toMatchObject({ message: 'brin: this key is for BRIN 73BB', extensions: { code: 'FORBIDDEN' } });
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: nr, brin: '73AA' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await client.vraag(LeerlingMetNummerDocument, { leerlingnummer: 'te lang met spatie' }, schoolA.sleutel)).errors![0].message).toBe('leerlingnummer: not a leerlingnummer (1–20 letters, digits or hyphens)');
    const fout = await leerling(schoolA.sleutel, '73AA', 'x'.repeat(21));
    expect(fout.errors![0]).toMatchObject({ message: 'leerling.feiten.inschrijvingen[0].leerlingnummer: not a leerlingnummer (1–20 letters, digits or hyphens)', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('leerlingMetBsn', () => {
  it('finds a leerling of its own gemeente for the leerplichtambtenaar, audited without the BSN', async () => {
    const bsn = '123456782';
    const id = (await leerling(schoolA.sleutel, '73AA', undefined, bsn)).data!.maakLeerling.id;
    const r = await client.vraag(LeerlingMetBsnDocument, { bsn }, lpaA.sleutel);
    expect(r.errors).toBeUndefined();
    expect(r.data!.leerlingMetBsn.id).toBe(id);
    const rijen = await db().execute<{ operatie: string; leerling_id: string; gemeente: string; velden: unknown }[]>(`select * from audit where operatie = 'leerlingMetBsn' and leerling_id = ?`, [id]);
    expect(rijen).toHaveLength(1);
    expect(rijen[0].gemeente).toBe('7301');
    expect(JSON.stringify(rijen[0])).not.toContain(bsn);
  });

  it('is FORBIDDEN alike for another gemeente\'s leerling and an unknown BSN; only for the leerplichtambtenaar', async () => {
    const bsn = '111222333';
    await leerling(schoolA.sleutel, '73AA', undefined, bsn);
    const bericht = 'bsn: no leerling with this BSN exists or is accessible with this key';
    expect((await client.vraag(LeerlingMetBsnDocument, { bsn }, lpaB.sleutel)).errors![0]).toMatchObject({ message: bericht, extensions: { code: 'FORBIDDEN' } });
    expect((await client.vraag(LeerlingMetBsnDocument, { bsn: '100000009' }, lpaB.sleutel)).errors![0]).toMatchObject({ message: bericht, extensions: { code: 'FORBIDDEN' } });
    const [{ n }] = await db().execute<{ n: string }[]>(`select count(*) as n from audit where operatie = 'leerlingMetBsn' and gemeente = '7302' and leerling_id is null`);
    expect(Number(n)).toBeGreaterThanOrEqual(2); // the failed lookups are audited too
    expect((await client.vraag(LeerlingMetBsnDocument, { bsn }, schoolA.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(LeerlingMetBsnDocument, { bsn: '123' }, lpaA.sleutel)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
