// The migrations in migrations/ create exactly the schema the entities describe: after all of them
// have run (global-setup), MikroORM's schema diff is empty.
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { maakConfig } from '../../src/store/mikro-orm.config';

it('leave no difference between the entities and the database', async () => {
  const orm = await MikroORM.init(maakConfig(process.env.TEST_DATABASE_URL!));
  try {
    expect((await orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false })).trim()).toBe('');
  } finally {
    await orm.close();
  }
});
