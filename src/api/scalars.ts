// LocalDate: a Dutch calendar date YYYY-MM-DD (no time zone) between 1900-01-01 and 2100-12-31.
// The scalar checks the shape and the range for every LocalDate argument and input field, so no
// field can forget it; whether the day exists (2023-02-30) is checked with the field's path in
// api/omzetten.ts, so the error can name the field. The message always contains "is not a
// LocalDate": server/apollo.ts maps such literal validation errors to BAD_USER_INPUT.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { heeftDatumVorm } from '../time/dag';

/** The days this API answers for (inclusive); every LocalDate in a request must lie in between. */
export const EERSTE_DATUM = '1900-01-01';
export const LAATSTE_DATUM = '2100-12-31';

function fout(bericht: string): GraphQLError {
  return new GraphQLError(bericht, { extensions: { code: 'BAD_USER_INPUT' } });
}

function vorm(w: unknown): string {
  if (typeof w !== 'string' || !heeftDatumVorm(w)) throw fout(`${JSON.stringify(w) ?? String(w)} is not a LocalDate (YYYY-MM-DD)`);
  return w;
}

/** Input: shape and range (YYYY-MM-DD compares as text). */
function lees(w: unknown): string {
  const s = vorm(w);
  if (s < EERSTE_DATUM || s > LAATSTE_DATUM) throw fout(`"${s}" is not a LocalDate between ${EERSTE_DATUM} and ${LAATSTE_DATUM}`);
  return s;
}

export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: `A calendar date YYYY-MM-DD (Dutch date, no time zone) from ${EERSTE_DATUM} to ${LAATSTE_DATUM}. "tot" fields are inclusive last days.`,
  serialize: (w) => vorm(w),
  parseValue: (w) => lees(w),
  parseLiteral: (ast) => lees(ast.kind === Kind.STRING ? ast.value : undefined),
});
