// One batch of a stored list, evaluated: the same function whether the list's own thread does it or
// another thread of the server takes it over (Lijstdeel in, Lijstdeeluitslag out, plain data only).
import { GraphQLError } from 'graphql';
import { meldingen as teMeldenVan } from '../../engine/verzuim';
import { uitleg } from '../../engine/uitleg';
import type { Regelset } from '../../engine/regelset';
import type { BatchRijen } from '../../store/laders';
import { binnen, zichtPerioden } from '../../store/zichtbaarheid';
import type { Toegang } from '../../toegang/toegang';
import { formatDatum } from '../../time/dag';
import { gedekteSchooljaren, KalenderBereikFout } from '../../time/kalender';
import { metKalender } from '../met-kalender';
import { meldtermijnVan } from '../meldtermijn';
import type { Regelcontext } from '../context';
import type { Meldingsoort, Taal } from '../enums';
import { beoordeelJaar, type Jaaruitslag } from './jaaruitslag';
import { lijstFoutVan } from './jaarcijfers';
import { evalueerInLijst, meldingUitvoer } from './opslag';
import type { LijstFout, TeMelden } from './typen';

/** How a meldingen list evaluates each leerling (what LijstVraag asks, decided once per request). */
export interface MeldingOpties {
  peildatum: string; toegang: Toegang; taal: Taal; alleenVerplicht: boolean; alleenNietGeregistreerd: boolean; metTermijn: boolean; metUitleg: boolean;
}

export type Lijstdeel =
  | { vraag: 'meldingen'; regelsetHash: string; rijen: BatchRijen[]; opties: MeldingOpties }
  | { vraag: 'jaarcijfers'; regelsetHash: string; rijen: BatchRijen[]; jaar: number };

export interface Meldingendeel { meldingen: TeMelden[]; fouten: LijstFout[] }
/** Per leerling of the batch, in its order: its uitslag or why it could not be evaluated. */
export interface Jaardeel { uitslagen: { id: string; uitslag: Jaaruitslag | null; fout: LijstFout | null }[]; schooljaarFout: string | null }
export type Lijstdeeluitslag = Meldingendeel | Jaardeel;

/** One leerling's failure in a meldingen list: a GraphQL error keeps its code and message (never a BSN: the input holds none); anything else is not described. */
function meldingFout(leerlingId: string, e: unknown): LijstFout {
  if (e instanceof GraphQLError) {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
    return { leerlingId, code, bericht: code === 'INTERNAL_SERVER_ERROR' ? 'internal error while evaluating this leerling' : e.message };
  }
  return { leerlingId, code: 'INTERNAL_SERVER_ERROR', bericht: 'internal error while evaluating this leerling' };
}

/** The meldingen the rules give for each leerling of a batch, about the key's own periods only. */
export function meldingenVanBatch(ctx: Regelcontext, rijen: readonly BatchRijen[], o: MeldingOpties): Meldingendeel {
  const meldingen: TeMelden[] = [];
  const fouten: LijstFout[] = [];
  for (const r of rijen) {
    const id = r.leerling.id;
    try {
      const perioden = zichtPerioden(o.toegang, r.leerling, r.inschrijvingen, r.woonperiodes);
      const f = evalueerInLijst(ctx, r, o.peildatum);
      const eigen: TeMelden[] = [];
      for (const m of metKalender(() => teMeldenVan(f))) {
        if (o.alleenVerplicht && !m.verplicht) continue;
        const einddatum = formatDatum(m.kandidaat.einddatum);
        // only meldingen about the key's own period (its inschrijving, or the leerling living in its gemeente)
        if (!binnen(perioden, einddatum)) continue;
        const rij = r.meldingen.find((g) => g.soort === m.kandidaat.soort && g.einddatum === einddatum) ?? null;
        if (o.alleenNietGeregistreerd && rij) continue;
        const u = o.metUitleg ? metKalender(() => uitleg(m.feiten.beslis('meldingOordeel'), o.taal)) : null;
        eigen.push({
          leerlingId: id, soort: m.kandidaat.soort as Meldingsoort, verplicht: m.verplicht, begindatum: formatDatum(m.kandidaat.begindatum), einddatum,
          uren: m.kandidaat.uren, uitleg: u ? [u] : [], melding: rij && meldingUitvoer(rij),
          termijn: o.metTermijn ? metKalender(() => meldtermijnVan(m.feiten, o.taal)) : null,
        });
      }
      meldingen.push(...eigen);
    } catch (e) {
      fouten.push(meldingFout(id, e));
    }
  }
  return { meldingen, fouten };
}

/** The jaarcijfers' rule-based uitslag of each leerling of a batch. */
export function jaaruitslagenVanBatch(ctx: Regelcontext, rijen: readonly BatchRijen[], jaar: number): Jaardeel {
  const gedekt = gedekteSchooljaren();
  const uitslagen: Jaardeel['uitslagen'] = [];
  for (const r of rijen) {
    try {
      uitslagen.push({ id: r.leerling.id, uitslag: beoordeelJaar(ctx, r, jaar), fout: null });
    } catch (e) {
      // the schooljaar itself outside the calendar is the question's fault, not the leerling's
      if (e instanceof KalenderBereikFout && (jaar < gedekt.van || jaar > gedekt.tot)) return { uitslagen: [], schooljaarFout: e.message };
      uitslagen.push({ id: r.leerling.id, uitslag: null, fout: lijstFoutVan(r.leerling.id, e) });
    }
  }
  return { uitslagen, schooljaarFout: null };
}

/** A batch taken over by another thread: null when that thread has another rule set (the list's own thread then does it). */
export function voerLijstdeelUit(regelset: Regelset, deel: Lijstdeel): Lijstdeeluitslag | null {
  if (deel.regelsetHash !== regelset.hash) return null;
  const ctx = { regelset };
  return deel.vraag === 'meldingen' ? meldingenVanBatch(ctx, deel.rijen, deel.opties) : jaaruitslagenVanBatch(ctx, deel.rijen, deel.jaar);
}
