import { randomUUID } from 'node:crypto';
import { openDatabase, laatsteRegelset, registreerRegelset, type Database } from '../../src/store/database';
import { Beslissing, Regelset } from '../../src/store/entities/regelset.entity';

// Uses the one embedded PostgreSQL that test/global-setup.ts started and migrated.
let db: Database;
beforeAll(async () => {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('TEST_DATABASE_URL missing: run through jest.config.js (globalSetup)');
  db = await openDatabase({ databaseUrl });
});
afterAll(() => db?.stop());

const invoer = (hash: string) => ({ hash, bestanden: [{ pad: 'regels/leerplicht.json', hash: 'abc' }], aantalRegels: 12, engineVersie: '0.1.0' });

test('migrations are all applied', async () => {
  expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
  expect(await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).toBe('');
});

test('registreerRegelset twice with the same hash stores one row', async () => {
  const hash = randomUUID(); // other test files share this database
  const a = await registreerRegelset(db.orm, invoer(hash));
  const b = await registreerRegelset(db.orm, { ...invoer(hash), engineVersie: '0.2.0' });
  expect(b.id).toBe(a.id);
  expect(b.geladenOp).toEqual(a.geladenOp);
  expect(await db.orm.em.fork().count(Regelset, { hash })).toBe(1);
  expect(b.bestanden).toEqual([{ pad: 'regels/leerplicht.json', hash: 'abc' }]);
});

test('concurrent registrations of one hash agree on the row', async () => {
  const hash = randomUUID();
  const rijen = await Promise.all([1, 2, 3].map(() => registreerRegelset(db.orm, invoer(hash))));
  expect(new Set(rijen.map((r) => r.id)).size).toBe(1);
  expect(await db.orm.em.fork().count(Regelset, { hash })).toBe(1);
});

test('laatsteRegelset returns the most recently registered one', async () => {
  await registreerRegelset(db.orm, invoer(randomUUID()));
  const nieuwste = await registreerRegelset(db.orm, invoer(randomUUID()));
  expect((await laatsteRegelset(db.orm))?.id).toBe(nieuwste.id);
});

test('beslissing keeps dates as yyyy-mm-dd strings and the outcome as json', async () => {
  const em = db.orm.em.fork();
  const b = em.create(Beslissing, {
    regelsetHash: 'h', engineVersie: '0.1.0', peildatum: '2025-08-01', wetsdatum: '2024-02-29',
    vraag: 'isLeerplichtig', uitkomst: { leerplichtig: true, redenen: ['5 jaar'] }, aangemaaktOp: new Date(),
  });
  await em.flush();
  const terug = await db.orm.em.fork().findOneOrFail(Beslissing, { id: b.id });
  expect(terug.peildatum).toBe('2025-08-01');
  expect(terug.wetsdatum).toBe('2024-02-29');
  expect(terug.uitkomst).toEqual({ leerplichtig: true, redenen: ['5 jaar'] });
});
