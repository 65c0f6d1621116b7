// Start-up: load and check the rules, read the API keys, open the database (embedded PostgreSQL
// unless a URL is given), record the rule set, then serve. stop() undoes it in reverse.
import type { AddressInfo } from 'node:net';
import type { ApiContext } from '../api/context';
import { ENGINE_VERSIE, laadRegelset } from '../engine/regelset';
import { openDatabase, registreerRegelset } from '../store/database';
import { maakLaders } from '../store/laders';
import { maakApollo } from './apollo';
import { maakHttpServer } from './http';
import { Sleutels, type SleutelRegel } from './toegang';

export interface StartOpties {
  port?: number; host?: string; databaseUrl?: string; dataDir?: string;
  /** API keys (sha256 + role); default: LEERPLICHT_API_KEYS (JSON or a file path) */
  sleutels?: readonly SleutelRegel[];
  /** called with every SQL statement (tests count queries with it); never set in production, it sees parameters */
  opQuery?: (sql: string) => void;
}
export interface Draaiend { url: string; port: number; context: ApiContext; stop(): Promise<void> }

export async function startServer(opties: StartOpties = {}): Promise<Draaiend> {
  const regelset = laadRegelset();
  const sleutels = opties.sleutels ? new Sleutels(opties.sleutels) : Sleutels.uit(process.env.LEERPLICHT_API_KEYS);
  const db = await openDatabase({ databaseUrl: opties.databaseUrl, dataDir: opties.dataDir, opQuery: opties.opQuery });
  try {
    const rij = await registreerRegelset(db.orm, { hash: regelset.hash, bestanden: regelset.bestanden, aantalRegels: regelset.regels.length, engineVersie: ENGINE_VERSIE });
    const context: ApiContext = {
      regelset,
      regelsetInfo: { hash: rij.hash, aantalRegels: rij.aantalRegels, engineVersie: rij.engineVersie, geladenOp: rij.geladenOp.toISOString(), bestanden: rij.bestanden.map((b) => b.pad) },
      orm: db.orm,
    };
    const apollo = await maakApollo();
    const server = maakHttpServer(apollo, {
      regelsetHash: regelset.hash,
      toegang: (kop) => sleutels.toegangVoor(kop),
      // per request: its own EntityManager (identity map) and dataloaders
      context: (toegang) => {
        const em = db.orm.em.fork();
        return { ...context, toegang, em, laders: maakLaders(em) };
      },
    });
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
