import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { bronUitvoer } from '../engine/uitleg';
import { formatDatum, vandaag } from '../time/dag';
import type { ApiContext } from './context';
import { Beslisser, Onderwerp, Taal } from './enums';
import { evalueer } from '../engine/evaluatie';
import { verlofbesluit } from '../engine/verlof';
import { vrijstellingsbesluit } from '../engine/vrijstelling';
import type { Situatie } from '../facts/situatie';
import { metKalender } from './beoordeling.resolver';
import { ParametersInput, SituatieInput, VerlofaanvraagInput, VrijstellingsberoepInput } from './invoer';
import { datum, verlofaanvraag, vrijstellingsberoep } from './omzetten';
import { LocalDate } from './scalars';
import { Regel, RegelsetInfo, Verlofbesluit, Vrijstellingsbesluit } from './uitvoer';
import { controleerWetsdatum, maakVraag } from './vraag';
import { iso } from './met-uitleg';

/** A request (leave, vrijstelling) is judged against the situatie on its own day: peildatum = wetsdatum = that day. */
function verzoek(ctx: ApiContext, situatie: SituatieInput, parameters: ParametersInput | null, dag: string, veld: string, extra: Partial<Situatie>) {
  const vraag = maakVraag(ctx.regelset, situatie, dag, null, parameters, 'situatie', veld);
  return evalueer(ctx.regelset, { ...vraag, situatie: { ...vraag.situatie, ...extra } });
}

@Resolver()
export class RegelsResolver {
  @Query(() => [Regel], { description: 'De regels die gelden op een datum (standaard vandaag, de Nederlandse kalenderdag), met hun bronnen. — The rules in force on a date (default: today in Europe/Amsterdam), with their citations.' })
  regels(@Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'De dag waarop de regels gelden; standaard vandaag (Europe/Amsterdam). — The day; default today.' }) wetsdatum: string | null, @Ctx() ctx: ApiContext): Regel[] {
    const d = wetsdatum == null ? vandaag() : datum('wetsdatum', wetsdatum);
    controleerWetsdatum(ctx.regelset, d);
    return ctx.regelset.inWerking(d).regels.map((r) => ({
      id: r.id, onderwerp: r.onderwerp as Onderwerp, uitkomst: r.type, prioriteit: r.priority,
      bron: bronUitvoer(r.bron, d), geldigVanaf: formatDatum(r.vanaf), geldigTot: r.tot === null ? null : formatDatum(r.tot),
      uitlegNl: r.uitleg.nl, uitlegEn: r.uitleg.en, bestand: r.bestand, regelsetHash: ctx.regelset.hash,
    }));
  }

  @Query(() => RegelsetInfo, { nullable: true, description: 'De geladen regelset zoals bij de start in de database vastgelegd; null als die niet vastgelegd is. — The loaded rule set as registered at start-up.' })
  regelset(@Ctx() ctx: ApiContext): RegelsetInfo | null {
    return ctx.regelsetInfo;
  }

  @Query(() => Verlofbesluit, { description: 'Mag de directeur (of de leerplichtambtenaar) dit verlof toestaan, en wie beslist? Beoordeeld naar de wet op de eerste verlofdag (art 11, 11a, 12, 13, 13a, 14). — May the head (or the leerplichtambtenaar) grant this leave request?' })
  verlofaanvraag(
    @Arg('situatie', () => SituatieInput, { description: 'De feiten over de jongere. — Facts about the jongere.' }) situatie: SituatieInput,
    @Arg('aanvraag', () => VerlofaanvraagInput, { description: 'De aanvraag of melding. — The request.' }) aanvraag: VerlofaanvraagInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Verlofbesluit {
    // judged by the law as it stands on the first day of the leave
    const f = verzoek(ctx, situatie, parameters, aanvraag.vanaf, 'aanvraag.vanaf', { aanvraag: verlofaanvraag(aanvraag) });
    const v = metKalender(() => verlofbesluit(f, taal));
    return { toelaatbaar: v.toelaatbaar, beslisser: v.beslisser as Beslisser, maxDagen: v.maxDagen, maxUren: v.maxUren, redenen: v.redenen };
  }

  @Query(() => Vrijstellingsbesluit, { description: 'Is dit beroep op vrijstelling geldig en tijdig? Beoordeeld naar de wet op de dag van de kennisgeving (art 5 a/b/c, 5a, 6–10, 15). — Is this beroep op vrijstelling valid and timely?' })
  vrijstellingsberoep(
    @Arg('situatie', () => SituatieInput, { description: 'De feiten over de jongere. — Facts about the jongere.' }) situatie: SituatieInput,
    @Arg('beroep', () => VrijstellingsberoepInput, { description: 'Het beroep op vrijstelling. — The beroep.' }) beroep: VrijstellingsberoepInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Vrijstellingsbesluit {
    // judged by the law as it stands on the day of the kennisgeving
    const f = verzoek(ctx, situatie, parameters, beroep.kennisgevingOp, 'beroep.kennisgevingOp', { beroep: vrijstellingsberoep(beroep) });
    const v = metKalender(() => vrijstellingsbesluit(f, taal));
        return { geldig: v.geldig, tijdig: v.tijdig, uiterlijkeKennisgeving: iso(v.uiterlijkeKennisgeving), verlengingUiterlijk: iso(v.verlengingUiterlijk), beslisser: v.beslisser as Beslisser, redenen: v.redenen };
  }
}
