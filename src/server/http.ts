// The HTTP front: request id and one log line per request, /health/live, /health/ready (= /health),
// /metrics, and /graphql behind its limits: the API key (401 before anything runs), the rate limit
// (429), the body limit (413, the rest is not read), the time limit and client disconnects (the
// work stops). Heavy requests run on a worker thread; the rest on this thread through Apollo.
import http from 'node:http';
import { parse, type OperationDefinitionNode } from 'graphql';
import type { ApiContext, Verzoekgegevens } from '../api/context';
import { isZwaar, telKosten } from '../api/kosten';
import type { GraphqlDienst } from './apollo';
import { nieuweVerzoekgegevens } from './context';
import { behandelCors } from './cors';
import { headerMap, leesJson, ONGELDIGE_JSON, voerUit, type HttpAntwoord, type HttpVerzoek } from './graphql-verzoek';
import type { Instellingen } from './instellingen';
import { logFout, lopendVerzoek, maakHttpLog, verzoekInfo, type Logger } from './log';
import type { Metrieken } from './metrieken';
import type { Snelheidsgrens } from './snelheid';
import { SleutelFout, type Toegang } from '../toegang/toegang';
import type { Werkers } from './werkers';
import { BULK_PAD, type BulkRoute } from './bulk-http';
import { IMPORT_PAD, importAlsGraphql, importAntwoord } from './import-http';
import { NIET_GEVONDEN, type Paginas } from './paginas/paginas';

/** Bodies larger than this (1 MB: ~5 ms of JSON.parse) are never parsed on the main thread: they go to a worker as text. */
const GROOT_BODY = 1024 * 1024;

export interface Gereedheid { ok: boolean; controles: Record<string, string> }

export interface HttpOpties {
  instellingen: Instellingen;
  apollo: GraphqlDienst;
  werkers: Werkers | null;
  /** POST /bulk/beoordelingen (bulk-http.ts); absent: 404 */
  bulk?: BulkRoute;
  snelheid: Snelheidsgrens;
  metrieken: Metrieken;
  logger: Logger;
  /** the caller's access from its request headers; throws SleutelFout for an unknown key */
  toegang(kop: (naam: string) => string | undefined): Toegang;
  /** a fresh context for one request on this thread */
  context(toegang: Toegang, verzoek: Verzoekgegevens): ApiContext;
  gereed(): Promise<Gereedheid>;
  /** the API-Version header on every response (package.json's version) */
  apiVersie: string;
  /** the pages for people (/, the IDE on a browser's GET /graphql, /leerplichtcheck); absent: none */
  paginas?: Paginas;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const foutBody = (message: string, code: string, extra: Record<string, unknown> = {}) => JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });

class TijdOp extends Error {}
class ClientWeg extends Error {}
class TeGroot extends Error {}

async function leesBytes(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const lengte = Number(req.headers['content-length']);
  if (Number.isFinite(lengte) && lengte > max) throw new TeGroot();
  const delen: Buffer[] = [];
  let totaal = 0;
  for await (const d of req) {
    totaal += (d as Buffer).length;
    if (totaal > max) throw new TeGroot();
    delen.push(d as Buffer);
  }
  return Buffer.concat(delen);
}

async function leesBody(req: http.IncomingMessage, max: number): Promise<string> {
  return (await leesBytes(req, max)).toString('utf8');
}

/**
 * Reads and drops a body that will not be used (a 401 or 429), so the answer is not reset by a
 * client still sending; a body above the limit is not read further.
 */
async function laatVallen(req: http.IncomingMessage, max: number): Promise<void> {
  try {
    await leesBody(req, max);
  } catch {
    req.pause();
  }
}

/** Whether a (small, parsed) request is heavy: bulk above the threshold, stored lists, big imports. */
function zwaarVerzoek(body: unknown, search: string, i: Instellingen): boolean {
  let query: unknown;
  let variabelen: unknown;
  let naam: unknown;
  if (body && typeof body === 'object' && !Array.isArray(body)) ({ query, variables: variabelen, operationName: naam } = body as Record<string, unknown>);
  else {
    const p = new URLSearchParams(search);
    query = p.get('query') ?? undefined;
    naam = p.get('operationName') ?? undefined;
    try { variabelen = JSON.parse(p.get('variables') ?? '{}'); } catch { variabelen = {}; }
  }
  if (typeof query !== 'string') return false;
  try {
    const doc = parse(query, { maxTokens: i.maxTokens });
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    const op = typeof naam === 'string' ? ops.find((o) => o.name?.value === naam) : ops.length === 1 ? ops[0] : undefined;
    if (!op) return false;
    const vars = variabelen && typeof variabelen === 'object' ? (variabelen as Record<string, unknown>) : {};
    const k = telKosten(doc, op, vars);
    // above the limit: refused by this thread's Apollo at once, no worker needed
    return k.situaties <= i.maxSituaties && isZwaar(k, i.werkerDrempel);
  } catch {
    return false; // Apollo answers the syntax error
  }
}

