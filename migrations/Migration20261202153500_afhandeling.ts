import { Migration } from '@mikro-orm/migrations';

// Helper d2 (issue 14 parts 2 and 3): the DUO hand-off mark and remark on a melding
// (exportMeldingen: exported once, when and by which key), and the leerplichtambtenaar's case work
// on a melding: its afhandeling (MAS route, outcome, closing date) and the maatregelen in it.

export class Migration20261202153500_afhandeling extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "melding" add column "toelichting" text null, add column "geexporteerd_op" timestamptz null, add column "geexporteerd_door" text null, add column "geexporteerd_naam" text null;`);

    this.addSql(`create table "afhandeling" ("id" uuid not null default gen_random_uuid(), "vastgelegd_door" text not null, "vastgelegd_rol" text not null, "vastgelegd_brin" text null, "vastgelegd_gemeente" text null, "vastgelegd_op" timestamptz not null, "melding_id" uuid not null, "leerling_id" uuid not null, "gemeente" text not null, "route" text null, "geopend_op" date not null, "gesloten_op" date null, "uitkomst" text null, "toelichting" text null, "gewijzigd_op" timestamptz not null, constraint "afhandeling_pkey" primary key ("id"));`);
    this.addSql(`alter table "afhandeling" add constraint "afhandeling_melding_id_unique" unique ("melding_id");`);
    this.addSql(`create index "afhandeling_leerling_id_index" on "afhandeling" ("leerling_id");`);
    this.addSql(`create index "afhandeling_gemeente_geopend_op_index" on "afhandeling" ("gemeente", "geopend_op");`);
    this.addSql(`alter table "afhandeling" add constraint "afhandeling_melding_id_foreign" foreign key ("melding_id") references "melding" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "afhandeling" add constraint "afhandeling_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`create table "maatregel" ("id" uuid not null default gen_random_uuid(), "vastgelegd_door" text not null, "vastgelegd_rol" text not null, "vastgelegd_brin" text null, "vastgelegd_gemeente" text null, "vastgelegd_op" timestamptz not null, "afhandeling_id" uuid not null, "leerling_id" uuid not null, "soort" text not null, "datum" date not null, "betrokkene" text null, "toelichting" text null, "waarschuwingen" jsonb not null, "regelset_hash" text not null, constraint "maatregel_pkey" primary key ("id"));`);
    this.addSql(`create index "maatregel_afhandeling_id_index" on "maatregel" ("afhandeling_id");`);
    this.addSql(`create index "maatregel_leerling_id_index" on "maatregel" ("leerling_id");`);
    this.addSql(`create index "maatregel_soort_datum_index" on "maatregel" ("soort", "datum");`);
    this.addSql(`alter table "maatregel" add constraint "maatregel_afhandeling_id_foreign" foreign key ("afhandeling_id") references "afhandeling" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "maatregel" add constraint "maatregel_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "maatregel" cascade;`);
    this.addSql(`drop table if exists "afhandeling" cascade;`);
    this.addSql(`alter table "melding" drop column "toelichting", drop column "geexporteerd_op", drop column "geexporteerd_door", drop column "geexporteerd_naam";`);
  }
}
