// Per-request dataloaders: a query that touches many leerlingen loads each fact table once per
// batch (WHERE leerling_id IN (…)), never once per leerling.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Diploma, Inschrijving, Leerling, Melding, Schooljaar, Verlof, Verzuimregistratie, Vrijstelling, Woonperiode } from './entities/leerlingen';
import { Beslissing } from './entities/regelset.entity';

/** A uuid[] literal: knex would expand a JS array into a list of parameters. Only for validated uuids. */
export const uuidLijst = (ids: readonly string[]) => `{${ids.join(',')}}`;

type MetLeerling = { leerling: { id: string } | null | undefined };
type Klasse<T> = new (...args: never[]) => T;

/** Rows of one fact table grouped by leerling, in a stable order (so evaluations are reproducible). */
function perLeerling<T extends MetLeerling>(em: EntityManager, klasse: Klasse<T>, orderBy: Record<string, 'asc' | 'desc'>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const rijen = (await em.find(klasse as never, { leerling: { $in: [...ids] } } as never, { orderBy: { leerling: 'asc', ...orderBy, id: 'asc' } as never })) as T[];
    const groep = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rijen) groep.get(r.leerling!.id)?.push(r);
    return ids.map((id) => groep.get(id)!);
  }, { maxBatchSize: 5000 });
}

export interface Laders {
  leerling: DataLoader<string, Leerling | null>;
  bsn: DataLoader<string, string | null>;
  inschrijvingen: DataLoader<string, Inschrijving[]>;
  schooljaren: DataLoader<string, Schooljaar[]>;
  diplomas: DataLoader<string, Diploma[]>;
  vrijstellingen: DataLoader<string, Vrijstelling[]>;
  verlof: DataLoader<string, Verlof[]>;
  verzuim: DataLoader<string, Verzuimregistratie[]>;
  meldingen: DataLoader<string, Melding[]>;
  beslissingen: DataLoader<string, Beslissing[]>;
  woonperiodes: DataLoader<string, Woonperiode[]>;
  /** a leerling and all its facts as plain rows (laadBatch): what an evaluation in a list reads */
  feiten: DataLoader<string, BatchRijen | null>;
}

export function maakLaders(em: EntityManager): Laders {
  return {
    leerling: new DataLoader<string, Leerling | null>(async (ids) => {
      const rijen = await em.find(Leerling, { id: { $in: [...ids] } });
      const per = new Map(rijen.map((r) => [r.id, r]));
      return ids.map((id) => per.get(id) ?? null);
    }, { maxBatchSize: 5000 }),
    // a lazy column: only read when a role that may see it asks
    bsn: new DataLoader<string, string | null>(async (ids) => {
      const rijen = await em.getConnection().execute<{ id: string; bsn: string | null }[]>('select id, bsn from leerling where id = any(?::uuid[])', [uuidLijst(ids)]);
      const per = new Map(rijen.map((r) => [r.id, r.bsn]));
      return ids.map((id) => per.get(id) ?? null);
    }, { maxBatchSize: 5000 }),
    inschrijvingen: perLeerling(em, Inschrijving, { vanaf: 'asc' }),
    schooljaren: perLeerling(em, Schooljaar, { schooljaar: 'asc' }),
    diplomas: perLeerling(em, Diploma, { datum: 'asc' }),
    vrijstellingen: perLeerling(em, Vrijstelling, { vanaf: 'asc' }),
    verlof: perLeerling(em, Verlof, { vanaf: 'asc' }),
    verzuim: perLeerling(em, Verzuimregistratie, { datum: 'asc' }),
    meldingen: perLeerling(em, Melding, { einddatum: 'asc', soort: 'asc' }),
    beslissingen: perLeerling(em, Beslissing as Klasse<Beslissing & MetLeerling>, { aangemaaktOp: 'asc' }),
    woonperiodes: perLeerling(em, Woonperiode, { vanaf: 'asc' }),
    feiten: new DataLoader<string, BatchRijen | null>(async (ids) => {
      const per = await laadBatch(em, ids);
      return ids.map((id) => per.get(id) ?? null);
    }, { maxBatchSize: 1000 }),
  };
}

