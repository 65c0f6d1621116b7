import { Migration } from '@mikro-orm/migrations';

// Ownership: every fact row (and the leerling's identity) records who recorded it (key id, rol,
// BRIN or gemeente) and when. Rows stored before this migration get the owner "onbekend" (rol
// ONBEKEND), which only a LEERPLICHTAMBTENAAR may change or remove; their vastgelegd_op is the
// moment the row was stored as far as known (the leerling's aangemaakt_op, a melding's
// geregistreerd_op). Also the identiteitsmelding table (a suspected error in a leerling's identity).

const FEITEN = ['inschrijving', 'schooljaar', 'diploma', 'vrijstelling', 'verlof', 'verzuimregistratie', 'melding'] as const;

export class Migration20261202001000_eigenaarschap extends Migration {
  override async up(): Promise<void> {
    for (const t of ['leerling', ...FEITEN]) {
      this.addSql(`alter table "${t}" add column "vastgelegd_door" text not null default 'onbekend', add column "vastgelegd_rol" text not null default 'ONBEKEND', add column "vastgelegd_brin" text null, add column "vastgelegd_gemeente" text null, add column "vastgelegd_op" timestamptz null;`);
    }
    this.addSql(`update "leerling" set "vastgelegd_op" = "aangemaakt_op";`);
    this.addSql(`update "melding" set "vastgelegd_op" = "geregistreerd_op";`);
    for (const t of FEITEN.filter((f) => f !== 'melding')) {
      this.addSql(`update "${t}" f set "vastgelegd_op" = l."aangemaakt_op" from "leerling" l where l."id" = f."leerling_id";`);
    }
    for (const t of ['leerling', ...FEITEN]) {
      this.addSql(`alter table "${t}" alter column "vastgelegd_door" drop default, alter column "vastgelegd_rol" drop default, alter column "vastgelegd_op" set not null;`);
    }

    this.addSql(`create table "identiteitsmelding" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "veld" text not null, "toelichting" text not null, "door_sleutel" text not null, "door_rol" text not null, "door_brin" text null, "door_gemeente" text null, "door_naam" text not null, "op" timestamptz not null, "status" text not null, "afgehandeld_door" text null, "afgehandeld_op" timestamptz null, "afgehandeld_toelichting" text null, constraint "identiteitsmelding_pkey" primary key ("id"));`);
    this.addSql(`create index "identiteitsmelding_leerling_id_status_index" on "identiteitsmelding" ("leerling_id", "status");`);
    this.addSql(`alter table "identiteitsmelding" add constraint "identiteitsmelding_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "identiteitsmelding" cascade;`);
    for (const t of ['leerling', ...FEITEN]) {
      this.addSql(`alter table "${t}" drop column "vastgelegd_door", drop column "vastgelegd_rol", drop column "vastgelegd_brin", drop column "vastgelegd_gemeente", drop column "vastgelegd_op";`);
    }
  }
}
