// jaarcijfers(gemeente, schooljaar): the figures of the municipal leerplicht report, from stored data;
// regiocijfers(schooljaar): the same for an RMC-regio, per gemeente and as a whole.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Leerling } from '../../store/entities/leerlingen';
import { telOpgeslagen, type Kandidaat } from '../../store/jaarcijfers';
import { maakLaders } from '../../store/laders';
import { formatDatum, parseDatum, type Dag } from '../../time/dag';
import { gedekteSchooljaren, KalenderBereikFout } from '../../time/kalender';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar } from '../../time/schooljaar';
import type { ApiContext } from '../context';
import { Meldingsoort, Vrijstellingsgrond } from '../enums';
import { invoerFout } from '../fouten';
import { isVsv, langAbsoluutVerzuim, langdurigRelatief, lijstFoutVan, vsvPeildagNa } from './jaarcijfers';
import { opslag } from './opslag';
import { verboden } from './rechten';
import { Jaarcijfers, Regiocijfers, type LijstFout } from './typen';
import { controleerGemeente, controleerSchooljaar } from './validatie';

/** Leerlingen evaluated per batch: each batch has its own loaders, so memory stays bounded. */
const PER_BATCH = 500;

/** What the rules say about one leerling in the schooljaar, independent of the gemeente asked. */
interface Uitslag {
  /** einddatums of computed LANGDURIG_RELATIEF meldingen and first days of long absoluut verzuim */
  thuisDagen: Dag[];
  vsv: boolean;
}

interface Oordelen { uitslag: Map<string, Uitslag>; fouten: Map<string, LijstFout> }

/** Evaluates each leerling once; one that cannot be evaluated becomes a LijstFout, the rest is answered. */
async function beoordeel(ctx: ApiContext, ids: readonly string[], jaar: number): Promise<Oordelen> {
  const { orm } = opslag(ctx);
  const uitslag = new Map<string, Uitslag>();
  const fouten = new Map<string, LijstFout>();
  const gedekt = gedekteSchooljaren();
  for (let i = 0; i < ids.length; i += PER_BATCH) {
    const fork = orm.em.fork();
    const sub: ApiContext = { ...ctx, em: fork, laders: maakLaders(fork) };
    const leerlingen = (await sub.laders!.leerling.loadMany(ids.slice(i, i + PER_BATCH))).filter((l): l is Leerling => l !== null && !(l instanceof Error));
    await Promise.all(leerlingen.map(async (l) => {
      try {
        const thuisDagen: Dag[] = [];
        // record every qualifying day (answering "does not count") so that one evaluation serves every gemeente
        const noteer = (d: Dag) => { thuisDagen.push(d); return false; };
        await langdurigRelatief(sub, l, jaar, noteer);
        await langAbsoluutVerzuim(sub, l, jaar, noteer);
        uitslag.set(l.id, { thuisDagen, vsv: await isVsv(sub, l, jaar) });
      } catch (e) {
        // the schooljaar itself outside the calendar is the question's fault, not the leerling's
        if (e instanceof KalenderBereikFout && (jaar < gedekt.van || jaar > gedekt.tot)) throw invoerFout('schooljaar', e.message);
        fouten.set(l.id, lijstFoutVan(l.id, e));
      }
    }));
  }
  return { uitslag, fouten };
}

const woonde = (k: Kandidaat, d: Dag) => { const s = formatDatum(d); return k.perioden.some((p) => p.vanaf <= s && (p.tot === null || p.tot >= s)); };

type Cijfers = Omit<Jaarcijfers, 'gemeente'>;

