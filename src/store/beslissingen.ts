// The beslissing log: every stored verdict with the rule set and engine that produced it, and the
// input exactly as evaluated (without BSN), so it can be evaluated again (herbeoordeel).
import type { EntityManager } from '@mikro-orm/postgresql';
import { ENGINE_VERSIE } from '../engine/regelset';
import { Leerling } from './entities/leerlingen';
import { Beslissing, type Invoersnapshot } from './entities/regelset.entity';

export interface NieuweBeslissing {
  leerlingId: string; vraag: string; peildatum: string; wetsdatum: string; regelsetHash: string; uitkomst: Record<string, unknown>;
  /** the input as evaluated (snapshotVelden of the evaluation); absent: none kept */
  invoer?: Invoersnapshot | null;
  /** the leerling's woongemeente when the verdict is recorded */
  gemeente?: string | null;
}

export interface Snapshot { invoer: Invoersnapshot | null; gemeente: string | null }

/** Evaluations of stored leerlingen → what they were evaluated on (set by evalueerLeerling). */
const snapshots = new WeakMap<object, Snapshot>();

/** Remembers what `evaluatie` (a Feiten) was computed from: the SituatieInput (no BSN in it), the readings, the woongemeente. */
export function onthoudInvoer(evaluatie: object, situatie: object, parameters: object | null | undefined, gemeente: string | null): void {
  // plain JSON: no class prototypes, no undefined (what is stored is what is read back)
  const json = <T>(w: unknown): T => JSON.parse(JSON.stringify(w)) as T;
  snapshots.set(evaluatie, { invoer: { situatie: json(situatie), parameters: parameters == null ? null : json(parameters) }, gemeente });
}

/** The snapshot fields for legVast of a verdict computed by evalueerLeerling (nulls if it was not). */
export function snapshotVelden(evaluatie: object): Snapshot {
  return snapshots.get(evaluatie) ?? { invoer: null, gemeente: null };
}

/** Added to `em`'s unit of work; written with its next flush (so inside the caller's transaction). */
export function legVast(em: EntityManager, b: NieuweBeslissing): Beslissing {
  return em.create(Beslissing, {
    leerling: em.getReference(Leerling, b.leerlingId), vraag: b.vraag, peildatum: b.peildatum, wetsdatum: b.wetsdatum,
    regelsetHash: b.regelsetHash, engineVersie: ENGINE_VERSIE, uitkomst: b.uitkomst, aangemaaktOp: new Date(),
    invoer: b.invoer ?? null, gemeente: b.gemeente ?? null,
  });
}
