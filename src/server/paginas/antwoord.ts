// A served file as an HTTP answer: its content type, cache policy and the page security headers;
// text is sent gzip-compressed to clients that accept it (compressed once, when first asked).
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type http from 'node:http';
import type { HttpAntwoord } from '../graphql-verzoek';
import { paginaKoppen, type Koppen } from './beveiliging';
import { isTekst } from './bestandstypen';

/** Hashed (content-named) files never change under their name. */
export const LANG_CACHEN = 'public, max-age=31536000, immutable';
/** Pages: always fetched again (a new build names new assets). */
export const NIET_CACHEN = 'no-store';

export interface Bestand {
  type: string;
  inhoud: Buffer;
  /** first 10 hex digits of its sha256: the part of a hashed name */
  hash: string;
  gzip?: Buffer;
}

export function bestand(inhoud: Buffer | string, type: string): Bestand {
  const b = Buffer.isBuffer(inhoud) ? inhoud : Buffer.from(inhoud, 'utf8');
  return { type, inhoud: b, hash: crypto.createHash('sha256').update(b).digest('hex').slice(0, 10) };
}

function wilGzip(req: http.IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

export function bestandAntwoord(req: http.IncomingMessage, b: Bestand, cache: string, extra: Koppen = []): HttpAntwoord {
  const koppen: Koppen = [['content-type', b.type], ['cache-control', cache], ...paginaKoppen(), ...extra];
  const comprimeer = isTekst(b.type) && b.inhoud.length > 1024;
  // Origin too: http.ts's CORS handling may have set it, and these headers replace it
  if (comprimeer) koppen.push(['vary', 'Origin, Accept-Encoding']);
  if (comprimeer && wilGzip(req)) {
    b.gzip ??= zlib.gzipSync(b.inhoud);
    return { status: 200, headers: [...koppen, ['content-encoding', 'gzip']], body: b.gzip };
  }
  return { status: 200, headers: koppen, body: b.inhoud };
}

/** A short plain-text answer (404, 405, 503) with the same security headers. */
export function tekstAntwoord(status: number, tekst: string, extra: Koppen = []): HttpAntwoord {
  return { status, headers: [['content-type', 'text/plain; charset=utf-8'], ['cache-control', NIET_CACHEN], ...paginaKoppen(), ...extra], body: `${tekst}\n` };
}
