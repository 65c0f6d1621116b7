// API keys → role (+ BRIN or gemeente). Keys are never stored: the configuration holds their
// sha256, so a leaked config file does not leak a key. No key at all means PUBLIC.
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';

export type Rol = 'PUBLIC' | 'SCHOOL' | 'LEERPLICHTAMBTENAAR' | 'RMC';
export const ROLLEN: readonly Rol[] = ['PUBLIC', 'SCHOOL', 'LEERPLICHTAMBTENAAR', 'RMC'];

export interface Toegang {
  rol: Rol;
  /** SCHOOL: its BRIN (4 characters, e.g. "12AB": every vestiging) or one vestiging (6, e.g. "12AB01") */
  brin?: string;
  /** LEERPLICHTAMBTENAAR: the CBS gemeentecode it works for (4 digits, e.g. "0363") */
  gemeente?: string;
  /** RMC: the regio's name (e.g. "IJssel-Vecht") and its gemeenten (CBS codes) */
  regio?: string;
  gemeenten?: readonly string[];
  /** who acts, for melding histories and the import log: the key's naam, or rol + BRIN/gemeente */
  naam: string;
  /** stable id of the key (its hash prefix), scoping idempotency keys per caller */
  sleutelId: string;
}

export interface SleutelRegel { sha256: string; rol: Rol; brin?: string; gemeente?: string; regio?: string; gemeenten?: string[]; naam?: string }

export const PUBLIEK: Toegang = Object.freeze({ rol: 'PUBLIC', naam: 'PUBLIC', sleutelId: 'public' });
/** A BRIN (12AB) or a BRIN with its vestiging number (12AB01). */
export const BRIN = /^[0-9]{2}[A-Z]{2}(?:[0-9]{2})?$/;
export const GEMEENTECODE = /^[0-9]{4}$/;
const PREFIX = 'lpk_';

export class SleutelFout extends Error {}

export const sha256 = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest('hex');

/** A new random key (256 bits) and the configuration line that admits it. */
export function nieuweSleutel(r: Omit<SleutelRegel, 'sha256'>): { sleutel: string; regel: SleutelRegel } {
  const sleutel = PREFIX + randomBytes(32).toString('base64url');
  const regel: SleutelRegel = {
    sha256: sha256(sleutel), rol: r.rol, ...(r.brin ? { brin: r.brin } : {}), ...(r.gemeente ? { gemeente: r.gemeente } : {}),
    ...(r.regio ? { regio: r.regio } : {}), ...(r.gemeenten ? { gemeenten: [...r.gemeenten] } : {}), ...(r.naam ? { naam: r.naam } : {}),
  };
  controleerRegel(regel, 'nieuwe sleutel');
  return { sleutel, regel };
}

function controleerRegel(r: SleutelRegel, waar: string): void {
  if (typeof r?.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)) throw new SleutelFout(`${waar}: sha256 must be 64 lowercase hex characters`);
  if (!ROLLEN.includes(r.rol)) throw new SleutelFout(`${waar}: rol must be one of ${ROLLEN.join(', ')}`);
  if (r.rol === 'SCHOOL' && !(typeof r.brin === 'string' && BRIN.test(r.brin))) throw new SleutelFout(`${waar}: a SCHOOL key needs a brin like "12AB"`);
  if (r.rol === 'LEERPLICHTAMBTENAAR' && !(typeof r.gemeente === 'string' && GEMEENTECODE.test(r.gemeente))) throw new SleutelFout(`${waar}: a LEERPLICHTAMBTENAAR key needs a gemeente (CBS code, 4 digits, e.g. "0363")`);
  if (r.rol === 'RMC') {
    if (!(typeof r.regio === 'string' && /^[^\u0000-\u001f]{1,100}$/.test(r.regio))) throw new SleutelFout(`${waar}: an RMC key needs a regio (its name, e.g. "IJssel-Vecht")`);
    if (!(Array.isArray(r.gemeenten) && r.gemeenten.length > 0 && r.gemeenten.every((g) => typeof g === 'string' && GEMEENTECODE.test(g)))) throw new SleutelFout(`${waar}: an RMC key needs gemeenten (CBS codes, e.g. ["0148","0166"])`);
  }
}

/** The configured keys. `bron` is JSON (an array of SleutelRegel) or the path of a file holding it. */
export class Sleutels {
  private readonly perHash = new Map<string, Toegang>();

  constructor(regels: readonly SleutelRegel[]) {
    regels.forEach((r, i) => {
      controleerRegel(r, `LEERPLICHT_API_KEYS[${i}]`);
      const naam = r.naam ?? `${r.rol}${r.brin ? ` ${r.brin}` : ''}${r.gemeente ? ` ${r.gemeente}` : ''}${r.regio ? ` ${r.regio}` : ''}`;
      this.perHash.set(r.sha256, Object.freeze({
        rol: r.rol, brin: r.rol === 'SCHOOL' ? r.brin : undefined, gemeente: r.rol === 'LEERPLICHTAMBTENAAR' ? r.gemeente : undefined,
        regio: r.rol === 'RMC' ? r.regio : undefined, gemeenten: r.rol === 'RMC' ? Object.freeze([...new Set(r.gemeenten)].sort()) : undefined,
        naam, sleutelId: r.sha256.slice(0, 16),
      }));
    });
  }

  static uit(bron: string | undefined): Sleutels {
    const tekst = (bron ?? '').trim();
    if (tekst === '') return new Sleutels([]);
    const json = tekst.startsWith('[') ? tekst : leesBestand(tekst);
    let regels: unknown;
    try {
      regels = JSON.parse(json);
    } catch {
      throw new SleutelFout('LEERPLICHT_API_KEYS is not valid JSON (an array of { sha256, rol, brin?, gemeente?, regio?, gemeenten?, naam? })');
    }
    if (!Array.isArray(regels)) throw new SleutelFout('LEERPLICHT_API_KEYS must be a JSON array');
    return new Sleutels(regels as SleutelRegel[]);
  }

  get aantal(): number {
    return this.perHash.size;
  }

  /** The caller's access from its headers: none → PUBLIC; an unknown key → SleutelFout (HTTP 401). */
  toegangVoor(kop: (naam: string) => string | undefined): Toegang {
    const auth = kop('authorization');
    let sleutel = kop('x-api-key');
    if (auth !== undefined) {
      const m = /^Bearer\s+(\S+)\s*$/i.exec(auth);
      if (!m) throw new SleutelFout('Authorization header must be "Bearer <API key>"');
      sleutel = m[1];
    }
    if (sleutel === undefined || sleutel === '') return PUBLIEK;
    // looked up by its sha256: the caller cannot steer the hash, so a map lookup leaks no timing worth having
    const t = this.perHash.get(sha256(sleutel));
    if (!t) throw new SleutelFout('unknown API key');
    return t;
  }
}

function leesBestand(pad: string): string {
  try {
    return fs.readFileSync(pad, 'utf8');
  } catch (e) {
    throw new SleutelFout(`LEERPLICHT_API_KEYS: cannot read key file ${pad}: ${(e as NodeJS.ErrnoException).code ?? e}`);
  }
}
