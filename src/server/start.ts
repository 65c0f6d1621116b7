// Start-up: load and check the rules, open the database (embedded PostgreSQL unless a URL is
// given), record the rule set, then serve. stop() undoes it in reverse.
import type { AddressInfo } from 'node:net';
import type { ApiContext } from '../api/context';
import { ENGINE_VERSIE, laadRegelset } from '../engine/regelset';
import { openDatabase, registreerRegelset } from '../store/database';
import { maakApollo } from './apollo';
import { maakHttpServer } from './http';

export interface StartOpties { port?: number; host?: string; databaseUrl?: string; dataDir?: string }
export interface Draaiend { url: string; port: number; context: ApiContext; stop(): Promise<void> }

export async function startServer(opties: StartOpties = {}): Promise<Draaiend> {
  const regelset = laadRegelset();
  const db = await openDatabase({ databaseUrl: opties.databaseUrl, dataDir: opties.dataDir });
  try {
    const rij = await registreerRegelset(db.orm, { hash: regelset.hash, bestanden: regelset.bestanden, aantalRegels: regelset.regels.length, engineVersie: ENGINE_VERSIE });
    const context: ApiContext = {
      regelset,
      regelsetInfo: { hash: rij.hash, aantalRegels: rij.aantalRegels, engineVersie: rij.engineVersie, geladenOp: rij.geladenOp.toISOString(), bestanden: rij.bestanden.map((b) => b.pad) },
    };
    const apollo = await maakApollo();
    const server = maakHttpServer(apollo, context);
    await new Promise<void>((ok, nietOk) => {
      server.once('error', nietOk);
      server.listen(opties.port ?? 4000, opties.host ?? '127.0.0.1', () => ok());
    });
    const port = (server.address() as AddressInfo).port;
    let gestopt = false;
    return {
      url: `http://${opties.host ?? '127.0.0.1'}:${port}/graphql`,
      port,
      context,
      stop: async () => {
        if (gestopt) return;
        gestopt = true;
        await new Promise<void>((ok) => server.close(() => ok()));
        server.closeAllConnections?.();
        await apollo.stop();
        await db.stop();
      },
    };
  } catch (e) {
    await db.stop();
    throw e;
  }
}
