// The pages for people, beside the API: / (voorpagina), /README.md, the GraphQL IDE (GET /graphql
// from a browser, its files under /graphql/ide/) and the Leerplichtcheck (/leerplichtcheck/…).
// http.ts asks this first; null means "not a page": the API's own routes (and its 404) follow.
import path from 'node:path';
import type http from 'node:http';
import type { HttpAntwoord } from '../graphql-verzoek';
import { bestand, bestandAntwoord, NIET_CACHEN, tekstAntwoord } from './antwoord';
import { IDE_PAD, isIdeVerzoek, maakIde } from './ide';
import { repoRoot } from '../../store/mikro-orm.config';
import { CHECK_PAD, maakStatisch } from './statisch';
import { isJaarcijfersPad, JAARCIJFERS_BESTAND } from './jaarcijfers';
import { leesReadme, maakVoorpagina, type Regelsetgegevens } from './voorpagina';

export interface PaginaOpties {
  regelset: Regelsetgegevens;
  apiVersie: string;
  /** the built Leerplichtcheck (default: web/dist in the project; LEERPLICHT_WEB_DIST) */
  webDist?: string;
}

export type Paginas = (req: http.IncomingMessage, url: URL) => Promise<HttpAntwoord | null>;

/** The 404 of the server lists where to go. */
export const NIET_GEVONDEN = 'not found: use / (start page), /graphql (GraphQL; the IDE in a browser), /leerplichtcheck, /jaarcijfers, /health/live, /health/ready or /metrics';

export function maakPaginas(o: PaginaOpties): Paginas {
  const root = repoRoot();
  const readme = leesReadme(root);
  const voorpagina = maakVoorpagina({ regelset: o.regelset, apiVersie: o.apiVersie, readme });
  const readmeBestand = readme === null ? null : bestand(readme, 'text/plain; charset=utf-8');
  const ide = maakIde();
  const statisch = maakStatisch(o.webDist ?? path.join(root, 'web', 'dist'));

  return async (req, url) => {
    const pad = url.pathname;
    if (pad === '/graphql') return isIdeVerzoek(req, url) ? ide.pagina(req) : null;
    const pagina = pad === '/' || pad === '/README.md' || pad.startsWith(IDE_PAD) || pad === CHECK_PAD || pad.startsWith(`${CHECK_PAD}/`) || isJaarcijfersPad(pad);
    if (!pagina) return null;
    const methode = (req.method ?? 'GET').toUpperCase();
    if (methode !== 'GET' && methode !== 'HEAD') return tekstAntwoord(405, `method ${methode} not allowed here: use GET`, [['allow', 'GET, HEAD']]);
    if (pad === '/') return bestandAntwoord(req, voorpagina.bestand, NIET_CACHEN, voorpagina.koppen);
    if (pad === '/README.md') return readmeBestand ? bestandAntwoord(req, readmeBestand, 'no-cache') : tekstAntwoord(404, NIET_GEVONDEN);
    if (pad.startsWith(IDE_PAD)) return ide.bestand(req, pad);
    if (isJaarcijfersPad(pad)) return statisch(req, JAARCIJFERS_BESTAND);
    return statisch(req, pad);
  };
}
