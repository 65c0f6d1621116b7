// One request's context: the shared rule set and database, and per request its own EntityManager
// (identity map) and dataloaders. Used by the main thread and by every worker thread alike.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApiContext, Verzoekgegevens } from '../api/context';
import type { Regelset } from '../engine/regelset';
import type { RegelsetInfo } from '../api/uitvoer';
import { maakLaders } from '../store/laders';
import type { Toegang } from '../toegang/toegang';

export interface Basiscontext { regelset: Regelset; regelsetInfo: RegelsetInfo | null; orm?: MikroORM }

export const nieuweVerzoekgegevens = (): Verzoekgegevens => ({ codes: [], situaties: 0 });

export function verzoekContext(basis: Basiscontext, toegang: Toegang, verzoek: Verzoekgegevens = nieuweVerzoekgegevens()): ApiContext {
  if (!basis.orm) return { ...basis, toegang, verzoek };
  const em = basis.orm.em.fork();
  return { ...basis, toegang, verzoek, em, laders: maakLaders(em) };
}
