// The optional school history: a list of inschrijvingen (soort onderwijs, vanaf, tot) that the
// user can add to and remove from with the keyboard; empty means "not given".
import { leesDatum } from './datum';
import { bijTaal, h, t, tekst } from './dom';
import type { Fout } from './regio-keuze';
import type { Teksten } from './teksten';
import { datumveld, keuzeveld } from './velden';

export const ONDERWIJSSOORTEN = ['PO', 'SBO', 'SO', 'VSO', 'PRO', 'VMBO', 'HAVO', 'VWO', 'MBO', 'VAVO', 'BUITENLAND', 'AVONDONDERWIJS'] as const;
export type Onderwijssoort = (typeof ONDERWIJSSOORTEN)[number];
export interface Inschrijving { onderwijs: Onderwijssoort; vanaf: string; tot?: string }

interface Rij { el: HTMLFieldSetElement; legend: HTMLLegendElement; knop: HTMLButtonElement; lees(fouten: Fout[]): Inschrijving | null }

export function maakSchoolgeschiedenis() {
  const rijen: Rij[] = [];
  const lijst = h('div', { class: 'rijen' });
  const toevoegen = tekst('button', (tk) => tk.inschrijvingToevoegen, { type: 'button', class: 'tweede', id: 'inschrijving-toevoegen' });
  const el = h('fieldset', { class: 'groep', 'aria-describedby': 'school-hint' },
    tekst('legend', (tk) => tk.schoolLegend), tekst('p', (tk) => tk.schoolHint, { class: 'hint', id: 'school-hint' }), lijst, toevoegen);
  let volgnummer = 0;

  const nummer = () => rijen.forEach((r, i) => {
    r.legend.textContent = t().inschrijvingLegend(i + 1);
    r.knop.textContent = t().inschrijvingVerwijderen(i + 1);
  });

  bijTaal(el, nummer);

  toevoegen.addEventListener('click', () => {
    const k = ++volgnummer;
    const soort = keuzeveld(`inschrijving-${k}-soort`, (tk) => tk.soortOnderwijs, () => ONDERWIJSSOORTEN.map((s) => [s, (tk: Teksten) => tk.onderwijs[s]]), { leeg: (tk) => tk.foutKies(tk.soortOnderwijs).replace(/\.$/, '') });
    const vanaf = datumveld(`inschrijving-${k}-vanaf`, (tk) => tk.vanaf, (tk) => tk.datumHint);
    const tot = datumveld(`inschrijving-${k}-tot`, (tk) => tk.totOptioneel, (tk) => tk.datumHint);
    const legend = h('legend');
    const knop = h('button', { type: 'button', class: 'tweede klein' });
    const rij: Rij = {
      el: h('fieldset', { class: 'groep rij' }, legend, soort.el, vanaf.el, tot.el, knop), legend, knop,
      lees(fouten) {
        for (const v of [soort, vanaf, tot]) v.zetFout(null);
        const s = soort.invoer.value as Onderwijssoort | '';
        if (!s) { const f = (tk: Teksten) => tk.foutKies(tk.soortOnderwijs); soort.zetFout(f); fouten.push({ veld: soort, tekst: f }); }
        const v = leesDatum(vanaf.invoer.value);
        if (v.soort !== 'ok') {
          const f = v.soort === 'leeg' ? (tk: Teksten) => tk.foutVerplicht(tk.vanaf) : (tk: Teksten) => tk.foutDatum(tk.vanaf);
          vanaf.zetFout(f); fouten.push({ veld: vanaf, tekst: f });
        }
        const e = leesDatum(tot.invoer.value);
        if (e.soort === 'fout') { const f = (tk: Teksten) => tk.foutDatum(tk.totOptioneel); tot.zetFout(f); fouten.push({ veld: tot, tekst: f }); }
        if (!s || v.soort !== 'ok' || e.soort === 'fout') return null;
        if (e.soort === 'ok' && e.iso < v.iso) { const f = (tk: Teksten) => tk.foutTotVoorVanaf; tot.zetFout(f); fouten.push({ veld: tot, tekst: f }); return null; }
        return { onderwijs: s, vanaf: v.iso, ...(e.soort === 'ok' ? { tot: e.iso } : {}) };
      },
    };
    knop.addEventListener('click', () => {
      rijen.splice(rijen.indexOf(rij), 1);
      rij.el.remove();
      nummer();
      toevoegen.focus();
    });
    rijen.push(rij);
    lijst.append(rij.el);
    nummer();
    soort.invoer.focus();
  });

  return {
    el,
    /** null: not given (no rows) */
    lees(fouten: Fout[]): Inschrijving[] | null {
      if (rijen.length === 0) return null;
      const uit = rijen.map((r) => r.lees(fouten));
      return uit.every((u): u is Inschrijving => u !== null) ? uit : [];
    },
  };
}
