// Bad input becomes a GraphQL error with code BAD_USER_INPUT whose message names the field.
import { GraphQLError } from 'graphql';

export function invoerFout(veld: string, probleem: string): GraphQLError {
  return new GraphQLError(`${veld}: ${probleem}`, { extensions: { code: 'BAD_USER_INPUT', veld } });
}

export function nietGeimplementeerd(veld: string, issue: string): GraphQLError {
  return new GraphQLError(`${veld} is not implemented yet (${issue}); no value is made up`, { extensions: { code: 'NOT_IMPLEMENTED' } });
}