/**
 * The columns of a stored leerling and its facts that the rules read (plain rows or entities alike):
 * what situatieInputVan turns into a SituatieInput.
 */
export interface FeitenRijen {
  leerling: Pick<Leerling, 'id' | 'geboortedatum' | 'gemeente' | 'vakantieregio' | 'vrijeDagen' | 'arbeidsovereenkomst' | 'arbeidUrenPerWeek' | 'meerderjarigVerklaard' | 'oudersNietVerwijtbaar' | 'eerderHaltVoorSchoolverzuim'>;
  inschrijvingen: Pick<Inschrijving, 'brin' | 'onderwijs' | 'vanaf' | 'tot' | 'niveau' | 'leerweg' | 'uitstroomprofiel' | 'bekostigd' | 'lesdagenPerWeek' | 'lesurenPerWeek'>[];
  schooljaren: Pick<Schooljaar, 'schooljaar' | 'volledig' | 'onderwijs' | 'teltMee'>[];
  diplomas: Pick<Diploma, 'soort' | 'datum' | 'gelijkwaardigAan'>[];
  vrijstellingen: Pick<Vrijstelling, 'grond' | 'vanaf' | 'tot'>[];
  verlof: Pick<Verlof, 'soort' | 'vanaf' | 'tot' | 'dagen' | 'uren'>[];
  verzuim: Pick<Verzuimregistratie, 'datum' | 'uren' | 'reden'>[];
  /** where the leerling lived, oldest first: the woongemeente on a peildatum chooses the policy packs (absent: leerling.gemeente) */
  woonperiodes?: readonly Pick<Woonperiode, 'gemeente' | 'vanaf' | 'tot'>[];
}

/** Everything the rules need about one leerling, loaded through the batching loaders. */
export interface OpgeslagenFeiten {
  leerling: Leerling;
  inschrijvingen: Inschrijving[];
  schooljaren: Schooljaar[];
  diplomas: Diploma[];
  vrijstellingen: Vrijstelling[];
  verlof: Verlof[];
  verzuim: Verzuimregistratie[];
  woonperiodes: Woonperiode[];
}

export async function laadFeiten(l: Laders, leerling: Leerling): Promise<OpgeslagenFeiten> {
  const id = leerling.id;
  const [inschrijvingen, schooljaren, diplomas, vrijstellingen, verlof, verzuim, woonperiodes] = await Promise.all([
    l.inschrijvingen.load(id), l.schooljaren.load(id), l.diplomas.load(id), l.vrijstellingen.load(id), l.verlof.load(id), l.verzuim.load(id), l.woonperiodes.load(id),
  ]);
  return { leerling, inschrijvingen, schooljaren, diplomas, vrijstellingen, verlof, verzuim, woonperiodes };
}

/** The same, one table after the other: inside a transaction all queries share one connection. */
export async function laadFeitenInTransactie(em: EntityManager, leerling: Leerling): Promise<OpgeslagenFeiten> {
  const l = maakLaders(em);
  const id = leerling.id;
  return {
    leerling, inschrijvingen: await l.inschrijvingen.load(id), schooljaren: await l.schooljaren.load(id), diplomas: await l.diplomas.load(id),
    vrijstellingen: await l.vrijstellingen.load(id), verlof: await l.verlof.load(id), verzuim: await l.verzuim.load(id),
    woonperiodes: await l.woonperiodes.load(id),
  };
}

/** A recorded melding as a plain row (what a list shows of it). */
export type MeldingRij = Pick<Melding, 'id' | 'soort' | 'begindatum' | 'einddatum' | 'uren' | 'verplicht' | 'status' | 'brin' | 'historie' | 'geregistreerdOp'> & { leerling: { id: string } };
export type WoonperiodeRij = Pick<Woonperiode, 'gemeente' | 'vanaf' | 'tot'>;

/** One leerling of a batch as plain rows: its facts, recorded meldingen and woonperiodes. */
export interface BatchRijen extends FeitenRijen {
  inschrijvingen: (FeitenRijen['inschrijvingen'][number] & { id: string })[];
  meldingen: MeldingRij[];
  woonperiodes: WoonperiodeRij[];
}