/** The figures for the leerlingen who lived in `gemeenten` on each figure's day. */
async function cijfersVoor(ctx: ApiContext, gemeenten: readonly string[], jaar: number, oordelen?: Oordelen): Promise<{ cijfers: Cijfers; oordelen: Oordelen }> {
  const { em } = opslag(ctx);
  const vsvDag = vsvPeildagNa(ctx, jaar);
  const t = await telOpgeslagen(em, gemeenten, formatDatum(beginSchooljaar(jaar)), formatDatum(eindeSchooljaar(jaar)), formatDatum(vsvDag));
  const o = oordelen ?? await beoordeel(ctx, t.kandidaten.map((k) => k.id), jaar);
  let thuiszitters = 0;
  let vsv = 0;
  const fouten: LijstFout[] = [];
  for (const k of t.kandidaten) {
    const u = o.uitslag.get(k.id);
    const f = o.fouten.get(k.id);
    if (f) fouten.push(f);
    if (t.langdurigGemeld.has(k.id) || u?.thuisDagen.some((d) => woonde(k, d))) thuiszitters++;
    if (u?.vsv && woonde(k, vsvDag)) vsv++;
  }
  return {
    oordelen: o,
    cijfers: {
      schooljaar: formatSchooljaar(jaar), leerlingen: t.leerlingIds.length,
      vrijstellingen: Object.values(Vrijstellingsgrond).map((grond) => ({ grond, aantal: t.vrijstellingen.get(grond) ?? 0 })),
      meldingen: Object.values(Meldingsoort).map((soort) => ({ soort, aantal: t.meldingen.get(soort) ?? 0 })),
      luxeVerzuim: t.meldingen.get('LUXE_VERZUIM') ?? 0, thuiszitters, voortijdigSchoolverlaters: vsv, fouten,
    },
  };
}

const dag = (s: string) => parseDatum(s)!;

@Resolver()
export class JaarcijfersResolver {
  @Authorized(['LEERPLICHTAMBTENAAR', 'RMC'])
  @Query(() => Jaarcijfers, { description: 'Yearly figures of a gemeente for a schooljaar ("2023/2024"), from stored data, evaluating the rules where the figure is a legal verdict: a LEERPLICHTAMBTENAAR for its own gemeente, an RMC key for one of its regio\'s gemeenten. A leerling that cannot be evaluated is listed in fouten; the rest is answered.' })
  async jaarcijfers(@Arg('gemeente') gemeente: string, @Arg('schooljaar') schooljaar: string, @Ctx() ctx: ApiContext): Promise<Jaarcijfers> {
    const { toegang } = opslag(ctx);
    controleerGemeente('gemeente', gemeente);
    const jaar = controleerSchooljaar('schooljaar', schooljaar);
    if (toegang.rol === 'RMC' && !toegang.gemeenten?.includes(gemeente)) throw verboden('gemeente', `this key is for the gemeenten of regio ${toegang.regio}: ${toegang.gemeenten?.join(', ')}`);
    if (toegang.rol === 'LEERPLICHTAMBTENAAR' && gemeente !== toegang.gemeente) throw verboden('gemeente', `this key is for gemeente ${toegang.gemeente}`);
    const { cijfers } = await cijfersVoor(ctx, [gemeente], jaar);
    return { gemeente, ...cijfers };
  }

  @Authorized(['RMC'])
  @Query(() => Regiocijfers, { description: 'Yearly figures of the RMC key\'s regio for a schooljaar ("2023/2024"): per gemeente (as jaarcijfers) and for the regio as a whole (a leerling who moved within the regio counts once). Each leerling is evaluated once.' })
  async regiocijfers(@Arg('schooljaar') schooljaar: string, @Ctx() ctx: ApiContext): Promise<Regiocijfers> {
    const { toegang } = opslag(ctx);
    const jaar = controleerSchooljaar('schooljaar', schooljaar);
    const gemeenten = [...(toegang.gemeenten ?? [])];
    // the regio as a whole first: its evaluations serve every gemeente (each kandidaat of a gemeente is one of the regio's)
    const geheel = await cijfersVoor(ctx, gemeenten, jaar);
    const perGemeente: Jaarcijfers[] = [];
    for (const g of gemeenten) perGemeente.push({ gemeente: g, ...(await cijfersVoor(ctx, [g], jaar, geheel.oordelen)).cijfers });
    return { regio: toegang.regio!, schooljaar: formatSchooljaar(jaar), gemeenten: perGemeente, totaal: { regio: toegang.regio!, gemeenten, ...geheel.cijfers } };
  }
}
