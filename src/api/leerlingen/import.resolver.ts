// Bulk verzuim import: every record is checked first (nothing is written when one fails, and the
// error names it), then all are written in one transaction, once per idempotentieSleutel.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { uuidLijst } from '../../store/laders';
import { importeerVerzuim, SleutelHergebruikt } from '../../store/verzuimimport';
import { zichtbareLeerlingenMetIds } from '../../store/zichtbaarheid';
import { binnenEigenInschrijving } from '../../toegang/eigenaarschap';
import { controleerVerzuimdatum } from './validatie';
import type { ApiContext } from '../context';
import { invoerFout } from '../fouten';
import { datum } from '../omzetten';
import { VerzuimImportRecord } from './invoer';
import { isUuid, opslag, ververs } from './opslag';
import { OPSLAG_ROLLEN, onbekendOfVerboden } from './rechten';
import { VerzuimImportUitvoer } from './typen';
import type { Toegang } from '../../toegang/toegang';
import { Verdwenen } from './verdwenen';

export const MAX_IMPORT = 100_000;
const EPS = 1e-9;

/** Format checks that need no database; ids are lower-cased in place. */
function controleerVorm(records: VerzuimImportRecord[]): void {
  records.forEach((r, i) => {
    if (!isUuid(r.leerlingId)) throw onbekendOfVerboden(`records[${i}].leerlingId`, r.leerlingId);
    r.leerlingId = r.leerlingId.toLowerCase();
    datum(`records[${i}].datum`, r.datum);
    if (!Number.isFinite(r.uren) || r.uren < 0 || r.uren > 24) throw invoerFout(`records[${i}].uren`, `${r.uren} is outside 0–24`);
  });
}

/** Inside the import's transaction: each leerling visible, no date before birth, at most 24 hours a day with what is stored. */
export async function controleerTegenOpslag(em: EntityManager, t: Toegang, records: VerzuimImportRecord[]): Promise<void> {
  // only the visible leerlingen are read (visibility is in the query), and only their stored hours:
  // a foreign leerling and an unknown id cost the same
  const leerlingen = new Map((await zichtbareLeerlingenMetIds(em, t, [...new Set(records.map((r) => r.leerlingId))])).map((l) => [l.id, l]));
  const perDag = new Map<string, number>();
  for (const r of await em.getConnection().execute<{ leerling_id: string; datum: string; uren: number }[]>(
    'select leerling_id, datum::text as datum, sum(uren)::float8 as uren from verzuimregistratie where leerling_id = any(?::uuid[]) group by 1, 2', [uuidLijst([...leerlingen.keys()])])) {
    perDag.set(`${r.leerling_id}|${r.datum}`, r.uren);
  }
  // a SCHOOL key imports verzuim only on days inside its own inschrijvingen: read them once (one query)
  const eigen = new Map<string, { brin: string; vanaf: string; tot: string | null }[]>();
  if (t.rol === 'SCHOOL') {
    for (const r of await em.getConnection().execute<{ leerling_id: string; brin: string; vanaf: string; tot: string | null }[]>(
      'select leerling_id, brin, vanaf::text as vanaf, tot::text as tot from inschrijving where leerling_id = any(?::uuid[])', [uuidLijst([...leerlingen.keys()])])) {
      eigen.set(r.leerling_id, [...(eigen.get(r.leerling_id) ?? []), r]);
    }
  }
  records.forEach((r, i) => {
    const l = leerlingen.get(r.leerlingId);
    if (!l) throw onbekendOfVerboden(`records[${i}].leerlingId`, r.leerlingId);
    if (r.datum < l.geboortedatum) throw invoerFout(`records[${i}].datum`, `${r.datum} lies before geboortedatum ${l.geboortedatum}`);
    // evaluable: inside the school calendar of the leerling's vakantieregio (else it would break later lists)
    controleerVerzuimdatum(`records[${i}].datum`, l.vakantieregio, r.datum);
    if (t.rol === 'SCHOOL' && !binnenEigenInschrijving(t, eigen.get(r.leerlingId) ?? [], r.datum)) throw invoerFout(`records[${i}].datum`, `${r.datum} lies outside this school's inschrijving (BRIN ${t.brin})`);
    const k = `${r.leerlingId}|${r.datum}`;
    const som = (perDag.get(k) ?? 0) + r.uren;
    if (som > 24 + EPS) throw invoerFout(`records[${i}].uren`, `the records of ${r.datum} for this leerling add up to ${som} hours with those already stored, more than 24 on one day`);
    perDag.set(k, som);
  });
}

@Resolver()
@UseMiddleware(Verdwenen)
export class VerzuimImportResolver {
  @Authorized(OPSLAG_ROLLEN)
  @Mutation(() => VerzuimImportUitvoer, { description: `Slaat verzuim op lesniveau op voor veel leerlingen tegelijk (hoogstens ${MAX_IMPORT} regels): alles of niets, in één transactie. Opnieuw proberen met dezelfde idempotentieSleutel geeft het eerste resultaat en schrijft niets; dezelfde sleutel met andere regels is BAD_USER_INPUT. — Stores verzuim records for many leerlingen at once, all or nothing, idempotent.` })
  async importeerVerzuim(
    @Arg('records', () => [VerzuimImportRecord], { description: 'De verzuimregels. — The records.' }) records: VerzuimImportRecord[],
    @Arg('idempotentieSleutel', { description: 'Gekozen door de aanroeper (bijv. een uuid per bestand), 1–200 tekens; uniek per API-sleutel. — Chosen by the caller; unique per API key.' }) sleutel: string,
    @Ctx() ctx: ApiContext,
  ): Promise<VerzuimImportUitvoer> {
    const { orm, toegang } = opslag(ctx);
    if (sleutel.trim() === '' || sleutel.length > 200) throw invoerFout('idempotentieSleutel', 'must be 1–200 characters');
    if (records.length > MAX_IMPORT) throw invoerFout('records', `${records.length} records; at most ${MAX_IMPORT} per import`);
    controleerVorm(records);
    try {
      const { rij, nieuw } = await importeerVerzuim(orm, toegang, sleutel, records, (em) => controleerTegenOpslag(em, toegang, records));
      if (nieuw) ververs(ctx);
      return { id: rij.id, idempotentieSleutel: rij.sleutel, aantal: rij.aantal, aangemaaktOp: rij.aangemaaktOp.toISOString(), nieuw };
    } catch (e) {
      if (e instanceof SleutelHergebruikt) throw invoerFout('idempotentieSleutel', e.message);
      throw e;
    }
  }
}
