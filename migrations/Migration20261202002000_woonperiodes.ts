import { Migration } from '@mikro-orm/migrations';

// Woongemeente periods (verhuizing as history, not overwrite). Every existing leerling gets one open
// period in its current gemeente from its geboortedatum on (as stored so far, it always lived there),
// recorded by whoever recorded the leerling (its identity's owner; "onbekend" for older rows).

export class Migration20261202002000_woonperiodes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "woonperiode" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "gemeente" text not null, "vanaf" date not null, "tot" date null, "vastgelegd_door" text not null, "vastgelegd_rol" text not null, "vastgelegd_brin" text null, "vastgelegd_gemeente" text null, "vastgelegd_op" timestamptz not null, constraint "woonperiode_pkey" primary key ("id"));`);
    this.addSql(`create index "woonperiode_leerling_id_index" on "woonperiode" ("leerling_id");`);
    this.addSql(`create index "woonperiode_gemeente_leerling_id_index" on "woonperiode" ("gemeente", "leerling_id");`);
    this.addSql(`alter table "woonperiode" add constraint "woonperiode_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);
    this.addSql(`insert into "woonperiode" ("leerling_id", "gemeente", "vanaf", "tot", "vastgelegd_door", "vastgelegd_rol", "vastgelegd_brin", "vastgelegd_gemeente", "vastgelegd_op") select "id", "gemeente", "geboortedatum", null, "vastgelegd_door", "vastgelegd_rol", "vastgelegd_brin", "vastgelegd_gemeente", "vastgelegd_op" from "leerling";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "woonperiode" cascade;`);
  }
}
