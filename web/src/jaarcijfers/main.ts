// The jaarcijfers page for the leerplichtambtenaar (and an RMC-regio): ask for the API key, then the
// figures of the key's gemeente (or a gemeente of the regio, or the regio as a whole) for a
// schooljaar, as tables and charts, with the trend over five schooljaren, a CSV download
// (exportJaarcijfers) and a print button. All figures come from the API; the page only adds up
// meldingen per onderwijssoort for the chart.
import '../stijl.css';
import './stijl.css';
import { h } from '../dom';
import { bewaardeSleutel, bewaarSleutel, foutTekst, maakApi, schooljaren, sleutelFout, vergeetSleutel, type Api, type Gebied, type Toegang } from './api';
import { maatregelenGrafiek, meldingenGrafiek, ruimOp, teken, trendGrafiek } from './grafieken';
import * as tabellen from './tabellen';
import { FOUT } from './teksten';

const TREND_JAREN = 5;
const app = document.getElementById('app')!;
const inhoud = h('main', { class: 'breed', id: 'inhoud', tabindex: '-1' });
app.replaceChildren(
  h('a', { class: 'naar-inhoud', href: '#inhoud' }, 'Naar de inhoud'),
  h('header', { class: 'kop' }, h('div', { class: 'breed' }, h('p', { class: 'merk' }, 'Leerplicht — jaarcijfers'))),
  inhoud,
  h('footer', { class: 'voet' }, h('div', { class: 'breed' }, h('p', {}, 'Cijfers uit de opgeslagen gegevens, geteld volgens de Leerplichtwet 1969 en de regels van deze dienst.'))),
);

const foutmelding = (tekst: string) => h('p', { class: 'fout-api', role: 'alert', id: 'fout' }, tekst);

/** The key form; the key goes to sessionStorage, never into the URL (the form is not submitted). */
function vraagSleutel(fout?: string): void {
  ruimOp();
  const invoer = h('input', { id: 'sleutel', name: 'sleutel', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, 'aria-describedby': 'sleutel-hint' });
  const formulier = h('form', { id: 'sleutel-formulier', class: 'formulier bediening', novalidate: true },
    h('div', { class: 'veld' },
      h('label', { for: 'sleutel' }, 'API-sleutel'),
      h('p', { id: 'sleutel-hint', class: 'hint' }, 'De sleutel van uw gemeente (rol LEERPLICHTAMBTENAAR) of RMC-regio. Hij blijft alleen in dit tabblad bewaard en gaat als Authorization-kop mee naar de server.'),
      invoer),
    h('p', {}, h('button', { type: 'submit', class: 'eerste' }, 'Verder')));
  formulier.addEventListener('submit', (e) => {
    e.preventDefault();
    const sleutel = invoer.value.trim();
    if (!sleutel) return vraagSleutel('Vul de API-sleutel in.');
    bewaarSleutel(sleutel);
    void start(sleutel);
  });
  inhoud.replaceChildren(h('h1', {}, 'Jaarcijfers leerplicht'), h('p', { class: 'intro' }, 'Meldingen, maatregelen, thuiszitters, vrijstellingen en voortijdig schoolverlaters van uw gemeente of regio, per schooljaar.'),
    ...(fout ? [foutmelding(fout)] : []), formulier);
  invoer.focus();
}

async function start(sleutel: string): Promise<void> {
  const api = maakApi(sleutel);
  inhoud.replaceChildren(h('h1', {}, 'Jaarcijfers leerplicht'), h('p', { class: 'bezig', role: 'status' }, 'Sleutel controleren…'));
  let toegang: Toegang;
  try {
    toegang = await api.toegang();
  } catch (e) {
    if (sleutelFout(e)) vergeetSleutel();
    return vraagSleutel(foutTekst(e));
  }
  if (toegang.rol !== 'LEERPLICHTAMBTENAAR' && toegang.rol !== 'RMC') {
    vergeetSleutel();
    return vraagSleutel(FOUT.verkeerdeRol);
  }
  toonBediening(api, toegang);
}

const gebiedNaam = (t: Toegang, g: Gebied) => (g === null ? `regio ${t.regio}` : `gemeente ${g}`);

