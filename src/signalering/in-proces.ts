// The signalering worker inside the API process (WORKER_IN_PROCES): on a worker thread of its own
// (draad.ts), so that evaluating batches never blocks the API's event loop.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import type { Logger } from '../server/log';
import { WERKER_GRENZEN } from '../server/draadgrenzen';
import type { DraadBericht, DraadData } from './draad';
import type { Werker } from './werker';

const STOP_MS = 15_000;

export async function startWerkerDraad(o: Omit<DraadData, 'logNiveau'> & { logger: Logger }): Promise<Werker> {
  const { logger, ...rest } = o;
  const ts = path.extname(__filename) === '.ts';
  const data: DraadData = { ...rest, logNiveau: logger.level };
  // the same young-generation size as the GraphQL worker threads (server/werkers.ts: resident memory at rest)
  const draad = new Worker(path.join(__dirname, ts ? 'draad-ts.cjs' : 'draad.js'), { workerData: data, resourceLimits: WERKER_GRENZEN });
  // the thread's lines are JSON already (its own logger, BSN-safe): written as they are to our stream
  const stroom = (logger as unknown as Record<symbol, { write(s: string): void }>)[pino.symbols.streamSym];
  let gestopt: (() => void) | null = null;
  let klaar = false;
  const gereed = new Promise<void>((ok, nietOk) => {
    draad.on('message', (b: DraadBericht) => {
      if ('log' in b) stroom.write(b.log);
      else if ('gereed' in b) ok();
      else if ('gestopt' in b) gestopt?.();
      else if ('fout' in b) { if (klaar) logger.error({ bron: 'signalering' }, `signalering thread: ${b.fout}`); else nietOk(new Error(b.fout)); }
    });
    draad.on('error', (e) => { if (klaar) logger.error({ err: e }, 'signalering thread failed; its jobs go to other workers'); else nietOk(e); });
    draad.on('exit', (code) => { if (!klaar) nietOk(new Error(`signalering thread exited (${code}) during start-up`)); });
  });
  try {
    await gereed;
  } catch (e) {
    await draad.terminate();
    throw e;
  }
  klaar = true;
  let stoppen: Promise<void> | null = null;
  return {
    stop: () => (stoppen ??= (async () => {
      if (draad.threadId === -1) return; // already gone
      const weg = new Promise<void>((ok) => { gestopt = ok; draad.once('exit', () => ok()); });
      draad.postMessage('stop');
      const timer = setTimeout(() => void draad.terminate(), STOP_MS);
      await weg;
      clearTimeout(timer);
      await draad.terminate();
    })()),
  };
}
