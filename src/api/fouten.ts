// Bad input becomes a GraphQL error with code BAD_USER_INPUT whose message names the field.
import { GraphQLError } from 'graphql';

export function invoerFout(veld: string, probleem: string): GraphQLError {
  return new GraphQLError(`${veld}: ${probleem}`, { extensions: { code: 'BAD_USER_INPUT', veld } });
}
