// Local policy through the API: Beoordeling.signalen and .beleidspakketten (plain resolvers set by
// directeResolvers from BEREKENDE_VELDEN), and the query beleidspakketten(gemeente).
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { GEMEENTECODE } from '../engine/beleid/pakket';
import type { ApiContext } from './context';
import { Beleidspakket, Beleidssignaal, ToegepastBeleidspakket } from './beleid-typen';
import { beleidspakkettenVan, pakketUitvoer, signalenVan } from './beleid-velden';
import { invoerFout } from './fouten';
import { kort } from './omzetten';
import { Beoordeling } from './uitvoer';

@Resolver(() => Beoordeling)
export class BeleidResolver {
  @FieldResolver(() => [Beleidssignaal], { description: 'De signalen van de beleidspakketten die gelden voor de gemeente van de jongere (situatie.gemeente) op de wetsdatum; leeg zonder gemeente. Signalen beslissen niets wat de wet beslist. — The signals of the policy packs of the jongere\'s gemeente; empty without a gemeente.' })
  signalen(@Root() b: Beoordeling): Beleidssignaal[] {
    return signalenVan(b.feiten, b.taal);
  }

  @FieldResolver(() => [ToegepastBeleidspakket], { description: 'De beleidspakketten die op dit antwoord zijn toegepast (naam, versie, hash); leeg zonder gemeente. — The policy packs applied to this answer.' })
  beleidspakketten(@Root() b: Beoordeling): ToegepastBeleidspakket[] {
    return beleidspakkettenVan(b.feiten);
  }
}

@Resolver()
export class BeleidspakkettenResolver {
  @Query(() => [Beleidspakket], { description: 'De geladen beleidspakketten (rules/beleid en LEERPLICHT_BELEID_DIR), alle of die van één gemeente, in mapvolgorde. — The loaded policy packs, all or those of one gemeente.' })
  beleidspakketten(
    @Arg('gemeente', () => String, { nullable: true, description: 'Alleen de pakketten die voor deze gemeente gelden (CBS-code, 4 cijfers); leeg: alle. — Only the packs of this gemeente; empty: all.' }) gemeente: string | null,
    @Ctx() ctx: ApiContext,
  ): Beleidspakket[] {
    if (gemeente != null && !GEMEENTECODE.test(gemeente)) throw invoerFout('gemeente', `${kort(gemeente)} is not a CBS gemeentecode (4 digits, e.g. "0363")`);
    return ctx.regelset.pakketten.filter((p) => gemeente == null || p.gemeenten.includes(gemeente)).map(pakketUitvoer);
  }
}
