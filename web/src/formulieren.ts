// The one form of the page: which question, the child (geboortedatum, vakantieregio), and the part
// of the question (peildatum and school history, or the leave asked for). `lees` checks the input
// and gives either the question for the API or the errors, each tied to its field.
import { leesDatum, vandaagInvoer } from './datum';
import { h, t, tekst } from './dom';
import type { Regio } from './regio';
import { maakRegioKeuze, type Fout } from './regio-keuze';
import { maakSchoolgeschiedenis, type Inschrijving } from './schoolgeschiedenis';
import type { Teksten } from './teksten';
import { datumveld, keuzegroep, keuzeveld, tekstveld, vinkje, type Veld } from './velden';

export type Vraagsoort = 'LEERPLICHT' | 'VAKANTIE' | 'GEWICHTIG';
export const REDENEN_14 = ['VERHUIZING', 'HUWELIJK', 'ZIEKTE_FAMILIE', 'OVERLIJDEN', 'JUBILEUM', 'VERPLICHTING', 'ANDERS'] as const;

export interface Situatie { geboortedatum: string; vakantieregio?: Regio; inschrijvingen?: Inschrijving[] }
export interface Aanvraag { vanaf: string; tot: string; aangevraagdOp: string; dagen?: number; vooraf?: boolean; beroepOuderVerhindertVakantie?: boolean }
export type Vraag =
  | { soort: 'LEERPLICHT'; situatie: Situatie; peildatum: string }
  | { soort: 'VAKANTIE' | 'GEWICHTIG'; situatie: Situatie; aanvraag: Aanvraag; reden: string | null };

type Tekst = (t: Teksten) => string;

