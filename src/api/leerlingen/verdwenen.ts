// A leerling (or a melding) removed by another request while this one worked on it answers as one
// that does not exist, naming the id argument — never INTERNAL_SERVER_ERROR (the fuzz test met this:
// meldIdentiteitsfout while a verwijderLeerling of the same leerling committed).
import { getNamedType, GraphQLID } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { isVerdwenen } from '../../store/verdwenen';
import { bestaatNiet } from './rechten';

/** What an id argument names, as in the resolvers' own "does not exist" answers. */
const SOORT: Record<string, string> = { leerlingId: 'leerling', inschrijvingId: 'inschrijving', meldingId: 'melding', beslissingId: 'beslissing' };
/** What the argument `id` names, per field. */
const ID_SOORT: Record<string, string> = { wijzigLeerling: 'leerling', verwijderLeerling: 'leerling', wijzigMeldingstatus: 'melding', melding: 'melding', behandelIdentiteitsmelding: 'identiteitsmelding' };

export const Verdwenen: MiddlewareFn = async ({ args, info }, next) => {
  try {
    return await next();
  } catch (e) {
    if (!isVerdwenen(e)) throw e;
    const idArgs = info.parentType.getFields()[info.fieldName].args.filter((a) => getNamedType(a.type) === GraphQLID && typeof args[a.name] === 'string');
    // the leerling is what vanishes (its rows cascade); else the field's own id
    const arg = idArgs.find((a) => a.name === 'leerlingId') ?? idArgs[0];
    const soort = arg && (arg.name === 'id' ? ID_SOORT[info.fieldName] : SOORT[arg.name]);
    if (!soort) throw e;
    throw bestaatNiet(arg.name, soort, String(args[arg.name]));
  }
};
