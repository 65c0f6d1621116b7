import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';

// Explicit `type` on every property: no reliance on reflect-metadata (swc/ts-node transpile-only).

/**
 * A stored jongere. The uuid is the pseudonymous id every other system uses; the BSN is optional,
 * only a leerplichtambtenaar may read it, and it is never logged.
 */
@Entity({ tableName: 'leerling' })
export class Leerling extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'string', columnType: 'date' })
  geboortedatum!: string;

  /** CBS gemeentecode (4 digits) of the woongemeente: its leerplichtambtenaar is responsible. */
  @Index()
  @Property({ type: 'text' })
  gemeente!: string;

  @Property({ type: 'text', nullable: true })
  vakantieregio!: string | null;

  @Property({ type: 'text', nullable: true, lazy: true })
  bsn!: string | null;

  /** studiedagen and other non-school days of the school ('yyyy-mm-dd') */
  @Property({ type: 'json' })
  vrijeDagen!: string[];

  @Property({ type: 'boolean', nullable: true })
  arbeidsovereenkomst!: boolean | null;

  @Property({ type: 'double', nullable: true })
  arbeidUrenPerWeek!: number | null;

  @Property({ type: 'boolean' })
  meerderjarigVerklaard!: boolean;

  @Property({ type: 'boolean' })
  oudersNietVerwijtbaar!: boolean;

  @Property({ type: 'boolean' })
  eerderHaltVoorSchoolverzuim!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  aangemaaktOp!: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  gewijzigdOp!: Date;
}
