// exportMeldingen: the recorded meldingen of one BRIN and period as a file for the DUO
// verzuimloket (CSV or JSON, meldingexport-bestand.ts), each marked as exported once.
import { Arg, Authorized, Ctx, Field, Float, ID, Int, Mutation, ObjectType, registerEnumType, Resolver, UseMiddleware } from 'type-graphql';
import { brinHoortBij } from '../../toegang/eigenaarschap';
import { exporteerMeldingen, TeVeelMeldingen, type ExportRij } from '../../store/meldingexport';
import type { ApiContext } from '../context';
import { Meldingsoort } from '../enums';
import { invoerFout } from '../fouten';
import { datum } from '../omzetten';
import { DateTime, LocalDate } from '../scalars';
import { meldingenCsv, meldingenJson, SOORT_VERZUIM } from './meldingexport-bestand';
import { opslag, ververs } from './opslag';
import { OPSLAG_ROLLEN, verboden } from './rechten';
import { controleerBrin } from './validatie';
import { Verdwenen } from './verdwenen';

export enum MeldingExportformaat { CSV = 'CSV', JSON = 'JSON' }
registerEnumType(MeldingExportformaat, {
  name: 'MeldingExportformaat',
  description: 'Bestandsvorm van exportMeldingen. — File format of exportMeldingen.',
  valuesConfig: {
    CSV: { description: 'CSV (RFC 4180): komma, CRLF, een kopregel met de kolomnamen, UTF-8; tekst die met = + - @ begint krijgt een apostrof ervoor. — CSV with a header line.' },
    JSON: { description: 'JSON: { versie, brin, van, tot, geexporteerdOp, aantal, meldingen: [ … ] } met dezelfde sleutels als de CSV-kolommen. — JSON with the same keys as the CSV columns.' },
  },
});

@ObjectType({ description: 'Eén melding in een export: de velden die het DUO-verzuimloket vraagt (geen officieel DUO-bestandsformaat). — One melding in an export.' })
export class MeldingExportregel {
  @Field(() => ID, { description: 'Id van de melding. — Id of the melding.' }) meldingId!: string;
  @Field(() => ID, { description: 'Pseudonieme id van de leerling. — Pseudonymous id of the leerling.' }) leerlingId!: string;
  @Field(() => String, { nullable: true, description: 'BSN van de leerling: alleen voor een LEERPLICHTAMBTENAAR-sleutel (zoals Leerling.bsn), anders null; null ook als er geen is opgeslagen. — BSN, for a LEERPLICHTAMBTENAAR key only.' }) bsn!: string | null;
  @Field(() => String, { nullable: true, description: 'Het leerlingnummer van de school (BRIN of vestiging) bij deze leerling; null: onbekend. — The school\'s leerlingnummer.' }) leerlingnummer!: string | null;
  @Field({ description: 'BRIN van de school (4 tekens). — BRIN of the school.' }) brin!: string;
  @Field(() => String, { nullable: true, description: 'Vestigingsnummer (2 cijfers) als de inschrijving een vestiging noemt; anders null. — Vestiging number.' }) vestiging!: string | null;
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort!: Meldingsoort;
  @Field({ description: 'De soort verzuim in de woorden van het verzuimloket. — The kind of verzuim as the verzuimloket words it.' }) soortVerzuim!: string;
  @Field(() => LocalDate, { description: 'Begin van de verzuimperiode. — Start of the period.' }) begindatum!: string;
  @Field(() => LocalDate, { description: 'Einde van de verzuimperiode (de dag waarop de grens bereikt werd). — End of the period.' }) einddatum!: string;
  @Field(() => Float, { description: 'Ongeoorloofd verzuimde uren in de periode. — Unexcused hours.' }) uren!: number;
  @Field({ description: 'De melding was verplicht (false: de school mocht melden). — Mandatory.' }) verplicht!: boolean;
  @Field(() => String, { nullable: true, description: 'Toelichting van de school (registreerMelding); null: geen. — The school\'s remark.' }) toelichting!: string | null;
  @Field(() => DateTime, { nullable: true, description: 'Bij een herhaling (ookEerderGeexporteerd): wanneer de melding de eerste keer geëxporteerd werd; null: nu de eerste keer. — When first exported, on a repeat.' }) eerderGeexporteerdOp!: string | null;
}

