// Who may see which stored leerling. SCHOOL: leerlingen with an inschrijving (current or past) at its
// own BRIN. LEERPLICHTAMBTENAAR: leerlingen whose woongemeente is its gemeente. PUBLIC: none.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Toegang } from '../server/toegang';
import type { Inschrijving, Leerling } from './entities/leerlingen';

export function magZien(t: Toegang, leerling: Leerling, inschrijvingen: readonly Inschrijving[]): boolean {
  if (t.rol === 'LEERPLICHTAMBTENAAR') return leerling.gemeente === t.gemeente;
  if (t.rol === 'SCHOOL') return inschrijvingen.some((i) => i.brin === t.brin);
  return false;
}

export interface Filter {
  gemeente?: string | null;
  brin?: string | null;
  /** only leerlingen with verzuim recorded on or before this day */
  metVerzuimTot?: string;
}

/**
 * Ids of the visible leerlingen (optionally narrowed by gemeente / BRIN), in id order, one page.
 * One query; the role's own restriction is always part of it.
 */
export async function zichtbareIds(em: EntityManager, t: Toegang, filter: Filter, pagina: { eerste: number; na?: string | null }): Promise<string[]> {
  const waar: string[] = [];
  const par: unknown[] = [];
  const brin = (b: string) => {
    waar.push('exists (select 1 from inschrijving i where i.leerling_id = l.id and i.brin = ?)');
    par.push(b);
  };
  if (t.rol === 'PUBLIC') return [];
  if (t.rol === 'SCHOOL') brin(t.brin!);
  if (t.rol === 'LEERPLICHTAMBTENAAR') { waar.push('l.gemeente = ?'); par.push(t.gemeente); }
  if (filter.gemeente) { waar.push('l.gemeente = ?'); par.push(filter.gemeente); }
  if (filter.brin && filter.brin !== t.brin) brin(filter.brin);
  if (filter.metVerzuimTot) { waar.push('exists (select 1 from verzuimregistratie v where v.leerling_id = l.id and v.datum <= ?)'); par.push(filter.metVerzuimTot); }
  if (pagina.na) { waar.push('l.id > ?'); par.push(pagina.na); }
  par.push(pagina.eerste);
  const rijen = await em.getConnection().execute<{ id: string }[]>(`select l.id from leerling l where ${waar.join(' and ')} order by l.id limit ?`, par);
  return rijen.map((r) => r.id);
}
