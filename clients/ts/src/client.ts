// The typed client of the Leerplicht API: one method per user question (the documented operations in
// clients/ts/operations/, generated into ./gql) and a generic typed `vraag`. It only needs a global
// fetch (browsers, Node 18+), so a front-end can copy clients/ts/ as it is.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { GEEN_ANTWOORD, GEEN_GRAPHQL, LeerplichtFout, type GraphQLFoutmelding } from './fout';
import {
  GewichtigeOmstandighedenDocument, JaarcijfersDocument, LeerplichtStatusDocument, MeldingenDocument, MeldplichtDocument,
  SignalenDocument, StartkwalificatieDocument, TijdlijnDocument, VakantieverlofDocument, VrijstellingsberoepDocument,
  type GewichtigeOmstandighedenQuery, type GewichtigeOmstandighedenQueryVariables, type JaarcijfersQuery, type JaarcijfersQueryVariables,
  type LeerplichtStatusQuery, type LeerplichtStatusQueryVariables, type MeldingenQuery, type MeldingenQueryVariables,
  type MeldplichtQuery, type MeldplichtQueryVariables, type SignalenQuery, type SignalenQueryVariables,
  type StartkwalificatieQuery, type StartkwalificatieQueryVariables, type Taal, type TijdlijnQuery, type TijdlijnQueryVariables,
  type VakantieverlofQuery, type VakantieverlofQueryVariables, type VerlofaanvraagInput,
  type VrijstellingsberoepQuery, type VrijstellingsberoepQueryVariables,
} from './gql/graphql';

