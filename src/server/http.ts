// A small node:http front for Apollo: /graphql through executeHTTPGraphQLRequest, /health for
// readiness probes. No framework needed for two routes.
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import http from 'node:http';
import type { ApiContext } from '../api/context';

async function leesBody(req: http.IncomingMessage): Promise<string> {
  const delen: Buffer[] = [];
  for await (const d of req) delen.push(d as Buffer);
  return Buffer.concat(delen).toString('utf8');
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function maakHttpServer(apollo: ApolloServer<ApiContext>, context: ApiContext): http.Server {
  return http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/health') return json(res, 200, { status: 'ok', regelsetHash: context.regelset.hash });
      if (url.pathname !== '/graphql') return json(res, 404, { error: 'not found: use /graphql or /health' });
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
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
      const antwoord = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: verzoek, context: async () => context });
      for (const [k, v] of antwoord.headers) res.setHeader(k, v);
      res.statusCode = antwoord.status ?? 200;
      if (antwoord.body.kind === 'complete') return void res.end(antwoord.body.string);
      for await (const deel of antwoord.body.asyncIterator) res.write(deel);
      res.end();
    } catch (e) {
      json(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      console.error(e);
    }
  });
}
