// CORS for front-ends on other origins (LEERPLICHT_CORS_ORIGINS: a comma-separated list of origins,
// and/or "*"). "*" admits any origin for requests without an API key only (the stateless PUBLIC
// questions); a request with a key (Authorization or x-api-key) is admitted only from a listed
// origin. Preflights (OPTIONS) are answered here, before anything else runs.
import type http from 'node:http';

const METHODEN = 'GET, POST, OPTIONS';
const KOPPEN = ['content-type', 'authorization', 'x-api-key', 'x-request-id', 'apollo-require-preflight'];
const SLEUTELKOPPEN = new Set(['authorization', 'x-api-key']);
const ZICHTBAAR = 'x-request-id, retry-after, api-version';

export interface CorsBeleid { iedereen: boolean; origins: ReadonlySet<string> }

/** The setting's value → the policy; a malformed origin is refused with the variable's name. */
export function leesCors(waarde: string | undefined): CorsBeleid {
  const delen = (waarde ?? '').split(',').map((d) => d.trim()).filter(Boolean);
  const origins = new Set<string>();
  let iedereen = false;
  for (const d of delen) {
    if (d === '*') { iedereen = true; continue; }
    let u: URL;
    try { u = new URL(d); } catch { throw new Error(`LEERPLICHT_CORS_ORIGINS: ${JSON.stringify(d)} is not an origin (e.g. https://leerplicht.example.nl)`); }
    if (!/^https?:$/.test(u.protocol) || u.origin !== d.replace(/\/$/, '')) throw new Error(`LEERPLICHT_CORS_ORIGINS: ${JSON.stringify(d)} is not an origin (scheme://host[:port], no path)`);
    origins.add(u.origin);
  }
  return { iedereen, origins };
}

/** The Access-Control-Allow-Origin value for this request, or null (no CORS headers: the browser refuses). */
function toegestaan(b: CorsBeleid, origin: string, metSleutel: boolean): string | null {
  if (b.origins.has(origin)) return origin;
  if (b.iedereen && !metSleutel) return '*';
  return null;
}

/**
 * Sets the CORS headers of a cross-origin request; answers a preflight itself (true: done).
 * A request without Origin (not from a browser page elsewhere) is left alone.
 */
export function behandelCors(b: CorsBeleid, req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || (b.origins.size === 0 && !b.iedereen)) return false;
  res.setHeader('vary', 'Origin');
  const preflight = req.method === 'OPTIONS' && typeof req.headers['access-control-request-method'] === 'string';
  if (preflight) {
    const gevraagd = String(req.headers['access-control-request-headers'] ?? '').toLowerCase().split(',').map((k) => k.trim()).filter(Boolean);
    const ok = toegestaan(b, origin, gevraagd.some((k) => SLEUTELKOPPEN.has(k)));
    if (ok && gevraagd.every((k) => KOPPEN.includes(k))) {
      res.setHeader('access-control-allow-origin', ok);
      res.setHeader('access-control-allow-methods', METHODEN);
      res.setHeader('access-control-allow-headers', KOPPEN.join(', '));
      res.setHeader('access-control-max-age', '600');
    }
    res.statusCode = 204;
    res.end();
    return true;
  }
  const ok = toegestaan(b, origin, req.headers.authorization !== undefined || req.headers['x-api-key'] !== undefined);
  if (ok) {
    res.setHeader('access-control-allow-origin', ok);
    res.setHeader('access-control-expose-headers', ZICHTBAAR);
  }
  return false;
}
