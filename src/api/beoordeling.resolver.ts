// Thin resolvers: translate arguments, ask the engine, translate the answer. No law here.
import { type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { evalueer } from '../engine/evaluatie';
import { tijdlijn } from '../engine/tijdlijn';
import { aansprakelijkheid } from '../engine/aansprakelijkheid';
import { doorstroompunt, kwetsbarePositie, voortijdigSchoolverlater } from '../engine/doelgroepen';
import { parseSchooljaar } from '../time/schooljaar';
import { uitleg as uitlegVan, type UitlegUitvoer } from '../engine/uitleg';
import type { Feiten } from '../facts/feiten';
import { formatDatum } from '../time/dag';
import { KalenderBereikFout } from '../time/kalender';
import type { ApiContext } from './context';
import { Taal } from './enums';
import { invoerFout } from './fouten';
import { controleerSchooljaarBereik } from './omzetten';
import { ParametersInput, SituatieInput } from './invoer';
import { LocalDate } from './scalars';
import { leerplichtVan, startkwalificatieVan, tijdlijnVan, verzuimVan } from './beoordeling-velden';
import { Aansprakelijkheid, Beoordeling, Leerplicht, Oordeel, Startkwalificatie, Tijdvak, Uitleg, Verzuim } from './uitvoer';
import { maakVraag } from './vraag';

/** Largest bulk request (beoordelingen): bounded so one request cannot hold the server for long. */
export const MAX_SITUATIES = 10_000;

/** A school calendar outside the covered years is the caller's input problem, not a crash. */
export function metKalender<T>(werk: () => T): T {
  try {
    return werk();
  } catch (e) {
    if (e instanceof KalenderBereikFout) throw invoerFout('situatie.vakantieregio', e.message);
    throw e;
  }
}

export function geselecteerdeVelden(info: GraphQLResolveInfo): Set<string> {
  const namen = new Set<string>();
  const loop = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === 'Field') namen.add(s.name.value);
      else if (s.kind === 'InlineFragment') loop(s.selectionSet);
      else loop(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const n of info.fieldNodes as FieldNode[]) loop(n.selectionSet);
  return namen;
}

export function maakBeoordeling(ctx: ApiContext, f: Feiten, taal: Taal, geselecteerd: ReadonlySet<string>): Beoordeling {
  const b = new Beoordeling();
  b.peildatum = formatDatum(f.ctx.peildatum);
  b.wetsdatum = formatDatum(f.ctx.wetsdatum);
  b.leeftijd = f.get('leeftijd') as number;
  b.regelsetHash = ctx.regelset.hash;
  b.feiten = f;
  b.taal = taal;
  b.geselecteerd = geselecteerd;
  return b;
}

@Resolver(() => Beoordeling)
export class BeoordelingResolver {
  @Query(() => Beoordeling, { description: 'Everything the law says about one jongere on one day. Fields are computed only when selected.' })
  beoordeling(
    @Arg('situatie', () => SituatieInput) situatie: SituatieInput,
    @Arg('peildatum', () => LocalDate) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true, description: 'Default: peildatum. The law as it stood on that day.' }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Beoordeling {
    const vraag = maakVraag(ctx.regelset, situatie, peildatum, wetsdatum, parameters);
    return metKalender(() => maakBeoordeling(ctx, evalueer(ctx.regelset, vraag), taal, geselecteerdeVelden(info)));
  }

