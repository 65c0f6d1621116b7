// jaarcijfers(gemeente, schooljaar): the figures of the municipal leerplicht report, from stored data;
// regiocijfers(schooljaar): the same for an RMC-regio, per gemeente and as a whole.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { kandidaten, langdurigGemeld, telOpgeslagen, type Kandidaat } from '../../store/jaarcijfers';
import { laadBatch, type BatchRijen } from '../../store/laders';
import { formatDatum, type Dag } from '../../time/dag';
import { gedekteSchooljaren, KalenderBereikFout } from '../../time/kalender';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar } from '../../time/schooljaar';
import type { ApiContext } from '../context';
import { Meldingsoort, Vrijstellingsgrond } from '../enums';
import { invoerFout } from '../fouten';
import { evaluaties, isVsv, langAbsoluutVerzuim, langdurigRelatief, lijstFoutVan, vsvPeildagNa } from './jaarcijfers';
import { opslag } from './opslag';
import { verboden } from './rechten';
import { Jaarcijfers, Regiocijfers, type LijstFout } from './typen';
import { controleerGemeente, controleerSchooljaar } from './validatie';

/** Leerlingen read and evaluated per batch (plain rows, then dropped): memory stays bounded. */
const PER_BATCH = 250;

/** What the rules say about one leerling in the schooljaar, independent of the gemeente asked. */
interface Uitslag {
  /** einddatums of computed LANGDURIG_RELATIEF meldingen and first days of long absoluut verzuim */
  thuisDagen: Dag[];
  vsv: boolean;
}

/** The rule-based figures of one set of gemeenten (a gemeente, or a regio as a whole), summed batch by batch. */
interface Bereik { gemeenten: ReadonlySet<string>; thuiszitters: number; vsv: number; fouten: LijstFout[] }
const bereik = (gemeenten: readonly string[]): Bereik => ({ gemeenten: new Set(gemeenten), thuiszitters: 0, vsv: 0, fouten: [] });

type Perioden = Kandidaat['perioden'];
const woonde = (p: Perioden, s: string) => p.some((x) => x.vanaf <= s && (x.tot === null || x.tot >= s));
const adem = () => new Promise<void>((r) => setImmediate(r));

/** One leerling evaluated once for every Bereik: the days that count for a thuiszitter, and vsv. */
function beoordeel(ctx: ApiContext, r: BatchRijen, jaar: number): Uitslag {
  const thuisDagen: Dag[] = [];
  // record every qualifying day (answering "does not count") so that one evaluation serves every gemeente
  const noteer = (d: Dag) => { thuisDagen.push(d); return false; };
  const ev = evaluaties(ctx, r); // each peildatum evaluated once for all three
  langdurigRelatief(ctx, r, jaar, noteer, ev);
  langAbsoluutVerzuim(ctx, r, jaar, noteer, ev);
  return { thuisDagen, vsv: isVsv(ctx, r, jaar, ev) };
}

/**
 * Thuiszitters, vsv and fouten for each Bereik: the leerlingen who lived in one of `alle` from the
 * schooljaar's begin to the vsv peildag, in keyset-ordered batches; each evaluated once, counted
 * for every Bereik it lived in on the figure's day. Nothing per leerling outlives its batch.
 */
async function telRegels(ctx: ApiContext, bereiken: readonly Bereik[], alle: readonly string[], jaar: number): Promise<void> {
  const { em } = opslag(ctx);
  const begin = formatDatum(beginSchooljaar(jaar));
  const eind = formatDatum(eindeSchooljaar(jaar));
  const vsvDag = vsvPeildagNa(ctx, jaar);
  const gedekt = gedekteSchooljaren();
  const haal = async (na: string | null) => {
    const batch = await kandidaten(em, alle, begin, vsvDag === null ? eind : formatDatum(vsvDag), na, PER_BATCH);
    const ids = batch.map((k) => k.id);
    const [rijen, gemeld] = ids.length === 0 ? [new Map<string, BatchRijen>(), new Map<string, string[]>()] : await Promise.all([laadBatch(em, ids, { alleenFeiten: true }), langdurigGemeld(em, ids, begin, eind)]);
    return { batch, ids, rijen, gemeld };
  };
  let volgt = haal(null);
  for (;;) {
    const { batch, ids, rijen, gemeld } = await volgt;
    if (batch.length === 0) return;
    // the next batch is read while this one is evaluated: at most two batches in memory
    if (batch.length === PER_BATCH) { volgt = haal(ids[ids.length - 1]); volgt.catch(() => {}); } // awaited next round
    for (const k of batch) {
      const r = rijen.get(k.id);
      let u: Uitslag | undefined;
      let fout: LijstFout | undefined;
      if (r) {
        try {
          u = beoordeel(ctx, r, jaar);
        } catch (e) {
          // the schooljaar itself outside the calendar is the question's fault, not the leerling's
          if (e instanceof KalenderBereikFout && (jaar < gedekt.van || jaar > gedekt.tot)) throw invoerFout('schooljaar', e.message);
          fout = lijstFoutVan(k.id, e);
        }
      }
      for (const b of bereiken) {
        const p = k.perioden.filter((x) => b.gemeenten.has(x.gemeente));
        if (p.length === 0) continue; // not a leerling of this Bereik
        if (fout) b.fouten.push(fout);
        if ((gemeld.get(k.id) ?? []).some((e) => woonde(p, e)) || u?.thuisDagen.some((d) => woonde(p, formatDatum(d)))) b.thuiszitters++;
        if (u?.vsv && vsvDag !== null && woonde(p, formatDatum(vsvDag))) b.vsv++;
      }
    }
    if (batch.length < PER_BATCH) return;
    await adem(); // an abort (timeout, client gone) can land between batches
  }
}

