// The thread that evaluates the in-process signalering worker's batches (in-proces.ts): CPU work off
// the API's event loop. Started with the first batch and ended when idle, so an API process at rest
// holds no heap for it. Its own rule set (checked against the API's hash) and database pool.
import 'reflect-metadata';
import { workerData } from 'node:worker_threads';
import { MikroORM } from '@mikro-orm/postgresql';
import type { Regelset } from '../engine/regelset';
import { regelsetVoorDraad, type Regelteksten } from '../server/regelmappen';
import { maakConfig } from '../store/mikro-orm.config';
import { berekenBatch, type Batchuitkomst, type Batchvraag } from './berekening';

export interface RekendraadData { databaseUrl: string; regelsetHash: string; regelteksten?: Regelteksten }

let basis: Promise<{ regelset: Regelset; orm: MikroORM }> | null = null;

function laad(): Promise<{ regelset: Regelset; orm: MikroORM }> {
  const data = workerData as RekendraadData;
  return (async () => {
    const regelset = regelsetVoorDraad(data.regelteksten);
    if (regelset.hash !== data.regelsetHash) throw new Error(`signalering thread loaded rule set ${regelset.hash.slice(0, 12)}, the API ${data.regelsetHash.slice(0, 12)}`);
    // the API migrated the database; a batch uses one connection at a time
    const orm = await MikroORM.init({ ...maakConfig(data.databaseUrl), pool: { min: 0, max: 2 } });
    return { regelset, orm };
  })();
}

export default async function reken(v: Batchvraag): Promise<Batchuitkomst> {
  if (basis === null) {
    basis = laad();
    basis.catch(() => { basis = null; }); // a failed start is tried again with the next batch
  }
  const { regelset, orm } = await basis;
  return berekenBatch(orm, regelset, v);
}
