import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { startEmbeddedPostgres, type EmbeddedPg } from '../src/store/embedded-postgres';
// maakConfig({ entities: false }) never loads entity classes: importing them here breaks the tests (STACK pitfall 2).
import { maakConfig } from '../src/store/mikro-orm.config';

/** One embedded PostgreSQL for the whole jest run; tests read process.env.TEST_DATABASE_URL. */
export default async function globalSetup(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-test-'));
  fs.chmodSync(dir, 0o755); // the postgres OS user must traverse it (STACK pitfall 8)
  let pg: EmbeddedPg | undefined;
  try {
    pg = await startEmbeddedPostgres(path.join(dir, 'pg'));
    const config = maakConfig(pg.url, { entities: false });
    const orm = await MikroORM.init({ ...config, migrations: { ...config.migrations, silent: true } });
    try {
      await orm.getMigrator().up();
    } finally {
      await orm.close(true);
    }
  } catch (e) {
    await pg?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  process.env.TEST_DATABASE_URL = pg.url; // inherited by the jest workers, spawned after this
  (globalThis as Record<string, unknown>).__LEERPLICHT_TEST_PG__ = { pg, dir }; // globalTeardown runs in this same realm
}
