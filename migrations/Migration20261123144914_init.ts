import { Migration } from '@mikro-orm/migrations';

// Generated with `mikro-orm migration:create --initial`; down() added by hand.

export class Migration20261123144914_init extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "beslissing" ("id" uuid not null default gen_random_uuid(), "regelset_hash" text not null, "engine_versie" text not null, "peildatum" date not null, "wetsdatum" date not null, "vraag" text not null, "uitkomst" jsonb not null, "aangemaakt_op" timestamptz not null, constraint "beslissing_pkey" primary key ("id"));`);
    this.addSql(`create index "beslissing_regelset_hash_index" on "beslissing" ("regelset_hash");`);

    this.addSql(`create table "regelset" ("id" serial primary key, "hash" text not null, "bestanden" jsonb not null, "aantal_regels" int not null, "geladen_op" timestamptz not null, "engine_versie" text not null);`);
    this.addSql(`alter table "regelset" add constraint "regelset_hash_unique" unique ("hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "beslissing" cascade;`);
    this.addSql(`drop table if exists "regelset" cascade;`);
  }

}
