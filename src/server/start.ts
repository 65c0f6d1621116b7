// Start-up: load and check the rules, read the settings and API keys, open the database (embedded
// PostgreSQL unless a URL is given), record the rule set, then serve. stop() undoes it in reverse.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiContext } from '../api/context';
import { ENGINE_VERSIE, laadRegelset } from '../engine/regelset';
import { openDatabase, registreerRegelset } from '../store/database';
import { repoRoot } from '../store/mikro-orm.config';
import { maakApollo } from './apollo';
import { verzoekContext, type Basiscontext } from './context';
import { maakHttpServer, type Gereedheid } from './http';
import { leesInstellingen, type Instellingen } from './instellingen';
import { logger as standaardLogger, type Logger } from './log';
import { Metrieken, poolStand } from './metrieken';
import { Snelheidsgrens } from './snelheid';
import { Sleutels, type SleutelRegel } from '../toegang/toegang';
import { Werkers } from './werkers';
import { BulkWerkers } from '../bulk/werkers';
import { maakBulkRoute } from './bulk-http';
import { maakPaginas } from './paginas/paginas';
import type { Werker } from '../signalering/werker';
import { startWerkerDraad } from '../signalering/in-proces';

/** package.json's version, sent as the API-Version header */
const API_VERSIE = (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version;

export interface StartOpties {
  port?: number; host?: string; databaseUrl?: string; dataDir?: string;
  /** API keys (sha256 + role); default: LEERPLICHT_API_KEYS (JSON or a file path) */
  sleutels?: readonly SleutelRegel[];
  /** called with every SQL statement (tests count queries with it); never set in production, it sees parameters */
  opQuery?: (sql: string) => void;
  /** limits and pools; default: from the environment (leesInstellingen) */
  instellingen?: Partial<Instellingen>;
  /** GraphQL introspection (shorthand for instellingen.introspectie) */
  introspectie?: boolean;
  logger?: Logger;
}
export interface Draaiend { url: string; port: number; context: ApiContext; instellingen: Instellingen; stop(): Promise<void> }

async function binnen<T>(ms: number, werk: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([werk, new Promise<never>((_, nietOk) => { timer = setTimeout(() => nietOk(new Error(`no answer within ${ms} ms`)), ms); })]);
  } finally {
    clearTimeout(timer);
  }
}

export async function startServer(opties: StartOpties = {}): Promise<Draaiend> {
  const instellingen: Instellingen = { ...leesInstellingen(process.env, os.availableParallelism?.() ?? os.cpus().length), ...opties.instellingen };
  if (opties.introspectie !== undefined) instellingen.introspectie = opties.introspectie;
  const logger = opties.logger ?? standaardLogger;
  const regelset = laadRegelset();
  const sleutels = opties.sleutels ? new Sleutels(opties.sleutels) : Sleutels.uit(process.env.LEERPLICHT_API_KEYS);
  const db = await openDatabase({ databaseUrl: opties.databaseUrl, dataDir: opties.dataDir, opQuery: opties.opQuery });
  let werkers: Werkers | null = null;
  // the bulk route's own threads, started on its first run
  const bulk: { pool: BulkWerkers | null } = { pool: null };
  const bulkPool = () => (bulk.pool ??= new BulkWerkers({ threads: instellingen.bulkWerkers, maxRegelBytes: instellingen.bulkMaxRegelBytes, regelsetHash: regelset.hash, verbergSuggesties: !instellingen.suggesties }));
  const signalering: { werker: Werker | null } = { werker: null };
  try {
    const rij = await registreerRegelset(db.orm, { hash: regelset.hash, bestanden: regelset.bestanden, aantalRegels: regelset.regels.length, engineVersie: ENGINE_VERSIE, inhoud: regelset.inhoud });
    const regelsetInfo = { hash: rij.hash, aantalRegels: rij.aantalRegels, engineVersie: rij.engineVersie, geladenOp: rij.geladenOp.toISOString(), bestanden: rij.bestanden.map((b) => b.pad) };
    const basis: Basiscontext = { regelset, regelsetInfo, orm: db.orm };
    const context: ApiContext = { ...basis };
    const apollo = await maakApollo(instellingen);
    werkers = new Werkers(
      { databaseUrl: db.url, regelsetInfo, regelsetHash: regelset.hash, apollo: instellingen },
      { threads: instellingen.werkers, vooraf: instellingen.werkersVooraf },
    );
    const w = werkers;
    // the signalering worker in this process (WORKER_IN_PROCES, on a thread of its own); more run as `npm run worker` on the same database
    if (instellingen.werkerInProces) {
      signalering.werker = await startWerkerDraad({
        databaseUrl: db.url, regelsetHash: regelset.hash, logger, concurrency: instellingen.werkerConcurrency, crontab: instellingen.signaleringCrontab,
        batch: instellingen.signaleringBatch, herstelMs: instellingen.signaleringHerstelMs, testVertragingMs: instellingen.signaleringTestVertragingMs,
      });
    }
    const sw = signalering.werker;
    const metrieken = new Metrieken({ dbPool: () => poolStand(db.orm), werkers: () => ({ threads: w.threads, wachtrij: w.wachtrij, afgebroken: w.afgebroken }) });
    const gereed = async (): Promise<Gereedheid> => {
      const controles: Record<string, string> = { regels: `${regelset.regels.length} rules, ${regelset.hash.slice(0, 12)}`, regelsetHash: regelset.hash };
      try {
        await binnen(2000, db.orm.em.getConnection().execute('select 1'));
        controles.database = 'ok';
        return { ok: true, controles };
      } catch {
        controles.database = 'unreachable';
        return { ok: false, controles };
      }
    };
    const snelheid = new Snelheidsgrens({ sleutel: instellingen.rateSleutelPerMinuut, publiek: instellingen.ratePubliekPerMinuut });
    const server = maakHttpServer({
      instellingen, apollo, werkers, metrieken, logger, gereed, apiVersie: API_VERSIE, snelheid,
      bulk: maakBulkRoute({ instellingen, snelheid, logger, werkers: bulkPool, toegang: (kop) => sleutels.toegangVoor(kop) }),
      toegang: (kop) => sleutels.toegangVoor(kop),
      context: (toegang, verzoek) => verzoekContext(basis, toegang, verzoek),
      paginas: maakPaginas({ regelset: regelsetInfo, apiVersie: API_VERSIE, webDist: instellingen.webDist }),
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
      instellingen,
      stop: async () => {
        if (gestopt) return;
        gestopt = true;
        await new Promise<void>((ok) => { server.close(() => ok()); server.closeAllConnections?.(); });
        await sw?.stop();
        await bulk.pool?.stop();
        await w.stop();
        await apollo.apollo.stop();
        await db.stop();
      },
    };
  } catch (e) {
    await signalering.werker?.stop();
    await bulk.pool?.stop();
    await werkers?.stop();
    await db.stop();
    throw e;
  }
}
