import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

/** Leave that was granted (art 11-14). */
@Entity({ tableName: 'verlof' })
export class Verlof extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  @Property({ type: 'text' })
  soort!: string;

  @Property({ type: 'string', columnType: 'date' })
  vanaf!: string;

  @Property({ type: 'string', columnType: 'date' })
  tot!: string;

  @Property({ type: 'double', nullable: true })
  dagen!: number | null;

  @Property({ type: 'double', nullable: true })
  uren!: number | null;
}
