// /leerplichtcheck and /leerplichtcheck/*: the built Leerplichtcheck page (web/dist, Vite with base
// '/leerplichtcheck/'). Only files inside that folder are served: no '..', no dotfiles, no symlink
// out of it. The bare path and unknown page paths get index.html (the page routes itself); a
// missing asset is a 404. Checked on disk per request, so a new build is served without a restart.
import fs from 'node:fs/promises';
import path from 'node:path';
import type http from 'node:http';
import type { HttpAntwoord } from '../graphql-verzoek';
import { bestand, bestandAntwoord, LANG_CACHEN, NIET_CACHEN, tekstAntwoord, type Bestand } from './antwoord';
import { csp, cspKoppen } from './beveiliging';
import { contentType } from './bestandstypen';

export const CHECK_PAD = '/leerplichtcheck';

/** Vite's folder for content-hashed files (build.assetsDir). */
const ASSETS = 'assets/';

/** The CSP of the page: its own scripts, styles, images and fonts, and GraphQL on this server. */
const CHECK_CSP = csp({ dataUrls: true });

/**
 * The file a request path names, relative to the dist folder (posix separators), or null when it
 * names none that may be served. '' is the bare page.
 */
export function relatiefPad(pad: string): string | null {
  if (pad === CHECK_PAD || pad === `${CHECK_PAD}/`) return '';
  if (!pad.startsWith(`${CHECK_PAD}/`)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pad.slice(CHECK_PAD.length + 1));
  } catch {
    return null; // malformed %-encoding
  }
  if (rest.includes('\0') || rest.includes('\\')) return null;
  const delen = rest.split('/');
  // '.', '..' and dotfiles (.env, .git …); an empty part is a doubled or trailing slash
  if (delen.some((d, i) => d.startsWith('.') || (d === '' && i < delen.length - 1))) return null;
  return rest;
}

/** An asset (a file with an extension, or anything under assets/) is never answered with the page. */
function isAsset(rel: string): boolean {
  return rel.startsWith(ASSETS) || /\.[A-Za-z0-9]+$/.test(rel.split('/').pop() ?? '');
}

/** A file inside the folder, kept while its size and mtime stay the same (gzip made once). */
type Cache = Map<string, { grootte: number; mtime: number; bestand: Bestand }>;

async function leesBinnen(map: string, rel: string, type: string, cache: Cache): Promise<Bestand | null> {
  try {
    const echteMap = await fs.realpath(map);
    const echt = await fs.realpath(path.resolve(echteMap, rel));
    if (!echt.startsWith(echteMap + path.sep)) return null; // a symlink out of web/dist
    const st = await fs.stat(echt);
    if (!st.isFile()) return null;
    const bekend = cache.get(echt);
    if (bekend && bekend.grootte === st.size && bekend.mtime === st.mtimeMs) return bekend.bestand;
    const b = bestand(await fs.readFile(echt), type);
    if (cache.size >= 500) cache.clear(); // many builds in one run: start over
    cache.set(echt, { grootte: st.size, mtime: st.mtimeMs, bestand: b });
    return b;
  } catch {
    return null;
  }
}

export function maakStatisch(distMap: string): (req: http.IncomingMessage, pad: string) => Promise<HttpAntwoord> {
  const map = path.resolve(distMap);
  const cache: Cache = new Map();
  const HTML = 'text/html; charset=utf-8';
  return async (req, pad) => {
    const rel = relatiefPad(pad);
    if (rel === null) return tekstAntwoord(404, 'not found');
    const index = await leesBinnen(map, 'index.html', HTML, cache);
    if (!index) {
      return tekstAntwoord(503, 'De Leerplichtcheck is niet gebouwd: run npm run web:build (web/dist/index.html ontbreekt). — The Leerplichtcheck page has not been built: run npm run web:build.', [['retry-after', '60']]);
    }
    const pagina = () => bestandAntwoord(req, index, NIET_CACHEN, cspKoppen(CHECK_CSP));
    if (rel === '' || rel === 'index.html') return pagina();
    const type = contentType(rel);
    const b = await leesBinnen(map, rel, type, cache);
    if (b) {
      const html = type === HTML;
      return bestandAntwoord(req, b, rel.startsWith(ASSETS) ? LANG_CACHEN : html ? NIET_CACHEN : 'no-cache', html ? cspKoppen(CHECK_CSP) : []);
    }
    if (isAsset(rel)) return tekstAntwoord(404, 'not found');
    return pagina();
  };
}
