// LocalDate: a Dutch calendar date YYYY-MM-DD (no time zone) between 1900-01-01 and 2100-12-31.
// The scalar checks the shape and the range for every LocalDate argument and input field, so no
// field can forget it; whether the day exists (2023-02-30) is checked with the field's path in
// api/omzetten.ts, so the error can name the field. The message always contains "is not a
// LocalDate": server/apollo.ts maps such literal validation errors to BAD_USER_INPUT.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, GraphQLJSON as GraphQLJSONBron, GraphQLJSONObject as GraphQLJSONObjectBron } from 'graphql-scalars';
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
  description: `Een kalenderdatum JJJJ-MM-DD (Nederlandse datum, zonder tijdzone) van ${EERSTE_DATUM} tot en met ${LAATSTE_DATUM}. Velden "tot" zijn de laatste dag (inclusief). — A calendar date YYYY-MM-DD (Dutch date, no time zone) from ${EERSTE_DATUM} to ${LAATSTE_DATUM}. "tot" fields are inclusive last days.`,
  serialize: (w) => vorm(w),
  parseValue: (w) => lees(w),
  parseLiteral: (ast) => lees(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** DateTime: an instant, always written in UTC (graphql-scalars' DateTime with a Dutch description); only on output fields. */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'Een tijdstip als RFC 3339-tekst in UTC, bijv. 2026-01-15T08:30:00.000Z (09:30 Nederlandse tijd). Een Nederlandse kalenderdag is een LocalDate. — An instant as an RFC 3339 string in UTC, e.g. 2026-01-15T08:30:00.000Z.',
});

/**
 * graphql-scalars' JSON and JSONObject, with Dutch descriptions (same names, same behaviour). Import
 * them from here, not from graphql-scalars: two different scalars named JSON cannot be in one schema.
 */
export const GraphQLJSON = new GraphQLScalarType({
  ...GraphQLJSONBron.toConfig(),
  description: 'Een willekeurige JSON-waarde (ECMA-404): tekst, getal, boolean, null, lijst of object. — Any JSON value.',
});
export const GraphQLJSONObject = new GraphQLScalarType({
  ...GraphQLJSONObjectBron.toConfig(),
  description: 'Een JSON-object (ECMA-404) met tekst als sleutels. — A JSON object.',
});
