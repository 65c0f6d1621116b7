import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Regelset } from '../engine/regelset';
import type { Toegang } from '../server/toegang';
import type { Laders } from '../store/laders';
import type { RegelsetInfo } from './uitvoer';

export interface ApiContext {
  regelset: Regelset;
  /** the rule set as registered in the database at start-up */
  regelsetInfo: RegelsetInfo | null;
  /** who calls (from the API key); absent means PUBLIC (in-process use: cli, bench) */
  toegang?: Toegang;
  /** the database; absent when the schema runs in-process without one */
  orm?: MikroORM;
  /** an EntityManager forked for this request */
  em?: EntityManager;
  /** per-request dataloaders for stored leerlingen and their facts */
  laders?: Laders;
}
