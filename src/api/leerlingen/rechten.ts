// Roles on resolvers (@Authorized) and the two access errors. A leerling that does not exist and
// one of another school give the same FORBIDDEN answer: no key can learn whether an id exists.
import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { PUBLIEK, type Rol, type Toegang } from '../../toegang/toegang';
import type { ApiContext } from '../context';

/** Roles that write stored data (an RMC-regio key only reads). */
export const OPSLAG_ROLLEN: Rol[] = ['SCHOOL', 'LEERPLICHTAMBTENAAR'];
/** Roles that read stored leerlingen: the writers and the RMC-regio. */
export const LEES_ROLLEN: Rol[] = ['SCHOOL', 'LEERPLICHTAMBTENAAR', 'RMC'];

export const toegangVan = (ctx: ApiContext): Toegang => ctx.toegang ?? PUBLIEK;

export function nietAangemeld(wat: string): GraphQLError {
  return new GraphQLError(`${wat} needs an API key (header "Authorization: Bearer <key>")`, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function verboden(veld: string, tekst: string): GraphQLError {
  return new GraphQLError(`${veld}: ${tekst}`, { extensions: { code: 'FORBIDDEN', veld } });
}

/** The one answer for a row that does not exist and for one this key may not see (they look the same). */
export const bestaatNiet = (veld: string, soort: string, id: string) => verboden(veld, `${soort} ${id} does not exist or is not accessible with this key`);

export const onbekendOfVerboden = (veld: string, id: string) => bestaatNiet(veld, 'leerling', id);

export const controleerRol: AuthChecker<ApiContext, Rol> = ({ context, info }, rollen) => {
  const t = toegangVan(context);
  if (rollen.length === 0 || rollen.includes(t.rol)) return true;
  if (t.rol === 'PUBLIC') throw nietAangemeld(info.fieldName);
  throw verboden(info.fieldName, `not allowed for role ${t.rol} (allowed: ${rollen.join(', ')})`);
};
