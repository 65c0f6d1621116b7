// Bulk verzuim import: all or nothing, idempotent per key, every record checked first.
import { ImporteerVerzuimDocument, LeerlingDocument, MaakLeerlingDocument } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(4);
jest.setTimeout(60_000); // several requests per test; the suite shares 2 cores
let client: Client;
let ids: string[];
beforeAll(async () => {
  client = await startClient({ sleutels: s.regels });
  ids = [];
  for (let i = 0; i < 5; i++) {
    const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2011-09-01', gemeente: s.gemeenteA, vakantieregio: 'NOORD', feiten: { inschrijvingen: [{ brin: s.brinA, onderwijs: 'VMBO', vanaf: '2023-08-21' }] } } }, s.schoolA);
    ids.push(r.data!.maakLeerling.id);
  }
});
afterAll(async () => { await client.stop(); });

/** n records spread over the leerlingen and the schooldagen of early 2024, one per leerling per day. */
function records(n: number, reden: 'ONGEOORLOOFD' | 'ZIEKTE' = 'ZIEKTE') {
  return Array.from({ length: n }, (_, i) => {
    const dag = new Date(Date.UTC(2024, 0, 8) + Math.floor(i / ids.length) * 864e5);
    return { leerlingId: ids[i % ids.length], datum: dag.toISOString().slice(0, 10), uren: 0.5, reden };
  });
}
const db = () => client.server.context.orm!.em.fork().getConnection();
const aantalVerzuim = async () => Number((await db().execute<{ n: string }[]>('select count(*) as n from verzuimregistratie where leerling_id = any(?::uuid[])', [`{${ids.join(',')}}`]))[0].n);

