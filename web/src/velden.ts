// Form fields that carry their own label, hint and error: the error text is linked to the input with
// aria-describedby and aria-invalid, and follows the language like every other text.
import { bijTaal, h, t, tekst } from './dom';
import type { Teksten } from './teksten';

type Tekst = (t: Teksten) => string;

export interface Veld<E extends HTMLElement = HTMLInputElement> {
  el: HTMLElement;
  /** the control that gets focus when the error summary links to it */
  invoer: E;
  label: Tekst;
  zetFout(fout: Tekst | null): void;
}

function foutDeel(id: string, doel: HTMLElement, hintId: string | null) {
  const fout = h('p', { class: 'fout', id: `${id}-fout`, hidden: true });
  let huidig: Tekst | null = null;
  bijTaal(fout, (tk) => (fout.textContent = huidig ? huidig(tk) : ''));
  const zetFout = (nieuw: Tekst | null) => {
    huidig = nieuw;
    fout.hidden = !nieuw;
    fout.textContent = nieuw ? nieuw(t()) : '';
    const beschreven = [hintId, nieuw ? fout.id : null].filter(Boolean).join(' ');
    if (beschreven) doel.setAttribute('aria-describedby', beschreven);
    else doel.removeAttribute('aria-describedby');
    if (doel instanceof HTMLFieldSetElement) return;
    if (nieuw) doel.setAttribute('aria-invalid', 'true');
    else doel.removeAttribute('aria-invalid');
  };
  return { fout, zetFout };
}

export interface TekstveldOpties { hint?: Tekst; waarde?: string; inputmode?: string; autocomplete?: string; list?: string; klein?: boolean }

export function tekstveld(id: string, label: Tekst, o: TekstveldOpties = {}): Veld {
  const hintId = o.hint ? `${id}-hint` : null;
  const invoer = h('input', { id, name: id, type: 'text', inputmode: o.inputmode, autocomplete: o.autocomplete ?? 'off', list: o.list, class: o.klein ? 'klein' : undefined, spellcheck: 'false' });
  if (o.waarde) invoer.value = o.waarde;
  const { fout, zetFout } = foutDeel(id, invoer, hintId);
  zetFout(null);
  const el = h('div', { class: 'veld' }, tekst('label', label, { for: id }), o.hint && tekst('p', o.hint, { class: 'hint', id: hintId! }), fout, invoer);
  return { el, invoer, label, zetFout };
}

export const datumveld = (id: string, label: Tekst, hint: Tekst, waarde?: string) => tekstveld(id, label, { hint, waarde, inputmode: 'numeric', klein: true });

export function keuzeveld(id: string, label: Tekst, opties: () => [string, Tekst][], o: { hint?: Tekst; leeg?: Tekst } = {}): Veld<HTMLSelectElement> {
  const hintId = o.hint ? `${id}-hint` : null;
  const invoer = h('select', { id, name: id });
  if (o.leeg) invoer.append(tekst('option', o.leeg, { value: '' }));
  for (const [waarde, naam] of opties()) invoer.append(tekst('option', naam, { value: waarde }));
  const { fout, zetFout } = foutDeel(id, invoer, hintId);
  zetFout(null);
  const el = h('div', { class: 'veld' }, tekst('label', label, { for: id }), o.hint && tekst('p', o.hint, { class: 'hint', id: hintId! }), fout, invoer);
  return { el, invoer, label, zetFout };
}

export interface Keuzegroep extends Veld<HTMLInputElement> { waarde(): string | null; knoppen: HTMLInputElement[] }

/** Radio buttons in a fieldset with a legend; the error is linked to the fieldset. */
export function keuzegroep(naam: string, legend: Tekst, opties: [string, Tekst][], o: { hint?: Tekst; standaard?: string; klasse?: string } = {}): Keuzegroep {
  const hintId = o.hint ? `${naam}-hint` : null;
  const fieldset = h('fieldset', { class: `groep ${o.klasse ?? ''}`.trim() }, tekst('legend', legend));
  if (o.hint) fieldset.append(tekst('p', o.hint, { class: 'hint', id: hintId! }));
  const { fout, zetFout } = foutDeel(naam, fieldset, hintId);
  zetFout(null);
  fieldset.append(fout);
  const knoppen = opties.map(([waarde, naamTekst]) => {
    const id = `${naam}-${waarde.toLowerCase()}`;
    const knop = h('input', { type: 'radio', name: naam, id, value: waarde, checked: o.standaard === waarde });
    fieldset.append(h('div', { class: 'keuze' }, knop, tekst('label', naamTekst, { for: id })));
    return knop;
  });
  return {
    el: fieldset, invoer: knoppen[0], knoppen, label: legend, zetFout,
    waarde: () => knoppen.find((k) => k.checked)?.value ?? null,
  };
}

export function vinkje(id: string, label: Tekst, o: { hint?: Tekst; aan?: boolean } = {}): Veld {
  const hintId = o.hint ? `${id}-hint` : null;
  const invoer = h('input', { type: 'checkbox', id, name: id, checked: o.aan, 'aria-describedby': hintId ?? undefined });
  return {
    el: h('div', { class: 'keuze vinkje' }, invoer, tekst('label', label, { for: id }), o.hint && tekst('p', o.hint, { class: 'hint', id: hintId! })),
    invoer, label, zetFout: () => undefined,
  };
}
