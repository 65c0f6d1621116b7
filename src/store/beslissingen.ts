// The beslissing log: every stored verdict with the rule set and engine that produced it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ENGINE_VERSIE } from '../engine/regelset';
import { Leerling } from './entities/leerlingen';
import { Beslissing } from './entities/regelset.entity';

export interface NieuweBeslissing {
  leerlingId: string; vraag: string; peildatum: string; wetsdatum: string; regelsetHash: string; uitkomst: Record<string, unknown>;
}

/** Added to `em`'s unit of work; written with its next flush (so inside the caller's transaction). */
export function legVast(em: EntityManager, b: NieuweBeslissing): Beslissing {
  return em.create(Beslissing, {
    leerling: em.getReference(Leerling, b.leerlingId), vraag: b.vraag, peildatum: b.peildatum, wetsdatum: b.wetsdatum,
    regelsetHash: b.regelsetHash, engineVersie: ENGINE_VERSIE, uitkomst: b.uitkomst, aangemaaktOp: new Date(),
  });
}
