// Finding a stored leerling by the identifiers schools and gemeenten use: a school's leerlingnummer
// (per BRIN) and, for the leerplichtambtenaar only, the BSN (audited; the BSN never in the audit row).
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { schrijfAudit } from '../../store/audit';
import { controleerLeerlingnummer, leerlingnummersVan, zichtbareLeerlingMetBsn, zichtbareLeerlingMetNummer } from '../../store/leerlingnummers';
import { brinHoortBij } from '../../toegang/eigenaarschap';
import type { Rol } from '../../toegang/toegang';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { leerlingUitvoer, opslag } from './opslag';
import { verboden } from './rechten';
import { LeerlingUitvoer } from './typen';
import { controleerBrin, controleerBsn } from './validatie';

/** Who may read stored leerlingen (as leerling(id)). */
const LEZERS: Rol[] = ['SCHOOL', 'LEERPLICHTAMBTENAAR', 'RMC'];

@Resolver()
export class OpzoekenResolver {
  @Authorized(LEZERS)
  @Query(() => LeerlingUitvoer, { description: 'De leerling met dit leerlingnummer bij een BRIN (een vestiging zoals "12AB01" nummert zelf). Een SCHOOL-sleutel: standaard het eigen BRIN, of een vestiging die de sleutel dekt; andere sleutels noemen de brin. Zichtbaar als bij leerling(id): anders FORBIDDEN, of het nummer nu bestaat of niet. — The leerling with this leerlingnummer at a BRIN.' })
  async leerlingMetNummer(
    @Arg('leerlingnummer', () => String, { description: 'Het leerlingnummer. — The number.' }) leerlingnummer: string,
    @Arg('brin', () => String, { nullable: true, description: 'BRIN van de school of vestiging; standaard (SCHOOL-sleutel) het eigen BRIN. — Default (SCHOOL key): its own BRIN.' }) brin: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<LeerlingUitvoer> {
    const { em, laders, toegang } = opslag(ctx);
    controleerLeerlingnummer('leerlingnummer', leerlingnummer);
    if (brin != null) controleerBrin('brin', brin);
    const bij = brin ?? toegang.brin;
    if (!bij) throw invoerFout('brin', 'needed: the BRIN whose leerlingnummer this is');
    if (toegang.rol === 'SCHOOL' && !brinHoortBij(toegang.brin, bij)) throw verboden('brin', `this key is for BRIN ${toegang.brin}`);
    const leerling = await zichtbareLeerlingMetNummer(em, toegang, bij, leerlingnummer);
    if (!leerling) throw verboden('leerlingnummer', `no leerling with leerlingnummer ${leerlingnummer} at BRIN ${bij} exists or is accessible with this key`);
    laders.leerling.prime(leerling.id, leerling);
    return leerlingUitvoer(leerling);
  }

  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Query(() => LeerlingUitvoer, { description: 'De leerling met dit BSN onder die van de eigen gemeente (alleen LEERPLICHTAMBTENAAR). Elke opzoeking komt in de audit trail (operatie "leerlingMetBsn"; nooit het BSN zelf). Anders FORBIDDEN, of het BSN nu bekend is of niet. — The leerling with this BSN (LEERPLICHTAMBTENAAR only).' })
  async leerlingMetBsn(@Arg('bsn', () => String, { description: 'Burgerservicenummer (9 cijfers). — The BSN.' }) bsn: string, @Ctx() ctx: ApiContext): Promise<LeerlingUitvoer> {
    const { orm, em, laders, toegang } = opslag(ctx);
    controleerBsn('bsn', bsn);
    const leerling = await zichtbareLeerlingMetBsn(em, toegang, bsn);
    // audited whether found or not: who looked up a BSN, when, and which leerling it gave (if any)
    const aem = orm.em.fork();
    schrijfAudit(aem, toegang, { operatie: 'leerlingMetBsn', leerlingId: leerling?.id ?? null, onderwerp: 'leerling', onderwerpId: leerling?.id ?? null, voor: null, na: null });
    await aem.flush();
    if (!leerling) throw verboden('bsn', 'no leerling with this BSN exists or is accessible with this key');
    laders.leerling.prime(leerling.id, leerling);
    return leerlingUitvoer(leerling);
  }
}

@ObjectType('Leerlingnummer', { description: 'Het eigen nummer van een school voor een leerling, uniek per BRIN. — A school\'s own number for a leerling.' })
export class LeerlingnummerUitvoer {
  @Field({ description: 'BRIN van de school of vestiging. — The BRIN.' }) brin!: string;
  @Field({ description: 'Het nummer. — The number.' }) leerlingnummer!: string;
}

/** Per request (per EntityManager): the leerlingnummers of every leerling asked for, in one query. */
const nummerLaders = new WeakMap<EntityManager, DataLoader<string, { brin: string; nummer: string }[]>>();

@Resolver(() => LeerlingUitvoer)
export class LeerlingnummerVeldResolver {
  @FieldResolver(() => [LeerlingnummerUitvoer], { description: 'De leerlingnummers die scholen deze leerling gaven (een SCHOOL-sleutel ziet alleen die van BRINs die de sleutel dekt). — The leerlingnummers schools gave this leerling.' })
  async leerlingnummers(@Root() l: LeerlingUitvoer, @Ctx() ctx: ApiContext): Promise<LeerlingnummerUitvoer[]> {
    const { em, toegang } = opslag(ctx);
    let lader = nummerLaders.get(em);
    if (!lader) {
      lader = new DataLoader(async (ids: readonly string[]) => { const m = await leerlingnummersVan(em, ids); return ids.map((id) => m.get(id) ?? []); });
      nummerLaders.set(em, lader);
    }
    return (await lader.load(l.id))
      .filter((n) => toegang.rol !== 'SCHOOL' || brinHoortBij(toegang.brin, n.brin))
      .map((n) => ({ brin: n.brin, leerlingnummer: n.nummer }));
  }
}
