import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

@Entity({ tableName: 'diploma' })
export class Diploma extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  @Property({ type: 'text' })
  soort!: string;

  @Property({ type: 'string', columnType: 'date' })
  datum!: string;

  @Property({ type: 'text', nullable: true })
  gelijkwaardigAan!: string | null;
}
