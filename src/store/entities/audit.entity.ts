import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One changed field: its value before and after, or for the BSN only whether it changed. */
export interface Veldwijziging { voor: unknown; na: unknown }

/**
 * The audit trail: one row per change, append-only (a trigger refuses UPDATE, DELETE and
 * TRUNCATE for every role; see the migration). `leerlingId` is a plain column, not a foreign key,
 * so the trail of a removed leerling (AVG) stays.
 */
@Entity({ tableName: 'audit' })
@Index({ properties: ['leerlingId', 'tijdstip'] })
export class Auditregel {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  tijdstip!: Date;

  /** the key's stable id (sha256 prefix), its rol, naam and BRIN or gemeente */
  @Property({ type: 'text' })
  sleutelId!: string;

  @Property({ type: 'text' })
  rol!: string;

  @Property({ type: 'text' })
  naam!: string;

  @Property({ type: 'text', nullable: true })
  brin!: string | null;

  @Property({ type: 'text', nullable: true })
  gemeente!: string | null;

  /** the mutation (e.g. "wijzigLeerling") */
  @Property({ type: 'text' })
  operatie!: string;

  @Property({ type: 'uuid', nullable: true })
  leerlingId!: string | null;

  /** what the change was about: "leerling", "inschrijving", "verzuimregistratie", "melding", … and its id */
  @Property({ type: 'text' })
  onderwerp!: string;

  @Property({ type: 'text', nullable: true })
  onderwerpId!: string | null;

  /** field → { voor, na }; a BSN appears only as { voor: "•••", na: "•••" } with whether it changed */
  @Property({ type: 'json' })
  velden!: Record<string, Veldwijziging>;
}
