// The identity of a leerling (geboortedatum, BSN, woongemeente) is the leerplichtambtenaar's: a
// SCHOOL key never changes it, but may report a suspected error; the leerplichtambtenaar of the
// leerling's gemeente lists and resolves those reports (correcting the identity itself stays
// wijzigLeerling, or verhuisLeerling for the woongemeente).
import { LockMode } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, registerEnumType, Resolver, UseMiddleware } from 'type-graphql';
import { schrijfAudit } from '../../store/audit';
import { Identiteitsmelding, Leerling } from '../../store/entities/leerlingen';
import type { Identiteitsmeldingstatus as Status, Identiteitsveld as Veld } from '../../store/entities/identiteitsmelding.entity';
import { zichtbaarVoor } from '../../store/zichtbaarheid';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { isUuid, opslag, ververs, wijzigbareLeerling } from './opslag';
import { DateTime } from '../scalars';
import { bestaatNiet, OPSLAG_ROLLEN } from './rechten';
import { Verdwenen } from './verdwenen';

export enum Identiteitsveld { GEBOORTEDATUM = 'GEBOORTEDATUM', BSN = 'BSN', GEMEENTE = 'GEMEENTE' }
export enum IdentiteitsmeldingStatus { OPEN = 'OPEN', OPGELOST = 'OPGELOST', AFGEWEZEN = 'AFGEWEZEN' }
export enum IdentiteitsBesluit { OPGELOST = 'OPGELOST', AFGEWEZEN = 'AFGEWEZEN' }
registerEnumType(Identiteitsveld, {
  name: 'Identiteitsveld',
  description: 'Een identiteitsveld van een leerling (dat van de leerplichtambtenaar is). — An identity field of a leerling.',
  valuesConfig: {
    GEBOORTEDATUM: { description: 'De geboortedatum. — The date of birth.' },
    BSN: { description: 'Het burgerservicenummer. — The citizen service number.' },
    GEMEENTE: { description: 'De woongemeente. — The municipality of residence.' },
  },
});
registerEnumType(IdentiteitsmeldingStatus, {
  name: 'IdentiteitsmeldingStatus',
  description: 'Status van een identiteitsmelding. — Status of an identity report.',
  valuesConfig: {
    OPEN: { description: 'Gemeld, nog niet afgehandeld. — Reported, not yet resolved.' },
    OPGELOST: { description: 'Verbeterd of juist bevonden. — Corrected or found right.' },
    AFGEWEZEN: { description: 'Geen fout. — Not an error.' },
  },
});
registerEnumType(IdentiteitsBesluit, {
  name: 'IdentiteitsBesluit',
  description: 'Besluit over een identiteitsmelding. — Decision on an identity report.',
  valuesConfig: {
    OPGELOST: { description: 'Verbeterd (met wijzigLeerling of verhuisLeerling) of juist bevonden. — Corrected or found right.' },
    AFGEWEZEN: { description: 'Geen fout. — Not an error.' },
  },
});

