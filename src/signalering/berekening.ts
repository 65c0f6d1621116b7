// One batch of a signalering run: evaluate each stored leerling exactly as the meldingen query
// does (stored rows → SituatieInput → rules) and turn the meldingen the rules
// give into signalen, each with the school and the woongemeente of its einddatum.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApiContext } from '../api/context';
import { metKalender } from '../api/beoordeling.resolver';
import { evalueerInLijst, isUuid } from '../api/leerlingen/opslag';
import { meldingen as teMeldenVan } from '../engine/verzuim';
import type { Regelset } from '../engine/regelset';
import { formatDatum } from '../time/dag';
import type { Inschrijving } from '../store/entities/leerlingen';
import { laadBatch } from '../store/laders';
import type { NieuwSignaal } from '../store/signalen';
import type { Toegang } from '../toegang/toegang';
import { woongemeenteOp } from '../store/woonperiodes';

/** The run is no key: evaluation only reads facts through the loaders, which apply no visibility. PUBLIC so that nothing it could reach by mistake is allowed. */
const SYSTEEM: Toegang = Object.freeze({ rol: 'PUBLIC', naam: 'signalering', sleutelId: 'systeem' });

export interface Batchvraag { ids: readonly string[]; peildatum: string; runId: string }
export interface Batchuitkomst { signalen: NieuwSignaal[]; leerlingen: number; fouten: { leerlingId: string; bericht: string }[] }

const opDag = (vanaf: string, tot: string | null, dag: string) => vanaf <= dag && (tot === null || tot >= dag);

/** The school on that day: the inschrijving covering it (the latest started one if several), else null. */
export function brinOp(inschrijvingen: readonly Pick<Inschrijving, 'brin' | 'vanaf' | 'tot'>[], dag: string): string | null {
  const op = inschrijvingen.filter((i) => opDag(i.vanaf, i.tot, dag)).sort((a, b) => (a.vanaf < b.vanaf ? 1 : -1));
  return op[0]?.brin ?? null;
}

/**
 * Evaluates the leerlingen of one batch from plain rows (one query per table for the batch, as the
 * meldingen list reads them, and no input snapshot: a run records no beslissing); one that cannot
 * be evaluated is reported, not fatal (a retry would not help).
 */
export async function berekenBatch(orm: MikroORM, regelset: Regelset, v: Batchvraag): Promise<Batchuitkomst> {
  const ctx: ApiContext = { regelset, regelsetInfo: null, toegang: SYSTEEM };
  const rijen = await laadBatch(orm.em.fork(), v.ids.filter(isUuid));
  const signalen: NieuwSignaal[] = [];
  const fouten: Batchuitkomst['fouten'] = [];
  for (const [id, r] of rijen) {
    try {
      const f = evalueerInLijst(ctx, r, v.peildatum);
      for (const m of metKalender(() => teMeldenVan(f))) {
        const einddatum = formatDatum(m.kandidaat.einddatum);
        signalen.push({
          leerlingId: id, soort: m.kandidaat.soort, begindatum: formatDatum(m.kandidaat.begindatum), einddatum, uren: m.kandidaat.uren, verplicht: m.verplicht,
          brin: brinOp(r.inschrijvingen, einddatum), gemeente: woongemeenteOp(r.leerling, r.woonperiodes, einddatum), peildatum: v.peildatum, runId: v.runId, regelsetHash: regelset.hash,
        });
      }
    } catch (e) {
      fouten.push({ leerlingId: id, bericht: e instanceof Error ? e.message : String(e) });
    }
  }
  return { signalen, leerlingen: rijen.size, fouten };
}
