import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

/** One year of the school history, for the twelve-schooljaren rule (art 3 lid 1 a). */
@Entity({ tableName: 'schooljaar' })
@Unique({ properties: ['leerling', 'schooljaar'] })
export class Schooljaar extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade' })
  leerling!: Leerling;

  /** "2019/2020" */
  @Property({ type: 'text' })
  schooljaar!: string;

  @Property({ type: 'boolean' })
  volledig!: boolean;

  @Property({ type: 'text' })
  onderwijs!: string;

  @Property({ type: 'boolean', nullable: true })
  teltMee!: boolean | null;
}
