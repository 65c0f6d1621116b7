// LocalDate: a Dutch calendar date YYYY-MM-DD (no time zone) between 1900-01-01 and 2100-12-31.
// The scalar checks the shape and the range for every LocalDate argument and input field, so no
// field can forget it; whether the day exists (2023-02-30) is checked with the field's path in
// api/omzetten.ts, so the error can name the field. The message always contains "is not a
// LocalDate": server/apollo.ts maps such literal validation errors to BAD_USER_INPUT.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// the shape /^\d{4}-\d{2}-\d{2}$/, tested by character code: every date of a bulk request (input
// and output) passes here, and a regex per value was a measurable part of it
const isCijfer = (w: string, i: number) => { const c = w.charCodeAt(i); return c >= 48 && c <= 57; };
function heeftVorm(w: string): boolean {
  return w.length === 10 && w.charCodeAt(4) === 45 && w.charCodeAt(7) === 45
    && isCijfer(w, 0) && isCijfer(w, 1) && isCijfer(w, 2) && isCijfer(w, 3) && isCijfer(w, 5) && isCijfer(w, 6) && isCijfer(w, 8) && isCijfer(w, 9);
}

/** The days this API answers for (inclusive); every LocalDate in a request must lie in between. */
export const EERSTE_DATUM = '1900-01-01';
export const LAATSTE_DATUM = '2100-12-31';

function fout(bericht: string): GraphQLError {
  return new GraphQLError(bericht, { extensions: { code: 'BAD_USER_INPUT' } });
}

function vorm(w: unknown): string {
  if (typeof w !== 'string' || !heeftVorm(w)) throw fout(`${JSON.stringify(w) ?? String(w)} is not a LocalDate (YYYY-MM-DD)`);
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
