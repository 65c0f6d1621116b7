import { Migration } from '@mikro-orm/migrations';

// Reproducible verdicts and the identifiers schools use.
// - regelset.inhoud: every rule file's text in load order (null on older rows until the server
//   loads that rule set again: the same hash means the same files, registreerRegelset fills it in).
// - beslissing.invoer: the input as evaluated (SituatieInput without BSN, readings) and
//   beslissing.gemeente (woongemeente at the time). Existing beslissingen keep null: herbeoordeel
//   answers that they have no input snapshot.
// - leerlingnummer: a school's number for a leerling, unique per BRIN (a vestiging "12AB01" is its
//   own BRIN here); rows record who stored them, as the fact tables do.

export class Migration20261202003000_beslissingen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "regelset" add column "inhoud" jsonb null;`);
    this.addSql(`alter table "beslissing" add column "invoer" jsonb null, add column "gemeente" text null;`);
    this.addSql(`create table "leerlingnummer" ("id" uuid not null default gen_random_uuid(), "vastgelegd_door" text not null, "vastgelegd_rol" text not null, "vastgelegd_brin" text null, "vastgelegd_gemeente" text null, "vastgelegd_op" timestamptz not null, "brin" text not null, "nummer" text not null, "leerling_id" uuid not null, constraint "leerlingnummer_pkey" primary key ("id"));`);
    this.addSql(`alter table "leerlingnummer" add constraint "leerlingnummer_brin_nummer_unique" unique ("brin", "nummer");`);
    this.addSql(`alter table "leerlingnummer" add constraint "leerlingnummer_leerling_id_brin_unique" unique ("leerling_id", "brin");`);
    this.addSql(`alter table "leerlingnummer" add constraint "leerlingnummer_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "leerlingnummer" cascade;`);
    this.addSql(`alter table "beslissing" drop column "invoer", drop column "gemeente";`);
    this.addSql(`alter table "regelset" drop column "inhoud";`);
  }
}
