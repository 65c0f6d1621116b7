import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Leerling } from './leerling.entity';

/**
 * A melding the rules gave for a stored leerling during a signalering run (the nightly job), kept
 * for the school and the leerplichtambtenaar to see. Computed, not recorded by a key: it has no
 * owner columns and no lifecycle (recording it as a melding is registreerMelding's). Unique on
 * leerling + soort + einddatum: two workers doing the same batch store it once.
 */
@Entity({ tableName: 'signaal' })
@Unique({ properties: ['leerling', 'soort', 'einddatum'] })
@Index({ properties: ['gemeente', 'gevondenOp'] })
@Index({ properties: ['brin', 'gevondenOp'] })
export class Signaal {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade' })
  leerling!: Leerling;

  @Property({ type: 'text' })
  soort!: string;

  @Property({ type: 'string', columnType: 'date' })
  begindatum!: string;

  @Property({ type: 'string', columnType: 'date' })
  einddatum!: string;

  @Property({ type: 'double' })
  uren!: number;

  @Property({ type: 'boolean' })
  verplicht!: boolean;

  /** the school the leerling was enrolled at on the einddatum (null: none) */
  @Property({ type: 'text', nullable: true })
  brin!: string | null;

  /** the woongemeente on the einddatum: its leerplichtambtenaar is responsible */
  @Property({ type: 'text' })
  gemeente!: string;

  /** the day the run evaluated the rules on */
  @Property({ type: 'string', columnType: 'date' })
  peildatum!: string;

  /** the run that found it (signalering job payload) */
  @Property({ type: 'text' })
  runId!: string;

  @Property({ type: 'text' })
  regelsetHash!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  gevondenOp!: Date;
}
