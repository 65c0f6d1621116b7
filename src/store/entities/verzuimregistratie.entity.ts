import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Vastgelegd } from './vastgelegd';
import { Leerling } from './leerling.entity';
import { VerzuimImport } from './verzuimimport.entity';

/** Lesson-level absence as the school records it; the rules judge it (reden → geoorloofd or not). */
@Entity({ tableName: 'verzuimregistratie' })
@Index({ properties: ['leerling', 'datum'] })
export class Verzuimregistratie extends Vastgelegd {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @ManyToOne({ entity: () => Leerling, deleteRule: 'cascade' })
  leerling!: Leerling;

  @Property({ type: 'string', columnType: 'date' })
  datum!: string;

  @Property({ type: 'double' })
  uren!: number;

  @Property({ type: 'text' })
  reden!: string;

  /** the bulk import that wrote it, if any */
  @ManyToOne({ entity: () => VerzuimImport, nullable: true, deleteRule: 'cascade', index: true })
  verzuimImport!: VerzuimImport | null;
}
