// The answers as a parent reads them: first the short answer in words, then the dates, what we
// assumed, the timeline and the law's own explanations with a link to the article.
import type { GewichtigeOmstandighedenQuery, LeerplichtStatusQuery, TijdlijnQuery } from '../../clients/ts/src/index';
import { h, huidigeTaal, t } from './dom';
import { regioNaam } from './regio-keuze';
import { datumTekst } from './teksten';
import type { Vraagsoort } from './formulieren';

type Beoordeling = LeerplichtStatusQuery['beoordeling'];
type Tijdlijn = TijdlijnQuery['beoordeling']['tijdlijn'];
type Verlofbesluit = GewichtigeOmstandighedenQuery['verlofaanvraag'];
type Uitleg = Beoordeling['leerplicht']['uitleg'][number];

const datum = (iso: string) => datumTekst(iso, huidigeTaal());

function uitlegItem(u: Pick<Uitleg, 'tekst' | 'bron'>): HTMLLIElement {
  const artikel = t().artikel(u.bron.artikel, u.bron.lid, u.bron.onderdeel);
  return h('li', {}, h('p', {}, u.tekst), h('p', { class: 'bron' }, h('a', { href: u.bron.url, rel: 'external' }, t().bron(artikel))));
}

/** `al`: texts already shown (in the timeline), not repeated. */
function uitlegLijst(titel: string, uitleg: readonly Pick<Uitleg, 'tekst' | 'bron'>[], al: readonly string[] = []): Node | null {
  const gezien = new Set<string>(al);
  const uniek = uitleg.filter((u) => !gezien.has(u.tekst) && gezien.add(u.tekst));
  if (uniek.length === 0) return null;
  return h('section', { class: 'blok' }, h('h3', {}, titel), h('ul', { class: 'uitleg' }, ...uniek.map(uitlegItem)));
}

// What the API assumed because the question did not give it, and what may be wrong because of it.
function aannamesBlok(b: Beoordeling): Node | null {
  if (b.aannames.length + b.waarschuwingen.length === 0) return null;
  const lijst = (items: readonly { tekst: string }[]) => h('ul', {}, ...items.map((i) => h('li', {}, i.tekst)));
  return h('section', { class: 'blok aannames', id: 'aannames' },
    h('h3', {}, t().aannamesTitel),
    b.aannames.length > 0 && lijst(b.aannames),
    b.waarschuwingen.length > 0 && h('h4', {}, t().waarschuwingenTitel),
    b.waarschuwingen.length > 0 && lijst(b.waarschuwingen));
}

// Without a vakantieregio the first day of leerplicht differs per region: then all three dates are
// shown, never one of them silently.
const vanafPerRegio = (l: Beoordeling['leerplicht']) => (l.afhankelijkVanRegio && l.leerplichtigVanafPerRegio.length > 1 ? l.leerplichtigVanafPerRegio : null);

const gegevens = (...rijen: [string, string][]) => h('dl', { class: 'gegevens' }, ...rijen.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));

export function leerplichtAntwoord(b: Beoordeling, tijdlijn: Tijdlijn): Node[] {
  const tk = t();
  const l = b.leerplicht;
  const op = datum(b.peildatum);
  const kern = l.status === 'LEERPLICHTIG' ? tk.leerplichtigJa(op) : l.status === 'KWALIFICATIEPLICHTIG' ? tk.kwalificatieplichtigOp(op) : tk.leerplichtigNee(op);
  const perRegio = vanafPerRegio(l);
  const leerplichtig = perRegio
    ? tk.vanTotPerRegio(perRegio.map((r) => [regioNaam(tk, r.regio), r.datum ? datum(r.datum) : tk.onbekend]), datum(l.leerplichtigTot))
    : tk.vanTot(datum(l.leerplichtigVanaf), datum(l.leerplichtigTot));
  const kwalificatie = l.kwalificatieplichtigVanaf && l.kwalificatieplichtigTot ? tk.vanTot(datum(l.kwalificatieplichtigVanaf), datum(l.kwalificatieplichtigTot)) : tk.nooit;
  return [
    h('p', { class: 'kern', id: 'kern' }, kern),
    gegevens(
      [tk.statusIs, tk.status[l.status] ?? l.status],
      [tk.leeftijd, tk.jaar(b.leeftijd)],
      [tk.leerplichtigPeriode, leerplichtig],
      [tk.kwalificatieplichtigPeriode, kwalificatie],
    ),
    aannamesBlok(b),
    tijdlijn.length > 0 && h('section', { class: 'blok' }, h('h3', {}, tk.tijdlijnTitel), h('ol', { class: 'tijdlijn', id: 'tijdlijn' }, ...tijdlijn.map((v) => {
      const periode = v.tot ? tk.vanTot(datum(v.vanaf), datum(v.tot)) : tk.vanaf2(datum(v.vanaf));
      const item = uitlegItem(v.grond);
      item.prepend(h('p', { class: 'periode' }, h('strong', {}, tk.status[v.status] ?? v.status), ` ${periode}`));
      return item;
    }))),
    uitlegLijst(tk.uitlegTitel, [...l.uitleg, ...b.uitleg], tijdlijn.map((v) => v.grond.tekst)),
    h('p', { class: 'disclaimer' }, tk.disclaimer),
  ].filter((n): n is Node => Boolean(n));
}

// Evidence that fits a reason under art 14 (practice, not the law: the school may ask for other proof).
const BEWIJS: Record<string, { nl: string; en: string }> = {
  VERHUIZING: { nl: 'Bij een verhuizing: het nieuwe adres of de huurovereenkomst of koopakte.', en: 'For a move: the new address, or the tenancy or purchase contract.' },
  HUWELIJK: { nl: 'Bij een huwelijk: de trouwkaart of uitnodiging.', en: 'For a wedding: the invitation.' },
  ZIEKTE_FAMILIE: { nl: 'Bij ernstige ziekte: een verklaring van de arts.', en: "For serious illness: a doctor's statement." },
  OVERLIJDEN: { nl: 'Bij overlijden: de rouwkaart.', en: 'For a death: the death notice.' },
  JUBILEUM: { nl: 'Bij een jubileum: de uitnodiging.', en: 'For an anniversary: the invitation.' },
  VERPLICHTING: { nl: 'Bij een wettelijke verplichting: de oproep of brief.', en: 'For a legal obligation: the summons or letter.' },
};

export function verlofAntwoord(soort: Exclude<Vraagsoort, 'LEERPLICHT'>, b: Verlofbesluit, reden: string | null): Node[] {
  const tk = t();
  const rijen: [string, string][] = [[tk.beslisserIs, tk.beslisser[b.beslisser] ?? b.beslisser]];
  if (b.maxDagen != null) rijen.push([tk.maxDagen, tk.dagenTekst(b.maxDagen)]);
  const inleveren = soort === 'VAKANTIE' ? [...tk.inleveren13a] : [...tk.inleveren14];
  const bewijs = reden ? BEWIJS[reden]?.[huidigeTaal()] : undefined;
  if (bewijs) inleveren.splice(2, 0, bewijs);
  return [
    h('p', { class: 'kern', id: 'kern' }, b.toelaatbaar ? tk.verlofJa : tk.verlofNee),
    gegevens(...rijen),
    uitlegLijst(tk.redenenTitel, b.redenen),
    h('section', { class: 'blok', id: 'inleveren' }, h('h3', {}, tk.inleverenTitel), h('ul', {}, ...inleveren.map((i) => h('li', {}, i)))),
    h('p', { class: 'disclaimer' }, tk.disclaimer),
  ].filter((n): n is Node => Boolean(n));
}
