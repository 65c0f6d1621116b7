import 'reflect-metadata';
import './graphql-modus';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import './enums';
import { BeoordelingResolver, directeResolvers } from './beoordeling.resolver';
import { RegelsResolver } from './regels.resolver';
import { VerzuimImportResolver } from './leerlingen/import.resolver';
import { JaarcijfersResolver } from './leerlingen/jaarcijfers.resolver';
import { VerhuizingResolver } from './leerlingen/verhuizing.resolver';
import { LeerlingResolver } from './leerlingen/leerling.resolver';
import { MeldingResolver } from './leerlingen/meldingen.resolver';
import { HerbeoordelingResolver } from './leerlingen/herbeoordeling.resolver';
import { LeerlingnummerVeldResolver, OpzoekenResolver } from './leerlingen/opzoeken.resolver';
import { LeerlingMutatieResolver } from './leerlingen/mutaties.resolver';
import { AuditResolver } from './leerlingen/audit.resolver';
import { IdentiteitResolver } from './leerlingen/identiteit.resolver';
import { controleerRol } from './leerlingen/rechten';
import { SignalenResolver } from './signalen.resolver';
import { FeitenResolver } from './feiten.resolver';
import { KalenderResolver } from './kalender.resolver';
import { ParametersResolver } from './parameters.resolver';
import { RegelResolver } from './regel.resolver';
import { SpoorResolver } from './spoor.resolver';
import { BeleidResolver, BeleidspakkettenResolver } from './beleid.resolver';
import { bewaakTekstInvoer } from './omzetten';
import { gewoneVelden } from './gewone-velden';
import { snelleVelden } from './snelle-velden';
import { beschrijfWortels } from './wortel-beschrijvingen';
import { Aansprakelijkheid, Beoordeling, Bron, Leerplicht, Oordeel, Regel, RegelsetInfo, Startkwalificatie, Tijdvak, Uitleg, Verlofbesluit, Verzuim, Verzuimmelding, Vrijstellingsbesluit } from './uitvoer';

/** The output types of uitvoer.ts: their plain fields are read by graphql-js itself (gewone-velden.ts). */
const UITVOER = [Aansprakelijkheid, Beoordeling, Bron, Leerplicht, Oordeel, Regel, RegelsetInfo, Startkwalificatie, Tijdvak, Uitleg, Verlofbesluit, Verzuim, Verzuimmelding, Vrijstellingsbesluit];

let schema: GraphQLSchema | null = null;

export function maakSchema(): GraphQLSchema {
  // every text argument is checked (control characters, length) before any resolver runs; the
  // Beoordeling resolvers take graphql-js's arguments directly (directeResolvers); the field maps
  // are made fast for V8 (snelleVelden)
  schema ??= beschrijfWortels(snelleVelden(bewaakTekstInvoer(gewoneVelden(directeResolvers(buildSchemaSync({
    resolvers: [BeoordelingResolver, RegelsResolver, LeerlingResolver, LeerlingMutatieResolver, MeldingResolver, VerzuimImportResolver, JaarcijfersResolver, VerhuizingResolver, HerbeoordelingResolver, OpzoekenResolver, LeerlingnummerVeldResolver, IdentiteitResolver, AuditResolver, SignalenResolver, RegelResolver, ParametersResolver, FeitenResolver, KalenderResolver, SpoorResolver, BeleidResolver, BeleidspakkettenResolver],
    authChecker: controleerRol,
    validate: false,
  })), UITVOER))));
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so the file is stable). */
export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(maakSchema()))}\n`;
}
