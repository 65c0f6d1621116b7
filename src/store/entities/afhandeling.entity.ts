import { Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Leerling } from './leerling.entity';
import { Melding } from './melding.entity';
import { Vastgelegd } from './vastgelegd';

/** The MAS routes (Methodische Aanpak Schoolverzuim) a leerplichtambtenaar follows after a melding. */
export type MasRoute = 'VRIJWILLIGE_JEUGDHULP' | 'HALT' | 'CIVIELRECHTELIJK' | 'STRAFRECHTELIJK';
export const MAS_ROUTES: readonly MasRoute[] = ['VRIJWILLIGE_JEUGDHULP', 'HALT', 'CIVIELRECHTELIJK', 'STRAFRECHTELIJK'];

export type Afhandelingsuitkomst = 'VERZUIM_BEEINDIGD' | 'ANDERE_SCHOOL' | 'VRIJSTELLING' | 'ZORG_OVERGEDRAGEN' | 'HALT_AFGEROND' | 'STRAFRECHTELIJK_AFGEDAAN' | 'VERHUISD' | 'GEEN_VERDERE_ACTIE' | 'OVERIG';

/**
 * The leerplichtambtenaar's case work on one recorded melding (at most one per melding): the MAS
 * route, its maatregelen (maatregel.entity.ts), and the outcome with its closing date. It belongs
 * to the gemeente whose key opened it (ownership: the gemeente owns case work).
 */
@Entity({ tableName: 'afhandeling' })
@Index({ properties: ['gemeente', 'geopendOp'] })
export class Afhandeling extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @OneToOne({ entity: () => Melding, owner: true, deleteRule: 'cascade', unique: true })
  melding!: Melding;

  /** the melding's leerling, here too: visibility and counting need no join */
  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  /** CBS code of the gemeente whose LEERPLICHTAMBTENAAR key opened it */
  @Property({ type: 'text' })
  gemeente!: string;

  @Property({ type: 'text', nullable: true })
  route!: MasRoute | null;

  @Property({ type: 'string', columnType: 'date' })
  geopendOp!: string;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  geslotenOp!: string | null;

  @Property({ type: 'text', nullable: true })
  uitkomst!: Afhandelingsuitkomst | null;

  /** free text: kept here, never in the audit trail */
  @Property({ type: 'text', nullable: true })
  toelichting!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  gewijzigdOp!: Date;
}
