import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * One bulk verzuim import. The idempotency key is unique per caller (aanroeper): a retry with the
 * same key finds this row and writes nothing; the same key with other records is refused.
 */
@Entity({ tableName: 'verzuim_import' })
@Unique({ properties: ['aanroeper', 'sleutel'] })
export class VerzuimImport {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string;

  @Property({ type: 'text' })
  aanroeper!: string;

  @Property({ type: 'text' })
  sleutel!: string;

  /** sha256 over the records as sent, to tell a retry from a different import under the same key */
  @Property({ type: 'text' })
  inhoudHash!: string;

  @Property({ type: 'integer' })
  aantal!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  aangemaaktOp!: Date;
}
