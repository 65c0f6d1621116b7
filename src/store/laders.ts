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
  };
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
}

export async function laadFeiten(l: Laders, leerling: Leerling): Promise<OpgeslagenFeiten> {
  const id = leerling.id;
  const [inschrijvingen, schooljaren, diplomas, vrijstellingen, verlof, verzuim] = await Promise.all([
    l.inschrijvingen.load(id), l.schooljaren.load(id), l.diplomas.load(id), l.vrijstellingen.load(id), l.verlof.load(id), l.verzuim.load(id),
  ]);
  return { leerling, inschrijvingen, schooljaren, diplomas, vrijstellingen, verlof, verzuim };
}

/** The same, one table after the other: inside a transaction all queries share one connection. */
export async function laadFeitenInTransactie(em: EntityManager, leerling: Leerling): Promise<OpgeslagenFeiten> {
  const l = maakLaders(em);
  const id = leerling.id;
  return {
    leerling, inschrijvingen: await l.inschrijvingen.load(id), schooljaren: await l.schooljaren.load(id), diplomas: await l.diplomas.load(id),
    vrijstellingen: await l.vrijstellingen.load(id), verlof: await l.verlof.load(id), verzuim: await l.verzuim.load(id),
  };
}
