// Start-up: load and check the rules, read the settings and API keys, open the database (embedded
// PostgreSQL unless a URL is given), record the rule set, then serve. stop() undoes it in reverse.
// herlaad() swaps in a changed rule set while serving (herladen.ts): requests already running
// finish on the set they started with, new ones get the new set, also on the worker threads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { ApiContext } from '../api/context';
import { ENGINE_VERSIE, type Regelset } from '../engine/regelset';
import type { RegelsetInfo } from '../api/uitvoer';
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
import { startWerkerInProces } from '../signalering/in-proces';
import { maakHerlader, type HerlaadUitkomst } from './herladen';
import { laadServerRegelset, type Regelmappen } from './regelmappen';
import { importprofielen } from '../import/profielen';

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
export interface Draaiend {
  url: string; port: number;
  /** the shared context of new requests (its regelset changes on a reload) */
  readonly context: ApiContext;
  instellingen: Instellingen;
  /** the folders the rules are read from (and `npm run dev` watches) */
  regelmappen: Regelmappen;
  /** reads the rule folders again and swaps in a valid changed set (SIGHUP); never throws */
  herlaad(): Promise<HerlaadUitkomst>;
  stop(): Promise<void>;
}

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
  const regelmappen: Regelmappen = { regelmap: instellingen.regelmap, beleidMappen: instellingen.beleidMappen };
  const regelset = laadServerRegelset(regelmappen);
  // a broken import profile stops the start (file and JSON path), not an upload later
  importprofielen();
  const sleutels = opties.sleutels ? new Sleutels(opties.sleutels) : Sleutels.uit(process.env.LEERPLICHT_API_KEYS);
  const db = await openDatabase({ databaseUrl: opties.databaseUrl, dataDir: opties.dataDir, opQuery: opties.opQuery });
  let werkers: Werkers | null = null;
  // the bulk route's own threads, started on its first run; pools of an older rule set stay until their runs are done
  const bulk: { pool: BulkWerkers | null; oud: BulkWerkers[] } = { pool: null, oud: [] };
  // what new requests use: replaced as a whole by a reload
  const stand: { basis: Basiscontext } = { basis: { regelset, regelsetInfo: null, orm: db.orm } };
  const bulkPool = () => (bulk.pool ??= new BulkWerkers({ threads: instellingen.bulkWerkers, maxRegelBytes: instellingen.bulkMaxRegelBytes, regelsetHash: stand.basis.regelset.hash, verbergSuggesties: !instellingen.suggesties, regelteksten: stand.basis.regelset.inhoud }));
  const signalering: { werker: Werker | null; stoppend: Set<Promise<void>> } = { werker: null, stoppend: new Set() };
  const registreer = async (r: Regelset): Promise<RegelsetInfo> => {
    const rij = await registreerRegelset(db.orm, { hash: r.hash, bestanden: r.bestanden, aantalRegels: r.regels.length, engineVersie: ENGINE_VERSIE, inhoud: r.inhoud });
    return { hash: rij.hash, aantalRegels: rij.aantalRegels, engineVersie: rij.engineVersie, geladenOp: rij.geladenOp.toISOString(), bestanden: rij.bestanden.map((b) => b.pad) };
  };
  // the signalering worker in this process (WORKER_IN_PROCES: its batches on a thread of their own); more run as `npm run worker` on the same database
  const startSignalering = (r: Regelset) => startWerkerInProces({
    databaseUrl: db.url, regelsetHash: r.hash, regelteksten: r.inhoud, logger, concurrency: instellingen.werkerConcurrency, crontab: instellingen.signaleringCrontab,
    batch: instellingen.signaleringBatch, herstelMs: instellingen.signaleringHerstelMs, testVertragingMs: instellingen.signaleringTestVertragingMs,
  });
  const werkerData = (basis: Basiscontext) => ({ databaseUrl: db.url, regelsetInfo: basis.regelsetInfo, regelsetHash: basis.regelset.hash, apollo: instellingen, regelteksten: basis.regelset.inhoud });
  try {
    stand.basis = { regelset, regelsetInfo: await registreer(regelset), orm: db.orm };
    const apollo = await maakApollo(instellingen);
    werkers = new Werkers(werkerData(stand.basis), { threads: instellingen.werkers, vooraf: instellingen.werkersVooraf, delen: instellingen.lijstenDelen });
    const w = werkers;
    if (instellingen.werkerInProces) signalering.werker = await startSignalering(regelset);
    const metrieken = new Metrieken({ dbPool: () => poolStand(db.orm), werkers: () => ({ threads: w.threads, wachtrij: w.wachtrij, afgebroken: w.afgebroken, delen: w.gedeeld }) });
    const gereed = async (): Promise<Gereedheid> => {
      const r = stand.basis.regelset;
      const controles: Record<string, string> = { regels: `${r.regels.length} rules, ${r.hash.slice(0, 12)}`, regelsetHash: r.hash };
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
    const paginasVoor = (info: RegelsetInfo) => maakPaginas({ regelset: info, apiVersie: API_VERSIE, webDist: instellingen.webDist });
    let paginas = paginasVoor(stand.basis.regelsetInfo!);
    const server = maakHttpServer({
      instellingen, apollo, werkers, metrieken, logger, gereed, apiVersie: API_VERSIE, snelheid,
      bulk: maakBulkRoute({ instellingen, snelheid, logger, werkers: bulkPool, toegang: (kop) => sleutels.toegangVoor(kop) }),
      toegang: (kop) => sleutels.toegangVoor(kop),
      // read once per request: a request keeps the set it started with
      context: (toegang, verzoek) => verzoekContext(stand.basis, toegang, verzoek),
      paginas: (req, url) => paginas(req, url),
    });
    await new Promise<void>((ok, nietOk) => {
      server.once('error', nietOk);
      server.listen(opties.port ?? 4000, opties.host ?? '127.0.0.1', () => ok());
    });
    const port = (server.address() as AddressInfo).port;
    let gestopt = false;
    // a validated set: recorded, its signalering thread started (it builds the set from the same
    // texts and checks the hash), then swapped in one synchronous step (context, GraphQL worker
    // pool, bulk pool, start page): no request sees half of it
    const wissel = async (nieuw: Regelset) => {
      if (gestopt) throw new Error('the server is stopping');
      const basis: Basiscontext = { regelset: nieuw, regelsetInfo: await registreer(nieuw), orm: db.orm };
      const nieuweSignalering = signalering.werker ? await startSignalering(nieuw) : null;
      if (gestopt) { await nieuweSignalering?.stop(); throw new Error('the server is stopping'); }
      const oudeSignalering = signalering.werker;
      stand.basis = basis;
      w.vervang(werkerData(basis));
      if (bulk.pool) bulk.oud.push(bulk.pool);
      bulk.pool = null;
      paginas = paginasVoor(basis.regelsetInfo!);
      signalering.werker = nieuweSignalering;
      // idle old bulk pools (their threads gone after a minute without work) are stopped
      for (const p of bulk.oud.filter((b) => b.draden === 0 && b.wachtrij === 0)) { bulk.oud.splice(bulk.oud.indexOf(p), 1); void p.stop(); }
      // its running jobs finish on the old set; new jobs go to the new thread
      if (oudeSignalering) {
        const weg: Promise<void> = oudeSignalering.stop()
          .catch((e) => logger.warn({ err: e }, 'signalering thread of the previous rule set did not stop cleanly'))
          .finally(() => signalering.stoppend.delete(weg));
        signalering.stoppend.add(weg);
      }
    };
    const herlaad = maakHerlader({ laad: () => laadServerRegelset(regelmappen), huidig: () => stand.basis.regelset, wissel, logger });
    return {
      url: `http://${opties.host ?? '127.0.0.1'}:${port}/graphql`,
      port,
      get context(): ApiContext { return { ...stand.basis }; },
      instellingen,
      regelmappen,
      herlaad,
      stop: async () => {
        if (gestopt) return;
        gestopt = true;
        await new Promise<void>((ok) => { server.close(() => ok()); server.closeAllConnections?.(); });
        await signalering.werker?.stop();
        await Promise.all([...signalering.stoppend]);
        await bulk.pool?.stop();
        await Promise.all(bulk.oud.map((b) => b.stop()));
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
