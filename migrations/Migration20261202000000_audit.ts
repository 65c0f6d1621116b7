import { Migration } from '@mikro-orm/migrations';

// The audit trail, append-only. The trigger refuses UPDATE, DELETE and TRUNCATE whoever asks, the
// API's own database role included: only a superuser who disables the trigger could rewrite it,
// and that shows in PostgreSQL's own logs. A deployment on its own PostgreSQL can run the API as a
// role without those privileges as well (README: "The audit trail").

export class Migration20261202000000_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit" ("id" bigserial primary key, "tijdstip" timestamptz not null, "sleutel_id" text not null, "rol" text not null, "naam" text not null, "brin" text null, "gemeente" text null, "operatie" text not null, "leerling_id" uuid null, "onderwerp" text not null, "onderwerp_id" text null, "velden" jsonb not null);`);
    this.addSql(`create index "audit_leerling_id_tijdstip_index" on "audit" ("leerling_id", "tijdstip");`);
    this.addSql(`create function audit_alleen_toevoegen() returns trigger language plpgsql as $$ begin raise exception 'audit is append-only: % refused', tg_op using errcode = 'insufficient_privilege'; end $$;`);
    this.addSql(`create trigger audit_geen_wijziging before update or delete on "audit" for each row execute function audit_alleen_toevoegen();`);
    this.addSql(`create trigger audit_geen_truncate before truncate on "audit" for each statement execute function audit_alleen_toevoegen();`);
    this.addSql(`revoke update, delete, truncate on "audit" from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit" cascade;`);
    this.addSql(`drop function if exists audit_alleen_toevoegen();`);
  }
}