  @Query(() => [Beoordeling], { description: `The same for many jongeren at once (bulk, same peildatum), in input order; at most ${MAX_SITUATIES} situaties per request.` })
  beoordelingen(
    @Arg('situaties', () => [SituatieInput]) situaties: SituatieInput[],
    @Arg('peildatum', () => LocalDate) peildatum: string,
    @Arg('wetsdatum', () => LocalDate, { nullable: true }) wetsdatum: string | null,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Named readings of ambiguous points of law.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Beoordeling[] {
    if (situaties.length > MAX_SITUATIES) throw invoerFout('situaties', `${situaties.length} situaties; at most ${MAX_SITUATIES} per request`);
    const geselecteerd = geselecteerdeVelden(info);
    // every situatie is checked before any is evaluated: one bad record rejects the request, naming it
    const vragen = situaties.map((s, i) => maakVraag(ctx.regelset, s, peildatum, wetsdatum, parameters, `situaties[${i}]`));
    return metKalender(() => vragen.map((v) => maakBeoordeling(ctx, evalueer(ctx.regelset, v), taal, geselecteerd)));
  }

  @FieldResolver(() => Leerplicht)
  leerplicht(@Root() b: Beoordeling): Leerplicht {
    return metKalender(() => leerplichtVan(b));
  }

  @FieldResolver(() => [Tijdvak])
  tijdlijn(@Root() b: Beoordeling): Tijdvak[] {
    return metKalender(() => tijdlijnVan(b));
  }

  @FieldResolver(() => Startkwalificatie)
  startkwalificatie(@Root() b: Beoordeling): Startkwalificatie {
    return startkwalificatieVan(b);
  }

  @FieldResolver(() => Verzuim)
  verzuim(@Root() b: Beoordeling): Verzuim {
    return metKalender(() => verzuimVan(b));
  }

  @FieldResolver(() => Oordeel, { description: 'JiKP, derived from inschrijvingen (herkomst → bestemming).' })
  kwetsbarePositie(@Root() b: Beoordeling): Oordeel {
    return metKalender(() => kwetsbarePositie(b.feiten, b.taal));
  }

  @FieldResolver(() => Oordeel, { description: 'Uses 1 oktober T and 1 oktober T+1 of that schooljaar, whatever the peildatum.' })
  voortijdigSchoolverlater(@Root() b: Beoordeling, @Arg('schooljaar') schooljaar: string): Oordeel {
    const jaar = parseSchooljaar(schooljaar);
    if (jaar === null) throw invoerFout('voortijdigSchoolverlater.schooljaar', `${JSON.stringify(schooljaar)} is not a schooljaar (YYYY/YYYY+1, e.g. "2023/2024")`);
    controleerSchooljaarBereik('voortijdigSchoolverlater.schooljaar', jaar);
    return metKalender(() => voortijdigSchoolverlater(b.feiten, jaar, b.taal));
  }

  @FieldResolver(() => Oordeel, { description: 'RMC doelgroep (< 23; Doorstroompunt < 27 from 2026-01-01).' })
  doorstroompunt(@Root() b: Beoordeling): Oordeel {
    return metKalender(() => doorstroompunt(b.feiten, b.taal));
  }

  @FieldResolver(() => Aansprakelijkheid)
  aansprakelijkheid(@Root() b: Beoordeling): Aansprakelijkheid {
    return metKalender(() => aansprakelijkheid(b.feiten, b.taal));
  }

  @FieldResolver(() => [Uitleg], { description: 'Every rule that decided anything in the selected fields.' })
  uitleg(@Root() b: Beoordeling): UitlegUitvoer[] {
    return metKalender(() => {
      const uit: UitlegUitvoer[] = [];
      const zie = (lijst: UitlegUitvoer[]) => { for (const u of lijst) if (!uit.some((x) => x.regel === u.regel && x.tekst === u.tekst)) uit.push(u); };
      if (b.geselecteerd.has('leerplicht')) zie(leerplichtVan(b).uitleg);
      if (b.geselecteerd.has('tijdlijn')) zie(tijdlijn(b.feiten, b.taal).map((t) => t.grond));
      if (b.geselecteerd.has('startkwalificatie')) zie(startkwalificatieVan(b).uitleg);
      if (b.geselecteerd.has('verzuim')) zie(verzuimVan(b).uitleg);
      if (b.geselecteerd.has('aansprakelijkheid')) zie(aansprakelijkheid(b.feiten, b.taal).uitleg);
      if (b.geselecteerd.has('kwetsbarePositie')) zie(kwetsbarePositie(b.feiten, b.taal).uitleg);
      if (b.geselecteerd.has('doorstroompunt')) zie(doorstroompunt(b.feiten, b.taal).uitleg);
      if (uit.length === 0) {
        // only plain fields selected: explain the status, the core verdict
        const u = uitlegVan(b.feiten.beslis('leerplichtStatus'), b.taal);
        if (u) uit.push(u);
      }
      return uit;
    });
  }
}

