import path from 'node:path';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { maakConfig, repoRoot } from './mikro-orm.config';
import { Regelset, type RegelBestand, type RegelTekst } from './entities/regelset.entity';
import type { EmbeddedPgOpties } from './embedded-postgres';

export interface Database {
  orm: MikroORM;
  /** the PostgreSQL URL in use (worker threads open their own pool on it) */
  url: string;
  stop(): Promise<void>;
}

let procesbewaking: EmbeddedPgOpties = {};

/**
 * For the process entry point (src/main.ts) only, before it opens the database: who handles the
 * signals, and what happens when the embedded PostgreSQL dies. Tests and tools leave it alone.
 * No effect with a databaseUrl.
 */
export function zetProcesbewaking(opties: EmbeddedPgOpties): void {
  procesbewaking = opties;
}

/** With databaseUrl use that server (the caller passes DATABASE_URL); otherwise embedded PG in <dataDir>/pg. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; opQuery?: (sql: string) => void } = {}): Promise<Database> {
  let url = opts.databaseUrl;
  let stopPg = async () => {};
  if (!url) {
    // Loaded only here: embedded-postgres is ESM-only and jest test files cannot load it (STACK pitfall 3).
    const { startEmbeddedPostgres } = require('./embedded-postgres') as typeof import('./embedded-postgres.js');
    const dataDir = path.resolve(opts.dataDir ?? process.env.LEERPLICHT_DATA_DIR ?? path.join(repoRoot(), '.data'));
    const pg = await startEmbeddedPostgres(path.join(dataDir, 'pg'), procesbewaking);
    url = pg.url;
    stopPg = pg.stop;
  }
  try {
    const orm = await MikroORM.init(maakConfig(url, { opQuery: opts.opQuery }));
    try {
      await orm.getMigrator().up();
    } catch (e) {
      await orm.close(true);
      throw e;
    }
    return {
      orm,
      url,
      stop: async () => {
        try {
          await orm.close(true);
        } finally {
          await stopPg();
        }
      },
    };
  } catch (e) {
    await stopPg();
    throw e;
  }
}

export interface RegelsetInvoer {
  hash: string;
  bestanden: RegelBestand[];
  aantalRegels: number;
  engineVersie: string;
  /** every file's text in load order (Regelset.inhoud of the engine): kept so the set can be rebuilt */
  inhoud?: RegelTekst[] | null;
}

/**
 * Upsert by hash: a restart with the same rule files reuses (and returns) the existing row. A row
 * registered before the contents were kept gets them now (same hash, same files).
 */
export async function registreerRegelset(orm: MikroORM, r: RegelsetInvoer): Promise<Regelset> {
  const em = orm.em.fork();
  const bestaand = await em.findOne(Regelset, { hash: r.hash });
  if (bestaand) {
    if (!bestaand.inhoud && r.inhoud) {
      bestaand.inhoud = r.inhoud;
      await em.flush();
    }
    return bestaand;
  }
  const rij = em.create(Regelset, { ...r, inhoud: r.inhoud ?? null, geladenOp: new Date() });
  try {
    await em.flush();
    return rij;
  } catch (e) {
    // Another process registered the same hash between our select and insert.
    if (e instanceof UniqueConstraintViolationException) return orm.em.fork().findOneOrFail(Regelset, { hash: r.hash });
    throw e;
  }
}

/** Most recently registered (first-seen) rule set, or null on an empty database. */
export async function laatsteRegelset(orm: MikroORM): Promise<Regelset | null> {
  const [rij] = await orm.em.fork().find(Regelset, {}, { orderBy: { id: 'desc' }, limit: 1 });
  return rij ?? null;
}

/** The stored rule set with this hash (its contents may be null on rows from before they were kept), or null. */
export async function regelsetMetHash(orm: MikroORM, hash: string): Promise<Regelset | null> {
  return orm.em.fork().findOne(Regelset, { hash });
}
