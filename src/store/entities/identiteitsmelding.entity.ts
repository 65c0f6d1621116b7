import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Leerling } from './leerling.entity';

export type Identiteitsveld = 'GEBOORTEDATUM' | 'BSN' | 'GEMEENTE';
export type Identiteitsmeldingstatus = 'OPEN' | 'OPGELOST' | 'AFGEWEZEN';

/**
 * A suspected error in a leerling's identity (geboortedatum, BSN, woongemeente), reported by a key
 * that may not change it (a SCHOOL); the leerplichtambtenaar of the leerling's gemeente resolves it.
 */
@Entity({ tableName: 'identiteitsmelding' })
@Index({ properties: ['leerling', 'status'] })
export class Identiteitsmelding {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade' })
  leerling!: Leerling;

  @Property({ type: 'text' })
  veld!: Identiteitsveld;

  @Property({ type: 'text' })
  toelichting!: string;

  /** the reporting key: its id, rol, BRIN or gemeente, naam */
  @Property({ type: 'text' })
  doorSleutel!: string;

  @Property({ type: 'text' })
  doorRol!: string;

  @Property({ type: 'text', nullable: true })
  doorBrin!: string | null;

  @Property({ type: 'text', nullable: true })
  doorGemeente!: string | null;

  @Property({ type: 'text' })
  doorNaam!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  op!: Date;

  @Property({ type: 'text' })
  status!: Identiteitsmeldingstatus;

  @Property({ type: 'text', nullable: true })
  afgehandeldDoor!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  afgehandeldOp!: Date | null;

  @Property({ type: 'text', nullable: true })
  afgehandeldToelichting!: string | null;
}
