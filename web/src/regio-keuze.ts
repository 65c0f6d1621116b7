// The vakantieregio question: chosen directly, or worked out from the provincie and (where the
// provincie is split over regions) the gemeente of the school, with a word on why.
import { bijTaal, h, t } from './dom';
import { eenduidig, PROVINCIES, provincieNamen, regioVanGemeente, type Regio } from './regio';
import type { Teksten } from './teksten';
import { keuzegroep, keuzeveld, tekstveld, type Veld } from './velden';

export const regioNaam = (tk: Teksten, r: Regio) => ({ NOORD: tk.regioNoord, MIDDEN: tk.regioMidden, ZUID: tk.regioZuid })[r];

export type Fout = { veld: Veld<HTMLElement>; tekst: (t: Teksten) => string };
export type RegioUitkomst = { regio: Regio | null; fouten: Fout[] };

type Advies = { regio: Regio | null; regels: ((t: Teksten) => string)[]; gemeenteNodig: boolean; onbekend: boolean };

export function maakRegioKeuze() {
  const groep = keuzegroep('regio', (tk) => tk.regioLegend, [
    ['NOORD', (tk) => tk.regioNoord], ['MIDDEN', (tk) => tk.regioMidden], ['ZUID', (tk) => tk.regioZuid],
    ['PLAATS', (tk) => tk.regioPlaats], ['ONBEKEND', (tk) => tk.regioOnbekend],
  ], { hint: (tk) => tk.regioHint });
  const provincie = keuzeveld('provincie', (tk) => tk.provincie, () => provincieNamen().map((n) => [n, () => n]), { leeg: (tk) => tk.kiesProvincie });
  const lijst = h('datalist', { id: 'gemeenten' });
  const gemeente = tekstveld('gemeente', (tk) => tk.gemeente, { hint: (tk) => tk.gemeenteHint, list: 'gemeenten', autocomplete: 'off' });
  gemeente.el.append(lijst);
  const advies = h('div', { class: 'advies', id: 'regio-advies', 'aria-live': 'polite' });
  const plaats = h('div', { class: 'plaats', id: 'regio-plaats', hidden: true }, provincie.el, gemeente.el, advies);
  groep.el.append(plaats);

  const bepaal = (): Advies => {
    const p = PROVINCIES.get(provincie.invoer.value);
    if (!p) return { regio: null, regels: [], gemeenteNodig: false, onbekend: false };
    if (eenduidig(p)) return { regio: p.regio, regels: [(tk) => tk.regioProvincie(p.naam, regioNaam(tk, p.regio!))], gemeenteNodig: false, onbekend: false };
    const regels: Advies['regels'] = [(tk) => tk.regioNietEenduidig(p.naam)];
    const naam = gemeente.invoer.value.trim();
    if (!naam) return { regio: null, regels, gemeenteNodig: true, onbekend: false };
    const u = regioVanGemeente(p, naam);
    if (u.soort === 'onbekend') return { regio: null, regels: [...regels, (tk) => tk.regioGemeenteOnbekend(p.naam)], gemeenteNodig: true, onbekend: true };
    const g = u.gemeente;
    if (!g) regels.push((tk) => tk.regioRestProvincie(naam, p.naam, regioNaam(tk, u.regio)));
    else {
      regels.push((tk) => tk.regioGemeente(g.gemeente, regioNaam(tk, u.regio)));
      if (g.deelAnders) { const d = g.deelAnders; regels.push((tk) => tk.regioDeel(d.deel, regioNaam(tk, d.regio))); }
      if (g.onzeker) regels.push((tk) => tk.regioOnzeker);
    }
    return { regio: u.regio, regels, gemeenteNodig: true, onbekend: false };
  };

  let huidig = bepaal();
  const toon = () => {
    huidig = bepaal();
    plaats.hidden = groep.waarde() !== 'PLAATS';
    gemeente.el.hidden = !huidig.gemeenteNodig;
    const p = PROVINCIES.get(provincie.invoer.value);
    lijst.replaceChildren(...(p?.uitzonderingen ?? []).map((g) => h('option', { value: g.gemeente })));
    advies.replaceChildren(...huidig.regels.map((r) => h('p', {}, r(t()))));
  };
  bijTaal(advies, () => toon());
  for (const k of groep.knoppen) k.addEventListener('change', toon);
  provincie.invoer.addEventListener('change', () => { gemeente.invoer.value = ''; toon(); });
  gemeente.invoer.addEventListener('input', toon);
  toon();

  return {
    el: groep.el,
    lees(): RegioUitkomst {
      for (const v of [groep, provincie, gemeente]) v.zetFout(null);
      const keuze = groep.waarde();
      if (!keuze) { const f = (tk: Teksten) => tk.foutKies(tk.regioLegend); groep.zetFout(f); return { regio: null, fouten: [{ veld: groep, tekst: f }] }; }
      if (keuze === 'ONBEKEND') return { regio: null, fouten: [] };
      if (keuze !== 'PLAATS') return { regio: keuze as Regio, fouten: [] };
      huidig = bepaal();
      if (!provincie.invoer.value) { const f = (tk: Teksten) => tk.foutKies(tk.provincie); provincie.zetFout(f); return { regio: null, fouten: [{ veld: provincie, tekst: f }] }; }
      if (huidig.regio) return { regio: huidig.regio, fouten: [] };
      const naam = provincie.invoer.value;
      const f = huidig.onbekend ? (tk: Teksten) => tk.regioGemeenteOnbekend(naam) : (tk: Teksten) => tk.foutVerplicht(tk.gemeente);
      gemeente.zetFout(f);
      return { regio: null, fouten: [{ veld: gemeente, tekst: f }] };
    },
  };
}
