// The Apollo server and its error policy: bad input is BAD_USER_INPUT naming the field;
// internal errors never leak a stack trace. Limits: graphql-armor (aliases, depth, tokens,
// directives, field suggestions) and the per-request situatie count (grenzen.ts).
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled, ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { parse, validate, type GraphQLFormattedError } from 'graphql';
import type { ApiContext } from '../api/context';
import { maakSchema } from '../api/schema';
import { KalenderBereikFout } from '../time/kalender';
import { inHetNederlands } from '../api/fout-vertaling';
import { foutTaalPlugin, taalVanFout } from './fout-taal';
import { grenzenPlugin } from './grenzen';
import type { Instellingen } from './instellingen';
import { logFout } from './log';

/** An error as the client sees it: in Dutch when its field's taal is NL (fout-taal.ts), else English. */
export function formatFout(geformatteerd: GraphQLFormattedError, fout: unknown): GraphQLFormattedError {
  const engels = formatFoutEngels(geformatteerd, fout);
  if (taalVanFout(fout) !== 'NL') return engels;
  const nl = inHetNederlands(engels.message);
  return nl === null ? engels : { ...engels, message: nl };
}

function formatFoutEngels(geformatteerd: GraphQLFormattedError, fout: unknown): GraphQLFormattedError {
  const oorzaak = unwrapResolverError(fout);
  if (oorzaak instanceof KalenderBereikFout) {
    return { ...geformatteerd, message: `situatie.vakantieregio: ${oorzaak.message}`, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // a malformed LocalDate literal fails validation; it is still the caller's input
  if (geformatteerd.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /is not a LocalDate/.test(geformatteerd.message)) {
    return { ...geformatteerd, extensions: { ...geformatteerd.extensions, code: 'BAD_USER_INPUT' } };
  }
  // graphql-js stops coercing variables after 50 errors; still the caller's input
  if (/^Too many errors processing variables/.test(geformatteerd.message)) {
    return { message: `variables: ${geformatteerd.message}`, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // a bad variable value: name the field first, as every other input error does
  const variabele = /^Variable "\$([A-Za-z_][A-Za-z0-9_]*)" got invalid value (?:.*?)(?: at "([^"]+)")?; ([\s\S]*)$/.exec(geformatteerd.message);
  if (variabele && geformatteerd.extensions?.code === 'BAD_USER_INPUT') {
    return { ...geformatteerd, message: `${variabele[2] ?? variabele[1]}: ${variabele[3]}` };
  }
  if (geformatteerd.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    logFout(oorzaak); // without BSNs
    return { message: 'internal error', path: geformatteerd.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  if (geformatteerd.extensions?.code === undefined) return { ...geformatteerd, extensions: { ...geformatteerd.extensions, code: 'BAD_REQUEST' } };
  return geformatteerd;
}

export type ApolloInstellingen = Pick<Instellingen, 'maxSituaties' | 'introspectie' | 'suggesties' | 'maxAliassen' | 'maxDiepte' | 'maxTokens' | 'maxDirectieven'>;

/** Apollo, and armor's limits as a check of their own before Apollo's full validation. */
export interface GraphqlDienst {
  apollo: ApolloServer<ApiContext>;
  /**
   * Errors for a document over the alias, depth or directive limits. Run first because graphql-js's
   * OverlappingFieldsCanBeMerged compares every pair of fields: 250 aliases took 100–250 ms.
   */
  voorcontrole(query: string): GraphQLFormattedError[];
}

/** At most this many documents (each at most this many characters) keep their voorcontrole verdict. */
const VOORCONTROLE_MAX_DOCUMENTEN = 1000;
const VOORCONTROLE_MAX_LENGTE = 20_000;

export async function maakApollo(i: ApolloInstellingen): Promise<GraphqlDienst> {
  const armor = new ApolloArmor({
    maxAliases: { n: i.maxAliassen },
    maxDepth: { n: i.maxDiepte },
    // tokens: graphql-js's own parse limit (below), so a syntax error stays a 400 GRAPHQL_PARSE_FAILED
    maxTokens: { enabled: false },
    maxDirectives: { n: i.maxDirectieven },
    costLimit: { enabled: false }, // the real cost is the situatie count (grenzen.ts)
    blockFieldSuggestion: { enabled: !i.suggesties },
  });
  const bescherming = armor.protect();
  const apollo = new ApolloServer<ApiContext>({
    schema: maakSchema(),
    formatError: formatFout,
    includeStacktraceInErrorResponses: false,
    introspection: i.introspectie,
    persistedQueries: false,
    // main.ts stops everything in order on a signal; Apollo's own handler would race it (and hang)
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: i.maxTokens },
    allowBatchedHttpRequests: false,
    validationRules: bescherming.validationRules,
    // Only the plugins the README documents (armor, the situatie limit, error formatting; metrics and
    // logs live in http.ts). Apollo's defaults are switched off: cache control wrapped every field
    // resolver of every request (willResolveField) for cache hints nobody reads; a landing page, usage
    // or schema reporting to Apollo's cloud (APOLLO_KEY) and inline traces have no place here.
    plugins: [
      ...bescherming.plugins, grenzenPlugin(i.maxSituaties), foutTaalPlugin(),
      ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(), ApolloServerPluginSchemaReportingDisabled(),
    ],
  });
  await apollo.start();
  const schema = maakSchema();
  const controleer = (query: string): GraphQLFormattedError[] => {
    let doc;
    try {
      doc = parse(query, { maxTokens: i.maxTokens });
    } catch {
      return []; // Apollo answers the syntax error
    }
    return validate(schema, doc, bescherming.validationRules).map((e) => ({ message: e.message, ...(e.locations ? { locations: e.locations } : {}), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  };
  // Clients send the same few documents again and again: the verdict on a document is kept (as
  // Apollo keeps its parsed and validated documents), so only a new one is parsed twice.
  const bekend = new Map<string, GraphQLFormattedError[]>();
  const voorcontrole = (query: string): GraphQLFormattedError[] => {
    let fouten = bekend.get(query);
    if (fouten !== undefined) return fouten;
    fouten = controleer(query);
    if (query.length <= VOORCONTROLE_MAX_LENGTE) {
      if (bekend.size >= VOORCONTROLE_MAX_DOCUMENTEN) bekend.delete(bekend.keys().next().value!); // the oldest
      bekend.set(query, fouten);
    }
    return fouten;
  };
  return { apollo, voorcontrole };
}
