import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

/** Enrolment at a school (BRIN); a SCHOOL key sees the leerlingen with an inschrijving at its BRIN. */
@Entity({ tableName: 'inschrijving' })
@Index({ properties: ['brin', 'leerling'] })
export class Inschrijving extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  @Property({ type: 'text' })
  brin!: string;

  @Property({ type: 'text' })
  onderwijs!: string;

  @Property({ type: 'string', columnType: 'date' })
  vanaf!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  tot!: string | null;

  @Property({ type: 'integer', nullable: true })
  niveau!: number | null;

  @Property({ type: 'text', nullable: true })
  leerweg!: string | null;

  @Property({ type: 'text', nullable: true })
  uitstroomprofiel!: string | null;

  @Property({ type: 'boolean' })
  bekostigd!: boolean;

  @Property({ type: 'double', nullable: true })
  lesdagenPerWeek!: number | null;

  @Property({ type: 'double', nullable: true })
  lesurenPerWeek!: number | null;
}