@ObjectType({ description: 'Een export van meldingen voor het DUO-verzuimloket: het bestand en dezelfde regels getypeerd. — An export of meldingen.' })
export class MeldingenExport {
  @Field(() => MeldingExportformaat, { description: 'De bestandsvorm. — The format.' }) formaat!: MeldingExportformaat;
  @Field({ description: 'Mediatype van inhoud (text/csv of application/json, UTF-8). — Media type of inhoud.' }) mediatype!: string;
  @Field({ description: 'Voorgestelde bestandsnaam. — Suggested file name.' }) bestandsnaam!: string;
  @Field({ description: 'Het bestand zelf (README "Meldingen naar DUO" beschrijft de kolommen). — The file.' }) inhoud!: string;
  @Field(() => Int, { description: 'Aantal meldingen in het bestand. — Number of meldingen.' }) aantal!: number;
  @Field(() => Int, { description: 'Waarvan niet eerder geëxporteerd; gemarkeerd worden alleen de meldingen die deze sleutel zelf vastlegde (de school die meldt), de andere blijven voor hun eigenaar. — Of which not exported before; only those this key recorded are marked.' }) nieuw!: number;
  @Field(() => DateTime, { description: 'Tijdstip van deze export (de markering van de nieuwe meldingen). — When.' }) geexporteerdOp!: string;
  @Field(() => [MeldingExportregel], { description: 'De regels van het bestand, in dezelfde volgorde (op einddatum, dan id). — The rows.' }) regels!: MeldingExportregel[];
}

const regelVan = (r: ExportRij): MeldingExportregel => Object.assign(new MeldingExportregel(), {
  meldingId: r.melding.id, leerlingId: r.melding.leerling.id, bsn: r.bsn, leerlingnummer: r.leerlingnummer, brin: r.brin, vestiging: r.vestiging,
  soort: r.melding.soort as Meldingsoort, soortVerzuim: SOORT_VERZUIM[r.melding.soort] ?? r.melding.soort, begindatum: r.melding.begindatum, einddatum: r.melding.einddatum,
  uren: r.melding.uren, verplicht: r.melding.verplicht, toelichting: r.melding.toelichting, eerderGeexporteerdOp: r.eerderGeexporteerdOp?.toISOString() ?? null,
});

@Resolver()
@UseMiddleware(Verdwenen)
export class MeldingExportResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => MeldingenExport, { description: 'De vastgelegde meldingen van één BRIN (een SCHOOL-sleutel: een BRIN die zij dekt) met einddatum van van tot en met tot, van leerlingen die deze sleutel mag zien, als bestand met de velden die het DUO-verzuimloket vraagt (README "Meldingen naar DUO"). Elke melding wordt de eerste keer gemarkeerd als geëxporteerd (tijdstip en sleutel, in de audit trail) door de sleutel die haar vastlegde — de export van een andere sleutel laat haar ongemarkeerd; een volgende export laat haar weg, tenzij ookEerderGeexporteerd. INGETROKKEN meldingen nooit. Het BSN alleen voor een LEERPLICHTAMBTENAAR. — The recorded meldingen of one BRIN as a file for the DUO verzuimloket, each marked exported once.' })
  async exportMeldingen(
    @Arg('brin', { description: 'BRIN (of vestiging) van de school. — BRIN of the school.' }) brin: string,
    @Arg('van', () => LocalDate, { description: 'Eerste einddatum (inclusief). — First einddatum.' }) van: string,
    @Arg('tot', () => LocalDate, { description: 'Laatste einddatum (inclusief). — Last einddatum.' }) tot: string,
    @Arg('formaat', () => MeldingExportformaat, { description: 'CSV of JSON. — CSV or JSON.' }) formaat: MeldingExportformaat,
    @Arg('ookEerderGeexporteerd', { nullable: true, defaultValue: false, description: 'Ook meldingen die al eerder geëxporteerd werden (hun eerste markering blijft). — Also those exported before.' }) ookEerderGeexporteerd: boolean,
    @Ctx() ctx: ApiContext,
  ): Promise<MeldingenExport> {
    const { orm, toegang } = opslag(ctx);
    controleerBrin('brin', brin);
    if (toegang.rol === 'SCHOOL' && !brinHoortBij(toegang.brin, brin)) throw verboden('brin', `this key is for BRIN ${toegang.brin}`);
    datum('van', van);
    datum('tot', tot);
    if (tot < van) throw invoerFout('tot', `${tot} lies before van ${van}`);
    const nu = new Date();
    let rijen: ExportRij[];
    try {
      rijen = await exporteerMeldingen(orm, toegang, { brin, van, tot, ookEerderGeexporteerd: ookEerderGeexporteerd ?? false, metBsn: toegang.rol === 'LEERPLICHTAMBTENAAR' }, nu);
    } catch (e) {
      if (e instanceof TeVeelMeldingen) throw invoerFout('tot', e.message);
      throw e;
    }
    ververs(ctx);
    const op = nu.toISOString();
    const csv = formaat === MeldingExportformaat.CSV;
    return Object.assign(new MeldingenExport(), {
      formaat, mediatype: csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      bestandsnaam: `meldingen-${brin}-${van}-${tot}.${csv ? 'csv' : 'json'}`,
      inhoud: csv ? meldingenCsv(rijen) : meldingenJson({ brin, van, tot, geexporteerdOp: op }, rijen),
      aantal: rijen.length, nieuw: rijen.filter((r) => r.eerderGeexporteerdOp === null).length, geexporteerdOp: op, regels: rijen.map(regelVan),
    });
  }
}
