// A school's own number for a leerling (leerlingnummer), unique per BRIN: a vestiging ("12AB01")
// numbers on its own. Schools look their leerlingen up by it and never keep a table of our ids.
import { raw, type EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { Toegang } from '../toegang/toegang';
import { Leerling } from './entities/leerlingen';
import { Leerlingnummer } from './entities/leerlingnummer.entity';
import { zichtbaarVoor } from './zichtbaarheid';

/** 1–20 characters: letters, digits and hyphens. */
export const LEERLINGNUMMER = /^[A-Za-z0-9-]{1,20}$/;

const fout = (veld: string, probleem: string) => new GraphQLError(`${veld}: ${probleem}`, { extensions: { code: 'BAD_USER_INPUT', veld } });

export function controleerLeerlingnummer(veld: string, nummer: string): void {
  if (!LEERLINGNUMMER.test(nummer)) throw fout(veld, 'not a leerlingnummer (1–20 letters, digits or hyphens)');
}

/**
 * Records `nummer` as the leerlingnummer of `leerlingId` at `brin`, on `em` (written with its next
 * flush, so inside the caller's transaction). BAD_USER_INPUT when another leerling has that number
 * at that BRIN; a leerling's earlier number at that BRIN is replaced; the same number again is a no-op.
 */
export async function legLeerlingnummerVast(em: EntityManager, brin: string, nummer: string, leerlingId: string, opties: { veld?: string; door?: Toegang } = {}): Promise<Leerlingnummer> {
  const veld = opties.veld ?? 'leerlingnummer';
  controleerLeerlingnummer(veld, nummer);
  const bezet = await em.findOne(Leerlingnummer, { brin, nummer });
  if (bezet) {
    if (bezet.leerling.id !== leerlingId) throw fout(veld, `leerlingnummer ${nummer} is already used at BRIN ${brin} for another leerling`);
    return bezet;
  }
  const t = opties.door;
  const door = { vastgelegdDoor: t?.sleutelId ?? 'onbekend', vastgelegdRol: t?.rol ?? 'ONBEKEND', vastgelegdBrin: t?.brin ?? null, vastgelegdGemeente: t?.gemeente ?? null, vastgelegdOp: new Date() };
  const eerder = await em.findOne(Leerlingnummer, { leerling: leerlingId, brin });
  if (eerder) return Object.assign(eerder, { nummer, ...door });
  return em.create(Leerlingnummer, { brin, nummer, leerling: em.getReference(Leerling, leerlingId), ...door });
}

/** The leerlingnummers of these leerlingen: leerling id → [{ brin, nummer }]. One query. */
export async function leerlingnummersVan(em: EntityManager, leerlingIds: readonly string[]): Promise<Map<string, { brin: string; nummer: string }[]>> {
  const uit = new Map<string, { brin: string; nummer: string }[]>();
  if (leerlingIds.length === 0) return uit;
  for (const r of await em.find(Leerlingnummer, { leerling: { $in: [...leerlingIds] } }, { orderBy: { brin: 'asc' } })) {
    const l = uit.get(r.leerling.id) ?? [];
    l.push({ brin: r.brin, nummer: r.nummer });
    uit.set(r.leerling.id, l);
  }
  return uit;
}

/**
 * The leerling with `nummer` at `brin` if `t` may see it, else null: one query either way (an
 * unknown number and a leerling out of reach look and time alike).
 */
export async function zichtbareLeerlingMetNummer(em: EntityManager, t: Toegang, brin: string, nummer: string): Promise<Leerling | null> {
  return em.findOne(Leerling, {
    [raw((a: string) => `exists (select 1 from leerlingnummer ln where ln.leerling_id = ${a}.id and ln.brin = ? and ln.nummer = ?)`, [brin, nummer])]: [],
    ...zichtbaarVoor(t, 'id'),
  } as never);
}

/** The leerling with this BSN if `t` may see it, else null: one query. */
export async function zichtbareLeerlingMetBsn(em: EntityManager, t: Toegang, bsn: string): Promise<Leerling | null> {
  return em.findOne(Leerling, { bsn, ...zichtbaarVoor(t, 'id') } as never);
}
