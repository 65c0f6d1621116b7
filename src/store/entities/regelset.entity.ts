import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Leerling } from './leerling.entity';

export interface RegelBestand {
  pad: string;
  hash: string;
}

// Explicit `type` on every property: no reliance on reflect-metadata (swc/ts-node transpile-only).

/** A loaded set of rule files, identified by the sha256 over those files. */
@Entity({ tableName: 'regelset' })
export class Regelset {
  // serial: gives a total insertion order for laatsteRegelset (timestamps can tie within a ms)
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'text', unique: true })
  hash!: string;

  @Property({ type: 'json' })
  bestanden!: RegelBestand[];

  @Property({ type: 'integer' })
  aantalRegels!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  geladenOp!: Date;

  @Property({ type: 'text' })
  engineVersie!: string;
}

/** Log of a stored verdict: which rule set and engine produced it, for which dates. */
@Entity({ tableName: 'beslissing' })
export class Beslissing {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Index()
  @Property({ type: 'text' })
  regelsetHash!: string;

  @Property({ type: 'text' })
  engineVersie!: string;

  // 'yyyy-mm-dd': the v6 pg driver returns date columns as strings, no timezone shifts.
  @Property({ type: 'string', columnType: 'date' })
  peildatum!: string;

  @Property({ type: 'string', columnType: 'date' })
  wetsdatum!: string;

  @Property({ type: 'text' })
  vraag!: string;

  @Property({ type: 'json' })
  uitkomst!: Record<string, unknown>;

  /** the stored leerling the verdict is about (null for other verdicts; kept when the leerling is removed) */
  @ManyToOne({ entity: () => Leerling, nullable: true, deleteRule: 'set null', index: true })
  leerling?: Leerling | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  aangemaaktOp!: Date;
}