const d = (kolom: string) => `to_char(${kolom}, 'YYYY-MM-DD')`;

/**
 * Leerlingen `ids` (validated lower-case uuids) with all their facts as plain rows: one query per
 * table for the whole batch and no entity hydration (lists are bound by it otherwise). The same
 * order per table as the loaders, so evaluations equal those of a single leerling. Ids that no
 * longer exist are left out; the map keeps the order of `ids`.
 */
export async function laadBatch(em: EntityManager, ids: readonly string[], o: { alleenFeiten?: boolean } = {}): Promise<Map<string, BatchRijen>> {
  const uit = new Map<string, BatchRijen>();
  if (ids.length === 0) return uit;
  const c = em.getConnection();
  const lijst = [uuidLijst(ids)];
  const rijen = <T>(sql: string) => c.execute<(T & { leerling_id: string })[]>(sql, lijst);
  // alleenFeiten: only what the rules read (jaarcijfers); meldingen and woonperiodes stay empty
  const geen = <T>(_sql: string): Promise<(T & { leerling_id: string })[]> => Promise.resolve([]);
  const [leerlingen, inschrijvingen, schooljaren, diplomas, vrijstellingen, verlof, verzuim, meldingen, woonperiodes] = await Promise.all([
    c.execute<{ id: string; geboortedatum: string; gemeente: string; vakantieregio: string | null; vrije_dagen: string[]; arbeidsovereenkomst: boolean | null; arbeid_uren_per_week: number | null; meerderjarig_verklaard: boolean; ouders_niet_verwijtbaar: boolean; eerder_halt_voor_schoolverzuim: boolean }[]>(
      `select id, ${d('geboortedatum')} as geboortedatum, gemeente, vakantieregio, vrije_dagen, arbeidsovereenkomst, arbeid_uren_per_week, meerderjarig_verklaard, ouders_niet_verwijtbaar, eerder_halt_voor_schoolverzuim
       from leerling where id = any(?::uuid[])`, lijst),
    rijen<{ id: string; brin: string; onderwijs: string; vanaf: string; tot: string | null; niveau: number | null; leerweg: string | null; uitstroomprofiel: string | null; bekostigd: boolean; lesdagen_per_week: number | null; lesuren_per_week: number | null }>(
      `select leerling_id, id, brin, onderwijs, ${d('vanaf')} as vanaf, ${d('tot')} as tot, niveau, leerweg, uitstroomprofiel, bekostigd, lesdagen_per_week, lesuren_per_week
       from inschrijving where leerling_id = any(?::uuid[]) order by leerling_id, vanaf, id`),
    rijen<{ schooljaar: string; volledig: boolean; onderwijs: string; telt_mee: boolean | null }>(
      'select leerling_id, schooljaar, volledig, onderwijs, telt_mee from schooljaar where leerling_id = any(?::uuid[]) order by leerling_id, schooljaar, id'),
    rijen<{ soort: string; datum: string; gelijkwaardig_aan: string | null }>(
      `select leerling_id, soort, ${d('datum')} as datum, gelijkwaardig_aan from diploma where leerling_id = any(?::uuid[]) order by leerling_id, datum, id`),
    rijen<{ grond: string; vanaf: string; tot: string | null }>(
      `select leerling_id, grond, ${d('vanaf')} as vanaf, ${d('tot')} as tot from vrijstelling where leerling_id = any(?::uuid[]) order by leerling_id, vanaf, id`),
    rijen<{ soort: string; vanaf: string; tot: string; dagen: number | null; uren: number | null }>(
      `select leerling_id, soort, ${d('vanaf')} as vanaf, ${d('tot')} as tot, dagen, uren from verlof where leerling_id = any(?::uuid[]) order by leerling_id, vanaf, id`),
    // the largest table (a record per lesson or day): one JSON text per leerling, [datum, uren, reden]
    // in the same order, parsed by JSON.parse instead of a protocol row per record. JSON writes a date
    // as YYYY-MM-DD whatever the DateStyle, so no to_char per record (a third of the query's time)
    rijen<{ j: string }>(
      `select leerling_id, json_agg(json_build_array(datum, uren, reden) order by datum, id)::text as j
       from verzuimregistratie where leerling_id = any(?::uuid[]) group by leerling_id`),
    (o.alleenFeiten ? geen : rijen)<{ id: string; soort: string; begindatum: string; einddatum: string; uren: number; verplicht: boolean; status: Melding['status']; brin: string | null; historie: Melding['historie']; geregistreerd_op: Date | string }>(
      `select leerling_id, id, soort, ${d('begindatum')} as begindatum, ${d('einddatum')} as einddatum, uren, verplicht, status, brin, historie, geregistreerd_op
       from melding where leerling_id = any(?::uuid[]) order by leerling_id, einddatum, soort, id`),
    (o.alleenFeiten ? geen : rijen)<{ gemeente: string; vanaf: string; tot: string | null }>(
      `select leerling_id, gemeente, ${d('vanaf')} as vanaf, ${d('tot')} as tot from woonperiode where leerling_id = any(?::uuid[]) order by leerling_id, vanaf, id`),
  ]);
  const per = new Map(leerlingen.map((l) => [l.id, l]));
  for (const id of ids) {
    const l = per.get(id);
    if (!l) continue;
    uit.set(id, {
      leerling: {
        id, geboortedatum: l.geboortedatum, gemeente: l.gemeente, vakantieregio: l.vakantieregio, vrijeDagen: l.vrije_dagen ?? [],
        arbeidsovereenkomst: l.arbeidsovereenkomst, arbeidUrenPerWeek: l.arbeid_uren_per_week, meerderjarigVerklaard: l.meerderjarig_verklaard,
        oudersNietVerwijtbaar: l.ouders_niet_verwijtbaar, eerderHaltVoorSchoolverzuim: l.eerder_halt_voor_schoolverzuim,
      },
      inschrijvingen: [], schooljaren: [], diplomas: [], vrijstellingen: [], verlof: [], verzuim: [], meldingen: [], woonperiodes: [],
    });
  }
  const bij = <R extends { leerling_id: string }>(rs: R[], zet: (b: BatchRijen, r: R) => void) => { for (const r of rs) { const b = uit.get(r.leerling_id); if (b) zet(b, r); } };
  bij(inschrijvingen, (b, r) => b.inschrijvingen.push({ id: r.id, brin: r.brin, onderwijs: r.onderwijs, vanaf: r.vanaf, tot: r.tot, niveau: r.niveau, leerweg: r.leerweg, uitstroomprofiel: r.uitstroomprofiel, bekostigd: r.bekostigd, lesdagenPerWeek: r.lesdagen_per_week, lesurenPerWeek: r.lesuren_per_week }));
  bij(schooljaren, (b, r) => b.schooljaren.push({ schooljaar: r.schooljaar, volledig: r.volledig, onderwijs: r.onderwijs, teltMee: r.telt_mee }));
  bij(diplomas, (b, r) => b.diplomas.push({ soort: r.soort, datum: r.datum, gelijkwaardigAan: r.gelijkwaardig_aan }));
  bij(vrijstellingen, (b, r) => b.vrijstellingen.push({ grond: r.grond, vanaf: r.vanaf, tot: r.tot }));
  bij(verlof, (b, r) => b.verlof.push({ soort: r.soort, vanaf: r.vanaf, tot: r.tot, dagen: r.dagen, uren: r.uren }));
  bij(verzuim, (b, r) => { for (const [datum, uren, reden] of JSON.parse(r.j) as [string, number, string][]) b.verzuim.push({ datum, uren, reden }); });
  bij(meldingen, (b, r) => b.meldingen.push({
    id: r.id, leerling: { id: r.leerling_id }, soort: r.soort, begindatum: r.begindatum, einddatum: r.einddatum, uren: r.uren, verplicht: r.verplicht,
    status: r.status, brin: r.brin, historie: r.historie ?? [], geregistreerdOp: r.geregistreerd_op instanceof Date ? r.geregistreerd_op : new Date(r.geregistreerd_op),
  }));
  bij(woonperiodes, (b, r) => b.woonperiodes.push({ gemeente: r.gemeente, vanaf: r.vanaf, tot: r.tot }));
  return uit;
}
