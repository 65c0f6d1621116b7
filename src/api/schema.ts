import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import './enums';
import { BeoordelingResolver } from './beoordeling.resolver';
import { RegelsResolver } from './regels.resolver';

let schema: GraphQLSchema | null = null;

export function maakSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({ resolvers: [BeoordelingResolver, RegelsResolver], validate: false });
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so the file is stable). */
export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(maakSchema()))}\n`;
}
