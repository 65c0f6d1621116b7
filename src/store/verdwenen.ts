// A row a request checked and then found gone: another request removed the leerling (or the melding)
// between the access check and this request's own write. Not a fault of the server: the answer is
// the one for a row that does not exist (api/leerlingen/verdwenen.ts).
import { ForeignKeyConstraintViolationException, NotFoundError } from '@mikro-orm/core';

/**
 * True for findOneOrFail on a row that is gone, and for an insert or update whose parent row is gone
 * (a foreign key violation in that direction; "update or delete" would be a refused removal).
 */
export function isVerdwenen(e: unknown): boolean {
  if (e instanceof NotFoundError) return true;
  return e instanceof ForeignKeyConstraintViolationException && /insert or update on table/.test(e.message);
}
