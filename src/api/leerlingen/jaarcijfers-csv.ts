// Jaarcijfers as CSV, long format: one line per figure, the same numbers as the GraphQL fields.
// Columns (header line, ';'-separated, UTF-8, '\n' line ends):
//   schooljaar;gebied;sectie;kenmerk1;kenmerk2;kenmerk3;aantal
// gebied: the CBS gemeentecode, or "regio:<naam>" for a regio as a whole. sectie names the field
// (leerlingen, meldingen, meldingenPerSchool, vrijstellingen, …); kenmerk1-3 the row's keys in the
// field's order (e.g. meldingenPerSchool: soort;onderwijssoort;brin, with sectie
// meldingenPerSchool.meldingen and meldingenPerSchool.leerlingen); empty when the figure has none.
import type { Jaarcijfers, Regiocijfers, Regiototaal } from './typen';

export const CSV_KOPREGEL = 'schooljaar;gebied;sectie;kenmerk1;kenmerk2;kenmerk3;aantal';

/** A CSV field: quoted when it holds ; " or a line break (codes and BRINs never do). */
const veld = (w: string | number) => { const s = String(w); return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

function regels(gebied: string, c: Omit<Jaarcijfers, 'gemeente'> | Regiototaal): string[] {
  const uit: string[] = [];
  const r = (sectie: string, k: (string | number)[], aantal: number) => uit.push([c.schooljaar, gebied, sectie, k[0] ?? '', k[1] ?? '', k[2] ?? '', aantal].map(veld).join(';'));
  r('leerlingen', [], c.leerlingen);
  for (const m of c.meldingen) r('meldingen', [m.soort], m.aantal);
  r('leerlingenMetMelding', [], c.leerlingenMetMelding);
  for (const m of c.meldingenPerSchool) {
    r('meldingenPerSchool.meldingen', [m.soort, m.onderwijssoort, m.brin], m.meldingen);
    r('meldingenPerSchool.leerlingen', [m.soort, m.onderwijssoort, m.brin], m.leerlingen);
  }
  r('luxeVerzuim', [], c.luxeVerzuim);
  r('absoluutVerzuim', [], c.absoluutVerzuim);
  r('thuiszitters', [], c.thuiszitters);
  const t = c.thuiszitterstelling;
  for (const k of ['bijAanvang', 'nieuw', 'totaal', 'langerDanDrieMaanden', 'verhuisd', 'achttienGeworden', 'opgelost', 'bijEinde'] as const) r(`thuiszitterstelling.${k}`, [], t[k]);
  for (const p of t.perCategorie) r('thuiszitterstelling.perCategorie', [p.categorie], p.aantal);
  for (const v of c.vrijstellingen) r('vrijstellingen', [v.grond], v.aantal);
  for (const v of c.vrijstellingenPerLeeftijd) r('vrijstellingenPerLeeftijd', [v.grond, v.leeftijd], v.aantal);
  r('voortijdigSchoolverlaters', [], c.voortijdigSchoolverlaters);
  for (const b of c.vsvPerBestemming) r('vsvPerBestemming', [b.bestemming], b.aantal);
  for (const m of c.maatregelen) r('maatregelen', [m.soort], m.aantal);
  r('fouten', [], c.fouten.length);
  return uit;
}

export function jaarcijfersCsv(c: Jaarcijfers): string {
  return [CSV_KOPREGEL, ...regels(c.gemeente, c)].join('\n') + '\n';
}

/** Every gemeente of the regio, then the regio as a whole. */
export function regiocijfersCsv(c: Regiocijfers): string {
  return [CSV_KOPREGEL, ...c.gemeenten.flatMap((g) => regels(g.gemeente, g)), ...regels(`regio:${c.regio}`, c.totaal)].join('\n') + '\n';
}