export function maakFormulier(opVraag: (v: Vraag) => void) {
  const vraag = keuzegroep('vraag', (tk) => tk.vraagLegend, [
    ['LEERPLICHT', (tk) => tk.vraagLeerplicht], ['VAKANTIE', (tk) => tk.vraagVakantie], ['GEWICHTIG', (tk) => tk.vraagGewichtig],
  ], { standaard: 'LEERPLICHT', klasse: 'vraag' });
  const geboortedatum = datumveld('geboortedatum', (tk) => tk.geboortedatum, (tk) => tk.datumHint);
  geboortedatum.invoer.setAttribute('autocomplete', 'bday');
  const regio = maakRegioKeuze();
  const kind = h('fieldset', { class: 'groep' }, tekst('legend', (tk) => tk.kindLegend), geboortedatum.el, regio.el);

  const peildatum = datumveld('peildatum', (tk) => tk.peildatum, (tk) => tk.peildatumHint, vandaagInvoer());
  const school = maakSchoolgeschiedenis();
  const leerplichtDeel = h('div', { id: 'deel-leerplicht' }, peildatum.el, school.el);

  const vanaf = datumveld('verlof-vanaf', (tk) => tk.verlofVanaf, (tk) => tk.datumHint);
  const tot = datumveld('verlof-tot', (tk) => tk.verlofTot, (tk) => tk.datumHint);
  const aangevraagd = datumveld('aangevraagd-op', (tk) => tk.aangevraagdOp, (tk) => tk.aangevraagdHint, vandaagInvoer());
  const dagen = tekstveld('verlof-dagen', (tk) => tk.dagen, { hint: (tk) => tk.dagenHint, inputmode: 'decimal', klein: true });
  const beroep = vinkje('beroep-ouder', (tk) => tk.beroepOuder, { hint: (tk) => tk.beroepOuderHint });
  const reden = keuzeveld('reden', (tk) => tk.redenLabel, () => REDENEN_14.map((r) => [r, (tk: Teksten) => tk.redenen14[r]]), { leeg: (tk) => tk.kiesReden });
  const vooraf = vinkje('vooraf', (tk) => tk.vooraf, { hint: (tk) => tk.voorafHint, aan: true });
  const alleen13a = h('div', {}, beroep.el);
  const alleen14 = h('div', {}, reden.el, vooraf.el);
  const verlofDeel = h('fieldset', { class: 'groep', id: 'deel-verlof' }, tekst('legend', (tk) => tk.verlofLegend), vanaf.el, tot.el, aangevraagd.el, dagen.el, alleen13a, alleen14);

  const overzicht = h('div', { class: 'foutoverzicht', id: 'foutoverzicht', tabindex: '-1', hidden: true });
  const knop = tekst('button', (tk) => tk.verstuur, { type: 'submit', class: 'eerste' });
  const form = h('form', { id: 'check', novalidate: true }, overzicht, vraag.el, kind, leerplichtDeel, verlofDeel, knop);

  const toonDelen = () => {
    const soort = vraag.waarde() as Vraagsoort;
    leerplichtDeel.hidden = soort !== 'LEERPLICHT';
    verlofDeel.hidden = soort === 'LEERPLICHT';
    alleen13a.hidden = soort !== 'VAKANTIE';
    alleen14.hidden = soort !== 'GEWICHTIG';
  };
  for (const k of vraag.knoppen) k.addEventListener('change', toonDelen);
  toonDelen();

  let fouten: Fout[] = [];
  const toonOverzicht = () => {
    overzicht.hidden = fouten.length === 0;
    overzicht.replaceChildren(
      h('h2', {}, t().foutTitel),
      h('ul', {}, ...fouten.map((f) => {
        const a = h('a', { href: `#${f.veld.invoer.id}` }, f.tekst(t()));
        a.addEventListener('click', (e) => { e.preventDefault(); f.veld.invoer.focus(); });
        return h('li', {}, a);
      })),
    );
  };

  const datum = (veld: Veld, verplicht = true): string | null => {
    const d = leesDatum(veld.invoer.value);
    const fout: Tekst | null = d.soort === 'fout' ? (tk) => tk.foutDatum(veld.label(tk)) : d.soort === 'leeg' && verplicht ? (tk) => tk.foutVerplicht(veld.label(tk)) : null;
    veld.zetFout(fout);
    if (fout) fouten.push({ veld, tekst: fout });
    return d.soort === 'ok' ? d.iso : null;
  };

  const lees = (): Vraag | null => {
    fouten = [];
    const soort = vraag.waarde() as Vraagsoort;
    const geboren = datum(geboortedatum);
    const r = regio.lees();
    fouten.push(...r.fouten);
    const situatie = (): Situatie => ({ geboortedatum: geboren!, ...(r.regio ? { vakantieregio: r.regio } : {}) });
    if (soort === 'LEERPLICHT') {
      const peil = datum(peildatum);
      const inschrijvingen = school.lees(fouten);
      if (fouten.length) return null;
      return { soort, situatie: { ...situatie(), ...(inschrijvingen ? { inschrijvingen } : {}) }, peildatum: peil! };
    }
    const van = datum(vanaf), totDag = datum(tot), op = datum(aangevraagd);
    if (van && totDag && totDag < van) { const f: Tekst = (tk) => tk.foutTotVoorVanaf; tot.zetFout(f); fouten.push({ veld: tot, tekst: f }); }
    dagen.zetFout(null);
    const dagTekst = dagen.invoer.value.trim().replace(',', '.');
    const aantal = dagTekst === '' ? undefined : Number(dagTekst);
    if (aantal !== undefined && !(Number.isFinite(aantal) && aantal >= 0)) { const f: Tekst = (tk) => tk.foutDagen; dagen.zetFout(f); fouten.push({ veld: dagen, tekst: f }); }
    reden.zetFout(null);
    if (soort === 'GEWICHTIG' && !reden.invoer.value) { const f: Tekst = (tk) => tk.foutKies(tk.redenLabel); reden.zetFout(f); fouten.push({ veld: reden, tekst: f }); }
    if (fouten.length) return null;
    const aanvraag: Aanvraag = {
      vanaf: van!, tot: totDag!, aangevraagdOp: op!, ...(aantal !== undefined ? { dagen: aantal } : {}),
      ...(soort === 'GEWICHTIG' ? { vooraf: vooraf.invoer.checked } : { beroepOuderVerhindertVakantie: beroep.invoer.checked }),
    };
    return { soort, situatie: situatie(), aanvraag, reden: soort === 'GEWICHTIG' ? reden.invoer.value : null };
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = lees();
    toonOverzicht();
    if (!v) { overzicht.focus(); return; }
    opVraag(v);
  });

  return {
    el: form,
    /** after a language switch: the error summary in the new language (the fields do it themselves) */
    vertaal: () => { if (fouten.length) toonOverzicht(); },
    /** the same question again, e.g. after a language switch; null when the form has errors */
    huidigeVraag: (): Vraag | null => { const v = lees(); toonOverzicht(); return v; },
  };
}
