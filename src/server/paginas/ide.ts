// GET /graphql from a browser: GraphiQL, from the graphiql package's own UMD build with React 18's
// UMD builds, all served by this server under /graphql/ide/ (content-hashed names, cached long), so
// the IDE works on a machine without internet. Everything else on /graphql stays GraphQL over HTTP.
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import type { HttpAntwoord } from '../graphql-verzoek';
import { bestand, bestandAntwoord, LANG_CACHEN, NIET_CACHEN, tekstAntwoord, type Bestand } from './antwoord';
import { csp, cspKoppen, html, nieuweNonce, paginaKoppen } from './beveiliging';
import { contentType } from './bestandstypen';
import { ideStartScript } from './ide-start';

export const IDE_PAD = '/graphql/ide/';

/** A browser opening /graphql: GET (or HEAD), HTML wanted, and no GraphQL query in the URL. */
export function isIdeVerzoek(req: http.IncomingMessage, url: URL): boolean {
  const methode = (req.method ?? 'GET').toUpperCase();
  if (methode !== 'GET' && methode !== 'HEAD') return false;
  if (url.searchParams.has('query')) return false;
  return String(req.headers.accept ?? '').toLowerCase().includes('text/html');
}

const IDE_CSS = `html, body { height: 100%; margin: 0; }
#graphiql { height: 100vh; }
.verborgen { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

const pakketmap = (naam: string) => path.dirname(require.resolve(`${naam}/package.json`));

interface Geladen { bestanden: Map<string, Bestand>; namen: Record<'react' | 'reactDom' | 'graphiql' | 'graphiqlCss' | 'ideCss' | 'start', string> }

function laad(): Geladen {
  const lees = (pakket: string, bestandspad: string) => fs.readFileSync(path.join(pakketmap(pakket), bestandspad));
  // the source map is not shipped here: its comment would only make a browser's devtools ask for it
  const graphiql = lees('graphiql', 'dist/index.umd.js').toString('utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
  const bronnen = {
    react: ['react', lees('react', 'umd/react.production.min.js'), '.js'],
    reactDom: ['react-dom', lees('react-dom', 'umd/react-dom.production.min.js'), '.js'],
    graphiql: ['graphiql', graphiql, '.js'],
    graphiqlCss: ['graphiql', lees('graphiql', 'dist/style.css'), '.css'],
    ideCss: ['ide', IDE_CSS, '.css'],
    start: ['start', ideStartScript(), '.js'],
  } as const;
  const bestanden = new Map<string, Bestand>();
  const namen = {} as Geladen['namen'];
  for (const [sleutel, [basis, inhoud, ext]] of Object.entries(bronnen) as [keyof typeof bronnen, (typeof bronnen)[keyof typeof bronnen]][]) {
    const b = bestand(inhoud, contentType(`${basis}${ext}`));
    const naam = `${basis}.${b.hash}${ext}`;
    bestanden.set(naam, b);
    namen[sleutel] = naam;
  }
  return { bestanden, namen };
}

export interface Ide {
  /** the IDE's HTML page */
  pagina(req: http.IncomingMessage): HttpAntwoord;
  /** a file under /graphql/ide/ (404 for any other name) */
  bestand(req: http.IncomingMessage, pad: string): HttpAntwoord;
}

export function maakIde(): Ide {
  let geladen: Geladen | undefined; // read once, on first use: most servers (and tests) never open the IDE
  const g = () => (geladen ??= laad());
  return {
    pagina() {
      const { namen } = g();
      const nonce = nieuweNonce();
      const url = (naam: string) => `${IDE_PAD}${naam}`;
      const tekst = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphQL IDE · Leerplicht rules API</title>
<link rel="stylesheet" href="${url(namen.graphiqlCss)}">
<link rel="stylesheet" href="${url(namen.ideCss)}">
</head>
<body>
<h1 class="verborgen">GraphQL IDE van de Leerplicht rules API</h1>
<noscript><p>Deze GraphQL IDE heeft JavaScript nodig; zonder: stuur een POST met JSON naar /graphql. Terug naar <a href="/">de voorpagina</a>. — This IDE needs JavaScript.</p></noscript>
<main id="graphiql" aria-label="GraphQL IDE"><p>GraphiQL wordt geladen… — loading GraphiQL…</p></main>
<script src="${url(namen.react)}"></script>
<script src="${url(namen.reactDom)}"></script>
<script src="${url(namen.graphiql)}"></script>
<script src="${url(namen.start)}" data-nonce="${html(nonce)}"></script>
</body>
</html>
`;
      return {
        status: 200,
        headers: [['content-type', 'text/html; charset=utf-8'], ['cache-control', NIET_CACHEN],
          ...paginaKoppen(), ...cspKoppen(csp({ stijlen: [`nonce-${nonce}`], dataUrls: true }))],
        body: tekst,
      };
    },
    bestand(req, pad) {
      const b = g().bestanden.get(pad.slice(IDE_PAD.length));
      return b ? bestandAntwoord(req, b, LANG_CACHEN) : tekstAntwoord(404, 'not found');
    },
  };
}
