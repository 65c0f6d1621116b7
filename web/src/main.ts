// The Leerplichtcheck page: header with the language switch, the form, and one aria-live region
// where the answer appears. Switching the language also asks the last question again in that taal.
import './stijl.css';
import { beantwoord, LeerplichtFout } from './api';
import { h, huidigeTaal, t, tekst, zetTaal, bijTaal } from './dom';
import { maakFormulier, type Vraag } from './formulieren';

const app = document.getElementById('app')!;
const antwoord = h('section', { id: 'antwoord', class: 'antwoord', 'aria-live': 'polite', 'aria-labelledby': 'antwoord-titel', hidden: true });
let laatste: Vraag | null = null;
let volgnummer = 0;

async function vraag(v: Vraag) {
  laatste = v;
  const nummer = ++volgnummer;
  antwoord.hidden = false;
  antwoord.setAttribute('aria-busy', 'true');
  antwoord.replaceChildren(h('h2', { id: 'antwoord-titel', tabindex: '-1' }, t().antwoordTitel), h('p', { class: 'bezig' }, t().bezig));
  let inhoud: Node[];
  try {
    inhoud = (await beantwoord(v, huidigeTaal()))();
  } catch (e) {
    const bericht = e instanceof LeerplichtFout && e.status !== 0 && e.code !== 'INTERNAL_SERVER_ERROR' ? `${t().foutApi} ${e.message}` : t().foutVerbinding;
    inhoud = [h('p', { class: 'fout-api', role: 'alert', id: 'api-fout' }, bericht)];
  }
  if (nummer !== volgnummer) return; // a newer question is under way
  const titel = h('h2', { id: 'antwoord-titel', tabindex: '-1' }, t().antwoordTitel);
  antwoord.replaceChildren(titel, ...inhoud);
  antwoord.removeAttribute('aria-busy');
  titel.focus();
}

const formulier = maakFormulier((v) => void vraag(v));

const taalKnop = h('button', { type: 'button', class: 'taal', id: 'taal' });
bijTaal(taalKnop, (tk) => {
  taalKnop.textContent = tk.taalKnop;
  taalKnop.setAttribute('aria-label', tk.taalKnopLabel);
  taalKnop.setAttribute('lang', huidigeTaal() === 'nl' ? 'en' : 'nl');
});
taalKnop.addEventListener('click', () => {
  zetTaal(huidigeTaal() === 'nl' ? 'en' : 'nl');
  document.title = t().paginaTitel;
  formulier.vertaal();
  if (laatste && !antwoord.hidden) void vraag(formulier.huidigeVraag() ?? laatste);
});

app.replaceChildren(
  tekst('a', (tk) => tk.naarInhoud, { class: 'naar-inhoud', href: '#inhoud' }),
  h('header', { class: 'kop' }, h('div', { class: 'breed' }, tekst('p', (tk) => tk.paginaTitel, { class: 'merk' }), taalKnop)),
  h('main', { class: 'breed', id: 'inhoud', tabindex: '-1' },
    tekst('h1', (tk) => tk.paginaTitel),
    tekst('p', (tk) => tk.intro, { class: 'intro' }),
    tekst('p', (tk) => tk.privacy, { class: 'hint' }),
    formulier.el,
    antwoord),
  h('footer', { class: 'voet' }, h('div', { class: 'breed' }, tekst('p', (tk) => tk.voet))),
);
