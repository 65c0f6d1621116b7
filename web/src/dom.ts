// A small element builder and the language registry: every text on the page is a function of the
// Teksten, so switching the language rewrites texts in place and keeps what the user typed.
import { TEKSTEN, type Taal, type Teksten } from './teksten';

type Kind = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean | undefined> = {}, ...kinderen: Kind[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attrs)) {
    if (waarde === false || waarde === undefined) continue;
    el.setAttribute(naam, waarde === true ? '' : waarde);
  }
  for (const k of kinderen) if (k) el.append(k);
  return el;
}

let taal: Taal = 'nl';
const vertalers = new Set<(t: Teksten) => void>();

export const huidigeTaal = (): Taal => taal;
export const t = (): Teksten => TEKSTEN[taal];

/** Run now and again at every language switch (until the element leaves the page). */
export function bijTaal(el: Element, zet: (t: Teksten) => void): void {
  // a removed element (a deleted inschrijving) drops out at the next switch
  const vertaler = (tk: Teksten) => (el.isConnected ? zet(tk) : vertalers.delete(vertaler));
  vertalers.add(vertaler);
  zet(t());
}

/** An element whose text follows the language. */
export function tekst<K extends keyof HTMLElementTagNameMap>(tag: K, kies: (t: Teksten) => string, attrs: Record<string, string | boolean | undefined> = {}): HTMLElementTagNameMap[K] {
  const el = h(tag, attrs);
  bijTaal(el, (tk) => (el.textContent = kies(tk)));
  return el;
}

export function zetTaal(nieuw: Taal): void {
  taal = nieuw;
  document.documentElement.lang = nieuw;
  for (const v of [...vertalers]) v(t());
}
