import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import './enums';
import { BeoordelingResolver } from './beoordeling.resolver';
import { RegelsResolver } from './regels.resolver';
import { VerzuimImportResolver } from './leerlingen/import.resolver';
import { JaarcijfersResolver } from './leerlingen/jaarcijfers.resolver';
import { LeerlingResolver } from './leerlingen/leerling.resolver';
import { MeldingResolver } from './leerlingen/meldingen.resolver';
import { LeerlingMutatieResolver } from './leerlingen/mutaties.resolver';
import { controleerRol } from './leerlingen/rechten';

let schema: GraphQLSchema | null = null;

export function maakSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [BeoordelingResolver, RegelsResolver, LeerlingResolver, LeerlingMutatieResolver, MeldingResolver, VerzuimImportResolver, JaarcijfersResolver],
    authChecker: controleerRol,
    validate: false,
  });
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so the file is stable). */
export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(maakSchema()))}\n`;
}
