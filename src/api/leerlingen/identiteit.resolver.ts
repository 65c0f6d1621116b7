// The identity of a leerling (geboortedatum, BSN, woongemeente) is the leerplichtambtenaar's: a
// SCHOOL key never changes it, but may report a suspected error; the leerplichtambtenaar of the
// leerling's gemeente lists and resolves those reports (correcting the identity itself stays
// wijzigLeerling, or verhuisLeerling for the woongemeente).
import { LockMode } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { schrijfAudit } from '../../store/audit';
import { Identiteitsmelding, Leerling } from '../../store/entities/leerlingen';
import type { Identiteitsmeldingstatus as Status, Identiteitsveld as Veld } from '../../store/entities/identiteitsmelding.entity';
import { zichtbaarVoor } from '../../store/zichtbaarheid';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { isUuid, opslag, ververs, wijzigbareLeerling } from './opslag';
import { OPSLAG_ROLLEN, verboden } from './rechten';

export enum Identiteitsveld { GEBOORTEDATUM = 'GEBOORTEDATUM', BSN = 'BSN', GEMEENTE = 'GEMEENTE' }
export enum IdentiteitsmeldingStatus { OPEN = 'OPEN', OPGELOST = 'OPGELOST', AFGEWEZEN = 'AFGEWEZEN' }
export enum IdentiteitsBesluit { OPGELOST = 'OPGELOST', AFGEWEZEN = 'AFGEWEZEN' }
registerEnumType(Identiteitsveld, { name: 'Identiteitsveld', description: 'An identity field of a leerling (the leerplichtambtenaar\'s).' });
registerEnumType(IdentiteitsmeldingStatus, { name: 'IdentiteitsmeldingStatus' });
registerEnumType(IdentiteitsBesluit, { name: 'IdentiteitsBesluit', description: 'OPGELOST: corrected (with wijzigLeerling or verhuisLeerling) or found right; AFGEWEZEN: not an error.' });

@ObjectType({ description: 'A suspected error in a leerling\'s identity, reported by a key that may not change it.' })
export class IdentiteitsmeldingUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => ID) leerlingId!: string;
  @Field(() => Identiteitsveld) veld!: Identiteitsveld;
  @Field() toelichting!: string;
  @Field(() => IdentiteitsmeldingStatus) status!: IdentiteitsmeldingStatus;
  @Field({ description: 'ISO timestamp of the report.' }) op!: string;
  @Field({ description: 'The reporting key\'s rol.' }) doorRol!: string;
  @Field(() => String, { nullable: true }) doorBrin!: string | null;
  @Field(() => String, { nullable: true }) doorGemeente!: string | null;
  @Field({ description: 'The reporting key\'s naam.' }) doorNaam!: string;
  @Field(() => String, { nullable: true, description: 'The naam of the key that resolved it.' }) afgehandeldDoor!: string | null;
  @Field(() => String, { nullable: true }) afgehandeldOp!: string | null;
  @Field(() => String, { nullable: true }) afgehandeldToelichting!: string | null;
}

const uitvoer = (m: Identiteitsmelding): IdentiteitsmeldingUitvoer => Object.assign(new IdentiteitsmeldingUitvoer(), {
  id: m.id, leerlingId: m.leerling.id, veld: m.veld as Identiteitsveld, toelichting: m.toelichting, status: m.status as IdentiteitsmeldingStatus,
  op: m.op.toISOString(), doorRol: m.doorRol, doorBrin: m.doorBrin, doorGemeente: m.doorGemeente, doorNaam: m.doorNaam,
  afgehandeldDoor: m.afgehandeldDoor, afgehandeldOp: m.afgehandeldOp?.toISOString() ?? null, afgehandeldToelichting: m.afgehandeldToelichting,
});

function controleerToelichting(veld: string, t: string): string {
  const w = t.trim();
  if (w === '') throw invoerFout(veld, 'must not be empty');
  return w; // length and control characters: checked for every text argument before any resolver runs
}

