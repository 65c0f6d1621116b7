import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';

export type Meldingstatus = 'GEREGISTREERD' | 'IN_BEHANDELING' | 'AFGESLOTEN' | 'INGETROKKEN' | 'TER_KENNISGEVING_AANGENOMEN';

export interface Statusovergang {
  van: Meldingstatus | null;
  naar: Meldingstatus;
  door: string;
  /** ISO timestamp */
  op: string;
  toelichting: string | null;
}

/** A verzuimmelding the rules computed and someone recorded; it follows DUO's lifecycle. */
@Entity({ tableName: 'melding' })
@Unique({ properties: ['leerling', 'soort', 'einddatum'] })
export class Melding extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade' })
  leerling!: Leerling;

  @Property({ type: 'text' })
  soort!: string;

  @Property({ type: 'string', columnType: 'date' })
  begindatum!: string;

  @Index()
  @Property({ type: 'string', columnType: 'date' })
  einddatum!: string;

  @Property({ type: 'double' })
  uren!: number;

  @Property({ type: 'boolean' })
  verplicht!: boolean;

  @Property({ type: 'text' })
  status!: Meldingstatus;

  /** the school that recorded it (null when a leerplichtambtenaar did) */
  @Property({ type: 'text', nullable: true })
  brin!: string | null;

  @Property({ type: 'json' })
  historie!: Statusovergang[];

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  geregistreerdOp!: Date;

  /** the school's remark for the verzuimloket (free text; never in the audit trail) */
  @Property({ type: 'text', nullable: true })
  toelichting!: string | null;

  /** first handed off by exportMeldingen: when, and by which key (id and naam); null: never */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  geexporteerdOp!: Date | null;

  @Property({ type: 'text', nullable: true })
  geexporteerdDoor!: string | null;

  @Property({ type: 'text', nullable: true })
  geexporteerdNaam!: string | null;
}
