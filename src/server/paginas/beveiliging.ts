// The security headers of the HTML pages (/, the GraphQL IDE, the Leerplichtcheck): a
// Content-Security-Policy that admits only this server's own files (no CDN, no inline script),
// no MIME sniffing, and no full URL (with its query) sent along to other sites.
import crypto from 'node:crypto';

export type Koppen = [string, string][];

export interface CspOpties {
  /** sha256 hashes ('sha256-…') or nonces ('nonce-…') of inline <style> elements this page may have */
  stijlen?: readonly string[];
  /** data: URLs for fonts and images (GraphiQL's CSS embeds its fonts and icons) */
  dataUrls?: boolean;
}

export function csp(o: CspOpties = {}): string {
  const data = o.dataUrls ? ' data:' : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self'${(o.stijlen ?? []).map((s) => ` '${s}'`).join('')}`,
    `img-src 'self'${data}`,
    `font-src 'self'${data}`,
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The headers every page (and every file it loads) carries. */
export function paginaKoppen(): Koppen {
  return [['x-content-type-options', 'nosniff'], ['referrer-policy', 'strict-origin-when-cross-origin']];
}

/** The headers of an HTML page on top of those: its CSP, and no framing by other sites. */
export function cspKoppen(cspWaarde: string): Koppen {
  return [['content-security-policy', cspWaarde], ['x-frame-options', 'DENY']];
}

/** The CSP source of one inline <style> text. */
export function stijlHash(tekst: string): string {
  return `sha256-${crypto.createHash('sha256').update(tekst, 'utf8').digest('base64')}`;
}

export function nieuweNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

/** Text for HTML (element content and quoted attribute values). */
export function html(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
