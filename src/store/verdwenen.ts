// A row a request checked and then found gone: another request removed the leerling (or the melding)
// between the access check and this request's own write. Not a fault of the server: the answer is
// the one for a row that does not exist (api/leerlingen/verdwenen.ts).
import { ForeignKeyConstraintViolationException, NotFoundError } from '@mikro-orm/core';

/**
 * True for findOneOrFail on a row that is gone, and for an insert or update whose parent row is gone.
 * PostgreSQL names the referencing table in that direction and the referenced one for a refused
 * removal; the foreign keys are named after the referencing table (MikroORM: <table>_<column>_foreign).
 * Read from the error's fields, not its text, which follows the server's lc_messages.
 */
export function isVerdwenen(e: unknown): boolean {
  if (e instanceof NotFoundError) return true;
  if (!(e instanceof ForeignKeyConstraintViolationException)) return false;
  const { table, constraint } = e as unknown as { table?: unknown; constraint?: unknown };
  return typeof table === 'string' && typeof constraint === 'string' && constraint.startsWith(`${table}_`);
}
