// The questions of the jaarcijfers page through the typed client (clients/ts), with the API key the
// user typed: kept in sessionStorage (gone when the tab closes), sent as "Authorization: Bearer",
// never put in the URL. The documents are written here because they ask for more than the client's
// Jaarcijfers operation; their result types follow the schema (schema/schema.graphql).
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { LeerplichtFout, maakLeerplichtClient } from '../../../clients/ts/src/index';
import { FOUT } from './teksten';

const OPSLAG = 'leerplicht.jaarcijfers.sleutel';

export const bewaardeSleutel = (): string | null => sessionStorage.getItem(OPSLAG);
export const bewaarSleutel = (s: string): void => sessionStorage.setItem(OPSLAG, s);
export const vergeetSleutel = (): void => sessionStorage.removeItem(OPSLAG);

export interface Toegang { rol: string; naam: string; gemeente: string | null; gemeenten: string[] | null; regio: string | null }
interface Aantal { aantal: number }
export interface Cijfers {
  schooljaar: string;
  leerlingen: number;
  leerlingenMetMelding: number;
  luxeVerzuim: number;
  thuiszitters: number;
  absoluutVerzuim: number;
  voortijdigSchoolverlaters: number;
  meldingen: (Aantal & { soort: string })[];
  meldingenPerSchool: { soort: string; onderwijssoort: string; brin: string; meldingen: number; leerlingen: number }[];
  maatregelen: (Aantal & { soort: string })[];
  vrijstellingen: (Aantal & { grond: string })[];
  vrijstellingenPerLeeftijd: (Aantal & { grond: string; leeftijd: string })[];
  vsvPerBestemming: (Aantal & { bestemming: string })[];
  thuiszitterstelling: {
    bijAanvang: number; nieuw: number; totaal: number; langerDanDrieMaanden: number; opgelost: number;
    achttienGeworden: number; verhuisd: number; bijEinde: number; perCategorie: (Aantal & { categorie: string })[];
  };
  fouten: { leerlingId: string }[];
}

const VELDEN = `schooljaar leerlingen leerlingenMetMelding luxeVerzuim thuiszitters absoluutVerzuim voortijdigSchoolverlaters
  meldingen { soort aantal } meldingenPerSchool { soort onderwijssoort brin meldingen leerlingen } maatregelen { soort aantal }
  vrijstellingen { grond aantal } vrijstellingenPerLeeftijd { grond leeftijd aantal } vsvPerBestemming { bestemming aantal }
  thuiszitterstelling { bijAanvang nieuw totaal langerDanDrieMaanden opgelost achttienGeworden verhuisd bijEinde perCategorie { categorie aantal } }
  fouten { leerlingId }`;

const doc = <T, V>(tekst: string) => tekst as unknown as DocumentTypeDecoration<T, V>;
const TOEGANG = doc<{ toegang: Toegang }, Record<string, never>>('query JaarcijfersToegang { toegang { rol naam gemeente gemeenten regio } }');
const GEMEENTE = doc<{ jaarcijfers: Cijfers }, { gemeente: string; schooljaar: string }>(
  `query JaarcijfersPagina($gemeente: String!, $schooljaar: String!) { jaarcijfers(gemeente: $gemeente, schooljaar: $schooljaar) { ${VELDEN} } }`);
const REGIO = doc<{ regiocijfers: { totaal: Cijfers } }, { schooljaar: string }>(
  `query RegiocijfersPagina($schooljaar: String!) { regiocijfers(schooljaar: $schooljaar) { totaal { ${VELDEN} } } }`);
const EXPORT = doc<{ exportJaarcijfers: string }, { gemeente?: string; schooljaar: string }>(
  'query JaarcijfersExport($gemeente: String, $schooljaar: String!) { exportJaarcijfers(gemeente: $gemeente, schooljaar: $schooljaar, formaat: CSV) }');

/** null: the whole regio of an RMC key. */
export type Gebied = string | null;

export function maakApi(sleutel: string) {
  const client = maakLeerplichtClient({ url: new URL('/graphql', location.href).toString(), sleutel });
  return {
    toegang: async () => (await client.vraag(TOEGANG, {})).toegang,
    cijfers: async (gebied: Gebied, schooljaar: string): Promise<Cijfers> => gebied === null
      ? (await client.vraag(REGIO, { schooljaar })).regiocijfers.totaal
      : (await client.vraag(GEMEENTE, { gemeente: gebied, schooljaar })).jaarcijfers,
    csv: async (gebied: Gebied, schooljaar: string) => (await client.vraag(EXPORT, gebied === null ? { schooljaar } : { gemeente: gebied, schooljaar })).exportJaarcijfers,
  };
}
export type Api = ReturnType<typeof maakApi>;

/** A failure in Dutch: 401 and 403 (HTTP status or GraphQL code) said as such. */
export function foutTekst(e: unknown): string {
  if (!(e instanceof LeerplichtFout)) return FOUT.verbinding;
  if (e.status === 401 || e.code === 'UNAUTHENTICATED') return FOUT.sleutelOnbekend;
  if (e.status === 403 || e.code === 'FORBIDDEN') return FOUT.geenToegang;
  if (e.status === 0 || e.code === 'INTERNAL_SERVER_ERROR') return FOUT.verbinding;
  return `${FOUT.api} ${e.message}`;
}

/** Is this failure about the key itself (ask for it again)? */
export const sleutelFout = (e: unknown): boolean => e instanceof LeerplichtFout && (e.status === 401 || e.code === 'UNAUTHENTICATED');

/** The schooljaar a date lies in (1 August – 31 July), and the ones before it. */
export function schooljaren(nu: Date, aantal: number): string[] {
  const begin = nu.getMonth() >= 7 ? nu.getFullYear() : nu.getFullYear() - 1;
  return Array.from({ length: aantal }, (_, i) => `${begin - i}/${begin - i + 1}`);
}
