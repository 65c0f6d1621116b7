// A small node:http front for Apollo: /graphql through executeHTTPGraphQLRequest, /health for
// readiness probes. No framework needed for two routes. The API key is read here, before any
// GraphQL runs: an unknown key is answered 401 UNAUTHENTICATED and nothing else happens.
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import http from 'node:http';
import type { ApiContext } from '../api/context';
import { logFout } from './log';
import { SleutelFout, type Toegang } from './toegang';

async function leesBody(req: http.IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

function json(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra });
  res.end(JSON.stringify(body));
}

export interface HttpOpties {
  /** the caller's access from its request headers; throws SleutelFout for an unknown key */
  toegang(kop: (naam: string) => string | undefined): Toegang;
  /** a fresh context for one request */
  context(toegang: Toegang): ApiContext;
  regelsetHash: string;
}

export function maakHttpServer(apollo: ApolloServer<ApiContext>, opties: HttpOpties): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') return json(res, 200, { status: 'ok', regelsetHash: opties.regelsetHash });
      if (url.pathname !== '/graphql') return json(res, 404, { error: 'not found: use /graphql or /health' });
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      let toegang: Toegang;
      try {
        toegang = opties.toegang((naam) => headers.get(naam));
      } catch (e) {
        if (!(e instanceof SleutelFout)) throw e;
        req.resume();
        return json(res, 401, { errors: [{ message: e.message, extensions: { code: 'UNAUTHENTICATED' } }] }, { 'www-authenticate': 'Bearer' });
      }
      const tekst = await leesBody(req);
      let body: unknown = tekst;
      if ((headers.get('content-type') ?? '').includes('application/json') && tekst.length > 0) {
        try {
          body = JSON.parse(tekst);
        } catch {
          return json(res, 400, { errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        }
      }
      const verzoek: HTTPGraphQLRequest = { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body };
      const antwoord = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: verzoek, context: async () => opties.context(toegang) });
      for (const [k, v] of antwoord.headers) res.setHeader(k, v);
      res.statusCode = antwoord.status ?? 200;
      if (antwoord.body.kind === 'complete') return void res.end(antwoord.body.string);
      for await (const deel of antwoord.body.asyncIterator) res.write(deel);
      res.end();
    } catch (e) {
      json(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      logFout(e);
    }
  });
}
