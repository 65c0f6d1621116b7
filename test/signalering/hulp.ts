// Shared by the signalering tests: keys of this suite's tenants (gemeenten 60xx, BRINs 60xx) and
// making stored leerlingen through the API.
import { nieuweSleutel } from '../../src/toegang/toegang';
import type { Client } from '../api/client';

export const sleutel = (r: Parameters<typeof nieuweSleutel>[0]) => nieuweSleutel(r);

/** 16 unexcused hours in one lesweek (MIDDEN, 8–11 January 2024): art. 21a lid 1 — a ZESTIEN_UUR melding 2024-01-08 … 2024-01-11, 16 uur, verplicht. */
export const ZESTIEN = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
/** a day of holiday absence without verlof (4 March 2024): luxe verzuim, a LUXE_VERZUIM melding that day, verplicht */
export const LUXE = { datum: '2024-03-04', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' };

export async function maakLeerling(client: Client, schoolSleutel: string, o: { gemeente: string; brin: string; verzuim: unknown[] }): Promise<string> {
  const r = await client.ruw({
    query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }',
    variables: { l: { geboortedatum: '2011-09-01', gemeente: o.gemeente, vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: o.brin, onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: o.verzuim } } },
  }, { authorization: `Bearer ${schoolSleutel}` });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return (r.data as { maakLeerling: { id: string } }).maakLeerling.id;
}

export const SIGNALEN = `query($sinds: String!, $brin: String, $gemeente: String, $eerste: Int, $na: ID) {
  signalen(sinds: $sinds, brin: $brin, gemeente: $gemeente, eerste: $eerste, na: $na) { id leerlingId soort verplicht begindatum einddatum uren brin gemeente peildatum gevondenOp runId regelsetHash } }`;

export interface SignaalRij { id: string; gevondenOp: string; leerlingId: string; soort: string; verplicht: boolean; begindatum: string; einddatum: string; uren: number; brin: string | null; gemeente: string; peildatum: string; runId: string }

export const wacht = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
