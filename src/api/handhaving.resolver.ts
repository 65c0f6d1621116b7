// Query handhaving: what the law says about a feit (art 22, 26, 27; Halt as policy), judged on the
// feitdatum as verlofaanvraag is judged on its first day: peildatum = wetsdatum = that day.
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { evalueer } from '../engine/evaluatie';
import { handhavingsoordeel } from '../engine/handhaving';
import type { Handhavingsfeit as Feit, Verlof } from '../facts/situatie';
import { formatDatum } from '../time/dag';
import type { ApiContext } from './context';
import { LeerplichtStatus, Taal } from './enums';
import { invoerFout } from './fouten';
import { Handhavingsfeit, HandhavingsfeitInput, Handhavingsoordeel, HandhavingsrouteSoort, Sanctiesoort, type Strafbaarheid, type VerleendVerlofInput } from './handhaving-typen';
import { ParametersInput, SituatieInput } from './invoer';
import { metKalender } from './met-kalender';
import { datum } from './omzetten';
import { maakVraag } from './vraag';
import type { Strafbaarheid as EngineStrafbaarheid } from '../engine/handhaving';

function verleendVerlof(v: VerleendVerlofInput, veld: string): Verlof {
  const vanaf = datum(`${veld}.vanaf`, v.vanaf);
  const tot = datum(`${veld}.tot`, v.tot);
  if (tot < vanaf) throw invoerFout(`${veld}.tot`, `${v.tot} lies before vanaf ${v.vanaf}`);
  if (v.dagen != null && (!Number.isFinite(v.dagen) || v.dagen < 0 || v.dagen > 366)) throw invoerFout(`${veld}.dagen`, `${v.dagen} is outside 0–366`);
  return { soort: v.soort, vanaf, tot, dagen: v.dagen ?? null, uren: null };
}

export function handhavingsfeit(i: HandhavingsfeitInput, veld = 'feit'): Feit {
  const d = datum(`${veld}.datum`, i.datum);
  if (i.soort === Handhavingsfeit.VERLOF_DOOR_HOOFD && i.verleendVerlof == null) throw invoerFout(`${veld}.verleendVerlof`, 'is required when soort is VERLOF_DOOR_HOOFD');
  if (i.soort !== Handhavingsfeit.VERLOF_DOOR_HOOFD && i.verleendVerlof != null) throw invoerFout(`${veld}.verleendVerlof`, 'is only allowed when soort is VERLOF_DOOR_HOOFD');
  return {
    soort: i.soort, datum: d, jongereWeigert: i.jongereWeigert ?? false, oudersEerderVeroordeeld: i.oudersEerderVeroordeeld ?? false,
    verleendVerlof: i.verleendVerlof == null ? null : verleendVerlof(i.verleendVerlof, `${veld}.verleendVerlof`),
  };
}

const strafbaarheid = (s: EngineStrafbaarheid): Strafbaarheid => ({ ...s, sanctie: s.sanctie as Sanctiesoort | null });

@Resolver()
export class HandhavingResolver {
  @Query(() => Handhavingsoordeel, { description: 'Wat zegt de wet over dit feit: welke routes staan open (art 22 lid 1–5, Halt), wie is strafbaar (art 26 lid 1 en 2) en welke sanctie dreigt het hoofd ten hoogste (art 27)? Beoordeeld naar de wet, leeftijd en status op de feitdatum. Een antwoord, geen besluit. — What does the law say about this act: open routes, who is punishable, the ceilings for the head.' })
  handhaving(
    @Arg('situatie', () => SituatieInput, { description: 'De feiten over de jongere. — Facts about the jongere.' }) situatie: SituatieInput,
    @Arg('feit', () => HandhavingsfeitInput, { description: 'Het feit waarover de vraag gaat. — The act asked about.' }) feit: HandhavingsfeitInput,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg en de foutmeldingen (standaard NL). — Language of explanations and errors.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen van onduidelijke punten in de wet; leeg: de standaard uit rules/parameters. — Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Handhavingsoordeel {
    const handhaving = handhavingsfeit(feit);
    const vraag = maakVraag(ctx.regelset, situatie, feit.datum, null, parameters, 'situatie', 'feit.datum');
    const f = evalueer(ctx.regelset, { ...vraag, situatie: { ...vraag.situatie, handhaving } });
    const h = metKalender(() => handhavingsoordeel(f, taal));
    return {
      feitdatum: formatDatum(vraag.peildatum), leeftijd: f.get('leeftijd') as number, status: f.get('status') as LeerplichtStatus,
      routes: h.routes.map((r) => ({ route: r.route as HandhavingsrouteSoort, uitleg: r.uitleg })),
      ouders: strafbaarheid(h.ouders), jongere: strafbaarheid(h.jongere), hoofd: strafbaarheid(h.hoofd),
      haltMogelijk: h.haltMogelijk, regelsetHash: ctx.regelset.hash,
    };
  }
}