function toonBediening(api: Api, toegang: Toegang): void {
  const jaar = h('select', { id: 'schooljaar', name: 'schooljaar' }, ...schooljaren(new Date(), 6).map((j) => h('option', { value: j }, j)));
  const velden: HTMLElement[] = [h('div', { class: 'veld' }, h('label', { for: 'schooljaar' }, 'Schooljaar'), jaar)];
  let gebied: () => Gebied = () => toegang.gemeente;
  if (toegang.rol === 'RMC') {
    const keuze = h('select', { id: 'gemeente', name: 'gemeente' }, h('option', { value: '' }, `Hele regio ${toegang.regio}`),
      ...(toegang.gemeenten ?? []).map((g) => h('option', { value: g }, `Gemeente ${g}`)));
    velden.push(h('div', { class: 'veld' }, h('label', { for: 'gemeente' }, 'Gemeente'), keuze));
    gebied = () => keuze.value || null;
  }
  const uitslag = h('section', { id: 'uitslag', 'aria-live': 'polite', 'aria-labelledby': 'uitslag-titel' });
  const csvKnop = h('button', { type: 'button', class: 'tweede', id: 'csv' }, 'CSV downloaden');
  const printKnop = h('button', { type: 'button', class: 'tweede', id: 'afdrukken' }, 'Afdrukken');
  const andere = h('button', { type: 'button', class: 'tweede', id: 'andere-sleutel' }, 'Andere sleutel');
  const formulier = h('form', { id: 'keuze', class: 'formulier bediening' }, ...velden,
    h('p', { class: 'knoppen' }, h('button', { type: 'submit', class: 'eerste' }, 'Toon cijfers'), csvKnop, printKnop, andere));
  const status = h('p', { class: 'status bediening', role: 'status', id: 'status' });
  let volgnummer = 0;

  formulier.addEventListener('submit', (e) => {
    e.preventDefault();
    void toon(++volgnummer);
  });
  async function toon(nummer: number) {
    const g = gebied();
    const jaren = schooljaren(new Date(Number(jaar.value.slice(0, 4)), 7, 1), TREND_JAREN).reverse();
    uitslag.setAttribute('aria-busy', 'true');
    status.textContent = 'Cijfers ophalen…';
    // the chosen schooljaar must answer; an earlier one that does not (e.g. before the known
    // school holidays) is left out of the trend and named
    const antwoorden = await Promise.allSettled(jaren.map((j) => api.cijfers(g, j)));
    const gekozen = antwoorden[antwoorden.length - 1];
    const cijfers = antwoorden.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
    const zonder = jaren.filter((_, i) => antwoorden[i].status === 'rejected');
    if (gekozen.status === 'rejected') {
      const e: unknown = gekozen.reason;
      if (nummer !== volgnummer) return;
      status.textContent = '';
      uitslag.removeAttribute('aria-busy');
      if (sleutelFout(e)) { vergeetSleutel(); return vraagSleutel(foutTekst(e)); }
      ruimOp();
      uitslag.replaceChildren(h('h2', { id: 'uitslag-titel' }, 'Geen cijfers'), foutmelding(foutTekst(e)));
      return;
    }
    if (nummer !== volgnummer) return; // a newer question is under way
    ruimOp();
    const c = cijfers[cijfers.length - 1];
    const titel = h('h2', { id: 'uitslag-titel', tabindex: '-1' }, `Cijfers van ${gebiedNaam(toegang, g)}, schooljaar ${c.schooljaar}`);
    uitslag.replaceChildren(
      titel,
      ...(c.fouten.length > 0 ? [h('p', { class: 'hint' }, `${c.fouten.length} leerling(en) konden niet worden beoordeeld; zij tellen niet mee bij thuiszitters en voortijdig schoolverlaters.`)] : []),
      tabellen.kerncijfers(c),
      h('h3', {}, 'Meldingen'), meldingenGrafiek(c), tabellen.meldingenPerOnderwijssoort(c), tabellen.meldingenPerSoort(c), tabellen.meldingenPerSchool(c),
      h('h3', {}, 'Maatregelen'), maatregelenGrafiek(c), tabellen.maatregelen(c),
      h('h3', {}, 'Thuiszitters'), tabellen.thuiszitters(c),
      h('h3', {}, 'Vrijstellingen'), tabellen.vrijstellingen(c),
      h('h3', {}, 'Voortijdig schoolverlaters'), tabellen.vsv(c),
      h('h3', {}, 'Meerdere schooljaren'),
      ...(zonder.length > 0 ? [h('p', { class: 'hint', id: 'trend-zonder' }, `Zonder cijfers (de server kon ze niet tellen): ${zonder.join(', ')}.`)] : []),
      trendGrafiek(cijfers), tabellen.trend(cijfers),
    );
    teken();
    uitslag.removeAttribute('aria-busy');
    status.textContent = `Cijfers van ${c.schooljaar} getoond.`;
    titel.focus();
  }

  csvKnop.addEventListener('click', () => void (async () => {
    const g = gebied();
    status.textContent = 'CSV ophalen…';
    try {
      const csv = await api.csv(g, jaar.value);
      // a BOM, so spreadsheet programs read the file as UTF-8
      const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
      const link = h('a', { href: url, download: `jaarcijfers-${g ?? 'regio'}-${jaar.value.replace('/', '-')}.csv`, hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      status.textContent = 'CSV gedownload.';
    } catch (e) {
      status.textContent = '';
      if (sleutelFout(e)) { vergeetSleutel(); return vraagSleutel(foutTekst(e)); }
      status.replaceChildren(foutmelding(foutTekst(e)));
    }
  })());
  printKnop.addEventListener('click', () => window.print());
  andere.addEventListener('click', () => { vergeetSleutel(); vraagSleutel(); });

  inhoud.replaceChildren(
    h('h1', {}, 'Jaarcijfers leerplicht'),
    h('p', { class: 'intro' }, toegang.rol === 'RMC' ? `RMC-regio ${toegang.regio}: kies een gemeente of de hele regio, en een schooljaar.` : `Gemeente ${toegang.gemeente}: kies een schooljaar.`),
    formulier, status, uitslag);
  jaar.focus();
}

const bewaard = bewaardeSleutel();
if (bewaard) void start(bewaard);
else vraagSleutel();
