import { Property } from '@mikro-orm/core';

/**
 * Who recorded a row and when (ownership, see src/toegang/eigenaarschap.ts): the key's id
 * (sha256 prefix), its rol, BRIN or gemeente. Rows from before ownership was kept have
 * vastgelegdDoor "onbekend" and vastgelegdRol "ONBEKEND".
 */
export abstract class Vastgelegd {
  @Property({ type: 'text' })
  vastgelegdDoor!: string;

  @Property({ type: 'text' })
  vastgelegdRol!: string;

  @Property({ type: 'text', nullable: true })
  vastgelegdBrin!: string | null;

  @Property({ type: 'text', nullable: true })
  vastgelegdGemeente!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  vastgelegdOp!: Date;
}
