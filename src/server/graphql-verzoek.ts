// One GraphQL-over-HTTP request through Apollo, as plain data in and out, so the main thread and a
// worker thread run it the same way.
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import type { GraphqlDienst } from './apollo';
import type { ApiContext } from '../api/context';

export interface HttpVerzoek { methode: string; headers: [string, string][]; search: string; body: string }
export interface HttpAntwoord { status: number; headers: [string, string][]; body: string | Uint8Array }

export const ONGELDIGE_JSON: HttpAntwoord = {
  status: 400,
  headers: [['content-type', 'application/json; charset=utf-8']],
  body: JSON.stringify({ errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] }),
};

/** The request body as Apollo wants it: parsed JSON for a JSON content type, else the text. */
export function leesJson(headers: HeaderMap, tekst: string): { ok: true; body: unknown } | { ok: false } {
  if (!(headers.get('content-type') ?? '').includes('application/json') || tekst.length === 0) return { ok: true, body: tekst };
  try {
    return { ok: true, body: JSON.parse(tekst) };
  } catch {
    return { ok: false };
  }
}

export function headerMap(paren: readonly [string, string][]): HeaderMap {
  const h = new HeaderMap();
  for (const [k, v] of paren) h.set(k, v);
  return h;
}

function queryVan(body: unknown, search: string): unknown {
  if (body && typeof body === 'object' && !Array.isArray(body)) return (body as Record<string, unknown>).query;
  return new URLSearchParams(search).get('query') ?? undefined;
}

export async function voerUit({ apollo, voorcontrole }: GraphqlDienst, v: HttpVerzoek, context: () => ApiContext, geparst?: unknown): Promise<HttpAntwoord> {
  const headers = headerMap(v.headers);
  let body = geparst;
  if (body === undefined) {
    const json = leesJson(headers, v.body);
    if (!json.ok) return ONGELDIGE_JSON;
    body = json.body;
  }
  const query = queryVan(body, v.search);
  if (typeof query === 'string') {
    const fouten = voorcontrole(query);
    if (fouten.length > 0) return { status: 400, headers: [['content-type', 'application/json; charset=utf-8']], body: JSON.stringify({ errors: fouten }) };
  }
  const verzoek: HTTPGraphQLRequest = { method: v.methode, headers, search: v.search, body };
  const antwoord = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: verzoek, context: async () => context() });
  let tekst: string = '';
  if (antwoord.body.kind === 'complete') tekst = antwoord.body.string;
  else for await (const deel of antwoord.body.asyncIterator) tekst += deel;
  // what Apollo's cache-control plugin (switched off in apollo.ts: it wrapped every field resolver)
  // said about every answer of this API: answers about jongeren are never to be stored by a cache
  if (!antwoord.headers.has('cache-control')) antwoord.headers.set('cache-control', 'no-store');
  return { status: antwoord.status ?? 200, headers: [...antwoord.headers], body: tekst };
}
