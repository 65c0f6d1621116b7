// jaarcijfers(gemeente, schooljaar): the figures of the municipal leerplicht report, from stored data.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Leerling } from '../../store/entities/leerlingen';
import { telOpgeslagen } from '../../store/jaarcijfers';
import { maakLaders } from '../../store/laders';
import { formatDatum } from '../../time/dag';
import { KalenderBereikFout } from '../../time/kalender';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar } from '../../time/schooljaar';
import type { ApiContext } from '../context';
import { Meldingsoort, Vrijstellingsgrond } from '../enums';
import { invoerFout } from '../fouten';
import { isVsv, langAbsoluutVerzuim, langdurigRelatief } from './jaarcijfers';
import { opslag } from './opslag';
import { verboden } from './rechten';
import { Jaarcijfers } from './typen';
import { controleerGemeente, controleerSchooljaar } from './validatie';

/** Leerlingen evaluated per batch: each batch has its own loaders, so memory stays bounded. */
const PER_BATCH = 500;

@Resolver()
export class JaarcijfersResolver {
  @Authorized(['LEERPLICHTAMBTENAAR'])
  @Query(() => Jaarcijfers, { description: 'Yearly figures of the leerplichtambtenaar\'s own gemeente for a schooljaar ("2023/2024"), from stored data, evaluating the rules where the figure is a legal verdict.' })
  async jaarcijfers(@Arg('gemeente') gemeente: string, @Arg('schooljaar') schooljaar: string, @Ctx() ctx: ApiContext): Promise<Jaarcijfers> {
    const { orm, em, toegang } = opslag(ctx);
    controleerGemeente('gemeente', gemeente);
    const jaar = controleerSchooljaar('schooljaar', schooljaar);
    if (gemeente !== toegang.gemeente) throw verboden('gemeente', `this key is for gemeente ${toegang.gemeente}`);
    const t = await telOpgeslagen(em, gemeente, formatDatum(beginSchooljaar(jaar)), formatDatum(eindeSchooljaar(jaar)));

    let thuiszitters = 0;
    let vsv = 0;
    try {
      for (let i = 0; i < t.leerlingIds.length; i += PER_BATCH) {
        const fork = orm.em.fork();
        const sub: ApiContext = { ...ctx, em: fork, laders: maakLaders(fork) };
        const leerlingen = (await sub.laders!.leerling.loadMany(t.leerlingIds.slice(i, i + PER_BATCH))).filter((l): l is Leerling => l !== null && !(l instanceof Error));
        const uit = await Promise.all(leerlingen.map(async (l) => ({
          thuis: t.langdurigGemeld.has(l.id) || (await langdurigRelatief(sub, l, jaar)) || (await langAbsoluutVerzuim(sub, l, jaar)),
          vsv: await isVsv(sub, l, jaar),
        })));
        thuiszitters += uit.filter((u) => u.thuis).length;
        vsv += uit.filter((u) => u.vsv).length;
      }
    } catch (e) {
      if (e instanceof KalenderBereikFout) throw invoerFout('schooljaar', e.message);
      throw e;
    }
    const meldingen = Object.values(Meldingsoort).map((soort) => ({ soort, aantal: t.meldingen.get(soort) ?? 0 }));
    return {
      gemeente, schooljaar: formatSchooljaar(jaar), leerlingen: t.leerlingIds.length,
      vrijstellingen: Object.values(Vrijstellingsgrond).map((grond) => ({ grond, aantal: t.vrijstellingen.get(grond) ?? 0 })),
      meldingen, luxeVerzuim: t.meldingen.get('LUXE_VERZUIM') ?? 0, thuiszitters, voortijdigSchoolverlaters: vsv,
    };
  }
}