function wacht(signal: AbortSignal): Promise<never> {
  return new Promise((_, nietOk) => {
    if (signal.aborted) nietOk(signal.reason);
    signal.addEventListener('abort', () => nietOk(signal.reason), { once: true });
  });
}

export function maakHttpServer(o: HttpOpties): http.Server {
  const httpLog = maakHttpLog(o.logger);
  const i = o.instellingen;

  /** `omzetting`: a route that stands for one GraphQL request (POST /import/verzuim): its body made into it, its answer back */
  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, gegevens: Verzoekgegevens, schrijf: (a: HttpAntwoord) => void, omzetting?: 'import'): Promise<void> {
    const headers: [string, string][] = [];
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.push([k, Array.isArray(v) ? v.join(', ') : v]);
    const kop = headerMap(headers);
    let toegang: Toegang;
    try {
      toegang = o.toegang((naam) => kop.get(naam));
    } catch (e) {
      if (!(e instanceof SleutelFout)) throw e;
      await laatVallen(req, i.maxBodyBytes);
      return schrijf({ status: 401, headers: [['content-type', JSON_TYPE], ['www-authenticate', 'Bearer']], body: foutBody(e.message, 'UNAUTHENTICATED') });
    }
    verzoekInfo(req).rol = toegang.rol;
    const grens = await o.snelheid.neem(toegang, req.socket.remoteAddress ?? '?');
    if (!grens.toegestaan) {
      await laatVallen(req, i.maxBodyBytes);
      return schrijf({ status: 429, headers: [['content-type', JSON_TYPE], ['retry-after', String(grens.opnieuwNaSeconden)]], body: foutBody(`too many requests; retry after ${grens.opnieuwNaSeconden} s`, 'RATE_LIMITED') });
    }

    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new TijdOp()), i.timeoutMs);
    res.once('close', () => { if (!res.writableEnded) ac.abort(new ClientWeg()); });
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let verzoek: HttpVerzoek;
      if (omzetting === 'import') {
        const z = importAlsGraphql((req.method ?? 'GET').toUpperCase(), url, (naam) => kop.get(naam), await leesBytes(req, i.maxBodyBytes));
        if ('antwoord' in z) return schrijf(z.antwoord);
        verzoek = z.verzoek;
      } else {
        verzoek = { methode: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: await leesBody(req, i.maxBodyBytes) };
      }
      const tekst = verzoek.body;
      const verzoekKop = omzetting ? headerMap(verzoek.headers) : kop;
      let geparst: unknown;
      let zwaar = tekst.length > GROOT_BODY;
      if (!zwaar) {
        const json = leesJson(verzoekKop, tekst);
        if (!json.ok) return schrijf(ONGELDIGE_JSON);
        geparst = json.body;
        zwaar = zwaarVerzoek(geparst, verzoek.search, i);
      }
      let antwoord: HttpAntwoord;
      if (zwaar && o.werkers) {
        const uit = await o.werkers.voer({ verzoek, toegang, reqId: String((req as { id?: unknown }).id ?? '') }, ac.signal);
        Object.assign(gegevens, uit.verzoek);
        antwoord = uit.antwoord;
      } else {
        antwoord = await Promise.race([voerUit(o.apollo, verzoek, () => o.context(toegang, gegevens), geparst), wacht(ac.signal)]);
      }
      schrijf(omzetting === 'import' ? importAntwoord(antwoord) : antwoord);
    } catch (e) {
      const reden = ac.signal.aborted ? ac.signal.reason : e;
      if (e instanceof TeGroot) {
        // the rest is never read: stop reading, answer, and close the connection a moment later (at
        // once would reset it before a client still uploading has read the answer)
        req.pause();
        res.setHeader('connection', 'close');
        schrijf({ status: 413, headers: [['content-type', JSON_TYPE]], body: foutBody(`request body larger than ${i.maxBodyBytes} bytes (LEERPLICHT_MAX_BODY_MB)`, 'PAYLOAD_TOO_LARGE') });
        res.once('finish', () => setTimeout(() => req.socket.destroy(), 1000).unref());
      } else if (reden instanceof ClientWeg) {
        gegevens.codes.push('CLIENT_CLOSED_REQUEST');
        res.destroy();
      } else if (reden instanceof TijdOp) {
        schrijf({ status: 503, headers: [['content-type', JSON_TYPE], ['retry-after', '1']], body: foutBody(`request took longer than ${i.timeoutMs} ms (LEERPLICHT_TIMEOUT_MS); its work was stopped`, 'TIMEOUT') });
      } else if (e instanceof Error && /queue is at limit/i.test(e.message)) {
        schrijf({ status: 503, headers: [['content-type', JSON_TYPE], ['retry-after', '1']], body: foutBody('the server is busy with heavy requests; retry shortly', 'SERVER_BUSY') });
      } else throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  const server = http.createServer(async (req, res) => {
    const begin = process.hrtime.bigint();
    httpLog(req, res);
    res.setHeader('api-version', o.apiVersie);
    if (behandelCors(i.cors, req, res)) return; // a preflight, answered
    const gegevens = nieuweVerzoekgegevens();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pad = url.pathname;
    const route = pad === '/graphql' ? 'graphql' : pad.startsWith('/health') ? 'health' : pad === '/metrics' ? 'metrics' : pad === BULK_PAD ? 'bulk' : pad === IMPORT_PAD ? 'import' : 'other';
    const schrijf = (a: HttpAntwoord) => {
      if (res.headersSent || res.destroyed) return;
      const info = verzoekInfo(req);
      info.operatie = gegevens.operatie;
      if (gegevens.operatieNaam) (info as { operatieNaam?: string }).operatieNaam = gegevens.operatieNaam.slice(0, 64);
      info.codes = gegevens.codes.length ? gegevens.codes : tekstCodes(a);
      for (const [k, v] of a.headers) res.setHeader(k, v);
      res.statusCode = a.status;
      res.end(a.body);
    };
    res.once('close', () => {
      const info = verzoekInfo(req);
      o.metrieken.verzoek(route, gegevens.operatie ?? route, info.codes, res.statusCode, Number(process.hrtime.bigint() - begin) / 1e9, gegevens.situaties);
    });
    const reqId = String((req as { id?: unknown }).id ?? '');
    await lopendVerzoek.run({ reqId }, async () => {
      try {
        if (pad === '/health/live') return schrijf({ status: 200, headers: [['content-type', JSON_TYPE]], body: JSON.stringify({ status: 'live' }) });
        if (pad === '/health' || pad === '/health/ready') {
          const g = await o.gereed();
          return schrijf({ status: g.ok ? 200 : 503, headers: [['content-type', JSON_TYPE]], body: JSON.stringify({ status: g.ok ? 'ready' : 'not ready', ...g.controles }) });
        }
        if (pad === '/metrics') return schrijf({ status: 200, headers: [['content-type', o.metrieken.contentType]], body: await o.metrieken.tekst() });
        if (pad === BULK_PAD && o.bulk) return await o.bulk(req, res, gegevens, schrijf);
        if (pad === IMPORT_PAD) return await graphql(req, res, gegevens, schrijf, 'import');
        const pagina = await o.paginas?.(req, url);
        if (pagina) return schrijf(pagina);
        if (pad !== '/graphql') return schrijf({ status: 404, headers: [['content-type', JSON_TYPE]], body: JSON.stringify({ error: NIET_GEVONDEN }) });
        await graphql(req, res, gegevens, schrijf);
      } catch (e) {
        logFout(e, o.logger);
        schrijf({ status: 500, headers: [['content-type', JSON_TYPE]], body: foutBody('internal error', 'INTERNAL_SERVER_ERROR') });
      }
    });
  });
  // a client's pooled connection must not be closed by us just as it sends on it (ECONNRESET):
  // keep idle connections longer than clients do (undici 4 s, most proxies 60 s)
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // "Expect: 100-continue" with a body above the limit: answered 413 before the client sends it
  server.on('checkContinue', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const lengte = Number(req.headers['content-length']);
    if (!(Number.isFinite(lengte) && lengte > i.maxBodyBytes)) res.writeContinue();
    server.emit('request', req, res);
  });
  return server;
}

/** Codes of an answer this thread did not run through Apollo (401, 413, 429 …). */
function tekstCodes(a: HttpAntwoord): string[] {
  if (a.status < 400 || typeof a.body !== 'string' || a.body.length > 4096) return [];
  try {
    const j = JSON.parse(a.body) as { errors?: { extensions?: { code?: unknown } }[] };
    return [...new Set((j.errors ?? []).map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string'))];
  } catch {
    return [];
  }
}
