import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Leerling } from './leerling.entity';
import { Vastgelegd } from './vastgelegd';

/**
 * The number a school (BRIN, or one vestiging "12AB01": each is its own numbering) gives a leerling.
 * One number is one leerling at that BRIN, and a leerling has at most one number per BRIN.
 */
@Entity({ tableName: 'leerlingnummer' })
@Unique({ properties: ['brin', 'nummer'] })
@Unique({ properties: ['leerling', 'brin'] })
export class Leerlingnummer extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'text' })
  brin!: string;

  @Property({ type: 'text' })
  nummer!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade' })
  leerling!: Leerling;
}
