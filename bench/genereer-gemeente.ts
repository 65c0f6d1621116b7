// A generated gemeente of stored leerlingen, written by PostgreSQL itself (one insert … select from
// generate_series: no rows travel through node), for bench/stored.ts and the batch tests.
// Every leerling: one open woonperiode in the gemeente since its geboortedatum, one inschrijving at
// the BRIN from 2023-08-21 (MIDDEN), and verzuim in schooljaar 2023/2024:
//  - 'schooljaar': one record per week (45 weeks, 1–2 hours, ONGEOORLOOFD or ZIEKTE), every tenth
//    leerling also 4 × 4 unexcused hours on 8–11 January 2024, every twentieth unenrolled from
//    23 December 2023 on; geboortedata spread over 2006–2017.
//  - 'zestien': born 2011-09-01; every tenth leerling 4 × 4 unexcused hours on 8–11 January 2024
//    (one lesweek: a ZESTIEN_UUR melding), every other one 2 unexcused hours on 8 January.

export type Patroon = 'schooljaar' | 'zestien';
export interface Gemeenteopdracht { n: number; gemeente: string; brin: string; patroon: Patroon }
/** Runs one SQL statement (no parameters: every value below is checked and inlined). */
export type Voer = (sql: string) => Promise<unknown>;

const door = (g: string) => `'bench', 'LEERPLICHTAMBTENAAR', null, '${g}', now()`;
const VASTGELEGD = 'vastgelegd_door, vastgelegd_rol, vastgelegd_brin, vastgelegd_gemeente, vastgelegd_op';

export async function genereerGemeente(voer: Voer, o: Gemeenteopdracht): Promise<void> {
  if (!/^[0-9]{4}$/.test(o.gemeente) || !/^[0-9]{2}[A-Z]{2}([0-9]{2})?$/.test(o.brin) || !Number.isInteger(o.n) || o.n < 1) throw new Error('genereerGemeente: bad opdracht');
  const g = o.gemeente;
  const geboren = o.patroon === 'zestien' ? `date '2011-09-01'` : `date '2006-10-01' + (s * 37 % 4000)`;
  const tot = o.patroon === 'schooljaar' ? `case when b.s % 20 = 0 then date '2023-12-22' end` : 'null';
  const verzuim = (sql: string) => `insert into verzuimregistratie (leerling_id, datum, uren, reden, verzuim_import_id, ${VASTGELEGD}) ${sql}`;
  const week = o.patroon === 'zestien'
    ? verzuim(`select id, date '2024-01-08', 2, 'ONGEOORLOOFD', null, ${door(g)} from b where s % 10 <> 0`)
    // Mondays from 28 August 2023, shifted one weekday a week; 8–11 January is week 19 (its Friday)
    : verzuim(`select b.id, date '2023-08-28' + 7 * k + (k % 5), 1 + (k + b.s) % 2, case when (k + b.s) % 3 = 0 then 'ZIEKTE' else 'ONGEOORLOOFD' end, null, ${door(g)}
               from b cross join generate_series(0, 44) k`);
  // one statement (one connection, one transaction): the CTEs share the new ids; foreign keys are checked at its end
  // the ids are drawn first, so that every row of a leerling derives from the same number s (the
  // same gemeente every run: ordering the random ids would give the unenrolled other geboortedata)
  await voer(`with n as (select s, gen_random_uuid() as id from generate_series(1, ${o.n}) s),
    l as (
      insert into leerling (id, geboortedatum, gemeente, vakantieregio, bsn, vrije_dagen, arbeidsovereenkomst, arbeid_uren_per_week, meerderjarig_verklaard, ouders_niet_verwijtbaar, eerder_halt_voor_schoolverzuim, aangemaakt_op, gewijzigd_op, ${VASTGELEGD})
      select id, ${geboren}, '${g}', 'MIDDEN', null, '[]'::jsonb, null, null, false, false, false, now(), now(), ${door(g)} from n
      returning id, geboortedatum),
    b as (select l.id, l.geboortedatum, n.s from l join n on n.id = l.id),
    w as (insert into woonperiode (leerling_id, gemeente, vanaf, tot, ${VASTGELEGD}) select id, '${g}', geboortedatum, null, ${door(g)} from b),
    i as (insert into inschrijving (leerling_id, brin, onderwijs, vanaf, tot, niveau, leerweg, uitstroomprofiel, bekostigd, lesdagen_per_week, lesuren_per_week, ${VASTGELEGD})
          select b.id, '${o.brin}', 'VMBO', date '2023-08-21', ${tot}, null, null, null, true, null, null, ${door(g)} from b),
    z as (${verzuim(`select b.id, date '2024-01-08' + d, 4, 'ONGEOORLOOFD', null, ${door(g)} from b cross join generate_series(0, 3) d where b.s % 10 = 0`)}),
    v as (${week})
    select count(*) from b`);
  for (const t of ['leerling', 'woonperiode', 'inschrijving', 'verzuimregistratie']) await voer(`analyze ${t}`);
}