export interface LeerplichtClientOpties {
  /** The GraphQL endpoint: "https://…/graphql", or "/graphql" from a page served by the API itself. */
  url: string;
  /** An API key (sent as "Authorization: Bearer …"); without one the caller is PUBLIC. */
  sleutel?: string;
  /** Another fetch (tests, a proxy); default the global fetch. */
  fetch?: typeof fetch;
  /** Language of explanations and error messages, for every operation that has a `taal` and was not given one. */
  taal?: Taal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** A verlofaanvraag whose soort the method sets. */
type Aanvraag<V extends { aanvraag: VerlofaanvraagInput }> = Omit<V, 'aanvraag'> & { aanvraag: Omit<VerlofaanvraagInput, 'soort'> };

export interface LeerplichtClient {
  /** Is dit kind leerplichtig op de peildatum, van wanneer tot wanneer, en waarom? */
  leerplichtStatus(v: LeerplichtStatusQueryVariables): Promise<LeerplichtStatusQuery['beoordeling']>;
  /** De statussen van dit kind door de tijd. */
  tijdlijn(v: TijdlijnQueryVariables): Promise<TijdlijnQuery['beoordeling']>;
  /** Vakantieverlof (art 13a): mag de directeur het geven, hoeveel dagen? */
  vakantieverlof(v: Aanvraag<VakantieverlofQueryVariables>): Promise<VakantieverlofQuery['verlofaanvraag']>;
  /** Verlof wegens gewichtige omstandigheden (art 14): toelaatbaar, en wie beslist? */
  gewichtigeOmstandigheden(v: Aanvraag<GewichtigeOmstandighedenQueryVariables>): Promise<GewichtigeOmstandighedenQuery['verlofaanvraag']>;
  /** Moet dit verzuim gemeld worden (art 21a)? */
  meldplicht(v: MeldplichtQueryVariables): Promise<MeldplichtQuery['beoordeling']>;
  /** Is dit beroep op vrijstelling geldig en tijdig? */
  vrijstellingsberoep(v: VrijstellingsberoepQueryVariables): Promise<VrijstellingsberoepQuery['vrijstellingsberoep']>;
  /** Heeft deze jongere een startkwalificatie, en tot wanneer is hij kwalificatieplichtig? */
  startkwalificatie(v: StartkwalificatieQueryVariables): Promise<StartkwalificatieQuery['beoordeling']>;
  /** (sleutel) De meldingen van de leerlingen die de sleutel ziet, per pagina (eerste, na = volgende). */
  meldingen(v: MeldingenQueryVariables): Promise<MeldingenQuery['meldingenOverzicht']>;
  /** (sleutel) Jaarcijfers van een gemeente over een schooljaar. */
  jaarcijfers(v: JaarcijfersQueryVariables): Promise<JaarcijfersQuery['jaarcijfers']>;
  /** (sleutel) Signalen van de signalering sinds een dag of moment. */
  signalen(v: SignalenQueryVariables): Promise<SignalenQuery['signalen']>;
  /** Any typed document (a generated TypedDocumentString) with its variables: the whole `data`. */
  vraag<T, V>(document: DocumentTypeDecoration<T, V>, variables: V): Promise<T>;
}

export function maakLeerplichtClient(opties: LeerplichtClientOpties): LeerplichtClient {
  const vraag = async <T, V>(document: DocumentTypeDecoration<T, V>, variables: V): Promise<T> => {
    const query = tekstVan(document);
    const vars: Record<string, unknown> = { ...(variables as Record<string, unknown> | undefined) };
    if (opties.taal !== undefined && vars.taal === undefined && /\$taal\s*:/.test(query)) vars.taal = opties.taal;
    return post<T>(opties, query, vars);
  };
  return {
    leerplichtStatus: async (v) => (await vraag(LeerplichtStatusDocument, v)).beoordeling,
    tijdlijn: async (v) => (await vraag(TijdlijnDocument, v)).beoordeling,
    vakantieverlof: async (v) => (await vraag(VakantieverlofDocument, { ...v, aanvraag: { ...v.aanvraag, soort: 'VAKANTIE_13A' } })).verlofaanvraag,
    gewichtigeOmstandigheden: async (v) => (await vraag(GewichtigeOmstandighedenDocument, { ...v, aanvraag: { ...v.aanvraag, soort: 'GEWICHTIG_14' } })).verlofaanvraag,
    meldplicht: async (v) => (await vraag(MeldplichtDocument, v)).beoordeling,
    vrijstellingsberoep: async (v) => (await vraag(VrijstellingsberoepDocument, v)).vrijstellingsberoep,
    startkwalificatie: async (v) => (await vraag(StartkwalificatieDocument, v)).beoordeling,
    meldingen: async (v) => (await vraag(MeldingenDocument, v)).meldingenOverzicht,
    jaarcijfers: async (v) => (await vraag(JaarcijfersDocument, v)).jaarcijfers,
    signalen: async (v) => (await vraag(SignalenDocument, v)).signalen,
    vraag,
  };
}

/** The query text: a TypedDocumentString is a String; a parsed document only if it kept its source. */
function tekstVan(document: unknown): string {
  if (typeof document === 'string' || document instanceof String) return document.toString();
  const bron = (document as { loc?: { source?: { body?: unknown } } } | null)?.loc?.source?.body;
  if (typeof bron === 'string') return bron;
  throw new TypeError('vraag: pass a generated document (TypedDocumentString) or a document that keeps its source text');
}

async function post<T>(opties: LeerplichtClientOpties, query: string, variables: Record<string, unknown>): Promise<T> {
  const haal = opties.fetch ?? ((...a: Parameters<typeof fetch>) => globalThis.fetch(...a));
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json;q=0.9',
    'content-type': 'application/json',
    ...opties.headers,
    ...(opties.sleutel ? { authorization: `Bearer ${opties.sleutel}` } : {}),
  };
  let antwoord: Response;
  try {
    antwoord = await haal(opties.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new LeerplichtFout({ code: GEEN_ANTWOORD, status: 0, message: `${opties.url}: no answer (${e instanceof Error ? e.message : String(e)})` });
  }
  let json: { data?: T | null; errors?: GraphQLFoutmelding[] } | null;
  try {
    json = (await antwoord.json()) as typeof json;
  } catch {
    throw new LeerplichtFout({ code: GEEN_GRAPHQL, status: antwoord.status, message: `${opties.url}: HTTP ${antwoord.status}, the answer is not JSON` });
  }
  if (json && Array.isArray(json.errors) && json.errors.length > 0) throw LeerplichtFout.uitAntwoord(json.errors, antwoord.status, json.data ?? undefined);
  if (!antwoord.ok || json?.data == null) {
    throw new LeerplichtFout({ code: GEEN_GRAPHQL, status: antwoord.status, message: `${opties.url}: HTTP ${antwoord.status} without data or errors` });
  }
  return json.data;
}
