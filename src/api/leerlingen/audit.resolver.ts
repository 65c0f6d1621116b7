// Reading the audit trail: every mutation writes audit rows (src/store/audit.ts) in the same
// transaction as its change; the leerplichtambtenaar of the leerling's gemeente reads them.
// There is no mutation that changes or removes an audit row, and the database refuses it too.
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { leesAudit } from '../../store/audit';
import { zichtbareLeerlingMetId } from '../../store/zichtbaarheid';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { isUuid, opslag } from './opslag';
import { onbekendOfVerboden } from './rechten';

@ObjectType({ description: 'One changed field of an audit row: its value before and after (null: not there). A BSN shows only whether it changed ("•••").' })
export class AuditVeld {
  @Field() veld!: string;
  @Field(() => GraphQLJSON, { nullable: true }) voor!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) na!: unknown;
}

@ObjectType({ description: 'One row of the audit trail (append-only): who changed what about a leerling, when.' })
export class Auditregel {
  @Field(() => ID) id!: string;
  @Field({ description: 'ISO timestamp.' }) tijdstip!: string;
  @Field({ description: 'The key\'s stable id (sha256 prefix).' }) sleutelId!: string;
  @Field() rol!: string;
  @Field() naam!: string;
  @Field(() => String, { nullable: true }) brin!: string | null;
  @Field(() => String, { nullable: true }) gemeente!: string | null;
  @Field({ description: 'The mutation, e.g. "wijzigLeerling".' }) operatie!: string;
  @Field(() => ID, { nullable: true }) leerlingId!: string | null;
  @Field({ description: 'What the change was about: leerling, inschrijving, verzuimregistratie, verzuimImport, melding, beslissing, identiteitsmelding, …' }) onderwerp!: string;
  @Field(() => ID, { nullable: true }) onderwerpId!: string | null;
  @Field(() => [AuditVeld]) velden!: AuditVeld[];
}

/** An ISO date (a whole day: from its start, up to its end, UTC) or date-time. */
function moment(veld: string, w: string | null, einde: boolean): Date | null {
  if (w == null) return null;
  const dag = /^\d{4}-\d{2}-\d{2}$/.test(w);
  const d = new Date(dag ? `${w}T${einde ? '23:59:59.999' : '00:00:00.000'}Z` : w);
  if (!/^\d{4}-\d{2}-\d{2}/.test(w) || Number.isNaN(d.getTime())) throw invoerFout(veld, 'not an ISO date or date-time (e.g. "2026-01-31" or "2026-01-31T12:00:00Z")');
  return d;
}

@Resolver()
export class AuditResolver {
  @Authorized(['SCHOOL', 'LEERPLICHTAMBTENAAR', 'RMC'])
  @Query(() => [Auditregel], { description: 'The audit trail of one leerling, oldest first, optionally from van to tot (inclusive; an ISO date means that whole day, UTC). Only for the LEERPLICHTAMBTENAAR of the leerling\'s gemeente (also after verwijderLeerling, for the gemeente that removed it); any other key gets FORBIDDEN, the same answer as for an id that does not exist.' })
  async auditlog(
    @Arg('leerlingId', () => ID) leerlingId: string,
    @Arg('van', () => String, { nullable: true }) van: string | null,
    @Arg('tot', () => String, { nullable: true }) tot: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Auditregel[]> {
    const { em, toegang } = opslag(ctx);
    const id = leerlingId.toLowerCase();
    const vanaf = moment('van', van, false);
    const totEnMet = moment('tot', tot, true);
    let mag = false;
    if (toegang.rol === 'LEERPLICHTAMBTENAAR' && isUuid(id)) {
      mag = (await zichtbareLeerlingMetId(em, toegang, id)) !== null;
      // a removed leerling (AVG): its trail stays readable for the gemeente that removed it
      if (!mag) {
        const r = await em.getConnection().execute<{ n: number }[]>(
          `select count(*)::int as n from audit a where a.leerling_id = ? and a.operatie = 'verwijderLeerling' and a.gemeente = ? and not exists (select 1 from leerling l where l.id = a.leerling_id)`, [id, toegang.gemeente]);
        mag = (r[0]?.n ?? 0) > 0;
      }
    }
    if (!mag) throw onbekendOfVerboden('leerlingId', leerlingId);
    const rijen = await leesAudit(em, id, vanaf, totEnMet);
    return rijen.map((r) => Object.assign(new Auditregel(), {
      id: String(r.id), tijdstip: r.tijdstip.toISOString(), sleutelId: r.sleutelId, rol: r.rol, naam: r.naam, brin: r.brin, gemeente: r.gemeente,
      operatie: r.operatie, leerlingId: r.leerlingId, onderwerp: r.onderwerp, onderwerpId: r.onderwerpId,
      velden: Object.entries(r.velden).map(([veld, w]) => ({ veld, voor: w.voor ?? null, na: w.na ?? null })),
    }));
  }
}
