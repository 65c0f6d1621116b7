import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

/** Repo root: first ancestor of vanaf with a package.json (works from src/… and dist/src/…). */
export function repoRoot(vanaf = __dirname): string {
  let dir = vanaf;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${vanaf}`);
    dir = parent;
  }
  return dir;
}

/** Compiled (dist) code must load compiled migrations; ts code (ts-node, jest) the .ts sources. */
function migrationsDir(): string {
  const root = repoRoot();
  const compiled = path.extname(__filename) === '.js';
  return compiled ? path.join(root, 'dist', 'migrations') : path.join(root, 'migrations');
}

function entiteiten() {
  // Loaded lazily: jest globalSetup must not load entity classes (STACK pitfall 2).
  const m = require('./entities/regelset.entity') as typeof import('./entities/regelset.entity.js');
  const l = require('./entities/leerlingen') as typeof import('./entities/leerlingen.js');
  return [m.Regelset, m.Beslissing, ...l.LEERLING_ENTITEITEN];
}

export function maakConfig(clientUrl: string, opties: { entities?: boolean; opQuery?: (sql: string) => void } = {}): Options {
  const metEntities = opties.entities ?? true;
  const dir = migrationsDir();
  // query logging only for a caller that asks (tests count queries); it would print parameters, BSNs included
  const log = opties.opQuery ? { debug: ['query' as const], logger: opties.opQuery, highlighter: undefined } : {};
  return defineConfig({
    clientUrl,
    ...log,
    entities: metEntities ? entiteiten() : [],
    discovery: { warnWhenNoEntities: metEntities },
    extensions: [Migrator],
    // graphile-worker's job queue (src/signalering) migrates its own schema: never diffed, never dropped
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    // path and pathTs point at the same folder: which one MikroORM picks depends on ts-node detection.
    migrations: { path: dir, pathTs: dir, glob: '!(*.d).{js,ts}', transactional: true, snapshot: false },
  });
}

// For the MikroORM CLI (package.json mikro-orm.configPaths); a factory so importing this file needs no env.
export default () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (the MikroORM CLI needs a running PostgreSQL)');
  return maakConfig(url);
};
