// One request's context: the shared rule set and database, and per request its own EntityManager
// (identity map) and dataloaders, made when first used. Used by the main thread and by every worker thread alike.
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { ApiContext, Verzoekgegevens } from '../api/context';
import type { Regelset } from '../engine/regelset';
import type { RegelsetInfo } from '../api/uitvoer';
import { maakLaders, type Laders } from '../store/laders';
import type { Toegang } from '../toegang/toegang';

export interface Basiscontext { regelset: Regelset; regelsetInfo: RegelsetInfo | null; orm?: MikroORM }

export const nieuweVerzoekgegevens = (): Verzoekgegevens => ({ codes: [], situaties: 0 });

export function verzoekContext(basis: Basiscontext, toegang: Toegang, verzoek: Verzoekgegevens = nieuweVerzoekgegevens()): ApiContext {
  const orm = basis.orm;
  if (!orm) return { ...basis, toegang, verzoek };
  // forked on first use: a stateless question (beoordeling, regels) never pays for one
  let em: EntityManager | undefined;
  let laders: Laders | undefined;
  const eigenEm = () => (em ??= orm.em.fork());
  return {
    ...basis, toegang, verzoek,
    get em(): EntityManager { return eigenEm(); },
    set em(waarde: EntityManager) { em = waarde; },
    get laders(): Laders { return (laders ??= maakLaders(eigenEm())); },
    set laders(waarde: Laders) { laders = waarde; },
  };
}
