// Paging cursors of stored lists (meldingen): opaque, and bound to the key and the list they came
// from. A cursor holds the last leerling id of its page (one this key sees) and a tag over the key
// and the list's arguments; a cursor of another key, another list or a changed one is refused as a
// bad cursor (BAD_USER_INPUT naming the argument) before anything is read, so it tells nothing.
import { createHash } from 'node:crypto';
import type { Toegang } from '../../toegang/toegang';
import { invoerFout } from '../fouten';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const VERSIE = 'm1';

/** What a cursor is bound to: the list (its name and the arguments that choose its leerlingen). */
export type Lijstsleutel = readonly (string | null)[];

function tag(t: Toegang, lijst: Lijstsleutel, leerlingId: string): string {
  const h = createHash('sha256');
  // every part length-prefixed: no two different inputs give the same text
  for (const deel of [VERSIE, t.sleutelId, t.rol, t.brin ?? '', t.gemeente ?? '', (t.gemeenten ?? []).join(','), ...lijst.map((x) => x ?? '\u0000'), leerlingId]) h.update(`${deel.length}:${deel};`);
  return h.digest('base64url').slice(0, 22);
}

export function maakCursor(t: Toegang, lijst: Lijstsleutel, leerlingId: string): string {
  return Buffer.from(`${VERSIE}.${leerlingId}.${tag(t, lijst, leerlingId)}`, 'utf8').toString('base64url');
}

/** The leerling id after which the next page starts; BAD_USER_INPUT naming `veld` for anything not made by maakCursor for this key and list. */
export function leesCursor(veld: string, cursor: string, t: Toegang, lijst: Lijstsleutel): string {
  const fout = () => invoerFout(veld, 'not a cursor of this list for this key (pass the volgende of the previous page, with the same arguments)');
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fout();
  const [versie, id, t2, ...rest] = Buffer.from(cursor, 'base64url').toString('utf8').split('.');
  if (rest.length > 0 || versie !== VERSIE || !id || !UUID.test(id) || t2 !== tag(t, lijst, id)) throw fout();
  return id;
}
