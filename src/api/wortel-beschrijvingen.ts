// type-graphql gives the root types no description; the schema's documentation (issue 13 item 7)
// wants one on every type, so they are set once the schema is built.
import type { GraphQLSchema } from 'graphql';

export function beschrijfWortels(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'De vragen aan de Leerplicht-API: de staatloze beoordelingen van de Leerplichtwet 1969 (voor iedereen) en, met een API-sleutel, de opgeslagen leerlingen, meldingen en cijfers. — The questions: stateless Leerplichtwet verdicts and, with an API key, stored leerlingen, meldingen and figures.';
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = 'Wijzigingen in de opgeslagen gegevens (alleen met een API-sleutel); elke wijziging komt in de audit trail. — Changes to stored data (API key only), each written to the audit trail.';
  return schema;
}
