// The in-process signalering worker's thread: evaluating a batch is CPU work, and the API's main
// event loop must stay free for HTTP. The thread has its own rule set (checked against the API's
// hash), its own database pools and the runner; its log lines go to the API's log stream.
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { MikroORM } from '@mikro-orm/postgresql';
import { maakLogger } from '../server/log';
import { regelsetVoorDraad, type Regelteksten } from '../server/regelmappen';
import { maakConfig } from '../store/mikro-orm.config';
import { startWerker, type WerkerOpties } from './werker';

export type DraadData = Omit<WerkerOpties, 'orm' | 'regelset' | 'logger'> & { regelsetHash: string; logNiveau: string; regelteksten?: Regelteksten };
export type DraadBericht = { log: string } | { gereed: true } | { gestopt: true } | { fout: string };

const poort = parentPort!;
const meld = (b: DraadBericht) => poort.postMessage(b);

async function main(): Promise<void> {
  const data = workerData as DraadData;
  const logger = maakLogger({ niveau: data.logNiveau, bestemming: new Writable({ write(regel, _c, klaar) { meld({ log: String(regel) }); klaar(); } }) });
  const regelset = regelsetVoorDraad(data.regelteksten);
  if (regelset.hash !== data.regelsetHash) throw new Error(`signalering thread loaded rule set ${regelset.hash.slice(0, 12)}, the API ${data.regelsetHash.slice(0, 12)}`);
  const orm = await MikroORM.init(maakConfig(data.databaseUrl)); // the API migrated it
  const werker = await startWerker({ ...data, orm, regelset, logger });
  poort.on('message', (m) => {
    if (m !== 'stop') return;
    void (async () => {
      try {
        await werker.stop();
      } finally {
        await orm.close(true);
      }
    })().then(() => meld({ gestopt: true }), (e) => meld({ fout: e instanceof Error ? e.message : String(e) }));
  });
  meld({ gereed: true });
}

main().catch((e) => meld({ fout: e instanceof Error ? e.message : String(e) }));
