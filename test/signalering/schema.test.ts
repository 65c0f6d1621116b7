// graphile-worker keeps its queue in its own schema (graphile_worker, migrated by itself): with it
// present, MikroORM's schema diff of our entities must stay empty (test/store/migraties.test.ts
// checks the same without it), so no migration of ours ever touches the queue.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { makeWorkerUtils, Logger } from 'graphile-worker';
import { maakConfig } from '../../src/store/mikro-orm.config';

it('leaves no schema difference with graphile_worker migrated next to ours', async () => {
  const utils = await makeWorkerUtils({ connectionString: process.env.TEST_DATABASE_URL!, logger: new Logger(() => () => undefined) });
  try {
    await utils.migrate();
  } finally {
    await utils.release();
  }
  const orm = await MikroORM.init(maakConfig(process.env.TEST_DATABASE_URL!));
  try {
    const schemas = await orm.em.getConnection().execute<{ n: number }[]>("select count(*)::int as n from information_schema.tables where table_schema = 'graphile_worker'");
    expect(schemas[0].n).toBeGreaterThan(0);
    expect((await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  } finally {
    await orm.close();
  }
});