@ObjectType({ description: 'Een vermoede fout in de identiteit van een leerling, gemeld door een sleutel die die niet mag wijzigen. — A suspected error in a leerling\'s identity.' })
export class IdentiteitsmeldingUitvoer {
  @Field(() => ID, { description: 'Id van de melding. — Id.' }) id!: string;
  @Field(() => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId!: string;
  @Field(() => Identiteitsveld, { description: 'Het veld dat fout zou zijn. — The field reported.' }) veld!: Identiteitsveld;
  @Field({ description: 'Toelichting van de melder. — The reporter\'s remark.' }) toelichting!: string;
  @Field(() => IdentiteitsmeldingStatus, { description: 'Status van de melding. — Status.' }) status!: IdentiteitsmeldingStatus;
  @Field(() => DateTime, { description: 'Tijdstip van de melding. — When reported.' }) op!: string;
  @Field({ description: 'Rol van de meldende sleutel. — The reporting key\'s rol.' }) doorRol!: string;
  @Field(() => String, { nullable: true, description: 'BRIN van de meldende sleutel; null: geen school. — The reporting key\'s BRIN.' }) doorBrin!: string | null;
  @Field(() => String, { nullable: true, description: 'Gemeente van de meldende sleutel; null: geen. — The reporting key\'s gemeente.' }) doorGemeente!: string | null;
  @Field({ description: 'Naam van de meldende sleutel. — The reporting key\'s naam.' }) doorNaam!: string;
  @Field(() => String, { nullable: true, description: 'Naam van de sleutel die de melding afhandelde; null: nog open. — Who resolved it.' }) afgehandeldDoor!: string | null;
  @Field(() => DateTime, { nullable: true, description: 'Tijdstip van afhandeling; null: nog open. — When resolved.' }) afgehandeldOp!: string | null;
  @Field(() => String, { nullable: true, description: 'Toelichting bij de afhandeling; null: nog open. — Remark on resolving.' }) afgehandeldToelichting!: string | null;
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
@UseMiddleware(Verdwenen)
export class IdentiteitResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => IdentiteitsmeldingUitvoer, { description: 'Meldt een vermoede fout in de identiteit van een leerling (geboortedatum, BSN, woongemeente), die een SCHOOL-sleutel niet mag wijzigen; de leerplichtambtenaar van de gemeente van de leerling handelt die af (behandelIdentiteitsmelding). De toelichting blijft bij de melding en komt niet in de audit trail. — Reports a suspected identity error.' })
  async meldIdentiteitsfout(
    @Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId: string,
    @Arg('veld', () => Identiteitsveld, { description: 'Het veld dat fout lijkt. — The field that seems wrong.' }) veld: Identiteitsveld,
    @Arg('toelichting', { description: 'Wat er fout lijkt (niet leeg). — What seems wrong (not empty).' }) toelichting: string,
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
  @Query(() => [IdentiteitsmeldingUitvoer], { description: 'De gemelde identiteitsfouten van de leerlingen die deze leerplichtambtenaar mag zien, de oudste eerst (eventueel alleen één status). — The reported identity errors, oldest first.' })
  async identiteitsmeldingen(
    @Arg('status', () => IdentiteitsmeldingStatus, { nullable: true, description: 'Alleen meldingen met deze status. — Only this status.' }) status: IdentiteitsmeldingStatus | null,
    @Ctx() ctx: ApiContext,
  ): Promise<IdentiteitsmeldingUitvoer[]> {
    const { em, toegang } = opslag(ctx);
    const rijen = await em.find(Identiteitsmelding, { ...(status ? { status: status as Status } : {}), ...zichtbaarVoor(toegang, 'leerling_id') } as never, { orderBy: { op: 'asc', id: 'asc' }, limit: 10_000 });
    return rijen.map(uitvoer);
  }

  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Mutation(() => IdentiteitsmeldingUitvoer, { description: 'Handelt een OPEN identiteitsmelding van een leerling van deze gemeente af: OPGELOST of AFGEWEZEN, met een toelichting. De identiteit zelf verbeteren gaat met wijzigLeerling (geboortedatum, bsn) of verhuisLeerling (gemeente). — Resolves an OPEN identity report.' })
  async behandelIdentiteitsmelding(
    @Arg('id', () => ID, { description: 'Id van de identiteitsmelding. — Id of the report.' }) id: string,
    @Arg('besluit', () => IdentiteitsBesluit, { description: 'OPGELOST of AFGEWEZEN. — The decision.' }) besluit: IdentiteitsBesluit,
    @Arg('toelichting', { description: 'Toelichting bij het besluit (niet leeg). — Remark (not empty).' }) toelichting: string,
    @Ctx() ctx: ApiContext,
  ): Promise<IdentiteitsmeldingUitvoer> {
    const { orm, toegang } = opslag(ctx);
    const tekst = controleerToelichting('toelichting', toelichting);
    const rij = await orm.em.fork().transactional(async (em) => {
      // one query with the visibility in it: a foreign report and an unknown id look alike
      const m = isUuid(id) ? await em.findOne(Identiteitsmelding, { id: id.toLowerCase(), ...zichtbaarVoor(toegang, 'leerling_id') } as never, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!m) throw bestaatNiet('id', 'identiteitsmelding', id);
      if (m.status !== 'OPEN') throw invoerFout('id', `identiteitsmelding ${id} was already resolved (${m.status})`);
      schrijfAudit(em, toegang, { operatie: 'behandelIdentiteitsmelding', leerlingId: m.leerling.id, onderwerp: 'identiteitsmelding', onderwerpId: m.id, voor: { status: m.status }, na: { status: besluit } });
      Object.assign(m, { status: besluit as Status, afgehandeldDoor: toegang.naam, afgehandeldOp: new Date(), afgehandeldToelichting: tekst });
      return m;
    });
    ververs(ctx);
    return uitvoer(rij);
  }
}
