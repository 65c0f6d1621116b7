// Queries uitschrijving (art 10, 18) and verwijdering (art 18 lid 1): judged on the day of the
// uitschrijving or the besluit, as verlofaanvraag is judged on its first day: peildatum = wetsdatum = that day.
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { evalueer } from '../engine/evaluatie';
import { schoolmeldingen, uitschrijvingsbesluit, type SchoolmeldingUitkomst } from '../engine/schoolbesluit';
import type { Schoolbesluit } from '../facts/catalogus-schoolbesluit';
import type { ApiContext } from './context';
import { Taal } from './enums';
import { invoerFout } from './fouten';
import { iso } from './met-uitleg';
import { ParametersInput, SituatieInput } from './invoer';
import { metKalender } from './met-kalender';
import { datum } from './omzetten';
import {
  MeldingOntvanger, Schoolbesluitsoort, Schoolmelding, Termijnsoort, Uitschrijvingsbesluit, Uitschrijvingsgrond, UitschrijvingInput,
  VerwijderingsbesluitInput, Verwijderingsmelding,
} from './schoolbesluit-typen';
import { maakVraag } from './vraag';

/** The reading of "terstond" in days: a whole number of at most a school year of days. */
function controleerLezingen(parameters: ParametersInput | null): void {
  const n = parameters?.verwijderingMeldtermijnDagen;
  if (n != null && (!Number.isInteger(n) || n < 0 || n > 365)) throw invoerFout('parameters.verwijderingMeldtermijnDagen', `${n} is outside 0–365`);
}

function evalueerBesluit(ctx: ApiContext, situatie: SituatieInput, parameters: ParametersInput | null, dag: string, veld: string, besluit: Omit<Schoolbesluit, 'datum'>) {
  controleerLezingen(parameters);
  const vraag = maakVraag(ctx.regelset, situatie, dag, null, parameters, 'situatie', veld);
  return evalueer(ctx.regelset, { ...vraag, situatie: { ...vraag.situatie, schoolbesluit: { ...besluit, datum: vraag.peildatum } } });
}

const melding = (m: SchoolmeldingUitkomst): Schoolmelding => ({
  wat: m.wat as Schoolbesluitsoort, aan: m.aan as MeldingOntvanger, termijnSoort: m.termijnSoort as Termijnsoort, termijn: m.termijn,
  uiterlijk: iso(m.uiterlijk), parameter: m.parameter, uitleg: m.uitleg,
});

@Resolver()
export class SchoolbesluitResolver {
  @Query(() => Uitschrijvingsbesluit, { description: 'Mag deze school de jongere van de lijst van ingeschreven leerlingen afvoeren (art 10), en wat moet zij melden, aan wie en wanneer (art 18)? Beoordeeld naar de wet, leeftijd en status op de dag van de uitschrijving. — May this school take the jongere off its register, and what must it report?' })
  uitschrijving(
    @Arg('situatie', () => SituatieInput, { description: 'De feiten over de jongere. — Facts about the jongere.' }) situatie: SituatieInput,
    @Arg('verzoek', () => UitschrijvingInput, { description: 'De gevraagde uitschrijving: grond, dag en school. — The removal asked for.' }) verzoek: UitschrijvingInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Uitschrijvingsbesluit {
    datum('verzoek.datum', verzoek.datum);
    const f = evalueerBesluit(ctx, situatie, parameters, verzoek.datum, 'verzoek.datum', {
      soort: 'UITSCHRIJVING', onderwijs: verzoek.school.onderwijs, bekostigd: verzoek.school.bekostigd ?? true,
      grond: verzoek.grond, opAanvraag: verzoek.opAanvraag ?? null, gebleken: verzoek.gebleken ?? null,
    });
    const u = metKalender(() => uitschrijvingsbesluit(f, taal));
    return {
      toegestaan: u.toegestaan, grond: u.grond as Uitschrijvingsgrond | null, meldingen: u.meldingen.map(melding),
      aannames: u.ontbreekt, uitleg: u.uitleg, regelsetHash: ctx.regelset.hash,
    };
  }

  @Query(() => Verwijderingsmelding, { description: 'Wat moet de school melden na een beslissing tot verwijdering van een leerling of student: terstond aan B&W (art 18 lid 1)? Beoordeeld naar de wet op de dag van het besluit. — What must be reported after a decision to expel?' })
  verwijdering(
    @Arg('situatie', () => SituatieInput, { description: 'De feiten over de jongere. — Facts about the jongere.' }) situatie: SituatieInput,
    @Arg('besluit', () => VerwijderingsbesluitInput, { description: 'Het verwijderingsbesluit: dag en school. — The decision.' }) besluit: VerwijderingsbesluitInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Verwijderingsmelding {
    datum('besluit.datum', besluit.datum);
    const f = evalueerBesluit(ctx, situatie, parameters, besluit.datum, 'besluit.datum', {
      soort: 'VERWIJDERING', onderwijs: besluit.school.onderwijs, bekostigd: besluit.school.bekostigd ?? true, grond: null, opAanvraag: null, gebleken: null,
    });
    return { meldingen: metKalender(() => schoolmeldingen(f, taal)).map(melding), regelsetHash: ctx.regelset.hash };
  }
}
