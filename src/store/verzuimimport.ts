// Bulk verzuim import: all records in ONE transaction (all or nothing), once per idempotency key.
// The import row is inserted first: a concurrent import with the same key blocks on its unique
// index until we commit, then fails and returns our result instead of writing again.
import { createHash } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import { vastleggingDoor } from '../toegang/eigenaarschap';
import type { Toegang } from '../toegang/toegang';
import { schrijfAudit } from './audit';
import { Leerling, VerzuimImport, Verzuimregistratie } from './entities/leerlingen';

export interface ImportRecord { leerlingId: string; datum: string; uren: number; reden: string }

/** Rows per INSERT: 5 parameters each stays far below PostgreSQL's 65,535 per statement. */
const PER_INSERT = 5000;

export class SleutelHergebruikt extends Error {
  constructor(readonly bestaand: VerzuimImport) {
    super(`was already used for a different import (${bestaand.aantal} records on ${bestaand.aangemaaktOp.toISOString()})`);
  }
}

export function inhoudHash(records: readonly ImportRecord[]): string {
  const h = createHash('sha256');
  for (const r of records) h.update(`${r.leerlingId}|${r.datum}|${r.uren}|${r.reden}\n`);
  return h.digest('hex');
}

export interface ImportUitkomst { rij: VerzuimImport; nieuw: boolean }

export async function importeerVerzuim(
  orm: MikroORM, t: Toegang, sleutel: string, records: readonly ImportRecord[],
  /** checks every record inside the transaction, before anything is inserted; throws to reject */
  controle: (em: EntityManager) => Promise<void>,
  /** what tells a retry from another import under the same key; default: the records' inhoudHash (a file import hashes the file and its profile) */
  hash: string = inhoudHash(records),
  /** the audit rows' operatie */
  operatie = 'importeerVerzuim',
): Promise<ImportUitkomst> {
  const aanroeper = t.sleutelId;
  const eerder = async (): Promise<ImportUitkomst | null> => {
    const rij = await orm.em.fork().findOne(VerzuimImport, { aanroeper, sleutel });
    if (!rij) return null;
    if (rij.inhoudHash !== hash) throw new SleutelHergebruikt(rij);
    return { rij, nieuw: false };
  };
  const al = await eerder();
  if (al) return al;
  try {
    const rij = await orm.em.fork().transactional(async (em) => {
      await controle(em);
      const nu = new Date();
      const imp = em.create(VerzuimImport, { aanroeper, sleutel, inhoudHash: hash, aantal: records.length, aangemaaktOp: nu });
      await em.flush();
      const v0 = vastleggingDoor(t, nu);
      for (let i = 0; i < records.length; i += PER_INSERT) {
        await em.insertMany(Verzuimregistratie, records.slice(i, i + PER_INSERT).map((r) => ({
          leerling: em.getReference(Leerling, r.leerlingId), datum: r.datum, uren: r.uren, reden: r.reden, verzuimImport: imp, ...v0,
        })));
      }
      // one audit row per leerling (not per record): how many records, which days, how many hours
      const per = new Map<string, { aantal: number; van: string; tot: string; uren: number }>();
      for (const r of records) {
        const a = per.get(r.leerlingId);
        if (!a) per.set(r.leerlingId, { aantal: 1, van: r.datum, tot: r.datum, uren: r.uren });
        else { a.aantal++; if (r.datum < a.van) a.van = r.datum; if (r.datum > a.tot) a.tot = r.datum; a.uren += r.uren; }
      }
      for (const [leerlingId, a] of per) {
        schrijfAudit(em, t, { operatie, leerlingId, onderwerp: 'verzuimImport', onderwerpId: imp.id, voor: null, na: { ...a } });
      }
      return imp;
    });
    return { rij, nieuw: true };
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) {
      const gelijk = await eerder();
      if (gelijk) return gelijk;
    }
    throw e;
  }
}
