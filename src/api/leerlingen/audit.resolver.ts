// Reading the audit trail: every mutation writes audit rows (src/store/audit.ts) in the same
// transaction as its change; the leerplichtambtenaar of the leerling's gemeente reads them.
// There is no mutation that changes or removes an audit row, and the database refuses it too.
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { leesAudit } from '../../store/audit';
import { zichtbareLeerlingMetId } from '../../store/zichtbaarheid';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { DateTime, GraphQLJSON } from '../scalars';
import { isUuid, opslag } from './opslag';
import { onbekendOfVerboden } from './rechten';

@ObjectType({ description: 'Eén gewijzigd veld in een auditregel: de waarde ervoor en erna (null: niet aanwezig). Van een BSN is alleen te zien dat het veranderde ("•••"). — One changed field of an audit row.' })
export class AuditVeld {
  @Field({ description: 'Naam van het veld. — Field name.' }) veld!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Waarde vóór de wijziging (JSON); null: niet aanwezig. — Value before.' }) voor!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Waarde na de wijziging (JSON); null: niet meer aanwezig. — Value after.' }) na!: unknown;
}

@ObjectType({ description: 'Eén regel van de audit trail (alleen toevoegen): wie wat aan een leerling veranderde, en wanneer. — One row of the audit trail.' })
export class Auditregel {
  @Field(() => ID, { description: 'Volgnummer van de regel. — Row id.' }) id!: string;
  @Field(() => DateTime, { description: 'Tijdstip van de wijziging. — When.' }) tijdstip!: string;
  @Field({ description: 'Vaste id van de sleutel (begin van de sha256). — The key\'s stable id.' }) sleutelId!: string;
  @Field({ description: 'Rol van de sleutel (SCHOOL, LEERPLICHTAMBTENAAR, RMC). — The key\'s role.' }) rol!: string;
  @Field({ description: 'Naam van de sleutel. — The key\'s name.' }) naam!: string;
  @Field(() => String, { nullable: true, description: 'BRIN van een SCHOOL-sleutel; anders null. — BRIN of a SCHOOL key.' }) brin!: string | null;
  @Field(() => String, { nullable: true, description: 'Gemeente (CBS-code) van een LEERPLICHTAMBTENAAR-sleutel; anders null. — Gemeente of the key.' }) gemeente!: string | null;
  @Field({ description: 'De mutatie, bijv. "wijzigLeerling". — The mutation.' }) operatie!: string;
  @Field(() => ID, { nullable: true, description: 'Id van de leerling; null als de wijziging niet over één leerling gaat. — The leerling\'s id.' }) leerlingId!: string | null;
  @Field({ description: 'Waarover de wijziging ging: leerling, inschrijving, verzuimregistratie, verzuimImport, melding, beslissing, identiteitsmelding, … — What the change was about.' }) onderwerp!: string;
  @Field(() => ID, { nullable: true, description: 'Id van dat onderwerp; null: geen. — Id of that subject.' }) onderwerpId!: string | null;
  @Field(() => [AuditVeld], { description: 'De gewijzigde velden. — The changed fields.' }) velden!: AuditVeld[];
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
  @Query(() => [Auditregel], { description: 'De audit trail van één leerling, de oudste eerst, eventueel van van tot en met tot (een datum betekent die hele dag, UTC). Alleen voor de LEERPLICHTAMBTENAAR van de gemeente van de leerling (ook na verwijderLeerling, voor de gemeente die verwijderde); elke andere sleutel krijgt FORBIDDEN, hetzelfde antwoord als voor een id die niet bestaat. — The audit trail of one leerling, oldest first.' })
  async auditlog(
    @Arg('leerlingId', () => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId: string,
    @Arg('van', () => String, { nullable: true, description: 'Vanaf deze datum (vanaf het begin, UTC) of dit tijdstip (ISO 8601). — From this date or date-time.' }) van: string | null,
    @Arg('tot', () => String, { nullable: true, description: 'Tot en met deze datum (tot het einde, UTC) of dit tijdstip (ISO 8601). — Up to and including this date or date-time.' }) tot: string | null,
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