type Cijfers = Omit<Jaarcijfers, 'gemeente'>;

/** The plain counts (in the database) with the rule-based figures of `b`. */
async function cijfersVan(ctx: ApiContext, b: Bereik, jaar: number): Promise<Cijfers> {
  const t = await telOpgeslagen(opslag(ctx).em, [...b.gemeenten], formatDatum(beginSchooljaar(jaar)), formatDatum(eindeSchooljaar(jaar)));
  return {
    schooljaar: formatSchooljaar(jaar), leerlingen: t.leerlingen,
    vrijstellingen: Object.values(Vrijstellingsgrond).map((grond) => ({ grond, aantal: t.vrijstellingen.get(grond) ?? 0 })),
    meldingen: Object.values(Meldingsoort).map((soort) => ({ soort, aantal: t.meldingen.get(soort) ?? 0 })),
    luxeVerzuim: t.meldingen.get('LUXE_VERZUIM') ?? 0, thuiszitters: b.thuiszitters, voortijdigSchoolverlaters: b.vsv, fouten: b.fouten,
  };
}


@Resolver()
export class JaarcijfersResolver {
  @Authorized(['LEERPLICHTAMBTENAAR', 'RMC'])
  @Query(() => Jaarcijfers, { description: 'Jaarcijfers van een gemeente voor een schooljaar ("2023/2024"), uit de opgeslagen gegevens, met de regels toegepast waar het cijfer een juridisch oordeel is: een LEERPLICHTAMBTENAAR voor de eigen gemeente, een RMC-sleutel voor een gemeente van de eigen regio. Een leerling die niet te beoordelen is staat in fouten; de rest wordt beantwoord. — Yearly figures of a gemeente for a schooljaar.' })
  async jaarcijfers(@Arg('gemeente', { description: 'CBS-gemeentecode (4 cijfers). — CBS code.' }) gemeente: string, @Arg('schooljaar', { description: 'Schooljaar als "2023/2024". — The schooljaar.' }) schooljaar: string, @Ctx() ctx: ApiContext): Promise<Jaarcijfers> {
    const { toegang } = opslag(ctx);
    controleerGemeente('gemeente', gemeente);
    const jaar = controleerSchooljaar('schooljaar', schooljaar);
    if (toegang.rol === 'RMC' && !toegang.gemeenten?.includes(gemeente)) throw verboden('gemeente', `this key is for the gemeenten of regio ${toegang.regio}: ${toegang.gemeenten?.join(', ')}`);
    if (toegang.rol === 'LEERPLICHTAMBTENAAR' && gemeente !== toegang.gemeente) throw verboden('gemeente', `this key is for gemeente ${toegang.gemeente}`);
    const b = bereik([gemeente]);
    await telRegels(ctx, [b], [gemeente], jaar);
    return { gemeente, ...(await cijfersVan(ctx, b, jaar)) };
  }

  @Authorized(['RMC'])
  @Query(() => Regiocijfers, { description: 'Jaarcijfers van de regio van de RMC-sleutel voor een schooljaar ("2023/2024"): per gemeente (als jaarcijfers) en voor de regio als geheel (wie binnen de regio verhuisde telt één keer). Elke leerling wordt één keer beoordeeld. — Yearly figures of the RMC key\'s regio.' })
  async regiocijfers(@Arg('schooljaar', { description: 'Schooljaar als "2023/2024". — The schooljaar.' }) schooljaar: string, @Ctx() ctx: ApiContext): Promise<Regiocijfers> {
    const { toegang } = opslag(ctx);
    const jaar = controleerSchooljaar('schooljaar', schooljaar);
    const gemeenten = [...(toegang.gemeenten ?? [])];
    // one pass over the regio's leerlingen: each evaluation serves the regio and every gemeente it lived in
    const geheel = bereik(gemeenten);
    const per = gemeenten.map((g) => bereik([g]));
    await telRegels(ctx, [geheel, ...per], gemeenten, jaar);
    const perGemeente: Jaarcijfers[] = [];
    for (let i = 0; i < gemeenten.length; i++) perGemeente.push({ gemeente: gemeenten[i], ...(await cijfersVan(ctx, per[i], jaar)) });
    return { regio: toegang.regio!, schooljaar: formatSchooljaar(jaar), gemeenten: perGemeente, totaal: { regio: toegang.regio!, gemeenten, ...(await cijfersVan(ctx, geheel, jaar)) } };
  }
}
