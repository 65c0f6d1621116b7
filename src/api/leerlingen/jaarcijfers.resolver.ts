// jaarcijfers(gemeente, schooljaar): the figures of the municipal leerplicht report, from stored data;
// regiocijfers(schooljaar): the same for an RMC-regio, per gemeente and as a whole.
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { kandidaten, langdurigGemeld, telOpgeslagen, type Kandidaat } from '../../store/jaarcijfers';
import { laadBatch, type BatchRijen } from '../../store/laders';
import { formatDatum, type Dag } from '../../time/dag';
import { maatregelenPerSoort } from '../../store/afhandelingen';
import { telTabellen } from '../../store/jaarcijfers-tabellen';
import { ThuiszitterCategorie } from '../thuiszitter';
import { VsvBestemming, type Thuiszitterstelling } from './jaarcijfers-typen';
import type { ThuiszitterVerloop } from './jaarcijfers-thuiszitters';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar } from '../../time/schooljaar';
import type { ApiContext } from '../context';
import { Meldingsoort, Vrijstellingsgrond } from '../enums';
import { invoerFout } from '../fouten';
import { vsvPeildagNa } from './jaarcijfers';
import { jaaruitslagenVanBatch, type Jaardeel } from './lijstdeel';
import { opslag } from './opslag';
import { Uitbesteding } from './uitbesteding';
import { vooruitlezer } from './vooruitlezen';
import { verboden } from './rechten';
import { Jaarcijfers, Regiocijfers, type LijstFout } from './typen';
import { controleerGemeente, controleerSchooljaar } from './validatie';

/** Leerlingen read and evaluated per batch (plain rows, then dropped): memory stays bounded. */
const PER_BATCH = 250;

/** The rule-based figures of one set of gemeenten (a gemeente, or a regio as a whole), summed batch by batch. */
interface Bereik {
  gemeenten: ReadonlySet<string>; thuiszitters: number; vsv: number; fouten: LijstFout[];
  stelling: Omit<Thuiszitterstelling, 'perCategorie'> & { perCategorie: Map<string, number> };
  absoluut: number; bestemmingen: Map<string, number>;
}
const bereik = (gemeenten: readonly string[]): Bereik => ({
  gemeenten: new Set(gemeenten), thuiszitters: 0, vsv: 0, fouten: [], absoluut: 0, bestemmingen: new Map(),
  stelling: { bijAanvang: 0, nieuw: 0, totaal: 0, langerDanDrieMaanden: 0, achttienGeworden: 0, verhuisd: 0, opgelost: 0, bijEinde: 0, perCategorie: new Map() },
});
const tel = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

/** The Purmerend-Beemster thuiszitters table for one leerling in one Bereik (woongemeente `woonde` on each day). */
function telThuiszitter(b: Bereik, v: ThuiszitterVerloop, woont: (d: Dag) => boolean, begin: Dag, eind: Dag): void {
  const s = b.stelling;
  const aanvang = v.aanvang && woont(begin);
  const nieuw = !aanvang && v.nieuwOp !== null && woont(v.nieuwOp);
  if (!aanvang && !nieuw) return;
  if (aanvang) s.bijAanvang++; else s.nieuw++;
  s.totaal++;
  if (v.langdurig) s.langerDanDrieMaanden++;
  if (v.categorie) tel(s.perCategorie, v.categorie);
  // one exit per leerling, in this order: still there, moved, no longer under a duty, solved
  if (!woont(eind)) s.verhuisd++;
  else if (v.einde) s.bijEinde++;
  else if (!v.plichtigAanEinde) s.achttienGeworden++;
  else s.opgelost++;
}

