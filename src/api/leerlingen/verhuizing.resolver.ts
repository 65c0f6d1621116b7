// verhuisLeerling: a change of woongemeente is a dated move kept as history (woonperiodes), never an
// overwrite. Recorded by the leerplichtambtenaar of the gemeente the leerling lives in until the move
// (it reports the move-out, as the BRP tells it): a key of the new gemeente cannot claim a leerling it
// does not see, so no key can pull another gemeente's leerling (and its BSN) into reach.
import { Arg, Authorized, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { parseDatum } from '../../time/dag';
import { VerhuisFout, verhuis } from '../../store/woonperiodes';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { datum as controleerDatum, vandaag } from '../omzetten';
import { LocalDate } from '../scalars';
import { leerlingUitvoer, opslag, ververs, zichtbareLeerling } from './opslag';
import { verboden } from './rechten';
import { LeerlingUitvoer } from './typen';
import { controleerGemeente } from './validatie';
import { Verdwenen } from './verdwenen';

@Resolver()
@UseMiddleware(Verdwenen)
export class VerhuizingResolver {
  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Mutation(() => LeerlingUitvoer, { description: 'Legt vast dat de leerling op datum naar gemeente verhuist: de huidige woonperiode eindigt de dag ervoor, een nieuwe begint op datum, en Leerling.gemeente wordt de nieuwe gemeente. Alleen de LEERPLICHTAMBTENAAR van de gemeente waar de leerling tot dan woont (FORBIDDEN voor anderen, ook SCHOOL en RMC). De oude gemeente blijft de leerling en de feiten tot de verhuizing zien; de nieuwe ziet die vanaf datum. Komt in de audit trail. — Records that the leerling moves to gemeente on datum.' })
  async verhuisLeerling(
    @Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId: string,
    @Arg('gemeente', { description: 'De nieuwe woongemeente (CBS-code, 4 cijfers). — The new gemeente.' }) gemeente: string,
    @Arg('datum', () => LocalDate, { description: 'Eerste dag in de nieuwe gemeente. — First day in the new gemeente.' }) datum: string,
    @Ctx() ctx: ApiContext,
  ): Promise<LeerlingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    controleerGemeente('gemeente', gemeente);
    controleerDatum('datum', datum);
    if (parseDatum(datum)! > vandaag()) throw invoerFout('datum', `${datum} lies in the future: a move is recorded once it happened`);
    const leerling = await zichtbareLeerling(ctx, leerlingId, 'leerlingId');
    const nietHier = () => verboden('leerlingId', `the leerling no longer lives in gemeente ${toegang.gemeente}: only the gemeente it lives in records a move`);
    if (leerling.gemeente !== toegang.gemeente) throw nietHier();
    try {
      const na = await verhuis(orm, toegang, leerling.id, gemeente, datum, (open) => { if (open.gemeente !== toegang.gemeente) throw nietHier(); });
      ververs(ctx);
      return leerlingUitvoer(na);
    } catch (e) {
      if (e instanceof VerhuisFout) throw invoerFout(e.veld, e.message);
      throw e;
    }
  }
}
