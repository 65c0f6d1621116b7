// GET /: what this service is, in Dutch with a line in English, and where to go from here — the
// Leerplichtcheck, the GraphQL IDE, health and metrics, the README (served as text at /README.md)
// and the rule set this server runs. One self-contained page: its only style is inline, admitted by
// its hash in the CSP; no script, no external resource.
import fs from 'node:fs';
import path from 'node:path';
import { bestand, type Bestand } from './antwoord';
import { csp, cspKoppen, html, stijlHash, type Koppen } from './beveiliging';

export interface Regelsetgegevens { hash: string; aantalRegels: number; engineVersie: string }

export interface VoorpaginaOpties {
  regelset: Regelsetgegevens;
  /** package.json's version (the API-Version header) */
  apiVersie: string;
  /** README.md's text, if the project has one: its sections are listed */
  readme?: string | null;
}

const STIJL = `
:root { color-scheme: light; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff; }
header, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
a { color: #0645ad; text-decoration-thickness: .08em; text-underline-offset: .15em; }
a:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1rem 0 .5rem; }
h2 { font-size: 1.25rem; margin-top: 2rem; }
.en { color: #3d3d3d; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .95em; background: #f1f1f1; padding: 0 .2em; border-radius: 3px; word-break: break-all; }
dt { font-weight: 600; margin-top: .5rem; }
dd { margin-left: 0; }
footer { margin-top: 2rem; padding-bottom: 2rem; color: #3d3d3d; font-size: .9rem; }
`;

/** The onderwerpen the rules cover, with their articles (Leerplichtwet 1969 unless named). */
const ONDERWERPEN: [string, string][] = [
  ['Leerplicht', 'wie leerplichtig is, van wanneer tot wanneer (art 2, 3, 4)'],
  ['Kwalificatieplicht', 'tot 18 jaar of tot een startkwalificatie (art 4a, 4b, 4c)'],
  ['Verzuim en meldplicht', 'moet de school dit verzuim melden: 16 uur in 4 lesweken, luxe verzuim, langdurig relatief verzuim (art 21a)'],
  ['Verlof', 'mag de directeur of de leerplichtambtenaar dit verlof toestaan, en wie beslist (art 11, 11a, 12, 13, 13a, 14)'],
  ['Vrijstellingen', 'is een beroep op vrijstelling geldig en op tijd (art 5, 5a, 6–10, 15)'],
  ['RMC en Doorstroompunt', 'jongeren tot 23 (vanaf 2026 tot 27) zonder startkwalificatie (WEB 8.3.1; Wet van school naar duurzaam werk)'],
];

/** The '## ' headings of the README. */
export function readmeSecties(readme: string): string[] {
  return [...readme.matchAll(/^## +(.+?)\s*$/gm)].map((m) => m[1]);
}

export function leesReadme(projectmap: string): string | null {
  try {
    return fs.readFileSync(path.join(projectmap, 'README.md'), 'utf8');
  } catch {
    return null;
  }
}

export function voorpaginaHtml(o: VoorpaginaOpties): string {
  const r = o.regelset;
  const secties = o.readme ? readmeSecties(o.readme) : [];
  const onderwerpen = ONDERWERPEN.map(([naam, wat]) => `<li><strong>${html(naam)}</strong>: ${html(wat)}</li>`).join('\n');
  const readme = secties.length
    ? `<h2>Documentatie</h2>
<p>De <a href="/README.md">README</a> (in het Engels) beschrijft de dienst; de secties:</p>
<ul>
${secties.map((s) => `<li>${html(s)}</li>`).join('\n')}
</ul>
<p>Het schema staat in <code>schema/schema.graphql</code>; in de GraphQL IDE is het te doorzoeken (Docs).</p>`
    : '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Leerplicht rules API — de Leerplichtwet 1969 als regels-API</title>
<style>${STIJL}</style>
</head>
<body>
<header>
<nav aria-label="Hoofdmenu">
<ul>
<li><a href="/leerplichtcheck/">Leerplichtcheck</a></li>
<li><a href="/graphql">GraphQL IDE</a></li>
<li><a href="/health/ready">Gereedheid</a></li>
<li><a href="/metrics">Metrics</a></li>
<li><a href="/README.md">README</a></li>
</ul>
</nav>
</header>
<main>
<h1>Leerplicht rules API</h1>
<p>Deze dienst beantwoordt vragen over de <strong>Leerplichtwet 1969</strong> als een regels-API met GraphQL.
Elk antwoord geldt precies op de dag, met de schoolvakanties, en noemt de regel, het artikel en het lid waarop het berust.</p>
<p class="en" lang="en">In English: the Dutch Compulsory Education Act (Leerplichtwet 1969) as a GraphQL rules API; every answer is exact to the day and cites its article.</p>

<h2>Wat de dienst beantwoordt</h2>
<ul>
${onderwerpen}
</ul>

<h2>Waar u heen kunt</h2>
<dl>
<dt><a href="/leerplichtcheck/">Leerplichtcheck</a></dt>
<dd>Voor ouders en schoolbalies: is een kind leerplichtig, van wanneer tot wanneer, en mag dit verlof?</dd>
<dt><a href="/jaarcijfers">Jaarcijfers</a></dt>
<dd>Voor leerplichtambtenaren en RMC-regio's (met API-sleutel): meldingen, maatregelen, thuiszitters, vrijstellingen en voortijdig schoolverlaters per schooljaar, in tabellen en grafieken, af te drukken en als CSV.</dd>
<dt><a href="/graphql">GraphQL IDE</a> (<code>/graphql</code>)</dt>
<dd>Probeer de API in de browser, met voorbeelden voor ouders, scholen, leerplichtambtenaren en ontwikkelaars. Programma's sturen een POST met JSON naar <code>/graphql</code>.</dd>
<dt><a href="/health/ready">/health/ready</a></dt>
<dd>Of de dienst klaar is en de database antwoordt (<code>/health/live</code>: of het proces draait).</dd>
<dt><a href="/metrics">/metrics</a></dt>
<dd>Metrics voor Prometheus.</dd>
</dl>
${readme}

<h2>Deze regelset</h2>
<dl>
<dt>Versie van de API</dt><dd><code>${html(o.apiVersie)}</code></dd>
<dt>Regelset (sha256 van de regelbestanden)</dt><dd><code>${html(r.hash)}</code></dd>
<dt>Regels</dt><dd>${r.aantalRegels} (engine ${html(r.engineVersie)})</dd>
</dl>
</main>
<footer>
<p>De wettekst: <a href="https://wetten.overheid.nl/BWBR0002628">Leerplichtwet 1969 op wetten.overheid.nl</a>.</p>
</footer>
</body>
</html>
`;
}

/** The page, built once (it changes only with a new rule set or version, i.e. a restart). */
export function maakVoorpagina(o: VoorpaginaOpties): { bestand: Bestand; koppen: Koppen } {
  return {
    bestand: bestand(voorpaginaHtml(o), 'text/html; charset=utf-8'),
    koppen: cspKoppen(csp({ stijlen: [stijlHash(STIJL)] })),
  };
}
