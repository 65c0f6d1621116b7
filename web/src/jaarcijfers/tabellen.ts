// The figures as tables: each with a caption, column headers and row headers, so a screen reader
// (and a printout) has every number; the charts show the same numbers and point here.
import { h } from '../dom';
import type { Cijfers } from './api';
import { BESTEMMING, CATEGORIE, GROND, MAATREGEL, MELDINGSOORT, naam, ONDERWIJSSOORT } from './teksten';

export type Cel = string | number;

/** A table: caption, header row, and rows whose first cell is the row header. */
export function tabel(id: string, bijschrift: string, kop: string[], rijen: Cel[][], leeg = 'Geen gegevens in dit schooljaar.'): HTMLElement {
  const t = h('table', { id, class: 'cijfers' },
    h('caption', {}, bijschrift),
    h('thead', {}, h('tr', {}, ...kop.map((k) => h('th', { scope: 'col' }, k)))),
    h('tbody', {}, ...(rijen.length === 0
      ? [h('tr', {}, h('td', { colspan: String(kop.length) }, leeg))]
      : rijen.map(([eerste, ...rest]) => h('tr', {}, h('th', { scope: 'row' }, String(eerste)), ...rest.map((c) => h('td', { class: typeof c === 'number' ? 'getal' : undefined }, String(c))))))));
  return h('div', { class: 'tabel-rol' }, t);
}

const som = (xs: { aantal: number }[]) => xs.reduce((n, x) => n + x.aantal, 0);
export const totaalMeldingen = (c: Cijfers): number => som(c.meldingen);
export const totaalVrijstellingen = (c: Cijfers): number => som(c.vrijstellingen);

/** Meldingen per onderwijssoort and soort, summed over the schools (meldingen add up; leerlingen do not). */
export function perOnderwijssoort(c: Cijfers): { soorten: string[]; onderwijssoorten: string[]; aantal(o: string, s: string): number } {
  const soorten = [...new Set(c.meldingenPerSchool.map((r) => r.soort))];
  const onderwijssoorten = [...new Set(c.meldingenPerSchool.map((r) => r.onderwijssoort))];
  const tel = new Map<string, number>();
  for (const r of c.meldingenPerSchool) tel.set(`${r.onderwijssoort}|${r.soort}`, (tel.get(`${r.onderwijssoort}|${r.soort}`) ?? 0) + r.meldingen);
  return { soorten, onderwijssoorten, aantal: (o, s) => tel.get(`${o}|${s}`) ?? 0 };
}

export function kerncijfers(c: Cijfers): HTMLElement {
  return tabel('tabel-kern', `Kerncijfers ${c.schooljaar}`, ['Cijfer', 'Aantal'], [
    ['Leerlingen (woonden er op ten minste één dag)', c.leerlingen],
    ['Meldingen', totaalMeldingen(c)],
    ['Leerlingen met een melding', c.leerlingenMetMelding],
    ['Meldingen luxe verzuim', c.luxeVerzuim],
    ['Thuiszitters', c.thuiszitters],
    ['Leerlingen in absoluut verzuim', c.absoluutVerzuim],
    ['Vrijstellingen', totaalVrijstellingen(c)],
    ['Voortijdig schoolverlaters', c.voortijdigSchoolverlaters],
  ]);
}

export function meldingenPerSoort(c: Cijfers): HTMLElement {
  return tabel('tabel-meldingen', `Meldingen per soort verzuim, ${c.schooljaar}`, ['Soort verzuim', 'Meldingen'],
    c.meldingen.map((m) => [naam(MELDINGSOORT, m.soort), m.aantal]));
}

export function meldingenPerOnderwijssoort(c: Cijfers): HTMLElement {
  const p = perOnderwijssoort(c);
  return tabel('tabel-onderwijssoort', `Meldingen per onderwijssoort en soort verzuim, ${c.schooljaar}`,
    ['Onderwijssoort', ...p.soorten.map((s) => naam(MELDINGSOORT, s)), 'Totaal'],
    p.onderwijssoorten.map((o) => {
      const rij = p.soorten.map((s) => p.aantal(o, s));
      return [naam(ONDERWIJSSOORT, o), ...rij, rij.reduce((a, b) => a + b, 0)];
    }));
}

