// The data-ownership migrations move existing data: on a database at the state before them
// (migrations up to Migration20261123155315_leerlingen), rows stored then get the owner "onbekend"
// (rol ONBEKEND), every leerling gets one open woonperiode in its gemeente from its geboortedatum,
// and an old beslissing stays without an input snapshot.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client as PgClient } from 'pg';
import { maakConfig } from '../../src/store/mikro-orm.config';

jest.setTimeout(60_000);

it('gives existing rows the owner onbekend and each leerling its first woonperiode', async () => {
  const naam = `migratie_${process.pid}`;
  const beheer = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
  await beheer.connect();
  await beheer.query(`create database ${naam}`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${naam}`;
  const config = maakConfig(url.toString(), { entities: false });
  const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
  try {
    const migrator = orm.getMigrator();
    await migrator.up({ to: 'Migration20261123155315_leerlingen' });
    const db = orm.em.getConnection();
    await db.execute(`insert into leerling (id, geboortedatum, gemeente, vrije_dagen, meerderjarig_verklaard, ouders_niet_verwijtbaar, eerder_halt_voor_schoolverzuim, aangemaakt_op, gewijzigd_op)
      values ('11111111-1111-4111-8111-111111111111', '2012-03-04', '0363', '[]', false, false, false, '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z')`);
    await db.execute(`insert into inschrijving (leerling_id, brin, onderwijs, vanaf, bekostigd) values ('11111111-1111-4111-8111-111111111111', '12AB', 'VMBO', '2024-08-19', true)`);
    await db.execute(`insert into verzuimregistratie (leerling_id, datum, uren, reden) values ('11111111-1111-4111-8111-111111111111', '2024-09-02', 2, 'ONGEOORLOOFD')`);
    await migrator.up();
    const [l] = await db.execute(`select vastgelegd_door, vastgelegd_rol, vastgelegd_op from leerling`);
    expect(l).toMatchObject({ vastgelegd_door: 'onbekend', vastgelegd_rol: 'ONBEKEND' });
    expect(new Date(l.vastgelegd_op).toISOString()).toBe('2026-11-20T10:00:00.000Z');
    for (const t of ['inschrijving', 'verzuimregistratie']) {
      expect(await db.execute(`select vastgelegd_door, vastgelegd_rol from ${t}`)).toEqual([{ vastgelegd_door: 'onbekend', vastgelegd_rol: 'ONBEKEND' }]);
    }
    expect(await db.execute(`select gemeente, to_char(vanaf, 'YYYY-MM-DD') as vanaf, tot from woonperiode`)).toEqual([{ gemeente: '0363', vanaf: '2012-03-04', tot: null }]);
    expect(await migrator.getPendingMigrations()).toEqual([]);
  } finally {
    await orm.close(true);
    await beheer.query(`drop database if exists ${naam} with (force)`);
    await beheer.end();
  }
});
