// Writing and reading the audit trail. Every mutation calls schrijfAudit inside its own transaction
// (same EntityManager), so a change and its audit row are committed together or not at all.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { Auditregel, type Veldwijziging } from './entities/audit.entity';

/** Fields never written in clear text: only whether they changed. */
const GEHEIM = new Set(['bsn']);
const VERBORGEN = '•••';

export interface Auditwijziging {
  operatie: string;
  leerlingId: string | null;
  onderwerp: string;
  onderwerpId?: string | null;
  /** the changed fields' old values (absent or undefined: not there before) */
  voor?: Record<string, unknown> | null;
  /** the changed fields' new values (absent: removed) */
  na?: Record<string, unknown> | null;
}

/** field → { voor, na } for the fields that differ; a secret field only as whether it changed. */
export function verschil(voor: Record<string, unknown> | null | undefined, na: Record<string, unknown> | null | undefined): Record<string, Veldwijziging> {
  const uit: Record<string, Veldwijziging> = {};
  const velden = new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})]);
  for (const v of velden) {
    const a = voor?.[v] ?? null;
    const b = na?.[v] ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    uit[v] = GEHEIM.has(v) ? { voor: a === null ? null : VERBORGEN, na: b === null ? null : VERBORGEN } : { voor: a, na: b };
  }
  return uit;
}

/** Queues one audit row on `em`: it is inserted by the same flush (transaction) as the change. */
export function schrijfAudit(em: EntityManager, t: Toegang, w: Auditwijziging): Auditregel {
  return em.create(Auditregel, {
    tijdstip: new Date(), sleutelId: t.sleutelId, rol: t.rol, naam: t.naam, brin: t.brin ?? null, gemeente: t.gemeente ?? null,
    operatie: w.operatie, leerlingId: w.leerlingId, onderwerp: w.onderwerp, onderwerpId: w.onderwerpId ?? null, velden: verschil(w.voor, w.na),
  });
}

/** The audit rows of one leerling, oldest first, optionally from/to a moment (inclusive). */
export async function leesAudit(em: EntityManager, leerlingId: string, van?: Date | null, tot?: Date | null): Promise<Auditregel[]> {
  const waar: Record<string, unknown> = { leerlingId };
  if (van || tot) waar.tijdstip = { ...(van ? { $gte: van } : {}), ...(tot ? { $lte: tot } : {}) };
  return em.find(Auditregel, waar, { orderBy: { tijdstip: 'asc', id: 'asc' } });
}
