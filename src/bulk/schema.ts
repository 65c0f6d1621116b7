// The product's GraphQL types for the bulk path, without type-graphql and its resolvers: built from
// the emitted schema/schema.graphql (kept equal to the code by `npm run check`) with the real
// LocalDate scalar, so input coercion and its messages are those of the GraphQL API.
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, type GraphQLInputObjectType, type GraphQLObjectType, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { LocalDate } from '../api/scalars';

const SCHEMA_BESTAND = path.resolve(__dirname, '..', '..', ...(__dirname.includes(`${path.sep}dist${path.sep}`) ? ['..'] : []), 'schema', 'schema.graphql');

let schema: GraphQLSchema | null = null;

export function bulkSchema(): GraphQLSchema {
  if (schema) return schema;
  const s = buildSchema(fs.readFileSync(SCHEMA_BESTAND, 'utf8'), { assumeValidSDL: true });
  // buildSchema gives custom scalars an identity parser: put the real shape and range check in
  const datum = s.getType('LocalDate') as GraphQLScalarType;
  Object.assign(datum, { parseValue: LocalDate.parseValue, parseLiteral: LocalDate.parseLiteral, serialize: LocalDate.serialize });
  schema = s;
  return s;
}

export const situatieType = () => bulkSchema().getType('SituatieInput') as GraphQLInputObjectType;
export const beoordelingType = () => bulkSchema().getType('Beoordeling') as GraphQLObjectType;
