import { Migration } from '@mikro-orm/migrations';

// Signalen: the meldingen a signalering run (graphile-worker jobs, schema graphile_worker, which
// graphile-worker migrates itself) found for stored leerlingen. Unique on leerling + soort +
// einddatum so that workers sharing a run never store one twice (insert … on conflict do nothing).

export class Migration20261203100000_signalen extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "signaal" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "soort" text not null, "begindatum" date not null, "einddatum" date not null, "uren" double precision not null, "verplicht" boolean not null, "brin" text null, "gemeente" text not null, "peildatum" date not null, "run_id" text not null, "regelset_hash" text not null, "gevonden_op" timestamptz not null default now(), constraint "signaal_pkey" primary key ("id"));`);
    this.addSql(`create index "signaal_gemeente_gevonden_op_index" on "signaal" ("gemeente", "gevonden_op");`);
    this.addSql(`create index "signaal_brin_gevonden_op_index" on "signaal" ("brin", "gevonden_op");`);
    this.addSql(`alter table "signaal" add constraint "signaal_leerling_id_soort_einddatum_unique" unique ("leerling_id", "soort", "einddatum");`);
    this.addSql(`alter table "signaal" add constraint "signaal_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "signaal" cascade;`);
  }
}
