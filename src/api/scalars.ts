// LocalDate: a Dutch calendar date YYYY-MM-DD (no time zone). The scalar checks the shape;
// whether the day exists (2023-02-30) is checked with the field's path in api/omzetten.ts,
// so the error can name the field.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const VORM = /^\d{4}-\d{2}-\d{2}$/;

function lees(w: unknown): string {
  if (typeof w !== 'string' || !VORM.test(w)) {
    throw new GraphQLError(`${JSON.stringify(w)} is not a LocalDate (YYYY-MM-DD)`, { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return w;
}

export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date YYYY-MM-DD (Dutch date, no time zone). "tot" fields are inclusive last days.',
  serialize: (w) => lees(w),
  parseValue: (w) => lees(w),
  parseLiteral: (ast) => lees(ast.kind === Kind.STRING ? ast.value : undefined),
});
