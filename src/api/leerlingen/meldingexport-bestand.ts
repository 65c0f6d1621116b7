// The file exportMeldingen hands off: one row per melding, the columns in this order (README
// "Meldingen naar DUO"), as CSV (RFC 4180, comma, CRLF, header line) or JSON. The columns hold the
// fields the DUO verzuimloket asks for; this is not an official DUO file format.
import type { ExportRij } from '../../store/meldingexport';

/** How the verzuimloket words each kind of melding (soortVerzuim). */
export const SOORT_VERZUIM: Readonly<Record<string, string>> = {
  ZESTIEN_UUR: 'Ongeoorloofd verzuim: 16 uur in 4 lesweken (art 21a)',
  LUXE_VERZUIM: 'Luxe verzuim',
  LANGDURIG_RELATIEF: 'Langdurig relatief verzuim',
  OVERIG: 'Overig verzuim (signaalverzuim)',
  DOORSTROOMPUNT: 'Verzuim 18+ zonder startkwalificatie (4 weken)',
  DRIE_SCHOOLDAGEN: 'Ongeoorloofd verzuim: drie schooldagen (art 21, tot 2009-08-01)',
  ACHTSTE_LESTIJD: 'Ongeoorloofd verzuim: meer dan 1/8 van de lestijd (art 21, tot 2009-08-01)',
};

type Waarde = string | number | boolean | null;
interface Kolom { naam: string; waarde: (r: ExportRij) => Waarde }

/** The columns, in file order. */
export const EXPORT_KOLOMMEN: readonly Kolom[] = [
  { naam: 'meldingId', waarde: (r) => r.melding.id },
  { naam: 'leerlingId', waarde: (r) => r.melding.leerling.id },
  { naam: 'bsn', waarde: (r) => r.bsn },
  { naam: 'leerlingnummer', waarde: (r) => r.leerlingnummer },
  { naam: 'brin', waarde: (r) => r.brin },
  { naam: 'vestiging', waarde: (r) => r.vestiging },
  { naam: 'soort', waarde: (r) => r.melding.soort },
  { naam: 'soortVerzuim', waarde: (r) => SOORT_VERZUIM[r.melding.soort] ?? r.melding.soort },
  { naam: 'begindatum', waarde: (r) => r.melding.begindatum },
  { naam: 'einddatum', waarde: (r) => r.melding.einddatum },
  { naam: 'uren', waarde: (r) => r.melding.uren },
  { naam: 'verplicht', waarde: (r) => r.melding.verplicht },
  { naam: 'toelichting', waarde: (r) => r.melding.toelichting },
  { naam: 'eerderGeexporteerdOp', waarde: (r) => r.eerderGeexporteerdOp?.toISOString() ?? null },
];

/**
 * One CSV cell. A text a spreadsheet would run as a formula (starting with = + - @, or a tab or
 * carriage return) gets a leading apostrophe (OWASP "CSV injection"); quotes, commas and line
 * breaks are quoted as RFC 4180 says.
 */
export function csvCel(w: Waarde): string {
  if (w === null) return '';
  let t = String(w);
  if (typeof w === 'string' && /^[=+\-@\t\r]/.test(t)) t = `'${t}`;
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function meldingenCsv(rijen: readonly ExportRij[]): string {
  const regels = [EXPORT_KOLOMMEN.map((k) => k.naam).join(','), ...rijen.map((r) => EXPORT_KOLOMMEN.map((k) => csvCel(k.waarde(r))).join(','))];
  return `${regels.join('\r\n')}\r\n`;
}

export interface ExportKop { brin: string; van: string; tot: string; geexporteerdOp: string }

/** The JSON file: its selection, then the rows as objects with the same keys as the CSV columns. */
export function meldingenJson(kop: ExportKop, rijen: readonly ExportRij[]): string {
  const meldingen = rijen.map((r) => Object.fromEntries(EXPORT_KOLOMMEN.map((k) => [k.naam, k.waarde(r)])));
  return `${JSON.stringify({ versie: 1, ...kop, aantal: rijen.length, meldingen }, null, 2)}\n`;
}