describe('importeerVerzuim', () => {
  it('stores thousands of records in one call, once per idempotentieSleutel', async () => {
    const voor = await aantalVerzuim();
    const batch = records(5000);
    const t0 = Date.now();
    const eerste = await client.vraag(ImporteerVerzuimDocument, { records: batch, idempotentieSleutel: 'bestand-2024-01' }, s.schoolA);
    const ms = Date.now() - t0;
    expect(eerste.errors).toBeUndefined();
    expect(eerste.data!.importeerVerzuim).toMatchObject({ aantal: 5000, nieuw: true, idempotentieSleutel: 'bestand-2024-01' });
    expect(await aantalVerzuim()).toBe(voor + 5000);
    // a retry (e.g. after a timeout) writes nothing and returns the first result
    const nogmaals = await client.vraag(ImporteerVerzuimDocument, { records: batch, idempotentieSleutel: 'bestand-2024-01' }, s.schoolA);
    expect(nogmaals.data!.importeerVerzuim).toEqual({ ...eerste.data!.importeerVerzuim, nieuw: false });
    expect(await aantalVerzuim()).toBe(voor + 5000);
    // concurrent retries too
    const samen = await Promise.all([1, 2, 3].map(() => client.vraag(ImporteerVerzuimDocument, { records: batch, idempotentieSleutel: 'bestand-2024-01' }, s.schoolA)));
    expect(samen.map((r) => r.data!.importeerVerzuim.id)).toEqual([1, 2, 3].map(() => eerste.data!.importeerVerzuim.id));
    expect(await aantalVerzuim()).toBe(voor + 5000);
    const l = await client.vraag(LeerlingDocument, { id: ids[0] }, s.schoolA);
    expect(l.data!.leerling.verzuim.filter((v) => v.importId === eerste.data!.importeerVerzuim.id)).toHaveLength(1000);
    expect(ms).toBeLessThan(20_000);
  });

  it('the same key with other records is refused; another school may use the same key', async () => {
    const anders = await client.vraag(ImporteerVerzuimDocument, { records: records(3), idempotentieSleutel: 'bestand-2024-01' }, s.schoolA);
    expect(anders.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(anders.errors![0].message).toMatch(/^idempotentieSleutel: was already used for a different import \(5000 records on /);
    // keys are per API key: school B's 'bestand-2024-01' is its own
    const b = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2011-09-01', gemeente: s.gemeenteB, feiten: { inschrijvingen: [{ brin: s.brinB, onderwijs: 'VMBO', vanaf: '2023-08-21' }] } } }, s.schoolB);
    const vanB = await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: b.data!.maakLeerling.id, datum: '2024-01-08', uren: 1, reden: 'ZIEKTE' }], idempotentieSleutel: 'bestand-2024-01' }, s.schoolB);
    expect(vanB.data!.importeerVerzuim).toMatchObject({ aantal: 1, nieuw: true });
  });

  it('a bad record anywhere rejects the whole import, naming it; nothing is written', async () => {
    const voor = await aantalVerzuim();
    const batch = records(3000);
    const fouten = [
      { i: 2999, r: { ...batch[2999], datum: '2024-02-30' }, melding: 'records[2999].datum: 2024-02-30 is not a date' },
      { i: 1500, r: { ...batch[1500], uren: 25 }, melding: 'records[1500].uren: 25 is outside 0–24' },
      { i: 10, r: { ...batch[10], datum: '2010-01-04' }, melding: 'records[10].datum: 2010-01-04 lies before geboortedatum 2011-09-01' },
    ];
    for (const f of fouten) {
      const fout = [...batch];
      fout[f.i] = f.r;
      const r = await client.vraag(ImporteerVerzuimDocument, { records: fout, idempotentieSleutel: `fout-${f.i}` }, s.schoolA);
      expect(r.errors![0]).toMatchObject({ message: f.melding, extensions: { code: 'BAD_USER_INPUT' } });
    }
    // more than 24 hours on one day together with what is stored (checked inside the transaction)
    const teVeel = [...batch, { leerlingId: ids[0], datum: '2024-01-08', uren: 24, reden: 'ONGEOORLOOFD' as const }];
    const r = await client.vraag(ImporteerVerzuimDocument, { records: teVeel, idempotentieSleutel: 'te-veel' }, s.schoolA);
    expect(r.errors![0].message).toBe('records[3000].uren: the records of 2024-01-08 for this leerling add up to 25 hours with those already stored, more than 24 on one day');
    expect(await aantalVerzuim()).toBe(voor);
    // the key of a rejected import is still free
    const goed = await client.vraag(ImporteerVerzuimDocument, { records: records(10), idempotentieSleutel: 'te-veel' }, s.schoolA);
    expect(goed.data!.importeerVerzuim).toMatchObject({ aantal: 10, nieuw: true });
  });

  it('a failure halfway through the writing (after the first 5000 rows went in) leaves nothing written', async () => {
    const voor = await aantalVerzuim();
    const voorImports = Number((await db().execute<{ n: string }[]>('select count(*) as n from verzuim_import'))[0].n);
    const log = jest.spyOn(console, 'error').mockImplementation(() => {});
    // the database itself refuses one row of the second INSERT batch
    await db().execute(`create or replace function weiger_rij() returns trigger language plpgsql as $$ begin raise exception 'test: weiger rij'; end $$`);
    await db().execute(`create trigger weiger_rij before insert on verzuimregistratie for each row when (new.uren = 0.125) execute function weiger_rij()`);
    try {
      const batch = records(8000).map((r) => ({ ...r, uren: 0.25 }));
      batch[7000] = { ...batch[7000], uren: 0.125 };
      const r = await client.vraag(ImporteerVerzuimDocument, { records: batch, idempotentieSleutel: 'halverwege' }, s.schoolA);
      expect(r.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db().execute('drop trigger weiger_rij on verzuimregistratie');
      log.mockRestore();
    }
    expect(await aantalVerzuim()).toBe(voor);
    expect(Number((await db().execute<{ n: string }[]>('select count(*) as n from verzuim_import'))[0].n)).toBe(voorImports);
  });
});
