// The charts (Chart.js, bundled: no CDN). Each canvas is an image whose text alternative names the
// table with the same numbers. No animation: the chart is complete when drawn, also on paper.
// Chart.js sets sizes through element.style (the CSSOM), which the page's CSP allows.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';
import { h } from '../dom';
import type { Cijfers } from './api';
import { MAATREGEL, MELDINGSOORT, naam, ONDERWIJSSOORT } from './teksten';
import { perOnderwijssoort, TREND } from './tabellen';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
Chart.defaults.color = '#1a1a1a';

/** Colours apart in hue and lightness, each at least 3:1 against white (WCAG 1.4.11). */
const KLEUREN = ['#01689b', '#d52b1e', '#39870c', '#a90061', '#673327', '#e17000', '#42145f', '#275937'];

const getallen = { beginAtZero: true, ticks: { precision: 0 } };
let grafieken: Chart[] = [];
let wachtend: (() => Chart)[] = [];

/** Drop the charts of the previous answer (Chart.js keeps listeners on each). */
export function ruimOp(): void {
  for (const g of grafieken) g.destroy();
  grafieken = [];
  wachtend = [];
}

/** Draw the charts made since the last call, now that their canvases are in the page (Chart.js measures the container). */
export function teken(): void {
  grafieken.push(...wachtend.map((maak) => maak()));
  wachtend = [];
}

function figuur(id: string, titel: string, tabelId: string, config: ChartConfiguration): HTMLElement {
  const canvas = h('canvas', { id, role: 'img', 'aria-label': `Grafiek: ${titel}. De cijfers staan in de tabel hieronder.`, 'aria-describedby': tabelId });
  canvas.textContent = `${titel}: zie de tabel.`;
  const el = h('figure', { class: 'grafiek' }, h('figcaption', {}, titel), h('div', { class: 'doek' }, canvas));
  wachtend.push(() => new Chart(canvas, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } }));
  return el;
}

export function meldingenGrafiek(c: Cijfers): HTMLElement {
  const p = perOnderwijssoort(c);
  const titel = `Meldingen per onderwijssoort en soort verzuim, ${c.schooljaar}`;
  if (p.onderwijssoorten.length === 0) {
    // no school known for any melding: per soort only
    return figuur('grafiek-meldingen', `Meldingen per soort verzuim, ${c.schooljaar}`, 'tabel-meldingen', {
      type: 'bar',
      data: { labels: c.meldingen.map((m) => naam(MELDINGSOORT, m.soort)), datasets: [{ label: 'Meldingen', data: c.meldingen.map((m) => m.aantal), backgroundColor: KLEUREN[0] }] },
      options: { scales: { y: getallen }, plugins: { legend: { display: false } } },
    });
  }
  return figuur('grafiek-meldingen', titel, 'tabel-onderwijssoort', {
    type: 'bar',
    data: {
      labels: p.onderwijssoorten.map((o) => naam(ONDERWIJSSOORT, o)),
      datasets: p.soorten.map((s, i) => ({ label: naam(MELDINGSOORT, s), data: p.onderwijssoorten.map((o) => p.aantal(o, s)), backgroundColor: KLEUREN[i % KLEUREN.length] })),
    },
    options: { scales: { x: { stacked: true }, y: { ...getallen, stacked: true } } },
  });
}

export function maatregelenGrafiek(c: Cijfers): HTMLElement {
  // an empty chart says nothing the table does not
  if (c.maatregelen.every((m) => m.aantal === 0)) return h('p', { class: 'hint', id: 'maatregelen-geen' }, 'Geen maatregelen in dit schooljaar.');
  return figuur('grafiek-maatregelen', `Maatregelen per soort, ${c.schooljaar}`, 'tabel-maatregelen', {
    type: 'bar',
    data: { labels: c.maatregelen.map((m) => naam(MAATREGEL, m.soort)), datasets: [{ label: 'Maatregelen', data: c.maatregelen.map((m) => m.aantal), backgroundColor: KLEUREN[2] }] },
    options: { indexAxis: 'y', scales: { x: getallen }, plugins: { legend: { display: false } } },
  });
}

export function trendGrafiek(jaren: Cijfers[]): HTMLElement {
  return figuur('grafiek-trend', `Ontwikkeling over ${jaren.length} schooljaren`, 'tabel-trend', {
    type: 'line',
    data: {
      labels: jaren.map((c) => c.schooljaar),
      datasets: TREND.map((t, i) => ({ label: t.label, data: jaren.map((c) => t.waarde(c)), borderColor: KLEUREN[i], backgroundColor: KLEUREN[i], pointRadius: 4, pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const)[i] })),
    },
    options: { scales: { y: getallen } },
  });
}
