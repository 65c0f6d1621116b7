// The law's side of an afhandeling: the enforcement question of the rules (engine/handhaving.ts,
// rules/leerplichtwet/art-22-27-handhaving.json: art 22 lid 1–5, art 26 lid 1/2, Halt) asked about
// the verzuim behind a melding of a stored leerling, on the feitdatum. The rules answer; the
// leerplichtambtenaar decides. A maatregel whose route the rules do not open is still recorded,
// with a waarschuwing saying so.
import { Field, Int, ObjectType } from 'type-graphql';
import { handhavingsoordeel, type HandhavingsoordeelUitkomst } from '../../engine/handhaving';
import { uitleg, type UitlegUitvoer } from '../../engine/uitleg';
import type { Leerling } from '../../store/entities/leerlingen';
import type { Betrokkene, Maatregelsoort, MaatregelWaarschuwing } from '../../store/entities/maatregel.entity';
import { laadFeiten } from '../../store/laders';
import { parseDatum } from '../../time/dag';
import type { ApiContext } from '../context';
import { metKalender } from '../met-kalender';
import { LocalDate } from '../scalars';
import { Uitleg } from '../uitvoer';
import { evalueerFeiten, opslag } from './opslag';

@ObjectType({ description: 'Een route die de wet (of het Halt-beleid) opent voor het verzuim, met de regel die haar opent. — A route the law opens, with its rule.' })
export class WettelijkeRoute {
  @Field({ description: 'De route: HOREN_OUDERS (art 22 lid 1), PROCES_VERBAAL_OUDERS (art 22 lid 2), HOREN_JONGERE en PROCES_VERBAAL_JONGERE (art 22 lid 3), AFSCHRIFT_RAAD_KINDERBESCHERMING (art 22 lid 4/5), HALT (beleid). — The route.' }) route!: string;
  @Field(() => Uitleg, { description: 'De regel die de route opent, met artikel en lid. — The rule that opens it.' }) uitleg!: Uitleg;
}

@ObjectType({ description: 'Wat de regels zeggen over het verzuim achter een melding op de feitdatum (art 22, 26 Leerplichtwet; Halt als beleid): welke routes openstaan en wie strafbaar is. De regels informeren; de leerplichtambtenaar beslist. — What the rules say about the verzuim behind a melding.' })
export class WettelijkeRoutes {
  @Field(() => LocalDate, { description: 'De feitdatum waarop de regels werden toegepast (peildatum = wetsdatum). — The feitdatum.' }) feitdatum!: string;
  @Field(() => Int, { description: 'Leeftijd van de jongere op de feitdatum. — Age on the feitdatum.' }) leeftijd!: number;
  @Field(() => [WettelijkeRoute], { description: 'De routes die de regels openen, in de volgorde van de regels. — The open routes.' }) routes!: WettelijkeRoute[];
  @Field({ description: 'De ouders zijn strafbaar als zij art 2 lid 1 of art 4a niet nakomen (art 26 lid 1). — The parents are punishable.' }) oudersStrafbaar!: boolean;
  @Field({ description: 'De jongere zelf is strafbaar (art 26 lid 2: leerplichtig vanaf 12 jaar, of kwalificatieplichtig). — The jongere is punishable.' }) jongereStrafbaar!: boolean;
  @Field({ description: 'Een Halt-verwijzing voor schoolverzuim is mogelijk (beleid, zoals Aansprakelijkheid.haltMogelijk). — Halt is possible.' }) haltMogelijk!: boolean;
  @Field(() => [Uitleg], { description: 'De regels over de strafbaarheid van ouders en jongere. — The rules on who is punishable.' }) uitleg!: Uitleg[];
}

/** What the officer knows about the feit, for the routes of art 22 lid 3 (second sentence) and lid 4/5. */
export interface Feitkennis { jongereWeigert: boolean; oudersEerderVeroordeeld: boolean }

export interface RegelsOverFeit { feitdatum: string; leeftijd: number; oordeel: HandhavingsoordeelUitkomst; /** why Halt is or is not possible */ halt: UitlegUitvoer | null }

/** The enforcement question about verzuim of this stored leerling on `feitdatum`. */
export async function regelsOverVerzuim(ctx: ApiContext, leerling: Leerling, feitdatum: string, kennis: Feitkennis): Promise<RegelsOverFeit> {
  const feiten = await laadFeiten(opslag(ctx).laders, leerling);
  const datum = parseDatum(feitdatum)!;
  return metKalender(() => {
    const f = evalueerFeiten(ctx, feiten, feitdatum, null, null, { snapshot: false, handhaving: { soort: 'VERZUIM', datum, ...kennis, verleendVerlof: null } });
    return { feitdatum, leeftijd: f.get('leeftijd') as number, oordeel: handhavingsoordeel(f, 'NL'), halt: uitleg(f.beslis('halt'), 'NL') };
  });
}

export function wettelijkeRoutesUitvoer(r: RegelsOverFeit): WettelijkeRoutes {
  const o = r.oordeel;
  return Object.assign(new WettelijkeRoutes(), {
    feitdatum: r.feitdatum, leeftijd: r.leeftijd, routes: o.routes.map((x) => Object.assign(new WettelijkeRoute(), x)),
    oudersStrafbaar: o.ouders.strafbaar, jongereStrafbaar: o.jongere.strafbaar, haltMogelijk: o.haltMogelijk,
    uitleg: [...o.ouders.uitleg, ...o.jongere.uitleg] as UitlegUitvoer[],
  });
}

/** Which route of the rules a maatregel takes (none: the law asks no route for it, e.g. a gesprek). */
export function routeVan(soort: Maatregelsoort, betrokkene: Betrokkene | null): string | null {
  if (soort === 'HALT_VERWIJZING') return 'HALT';
  if (soort === 'PROCES_VERBAAL') return betrokkene === 'JONGERE' ? 'PROCES_VERBAAL_JONGERE' : 'PROCES_VERBAAL_OUDERS';
  return null;
}

/** The waarschuwing for a maatregel whose route the rules do not open on its date; none when they do. */
export function waarschuwingenVoor(soort: Maatregelsoort, betrokkene: Betrokkene | null, r: RegelsOverFeit): MaatregelWaarschuwing[] {
  const route = routeVan(soort, betrokkene);
  if (route === null || r.oordeel.routes.some((x) => x.route === route)) return [];
  const uitleg = route === 'PROCES_VERBAAL_JONGERE' ? r.oordeel.jongere.uitleg : route === 'PROCES_VERBAAL_OUDERS' ? r.oordeel.ouders.uitleg : r.halt ? [r.halt] : [];
  return [{
    code: `ROUTE_NIET_OPEN_${route}`,
    bericht: `De regels openen op ${r.feitdatum} (leeftijd ${r.leeftijd}) de route ${route} niet${uitleg.length ? `: ${uitleg.map((u) => u.tekst).join(' ')}` : ''}. De maatregel is vastgelegd; de leerplichtambtenaar beslist.`,
    regels: uitleg.map((u) => u.regel),
  }];
}
