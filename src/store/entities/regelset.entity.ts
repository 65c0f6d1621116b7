import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Leerling } from './leerling.entity';

export interface RegelBestand {
  pad: string;
  hash: string;
}

/** One rule file's text exactly as loaded (its sha256 is RegelBestand.hash). */
export interface RegelTekst {
  pad: string;
  tekst: string;
}

/** What a beslissing was evaluated on: enough to evaluate it again (herbeoordeel). Never a BSN. */
export interface Invoersnapshot {
  /** the SituatieInput built from the stored rows, exactly as evaluated (SituatieInput has no BSN) */
  situatie: Record<string, unknown>;
  /** the readings (ParametersInput) the request chose, or null */
  parameters: Record<string, unknown> | null;
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

  /** every file's text in load order, so the set can be rebuilt; null on rows registered before migration 20261202003000 until that rule set is loaded again */
  @Property({ type: 'json', nullable: true })
  inhoud?: RegelTekst[] | null;

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

  /** the input as evaluated (without BSN); null for beslissingen recorded before migration 20261202003000 */
  @Property({ type: 'json', nullable: true })
  invoer?: Invoersnapshot | null;

  /** the leerling's woongemeente when the verdict was recorded: who may still reach it after the leerling is removed */
  @Property({ type: 'text', nullable: true })
  gemeente?: string | null;

  /** the stored leerling the verdict is about (null for other verdicts; kept when the leerling is removed) */
  @ManyToOne({ entity: () => Leerling, nullable: true, deleteRule: 'set null', index: true })
  leerling?: Leerling | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  aangemaaktOp!: Date;
}
