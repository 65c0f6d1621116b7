// Who owns a stored fact. Every fact row records who recorded it (key id, rol, BRIN or gemeente,
// when); rows from before ownership was kept belong to "onbekend" (rol ONBEKEND), which only a
// LEERPLICHTAMBTENAAR may change or remove.
import type { Toegang } from './toegang';

export const ONBEKEND_ROL = 'ONBEKEND';
export const ONBEKEND_DOOR = 'onbekend';

/**
 * Whether `brin` (of an inschrijving, a fact's recorder, a melding) belongs to the SCHOOL key's
 * BRIN: a key for "12AB" covers every vestiging ("12AB", "12AB01", …); a key for the vestiging
 * "12AB01" only that vestiging. THE one place BRINs are compared.
 */
export function brinHoortBij(sleutelBrin: string | null | undefined, brin: string | null | undefined): boolean {
  if (!sleutelBrin || !brin) return false;
  if (sleutelBrin === brin) return true;
  return sleutelBrin.length === 4 && brin.length === 6 && brin.startsWith(sleutelBrin);
}

/** The recorder columns of a fact row. */
export interface Vastlegging {
  vastgelegdDoor: string;
  vastgelegdRol: string;
  vastgelegdBrin: string | null;
  vastgelegdGemeente: string | null;
  vastgelegdOp: Date;
}

/** The recorder columns for a row `t` records now. */
export function vastleggingDoor(t: Toegang, op: Date = new Date()): Vastlegging {
  return { vastgelegdDoor: t.sleutelId, vastgelegdRol: t.rol, vastgelegdBrin: t.brin ?? null, vastgelegdGemeente: t.gemeente ?? null, vastgelegdOp: op };
}

/**
 * May `t` change or remove a fact recorded as `v`?
 * - SCHOOL: only facts a SCHOOL key of its own BRIN recorded (a key for "12AB" also those of its
 *   vestigingen; a new key for the same BRIN keeps ownership);
 * - LEERPLICHTAMBTENAAR (it only reaches leerlingen it may see): facts a leerplichtambtenaar recorded
 *   and facts of owner "onbekend"; a school's facts stay the school's;
 * - anyone else: nothing.
 */
export function magFeitWijzigen(t: Toegang, v: Pick<Vastlegging, 'vastgelegdRol' | 'vastgelegdBrin'>): boolean {
  if (t.rol === 'SCHOOL') return v.vastgelegdRol === 'SCHOOL' && brinHoortBij(t.brin, v.vastgelegdBrin);
  if (t.rol === 'LEERPLICHTAMBTENAAR') return v.vastgelegdRol === 'LEERPLICHTAMBTENAAR' || v.vastgelegdRol === ONBEKEND_ROL;
  return false;
}

/** Whether `datum` lies inside an inschrijving at the SCHOOL key's BRIN (vanaf ≤ datum ≤ tot, or open). */
export function binnenEigenInschrijving(t: Toegang, inschrijvingen: readonly { brin: string; vanaf: string; tot?: string | null }[], datum: string): boolean {
  return inschrijvingen.some((i) => brinHoortBij(t.brin, i.brin) && i.vanaf <= datum && (i.tot == null || datum <= i.tot));
}
