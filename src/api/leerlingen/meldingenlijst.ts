// The list behind meldingen and meldingenOverzicht, in bounded memory: the visible leerlingen with
// verzuim are read in keyset-ordered batches of plain rows (no entity hydration), each batch is
// evaluated (with LEERPLICHT_LIST_SHARE every other one by another thread when one is idle), its
// meldingen kept and its rows dropped. A page (eerste, na) evaluates at most eerste leerlingen;
// without eerste the whole list is answered, batch after batch.
import { laadBatch } from '../../store/laders';
import { gemeentenVan, zichtbareIds } from '../../store/zichtbaarheid';
import { brinHoortBij } from '../../toegang/eigenaarschap';
import type { ApiContext } from '../context';
import type { Taal } from '../enums';
import { invoerFout } from '../fouten';
import { MAX_MELDING_PAGINA } from '../kosten';
import { datum } from '../omzetten';
import { leesCursor, maakCursor, type Lijstsleutel } from './cursor';
import { meldingenVanBatch, type MeldingOpties, type Meldingendeel } from './lijstdeel';
import { opslag } from './opslag';
import { verboden } from './rechten';
import type { LijstFout, TeMelden } from './typen';
import { Uitbesteding } from './uitbesteding';
import { vooruitlezer } from './vooruitlezen';
import { controleerBrin, controleerGemeente } from './validatie';

/** Leerlingen read and evaluated together: one query per fact table per batch. */
export const MELDING_BATCH = 250;
/** The largest page (eerste) of meldingen / meldingenOverzicht (kosten.ts counts it before any resolver runs). */
export { MAX_MELDING_PAGINA };

export interface LijstVraag {
  peildatum: string; gemeente: string | null; brin: string | null; alleenVerplicht: boolean; alleenNietGeregistreerd: boolean; taal: Taal;
  eerste?: number | null; na?: string | null;
  /** the TeMelden fields the caller selected (absent: all): termijn and uitleg are computed only when asked */
  velden?: ReadonlySet<string>;
}

/** A batch's ids: `meer` whether the list goes on after them, `geteld` the leerlingen of the page before them. */
interface Batchids { deze: string[]; meer: boolean; geteld: number }

export interface MeldingenPagina { meldingen: TeMelden[]; fouten: LijstFout[]; volgende: string | null }

/** Yields to the event loop between batches, so an abort (timeout, client gone) can land. */
const adem = () => new Promise<void>((r) => setImmediate(r));

export async function teMeldenLijst(ctx: ApiContext, v: LijstVraag): Promise<MeldingenPagina> {
  const { peildatum, gemeente, brin, alleenVerplicht, alleenNietGeregistreerd, taal } = v;
  const { em, toegang } = opslag(ctx);
  datum('peildatum', peildatum);
  if (gemeente != null) controleerGemeente('gemeente', gemeente);
  if (brin != null) controleerBrin('brin', brin);
  const eerste = v.eerste ?? null;
  if (eerste !== null && (!Number.isInteger(eerste) || eerste < 1 || eerste > MAX_MELDING_PAGINA)) throw invoerFout('eerste', `${eerste} is outside 1–${MAX_MELDING_PAGINA}`);
  if (toegang.rol === 'LEERPLICHTAMBTENAAR' && gemeente != null && gemeente !== toegang.gemeente) throw verboden('gemeente', `this key is for gemeente ${toegang.gemeente}`);
  if (toegang.rol === 'RMC' && gemeente != null && !gemeentenVan(toegang).includes(gemeente)) throw verboden('gemeente', `gemeente ${gemeente} is not in this key's regio`);
  if (toegang.rol === 'SCHOOL' && brin != null && !brinHoortBij(toegang.brin, brin)) throw verboden('brin', `this key is for BRIN ${toegang.brin}`);
  // a cursor belongs to this key and to the arguments that choose the leerlingen
  const lijst: Lijstsleutel = ['meldingen', peildatum, gemeente, brin];
  let na = v.na != null ? leesCursor('na', v.na, toegang, lijst) : null;
  // decided once: a closure per melding would keep its whole evaluation alive until the answer is sent
  const opties: MeldingOpties = {
    peildatum, toegang, taal, alleenVerplicht, alleenNietGeregistreerd, metTermijn: v.velden?.has('termijn') ?? true, metUitleg: v.velden?.has('uitleg') ?? true,
  };
  const uitbesteding = new Uitbesteding<Meldingendeel>(ctx.verdeel);
  const meldingen: TeMelden[] = [];
  const fouten: LijstFout[] = [];
  const neem = (delen: Meldingendeel[]) => { for (const d of delen) { meldingen.push(...d.meldingen); fouten.push(...d.fouten); } };
  const pagina = async (volgende: string | null): Promise<MeldingenPagina> => { neem(await uitbesteding.sluit()); return { meldingen, fouten, volgende }; };
  let gedaan = 0;
  /** The ids of the batch after `naId` (one more on the page's last batch: whether there is a next page); null: none. */
  const haalIds = async (naId: string | null, geteld: number): Promise<Batchids | null> => {
    const over = eerste === null ? MELDING_BATCH : Math.min(MELDING_BATCH, eerste - geteld);
    const laatste = eerste !== null && geteld + over >= eerste;
    const ids = await zichtbareIds(em, toegang, { gemeente, brin, metVerzuimTot: peildatum }, { eerste: laatste ? over + 1 : over, na: naId });
    const deze = ids.slice(0, over);
    return deze.length === 0 ? null : { deze, meer: laatste ? ids.length > over : ids.length === over, geteld };
  };
  const volgende = (v: Batchids) => {
    const geteld = v.geteld + v.deze.length;
    return v.meer && (eerste === null || geteld < eerste) ? haalIds(v.deze[v.deze.length - 1], geteld) : Promise.resolve(null);
  };
  // the next batches are read while this one is evaluated (PostgreSQL works while this thread computes)
  const lees = vooruitlezer(() => haalIds(na, 0), volgende, (v) => laadBatch(em, v.deze));
  for (;;) {
    const gelezen = await lees();
    if (gelezen === null) return pagina(null);
    const { ids: { deze, meer }, rijen } = gelezen;
    // in id order; an id removed since the ids were read has no rows
    const batch = deze.flatMap((id) => rijen.get(id) ?? []);
    neem(await uitbesteding.batch(
      () => ({ vraag: 'meldingen', regelsetHash: ctx.regelset.hash, rijen: batch, opties }),
      (u) => u as Meldingendeel,
      () => meldingenVanBatch(ctx, batch, opties),
    ));
    gedaan += deze.length;
    na = deze[deze.length - 1];
    if (!meer) return pagina(null);
    if (eerste !== null && gedaan >= eerste) return pagina(maakCursor(toegang, lijst, na));
    await adem();
  }
}
