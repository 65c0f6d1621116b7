import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Afhandeling } from './afhandeling.entity';
import { Leerling } from './leerling.entity';
import { Vastgelegd } from './vastgelegd';

export type Maatregelsoort = 'PREVENTIEF_GESPREK' | 'WAARSCHUWING' | 'HALT_VERWIJZING' | 'PROCES_VERBAAL' | 'DOORVERWIJZING_JEUGDHULP' | 'RAAD_VOOR_DE_KINDERBESCHERMING' | 'ZORGTRAJECT' | 'OVERIG';
export const MAATREGELSOORTEN: readonly Maatregelsoort[] = ['PREVENTIEF_GESPREK', 'WAARSCHUWING', 'HALT_VERWIJZING', 'PROCES_VERBAAL', 'DOORVERWIJZING_JEUGDHULP', 'RAAD_VOOR_DE_KINDERBESCHERMING', 'ZORGTRAJECT', 'OVERIG'];
/** Whom a maatregel is aimed at (a proces-verbaal: art 22 lid 2 the ouders, lid 3 the jongere). */
export type Betrokkene = 'OUDERS' | 'JONGERE';

/** A waarschuwing the rules gave when the maatregel was recorded (the officer decides, the rules inform). */
export interface MaatregelWaarschuwing { code: string; bericht: string; regels: string[] }

/** One step of an afhandeling, on its date. */
@Entity({ tableName: 'maatregel' })
@Index({ properties: ['soort', 'datum'] })
export class Maatregel extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Afhandeling, deleteRule: 'cascade', index: true })
  afhandeling!: Afhandeling;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade', index: true })
  leerling!: Leerling;

  @Property({ type: 'text' })
  soort!: Maatregelsoort;

  @Property({ type: 'string', columnType: 'date' })
  datum!: string;

  @Property({ type: 'text', nullable: true })
  betrokkene!: Betrokkene | null;

  /** free text: kept here, never in the audit trail */
  @Property({ type: 'text', nullable: true })
  toelichting!: string | null;

  @Property({ type: 'json' })
  waarschuwingen!: MaatregelWaarschuwing[];

  /** the rule set that gave the waarschuwingen */
  @Property({ type: 'text' })
  regelsetHash!: string;
}