type Perioden = Kandidaat['perioden'];
const woonde = (p: Perioden, s: string) => p.some((x) => x.vanaf <= s && (x.tot === null || x.tot >= s));
const adem = () => new Promise<void>((r) => setImmediate(r));

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
  const haalIds = async (na: string | null) => {
    const batch = await kandidaten(em, alle, begin, vsvDag === null ? eind : formatDatum(vsvDag), na, PER_BATCH);
    return batch.length === 0 ? null : batch;
  };
  const haalRijen = async (batch: Kandidaat[]) => {
    const ids = batch.map((k) => k.id);
    const [rijen, gemeld] = ids.length === 0 ? [new Map<string, BatchRijen>(), new Map<string, string[]>()] : await Promise.all([laadBatch(em, ids, { alleenFeiten: true }), langdurigGemeld(em, ids, begin, eind)]);
    return { batch, ids, rijen, gemeld };
  };
  // one batch's leerlingen with their uitslag, counted for every Bereik once complete (in batch order)
  type Geteld = { batch: Kandidaat[]; gemeld: Map<string, string[]>; deel: Jaardeel };
  const telBatch = ({ batch, gemeld, deel }: Geteld) => {
    if (deel.schooljaarFout !== null) throw invoerFout('schooljaar', deel.schooljaarFout);
    const per = new Map(deel.uitslagen.map((x) => [x.id, x]));
    for (const k of batch) {
      const u = per.get(k.id)?.uitslag ?? undefined;
      const fout = per.get(k.id)?.fout ?? undefined;
      for (const b of bereiken) {
        const p = k.perioden.filter((x) => b.gemeenten.has(x.gemeente));
        if (p.length === 0) continue; // not a leerling of this Bereik
        if (fout) b.fouten.push(fout);
        if ((gemeld.get(k.id) ?? []).some((e) => woonde(p, e)) || u?.thuisDagen.some((d) => woonde(p, formatDatum(d)))) b.thuiszitters++;
        if (u?.vsv && vsvDag !== null && woonde(p, formatDatum(vsvDag))) { b.vsv++; tel(b.bestemmingen, u.bestemming ?? VsvBestemming.ONBEKEND); }
        if (u?.absoluutOp != null && woonde(p, formatDatum(u.absoluutOp))) b.absoluut++;
        if (u?.verloop) telThuiszitter(b, u.verloop, (d) => woonde(p, formatDatum(d)), beginSchooljaar(jaar), eindeSchooljaar(jaar));
      }
    }
  };
  const uitbesteding = new Uitbesteding<Geteld>(ctx.verdeel);
  // the next batches are read while this one is evaluated
  const lees = vooruitlezer(() => haalIds(null), (b) => (b.length < PER_BATCH ? Promise.resolve(null) : haalIds(b[b.length - 1].id)), haalRijen);
  for (;;) {
    const gelezen = await lees();
    if (gelezen === null) break;
    const { batch, rijen, gemeld } = gelezen.rijen;
    const batchRijen = batch.flatMap((k) => rijen.get(k.id) ?? []); // a leerling removed since: not evaluated
    for (const g of await uitbesteding.batch(
      () => ({ vraag: 'jaarcijfers', regelsetHash: ctx.regelset.hash, rijen: batchRijen, jaar }),
      (u) => ({ batch, gemeld, deel: u as Jaardeel }),
      () => ({ batch, gemeld, deel: jaaruitslagenVanBatch(ctx, batchRijen, jaar) }),
    )) telBatch(g);
    await adem(); // an abort (timeout, client gone) can land between batches
  }
  for (const g of await uitbesteding.sluit()) telBatch(g);
}

type Cijfers = Omit<Jaarcijfers, 'gemeente'>;

/** The plain counts (in the database) with the rule-based figures of `b`. */
async function cijfersVan(ctx: ApiContext, b: Bereik, jaar: number): Promise<Cijfers> {
  const em = opslag(ctx).em;
  const [begin, eind] = [formatDatum(beginSchooljaar(jaar)), formatDatum(eindeSchooljaar(jaar))];
  const t = await telOpgeslagen(em, [...b.gemeenten], begin, eind);
  const tab = await telTabellen(em, [...b.gemeenten], begin, eind);
  const maatregelen = new Map<string, number>();
  for (const m of await maatregelenPerSoort(em, [...b.gemeenten], begin, eind)) maatregelen.set(m.soort, (maatregelen.get(m.soort) ?? 0) + m.aantal);
  return {
    leerlingenMetMelding: tab.leerlingenMetMelding,
    meldingenPerSchool: tab.meldingenPerSchool.map((r) => ({ ...r, soort: r.soort as Meldingsoort })),
    vrijstellingenPerLeeftijd: tab.vrijstellingenPerLeeftijd.map((r) => ({ ...r, grond: r.grond as Vrijstellingsgrond })),
    thuiszitterstelling: { ...b.stelling, perCategorie: Object.values(ThuiszitterCategorie).map((categorie) => ({ categorie, aantal: b.stelling.perCategorie.get(categorie) ?? 0 })) },
    absoluutVerzuim: b.absoluut,
    vsvPerBestemming: Object.values(VsvBestemming).map((bestemming) => ({ bestemming, aantal: b.bestemmingen.get(bestemming) ?? 0 })),
    maatregelen: [...maatregelen].sort(([a], [c]) => a.localeCompare(c)).map(([soort, aantal]) => ({ soort, aantal })),
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
