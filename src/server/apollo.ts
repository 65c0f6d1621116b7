// The Apollo server and its error policy: bad input is BAD_USER_INPUT naming the field;
// internal errors never leak a stack trace.
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiContext } from '../api/context';
import { maakSchema } from '../api/schema';
import { KalenderBereikFout } from '../time/kalender';
import { logFout } from './log';

export function formatFout(geformatteerd: GraphQLFormattedError, fout: unknown): GraphQLFormattedError {
  const oorzaak = unwrapResolverError(fout);
  if (oorzaak instanceof KalenderBereikFout) {
    return { ...geformatteerd, message: `situatie.vakantieregio: ${oorzaak.message}`, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // a malformed LocalDate literal fails validation; it is still the caller's input
  if (geformatteerd.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /is not a LocalDate/.test(geformatteerd.message)) {
    return { ...geformatteerd, extensions: { ...geformatteerd.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (geformatteerd.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    logFout(oorzaak); // without BSNs
    return { message: 'internal error', path: geformatteerd.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return geformatteerd;
}

export async function maakApollo(): Promise<ApolloServer<ApiContext>> {
  const apollo = new ApolloServer<ApiContext>({
    schema: maakSchema(),
    formatError: formatFout,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  return apollo;
}
