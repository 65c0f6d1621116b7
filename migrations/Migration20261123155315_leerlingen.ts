import { Migration } from '@mikro-orm/migrations';

// Generated with `mikro-orm migration:create` (stored leerlingen, their facts, meldingen, verzuim imports).

export class Migration20261123155315_leerlingen extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "leerling" ("id" uuid not null default gen_random_uuid(), "geboortedatum" date not null, "gemeente" text not null, "vakantieregio" text null, "bsn" text null, "vrije_dagen" jsonb not null, "arbeidsovereenkomst" boolean null, "arbeid_uren_per_week" double precision null, "meerderjarig_verklaard" boolean not null, "ouders_niet_verwijtbaar" boolean not null, "eerder_halt_voor_schoolverzuim" boolean not null, "aangemaakt_op" timestamptz not null, "gewijzigd_op" timestamptz not null, constraint "leerling_pkey" primary key ("id"));`);
    this.addSql(`create index "leerling_gemeente_index" on "leerling" ("gemeente");`);

    this.addSql(`create table "inschrijving" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "brin" text not null, "onderwijs" text not null, "vanaf" date not null, "tot" date null, "niveau" int null, "leerweg" text null, "uitstroomprofiel" text null, "bekostigd" boolean not null, "lesdagen_per_week" double precision null, "lesuren_per_week" double precision null, constraint "inschrijving_pkey" primary key ("id"));`);
    this.addSql(`create index "inschrijving_leerling_id_index" on "inschrijving" ("leerling_id");`);
    this.addSql(`create index "inschrijving_brin_leerling_id_index" on "inschrijving" ("brin", "leerling_id");`);

    this.addSql(`create table "diploma" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "soort" text not null, "datum" date not null, "gelijkwaardig_aan" text null, constraint "diploma_pkey" primary key ("id"));`);
    this.addSql(`create index "diploma_leerling_id_index" on "diploma" ("leerling_id");`);

    this.addSql(`create table "melding" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "soort" text not null, "begindatum" date not null, "einddatum" date not null, "uren" double precision not null, "verplicht" boolean not null, "status" text not null, "brin" text null, "historie" jsonb not null, "geregistreerd_op" timestamptz not null, constraint "melding_pkey" primary key ("id"));`);
    this.addSql(`create index "melding_einddatum_index" on "melding" ("einddatum");`);
    this.addSql(`alter table "melding" add constraint "melding_leerling_id_soort_einddatum_unique" unique ("leerling_id", "soort", "einddatum");`);

    this.addSql(`create table "schooljaar" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "schooljaar" text not null, "volledig" boolean not null, "onderwijs" text not null, "telt_mee" boolean null, constraint "schooljaar_pkey" primary key ("id"));`);
    this.addSql(`alter table "schooljaar" add constraint "schooljaar_leerling_id_schooljaar_unique" unique ("leerling_id", "schooljaar");`);

    this.addSql(`create table "verlof" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "soort" text not null, "vanaf" date not null, "tot" date not null, "dagen" double precision null, "uren" double precision null, constraint "verlof_pkey" primary key ("id"));`);
    this.addSql(`create index "verlof_leerling_id_index" on "verlof" ("leerling_id");`);

    this.addSql(`create table "verzuim_import" ("id" uuid not null default gen_random_uuid(), "aanroeper" text not null, "sleutel" text not null, "inhoud_hash" text not null, "aantal" int not null, "aangemaakt_op" timestamptz not null, constraint "verzuim_import_pkey" primary key ("id"));`);
    this.addSql(`alter table "verzuim_import" add constraint "verzuim_import_aanroeper_sleutel_unique" unique ("aanroeper", "sleutel");`);

    this.addSql(`create table "verzuimregistratie" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "datum" date not null, "uren" double precision not null, "reden" text not null, "verzuim_import_id" uuid null, constraint "verzuimregistratie_pkey" primary key ("id"));`);
    this.addSql(`create index "verzuimregistratie_verzuim_import_id_index" on "verzuimregistratie" ("verzuim_import_id");`);
    this.addSql(`create index "verzuimregistratie_leerling_id_datum_index" on "verzuimregistratie" ("leerling_id", "datum");`);

    this.addSql(`create table "vrijstelling" ("id" uuid not null default gen_random_uuid(), "leerling_id" uuid not null, "grond" text not null, "vanaf" date not null, "tot" date null, constraint "vrijstelling_pkey" primary key ("id"));`);
    this.addSql(`create index "vrijstelling_leerling_id_index" on "vrijstelling" ("leerling_id");`);

    this.addSql(`alter table "inschrijving" add constraint "inschrijving_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "diploma" add constraint "diploma_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "melding" add constraint "melding_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "schooljaar" add constraint "schooljaar_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "verlof" add constraint "verlof_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "verzuimregistratie" add constraint "verzuimregistratie_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "verzuimregistratie" add constraint "verzuimregistratie_verzuim_import_id_foreign" foreign key ("verzuim_import_id") references "verzuim_import" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "vrijstelling" add constraint "vrijstelling_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "beslissing" add column "leerling_id" uuid null;`);
    this.addSql(`alter table "beslissing" add constraint "beslissing_leerling_id_foreign" foreign key ("leerling_id") references "leerling" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "beslissing_leerling_id_index" on "beslissing" ("leerling_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "inschrijving" drop constraint "inschrijving_leerling_id_foreign";`);

    this.addSql(`alter table "diploma" drop constraint "diploma_leerling_id_foreign";`);

    this.addSql(`alter table "beslissing" drop constraint "beslissing_leerling_id_foreign";`);

    this.addSql(`alter table "melding" drop constraint "melding_leerling_id_foreign";`);

    this.addSql(`alter table "schooljaar" drop constraint "schooljaar_leerling_id_foreign";`);

    this.addSql(`alter table "verlof" drop constraint "verlof_leerling_id_foreign";`);

    this.addSql(`alter table "verzuimregistratie" drop constraint "verzuimregistratie_leerling_id_foreign";`);

    this.addSql(`alter table "vrijstelling" drop constraint "vrijstelling_leerling_id_foreign";`);

    this.addSql(`alter table "verzuimregistratie" drop constraint "verzuimregistratie_verzuim_import_id_foreign";`);

    this.addSql(`drop table if exists "leerling" cascade;`);

    this.addSql(`drop table if exists "inschrijving" cascade;`);

    this.addSql(`drop table if exists "diploma" cascade;`);

    this.addSql(`drop table if exists "melding" cascade;`);

    this.addSql(`drop table if exists "schooljaar" cascade;`);

    this.addSql(`drop table if exists "verlof" cascade;`);

    this.addSql(`drop table if exists "verzuim_import" cascade;`);

    this.addSql(`drop table if exists "verzuimregistratie" cascade;`);

    this.addSql(`drop table if exists "vrijstelling" cascade;`);

    this.addSql(`drop index "beslissing_leerling_id_index";`);
    this.addSql(`alter table "beslissing" drop column "leerling_id";`);
  }

}
