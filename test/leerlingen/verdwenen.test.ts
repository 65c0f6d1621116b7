// A leerling removed by another transaction while a mutation works on it: the mutation answers as for
// a leerling that does not exist (FORBIDDEN, naming the id argument), never INTERNAL_SERVER_ERROR.
// Made deterministic with PostgreSQL's locks: a second connection deletes the leerling and holds its
// transaction open; the mutation's access check still sees the committed row, its write then waits
// on the row lock; the delete commits and the write finds the leerling gone.
import { Client as PgClient } from 'pg';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

const school = nieuweSleutel({ rol: 'SCHOOL', brin: '98VW' });
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '9871' });
let client: Client;
let db: PgClient;

beforeAll(async () => {
  client = await startClient({ sleutels: [school.regel, lpa.regel] });
  db = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
  await db.connect();
});
afterAll(async () => { await db?.end(); await client?.stop(); });

async function nieuweLeerling(): Promise<string> {
  const r = await client.ruw({
    query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }',
    variables: { l: { geboortedatum: '2012-05-14', gemeente: '9871', feiten: { inschrijvingen: [{ brin: '98VW', onderwijs: 'VMBO', vanaf: '2024-08-19' }] } } },
  }, { authorization: `Bearer ${school.sleutel}` });
  expect(r.errors).toBeUndefined();
  return (r.data as { maakLeerling: { id: string } }).maakLeerling.id;
}

/** Runs the mutation while another transaction deletes the leerling, committing once the mutation waits on its lock. */
async function terwijlVerwijderd(id: string, query: string, variables: Record<string, unknown>, sleutel: string) {
  const wacht = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
  await wacht.connect();
  try {
    await wacht.query('begin');
    await wacht.query('delete from leerling where id = $1', [id]);
    const antwoord = client.ruw({ query, variables }, { authorization: `Bearer ${sleutel}` });
    // the mutation is waiting on the deleted row's lock
    for (let i = 0; ; i++) {
      const { rows } = await db.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`);
      if (rows[0].n > 0) break;
      if (i > 400) throw new Error('the mutation never waited on the lock');
      await new Promise((r) => setTimeout(r, 10));
    }
    await wacht.query('commit');
    return await antwoord;
  } finally {
    await wacht.end();
  }
}

it('meldIdentiteitsfout: the insert whose leerling is gone answers FORBIDDEN for leerlingId, as an unknown leerling does', async () => {
  const id = await nieuweLeerling();
  const q = 'mutation($id: ID!) { meldIdentiteitsfout(leerlingId: $id, veld: BSN, toelichting: "klopt niet") { id } }';
  const r = await terwijlVerwijderd(id, q, { id }, school.sleutel);
  expect(r.errors).toEqual([expect.objectContaining({ message: `leerlingId: leerling ${id} does not exist or is not accessible with this key`, extensions: expect.objectContaining({ code: 'FORBIDDEN', veld: 'leerlingId' }) })]);
  // and exactly as now that it is gone
  const weg = await client.ruw({ query: q, variables: { id } }, { authorization: `Bearer ${school.sleutel}` });
  expect(weg.errors![0].message).toBe(r.errors![0].message);
  expect((await db.query('select count(*)::int as n from identiteitsmelding where leerling_id = $1', [id])).rows[0].n).toBe(0);
});

it('wijzigLeerling: the locked read that finds the leerling gone answers FORBIDDEN for id', async () => {
  const id = await nieuweLeerling();
  const q = 'mutation($id: ID!) { wijzigLeerling(id: $id, wijziging: { geboortedatum: "2012-06-01" }) { id } }';
  const r = await terwijlVerwijderd(id, q, { id }, lpa.sleutel);
  expect(r.errors).toEqual([expect.objectContaining({ message: `id: leerling ${id} does not exist or is not accessible with this key`, extensions: expect.objectContaining({ code: 'FORBIDDEN', veld: 'id' }) })]);
  const weg = await client.ruw({ query: q, variables: { id } }, { authorization: `Bearer ${lpa.sleutel}` });
  expect(weg.errors![0].message).toBe(r.errors![0].message);
});
