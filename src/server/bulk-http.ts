// POST /bulk/beoordelingen?peildatum=…[&wetsdatum=…][&velden=…][&taal=…], application/x-ndjson in
// and out: the streaming bulk path over HTTP (README "Bulk"). Same API keys (every role, PUBLIC
// too) and rate limit as /graphql (one request is one hit), then everything is checked before the
// first answer line: 401, 429, 415, 400 naming the parameter, 503 when too many runs are going.
// While streaming the GraphQL body and time limits do not apply: a line has its own length limit,
// a run without progress for LEERPLICHT_BULK_IDLE_MS stops, and a client that goes away stops it.
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import type { Verzoekgegevens } from '../api/context';
import { leesOpdracht } from '../bulk/opdracht';
import { stroom, StroomAfgebroken, StroomStil } from '../bulk/stroom';
import type { BulkWerkers } from '../bulk/werkers';
import { SleutelFout, type Toegang } from '../toegang/toegang';
import type { HttpAntwoord } from './graphql-verzoek';
import type { Instellingen } from './instellingen';
import { logFout, verzoekInfo, type Logger } from './log';
import type { Snelheidsgrens } from './snelheid';

export const BULK_PAD = '/bulk/beoordelingen';
const NDJSON = 'application/x-ndjson';
const JSON_TYPE = 'application/json; charset=utf-8';
const foutBody = (message: string, code: string, extra: Record<string, unknown> = {}) => JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] });

export interface BulkHttpOpties {
  instellingen: Instellingen;
  werkers: () => BulkWerkers;
  snelheid: Snelheidsgrens;
  toegang(kop: (naam: string) => string | undefined): Toegang;
  logger: Logger;
}

/** An answer before streaming: the body is not read, the connection closes once the answer is out. */
function weiger(req: http.IncomingMessage, res: http.ServerResponse, schrijf: (a: HttpAntwoord) => void, a: HttpAntwoord): void {
  res.setHeader('connection', 'close');
  schrijf(a);
  req.resume(); // drop what the client is still sending until the socket closes
  res.once('finish', () => setTimeout(() => req.socket.destroy(), 1000).unref());
}

export type BulkRoute = (req: http.IncomingMessage, res: http.ServerResponse, gegevens: Verzoekgegevens, schrijf: (a: HttpAntwoord) => void) => Promise<void>;

export function maakBulkRoute(o: BulkHttpOpties): BulkRoute {
  let lopend = 0; // runs going on this server
  return async (req, res, gegevens, schrijf) => {
    const i = o.instellingen;
    gegevens.operatie = 'bulk beoordelingen';
    if ((req.method ?? '').toUpperCase() !== 'POST') {
      return weiger(req, res, schrijf, { status: 405, headers: [['content-type', JSON_TYPE], ['allow', 'POST']], body: foutBody(`${BULK_PAD} takes POST with an ${NDJSON} body`, 'METHOD_NOT_ALLOWED') });
    }
    let toegang: Toegang;
    try {
      toegang = o.toegang((naam) => { const w = req.headers[naam]; return Array.isArray(w) ? w.join(', ') : w; });
    } catch (e) {
      if (!(e instanceof SleutelFout)) throw e;
      return weiger(req, res, schrijf, { status: 401, headers: [['content-type', JSON_TYPE], ['www-authenticate', 'Bearer']], body: foutBody(e.message, 'UNAUTHENTICATED') });
    }
    verzoekInfo(req).rol = toegang.rol;
    const grens = await o.snelheid.neem(toegang, req.socket.remoteAddress ?? '?');
    if (!grens.toegestaan) {
      return weiger(req, res, schrijf, { status: 429, headers: [['content-type', JSON_TYPE], ['retry-after', String(grens.opnieuwNaSeconden)]], body: foutBody(`too many requests; retry after ${grens.opnieuwNaSeconden} s`, 'RATE_LIMITED') });
    }
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== NDJSON) {
      return weiger(req, res, schrijf, { status: 415, headers: [['content-type', JSON_TYPE], ['accept', NDJSON]], body: foutBody(`content-type must be ${NDJSON}: one SituatieInput JSON per line`, 'UNSUPPORTED_MEDIA_TYPE') });
    }
    const slecht = (e: GraphQLError) => weiger(req, res, schrijf, { status: 400, headers: [['content-type', JSON_TYPE]], body: foutBody(e.message, 'BAD_USER_INPUT', { veld: e.extensions.veld }) });
    const p = new URL(req.url ?? '/', 'http://localhost').searchParams;
    let opdracht;
    try {
      for (const naam of p.keys()) if (!['peildatum', 'wetsdatum', 'velden', 'taal'].includes(naam)) throw new GraphQLError(`${naam.slice(0, 40)}: unknown parameter; use peildatum, wetsdatum, velden, taal`, { extensions: { code: 'BAD_USER_INPUT', veld: naam.slice(0, 40) } });
      opdracht = leesOpdracht({ peildatum: p.get('peildatum'), wetsdatum: p.get('wetsdatum'), velden: p.get('velden'), taal: p.get('taal') });
    } catch (e) {
      if (e instanceof GraphQLError) return slecht(e);
      throw e;
    }
    if (lopend >= i.bulkMaxVerzoeken) {
      return weiger(req, res, schrijf, { status: 503, headers: [['content-type', JSON_TYPE], ['retry-after', '1']], body: foutBody(`${i.bulkMaxVerzoeken} bulk runs are going (LEERPLICHT_BULK_MAX_REQUESTS); retry shortly`, 'SERVER_BUSY') });
    }
    lopend++;
    const ac = new AbortController();
    res.once('close', () => { if (!res.writableEnded) ac.abort(); });
    const info = verzoekInfo(req);
    info.operatie = gegevens.operatie;
    try {
      const werkers = o.werkers();
      try {
        await werkers.controleer(opdracht);
      } catch (e) {
        if (e instanceof GraphQLError) return slecht(e);
        throw e;
      }
      res.statusCode = 200;
      res.setHeader('content-type', `${NDJSON}; charset=utf-8`);
      // the request log line is written when the response closes: until the run ends, a close is the client's
      info.codes = ['CLIENT_CLOSED_REQUEST'];
      try {
        const v = await stroom(req, res, { opdracht, werkers, signal: ac.signal, stilMs: i.bulkStilMs, begin: () => res.flushHeaders() });
        gegevens.situaties = v.regels;
        info.codes = v.fouten > 0 ? ['BAD_USER_INPUT'] : [];
        res.end();
      } catch (e) {
        if (e instanceof StroomAfgebroken || ac.signal.aborted) {
          info.codes = ['CLIENT_CLOSED_REQUEST'];
          res.destroy();
          return;
        }
        const stil = e instanceof StroomStil;
        if (!stil && !(e instanceof GraphQLError)) logFout(e, o.logger);
        const fout = stil ? { code: 'TIMEOUT', message: `${e instanceof Error ? e.message : ''}; the run was stopped (LEERPLICHT_BULK_IDLE_MS)` }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'internal error; the run was stopped' };
        info.codes = [fout.code];
        if (!res.headersSent) res.flushHeaders();
        // the last line says why the answer stops here; the unread rest of the input is dropped
        res.end(`${JSON.stringify({ regel: null, fout })}\n`);
        req.resume();
        res.once('finish', () => setTimeout(() => req.socket.destroy(), 1000).unref());
      }
    } finally {
      lopend--;
    }
  };
}
