// The field Beoordeling.spoor (computed only when selected: BEREKENDE_VELDEN, api/beoordeling-velden.ts).
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { BEREKENDE_VELDEN } from './beoordeling-velden';
import { Spoorstap } from './spoor';
import { Beoordeling } from './uitvoer';

@Resolver(() => Beoordeling)
export class SpoorResolver {
  @FieldResolver(() => [Spoorstap], { description: 'Het spoor: voor elke regel die iets besliste in de gevraagde velden (dezelfde regels als uitleg), de feiten en parameters die hij las met hun waarden, en bij een verzuimmelding de lesweken en uren die geteld werden. Met signalen (of verzuim) gevraagd ook de beleidsregels die een signaal gaven. voortijdigSchoolverlater (met een schooljaar als argument) valt erbuiten. Vaste volgorde: eerst de situatie in de volgorde van beslissen, dan elk record in de volgorde van de invoer, dan de signalen; elke keer hetzelfde antwoord. — The trace: for each deciding rule the facts and parameters it read with their values; for a verzuimmelding the lesweken and hours counted. Deterministic order.' })
  spoor(@Root() b: Beoordeling): Spoorstap[] {
    return BEREKENDE_VELDEN.spoor(b) as Spoorstap[];
  }
}
