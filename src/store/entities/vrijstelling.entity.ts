import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

/** A granted vrijstelling (art 5 a/b/c, 5a, 15) for a period. */
@Entity({ tableName: 'vrijstelling' })
export class Vrijstelling extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  @Property({ type: 'text' })
  grond!: string;

  @Property({ type: 'string', columnType: 'date' })
  vanaf!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  tot!: string | null;
}
