// Beoordeling.thuiszitter and, on a stored leerling, leerling { thuiszitter(peildatum) }: the same
// verdict (rules/regelingen/thuiszitter.json) on the stored facts.
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from './context';
import { BEREKENDE_VELDEN } from './beoordeling-velden';
import { Taal } from './enums';
import { ParametersInput } from './invoer';
import { evalueerFeiten, opslag } from './leerlingen/opslag';
import { LeerlingUitvoer } from './leerlingen/typen';
import { LocalDate } from './scalars';
import { metKalender } from './met-kalender';
import { Thuiszitter } from './thuiszitter';
import { thuiszitterVan } from './thuiszitter-velden';
import { Beoordeling } from './uitvoer';

@Resolver(() => Beoordeling)
export class ThuiszitterResolver {
  @FieldResolver(() => Thuiszitter, { description: 'Thuiszitter op de peildatum volgens de praktijkdefinitie (Thuiszitterspact 2016, Ingrado; geen wettelijk begrip): langdurig relatief verzuim, absoluut verzuim met de duur, of vrijstelling. — Thuiszitter on the peildatum (practice definition).' })
  thuiszitter(@Root() b: Beoordeling): Thuiszitter {
    return BEREKENDE_VELDEN.thuiszitter(b) as Thuiszitter;
  }
}

@Resolver(() => LeerlingUitvoer)
export class LeerlingThuiszitterResolver {
  @FieldResolver(() => Thuiszitter, { description: 'Beoordeling.thuiszitter op de opgeslagen feiten van deze leerling (alle feiten, zoals Leerling.beoordeling). — Beoordeling.thuiszitter on the stored facts.' })
  async thuiszitter(
    @Root() l: LeerlingUitvoer,
    @Arg('peildatum', () => LocalDate, { description: 'De dag waarover het oordeel gaat. — The day.' }) peildatum: string,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de uitleg (standaard NL). — Language of explanations.' }) taal: Taal,
    @Arg('parameters', () => ParametersInput, { nullable: true, description: 'Gekozen lezingen, bijv. thuiszitterMetVrijstelling. — Named readings.' }) parameters: ParametersInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Thuiszitter> {
    const feiten = await opslag(ctx).laders.feiten.load(l.id);
    if (!feiten) throw new Error('leerling removed while it was read');
    return metKalender(() => thuiszitterVan(evalueerFeiten(ctx, feiten, peildatum, null, parameters, { snapshot: false }), taal === Taal.EN ? 'EN' : 'NL'));
  }
}