export function meldingenPerSchool(c: Cijfers): HTMLElement {
  const rijen = [...c.meldingenPerSchool].sort((a, b) => a.brin.localeCompare(b.brin) || a.soort.localeCompare(b.soort));
  return tabel('tabel-scholen', `Meldingen per school (BRIN), ${c.schooljaar}; leerlingen per rij, niet op te tellen`,
    ['School (BRIN)', 'Onderwijssoort', 'Soort verzuim', 'Meldingen', 'Leerlingen'],
    rijen.map((r) => [r.brin === 'ONBEKEND' ? 'Onbekend' : r.brin, naam(ONDERWIJSSOORT, r.onderwijssoort), naam(MELDINGSOORT, r.soort), r.meldingen, r.leerlingen]));
}

export function maatregelen(c: Cijfers): HTMLElement {
  return tabel('tabel-maatregelen', `Maatregelen per soort, ${c.schooljaar}`, ['Maatregel', 'Aantal'],
    c.maatregelen.map((m) => [naam(MAATREGEL, m.soort), m.aantal]));
}

export function thuiszitters(c: Cijfers): HTMLElement {
  const t = c.thuiszitterstelling;
  return tabel('tabel-thuiszitters', `Thuiszitters in ${c.schooljaar}`, ['Thuiszitters', 'Aantal'], [
    ['Bij aanvang (1 augustus)', t.bijAanvang],
    ['Nieuwe gevallen', t.nieuw],
    ['Totaal', t.totaal],
    ['waarvan langer dan 3 maanden', t.langerDanDrieMaanden],
    ['Verhuisd', t.verhuisd],
    ['18 jaar geworden of niet meer leerplichtig', t.achttienGeworden],
    ['Opgelost', t.opgelost],
    ['Bij het einde (in het nieuwe schooljaar volgen)', t.bijEinde],
    ...t.perCategorie.map((p): Cel[] => [`Categorie: ${naam(CATEGORIE, p.categorie)}`, p.aantal]),
  ]);
}

export function vrijstellingen(c: Cijfers): HTMLElement {
  const leeftijden = [...new Set(c.vrijstellingenPerLeeftijd.map((v) => v.leeftijd))].sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const per = (grond: string, leeftijd: string) => c.vrijstellingenPerLeeftijd.filter((v) => v.grond === grond && v.leeftijd === leeftijd).reduce((n, v) => n + v.aantal, 0);
  return tabel('tabel-vrijstellingen', `Vrijstellingen per grond en leeftijd, ${c.schooljaar}`,
    ['Grond', ...leeftijden.map((l) => `${l} jaar`), 'Totaal'],
    c.vrijstellingen.map((v) => [naam(GROND, v.grond), ...leeftijden.map((l) => per(v.grond, l)), v.aantal]));
}

export function vsv(c: Cijfers): HTMLElement {
  return tabel('tabel-vsv', `Voortijdig schoolverlaters per bestemming, ${c.schooljaar}`, ['Bestemming', 'Aantal'],
    c.vsvPerBestemming.map((v) => [naam(BESTEMMING, v.bestemming), v.aantal]));
}

/** The figures that the line chart follows, one row per schooljaar (oldest first). */
export const TREND: { label: string; waarde(c: Cijfers): number }[] = [
  { label: 'Meldingen', waarde: totaalMeldingen },
  { label: 'Leerlingen met een melding', waarde: (c) => c.leerlingenMetMelding },
  { label: 'Thuiszitters', waarde: (c) => c.thuiszitters },
  { label: 'Vrijstellingen', waarde: totaalVrijstellingen },
  { label: 'Voortijdig schoolverlaters', waarde: (c) => c.voortijdigSchoolverlaters },
];

export function trend(jaren: Cijfers[]): HTMLElement {
  return tabel('tabel-trend', `Ontwikkeling over ${jaren.length} schooljaren`, ['Schooljaar', ...TREND.map((t) => t.label)],
    jaren.map((c) => [c.schooljaar, ...TREND.map((t) => t.waarde(c))]));
}