@Resolver()
export class IdentiteitResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => IdentiteitsmeldingUitvoer, { description: 'Reports a suspected error in a leerling\'s identity (geboortedatum, BSN, woongemeente), which a SCHOOL key may not change; the leerplichtambtenaar of the leerling\'s gemeente resolves it (behandelIdentiteitsmelding). The toelichting is kept with the report, not copied into the audit trail.' })
  async meldIdentiteitsfout(
    @Arg('leerlingId', () => ID) leerlingId: string,
    @Arg('veld', () => Identiteitsveld) veld: Identiteitsveld,
    @Arg('toelichting') toelichting: string,
    @Ctx() ctx: ApiContext,
  ): Promise<IdentiteitsmeldingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const leerling = await wijzigbareLeerling(ctx, leerlingId, 'leerlingId');
    const tekst = controleerToelichting('toelichting', toelichting);
    const rij = await orm.em.fork().transactional(async (em) => {
      const m = em.create(Identiteitsmelding, {
        leerling: em.getReference(Leerling, leerling.id), veld: veld as Veld, toelichting: tekst, doorSleutel: toegang.sleutelId, doorRol: toegang.rol,
        doorBrin: toegang.brin ?? null, doorGemeente: toegang.gemeente ?? null, doorNaam: toegang.naam, op: new Date(), status: 'OPEN',
        afgehandeldDoor: null, afgehandeldOp: null, afgehandeldToelichting: null,
      });
      await em.flush();
      schrijfAudit(em, toegang, { operatie: 'meldIdentiteitsfout', leerlingId: leerling.id, onderwerp: 'identiteitsmelding', onderwerpId: m.id, voor: null, na: { veld, status: 'OPEN' } });
      return m;
    });
    ververs(ctx);
    return uitvoer(rij);
  }

  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Query(() => [IdentiteitsmeldingUitvoer], { description: 'The reported identity errors of the leerlingen this leerplichtambtenaar may see, oldest first (optionally only one status).' })
  async identiteitsmeldingen(
    @Arg('status', () => IdentiteitsmeldingStatus, { nullable: true }) status: IdentiteitsmeldingStatus | null,
    @Ctx() ctx: ApiContext,
  ): Promise<IdentiteitsmeldingUitvoer[]> {
    const { em, toegang } = opslag(ctx);
    const rijen = await em.find(Identiteitsmelding, { ...(status ? { status: status as Status } : {}), ...zichtbaarVoor(toegang, 'leerling_id') } as never, { orderBy: { op: 'asc', id: 'asc' }, limit: 10_000 });
    return rijen.map(uitvoer);
  }

  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Mutation(() => IdentiteitsmeldingUitvoer, { description: 'Resolves an OPEN identity report of a leerling of this gemeente: OPGELOST or AFGEWEZEN, with a toelichting. Correcting the identity itself is wijzigLeerling (geboortedatum, bsn) or verhuisLeerling (gemeente).' })
  async behandelIdentiteitsmelding(
    @Arg('id', () => ID) id: string,
    @Arg('besluit', () => IdentiteitsBesluit) besluit: IdentiteitsBesluit,
    @Arg('toelichting') toelichting: string,
    @Ctx() ctx: ApiContext,
  ): Promise<IdentiteitsmeldingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const tekst = controleerToelichting('toelichting', toelichting);
    const rij = await orm.em.fork().transactional(async (em) => {
      // one query with the visibility in it: a foreign report and an unknown id look alike
      const m = isUuid(id) ? await em.findOne(Identiteitsmelding, { id: id.toLowerCase(), ...zichtbaarVoor(toegang, 'leerling_id') } as never, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!m) throw verboden('id', `identiteitsmelding ${id} does not exist or is not accessible with this key`);
      if (m.status !== 'OPEN') throw invoerFout('id', `identiteitsmelding ${id} was already resolved (${m.status})`);
      schrijfAudit(em, toegang, { operatie: 'behandelIdentiteitsmelding', leerlingId: m.leerling.id, onderwerp: 'identiteitsmelding', onderwerpId: m.id, voor: { status: m.status }, na: { status: besluit } });
      Object.assign(m, { status: besluit as Status, afgehandeldDoor: toegang.naam, afgehandeldOp: new Date(), afgehandeldToelichting: tekst });
      return m;
    });
    ververs(ctx);
    return uitvoer(rij);
  }
}
