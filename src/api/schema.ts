import 'reflect-metadata';
import './graphql-modus';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import './enums';
import { BeoordelingResolver, directeResolvers } from './beoordeling.resolver';
import { RegelsResolver } from './regels.resolver';
import { SchoolbesluitResolver } from './schoolbesluit.resolver';
import { VerzuimImportResolver } from './leerlingen/import.resolver';
import { VerzuimbestandResolver } from './leerlingen/bestand.resolver';
import { JaarcijfersResolver } from './leerlingen/jaarcijfers.resolver';
import { JaarcijfersExportResolver } from './leerlingen/jaarcijfers-export.resolver';
import { VerhuizingResolver } from './leerlingen/verhuizing.resolver';
import { LeerlingResolver } from './leerlingen/leerling.resolver';
import { MeldingResolver } from './leerlingen/meldingen.resolver';
import { HerbeoordelingResolver } from './leerlingen/herbeoordeling.resolver';
import { LeerlingnummerVeldResolver, OpzoekenResolver } from './leerlingen/opzoeken.resolver';
import { LeerlingMutatieResolver } from './leerlingen/mutaties.resolver';
import { AuditResolver } from './leerlingen/audit.resolver';
import { IdentiteitResolver } from './leerlingen/identiteit.resolver';
import { MeldingExportResolver } from './leerlingen/meldingexport.resolver';
import { AfhandelingResolver, MeldingAfhandelingVeldResolver } from './leerlingen/afhandeling.resolver';
import { controleerRol } from './leerlingen/rechten';
import { SignalenResolver } from './signalen.resolver';
import { FeitenResolver } from './feiten.resolver';
import { KalenderResolver } from './kalender.resolver';
import { ParametersResolver } from './parameters.resolver';
import { RegelResolver } from './regel.resolver';
import { SpoorResolver } from './spoor.resolver';
import { LeerlingThuiszitterResolver, ThuiszitterResolver } from './thuiszitter.resolver';
import { BeleidResolver, BeleidspakkettenResolver } from './beleid.resolver';
import { HandhavingResolver } from './handhaving.resolver';
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
    resolvers: [BeoordelingResolver, RegelsResolver, SchoolbesluitResolver, LeerlingResolver, LeerlingMutatieResolver, MeldingResolver, VerzuimImportResolver, VerzuimbestandResolver, JaarcijfersResolver, VerhuizingResolver, HerbeoordelingResolver, OpzoekenResolver, LeerlingnummerVeldResolver, IdentiteitResolver, MeldingExportResolver, AfhandelingResolver, MeldingAfhandelingVeldResolver, AuditResolver, SignalenResolver, RegelResolver, ParametersResolver, FeitenResolver, KalenderResolver, SpoorResolver, BeleidResolver, BeleidspakkettenResolver, HandhavingResolver, ThuiszitterResolver, LeerlingThuiszitterResolver, JaarcijfersExportResolver],
    authChecker: controleerRol,
    validate: false,
  })), UITVOER))));
  return schema;
}

/** The SDL committed as schema/schema.graphql (sorted, so the file is stable). */
export function schemaSdl(): string {
  return `${printSchema(lexicographicSortSchema(maakSchema()))}\n`;
}
