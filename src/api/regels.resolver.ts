import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { bronUitvoer } from '../engine/uitleg';
import { formatDatum } from '../time/dag';
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

/** A request (leave, vrijstelling) is judged against the situatie on its own day: peildatum = wetsdatum = that day. */
function verzoek(ctx: ApiContext, situatie: SituatieInput, parameters: ParametersInput | null, dag: string, veld: string, extra: Partial<Situatie>) {
  const vraag = maakVraag(ctx.regelset, situatie, dag, null, parameters, 'situatie', veld);
  return evalueer(ctx.regelset, { ...vraag, situatie: { ...vraag.situatie, ...extra } });
}

@Resolver()
export class RegelsResolver {
  @Query(() => [Regel], { description: 'The rules in force on a date (default: today), with their citations.' })
  regels(@Arg('wetsdatum', () => LocalDate, { nullable: true }) wetsdatum: string | null, @Ctx() ctx: ApiContext): Regel[] {
    const d = wetsdatum == null ? Math.floor(Date.now() / 86_400_000) : datum('wetsdatum', wetsdatum);
    controleerWetsdatum(ctx.regelset, d);
    return ctx.regelset.inWerking(d).regels.map((r) => ({
      id: r.id, onderwerp: r.onderwerp as Onderwerp, uitkomst: r.type, prioriteit: r.priority,
      bron: bronUitvoer(r.bron, d), geldigVanaf: formatDatum(r.vanaf), geldigTot: r.tot === null ? null : formatDatum(r.tot),
      uitlegNl: r.uitleg.nl, uitlegEn: r.uitleg.en, bestand: r.bestand, regelsetHash: ctx.regelset.hash,
    }));
  }

  @Query(() => RegelsetInfo, { nullable: true, description: 'The loaded rule set as registered in the database at start-up.' })
  regelset(@Ctx() ctx: ApiContext): RegelsetInfo | null {
    return ctx.regelsetInfo;
  }

  @Query(() => Verlofbesluit, { description: 'May the school head (or the leerplichtambtenaar) grant this leave request? (art 11, 11a, 13, 13a, 14)' })
  verlofaanvraag(
    @Arg('situatie', () => SituatieInput) situatie: SituatieInput,
    @Arg('aanvraag', () => VerlofaanvraagInput) aanvraag: VerlofaanvraagInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Verlofbesluit {
    // judged by the law as it stands on the first day of the leave
    const f = verzoek(ctx, situatie, parameters, aanvraag.vanaf, 'aanvraag.vanaf', { aanvraag: verlofaanvraag(aanvraag) });
    const v = metKalender(() => verlofbesluit(f, taal));
    return { toelaatbaar: v.toelaatbaar, beslisser: v.beslisser as Beslisser, maxDagen: v.maxDagen, maxUren: v.maxUren, redenen: v.redenen };
  }

  @Query(() => Vrijstellingsbesluit, { description: 'Is this beroep op vrijstelling valid and timely? (art 5 a/b/c, 5a, 6-10, 15)' })
  vrijstellingsberoep(
    @Arg('situatie', () => SituatieInput) situatie: SituatieInput,
    @Arg('beroep', () => VrijstellingsberoepInput) beroep: VrijstellingsberoepInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Vrijstellingsbesluit {
    // judged by the law as it stands on the day of the kennisgeving
    const f = verzoek(ctx, situatie, parameters, beroep.kennisgevingOp, 'beroep.kennisgevingOp', { beroep: vrijstellingsberoep(beroep) });
    const v = metKalender(() => vrijstellingsbesluit(f, taal));
    const iso = (d: number | null) => (d === null ? null : formatDatum(d));
    return { geldig: v.geldig, tijdig: v.tijdig, uiterlijkeKennisgeving: iso(v.uiterlijkeKennisgeving), verlengingUiterlijk: iso(v.verlengingUiterlijk), beslisser: v.beslisser as Beslisser, redenen: v.redenen };
  }
}
