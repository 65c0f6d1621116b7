import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

/**
 * Where a leerling lived: the woongemeente from `vanaf` up to and including `tot` (null: still).
 * A verhuizing closes the open period on the day before the move and opens the next one, so the
 * history is kept; `leerling.gemeente` is the gemeente of the open period. A LEERPLICHTAMBTENAAR
 * (and an RMC-regio) sees a leerling's facts dated inside its gemeente's periods.
 */
@Entity({ tableName: 'woonperiode' })
@Index({ properties: ['gemeente', 'leerling'] })
export class Woonperiode extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  /** CBS gemeentecode (4 digits) */
  @Property({ type: 'text' })
  gemeente!: string;

  @Property({ type: 'string', columnType: 'date' })
  vanaf!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  tot!: string | null;
}
