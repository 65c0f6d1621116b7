// The DUO hand-off (exportMeldingen): which recorded meldingen of one BRIN a key may export, and
// marking them as exported — once, with time and key, by the key that recorded them (magFeitWijzigen), audited, in one transaction. Rows are locked
// (FOR UPDATE): two exports at the same time never both mark (nor, without ookEerderGeexporteerd,
// both list) the same melding.
import { LockMode, raw, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { brinHoortBij, magFeitWijzigen } from '../toegang/eigenaarschap';
import { schrijfAudit } from './audit';
import { Melding } from './entities/leerlingen';
import { zichtbaarVoor } from './zichtbaarheid';

/** The most meldingen one export hands off; more: a shorter period. */
export const MAX_EXPORT = 10_000;

export interface ExportKeuze { brin: string; van: string; tot: string; ookEerderGeexporteerd: boolean; metBsn: boolean }

export interface ExportRij {
  melding: Melding;
  /** the first export, when this is a repeat (null: exported now for the first time) */
  eerderGeexporteerdOp: Date | null;
  bsn: string | null;
  leerlingnummer: string | null;
  /** the school (4 characters) and its vestiging (2 digits, null: not known) */
  brin: string;
  vestiging: string | null;
}

export class TeVeelMeldingen extends Error {}

/** brinHoortBij(brin, kolom) as SQL: "12AB" covers "12AB" and "12AB01", "12AB01" only itself. */
const brinSql = (kolom: string, brin: string) => (brin.length === 4 ? `left(${kolom}, 4) = ?` : `${kolom} = ?`);

/**
 * The meldingen of `brin` with einddatum in [van, tot] that `t` may see (never INGETROKKEN; without
 * ookEerderGeexporteerd only those not exported before), marked and audited. A melding is of `brin`
 * when that school recorded it, or the leerling was ingeschreven there on its einddatum.
 */
export async function exporteerMeldingen(orm: MikroORM, t: Toegang, k: ExportKeuze, nu = new Date()): Promise<ExportRij[]> {
  return orm.em.fork().transactional(async (em) => {
    const vanBrin = raw((a: string) => `(${brinSql(`${a}.brin`, k.brin)} or exists (select 1 from inschrijving ei where ei.leerling_id = ${a}.leerling_id and ${brinSql('ei.brin', k.brin)} and ei.vanaf <= ${a}.einddatum and (ei.tot is null or ei.tot >= ${a}.einddatum)))`, [k.brin, k.brin]);
    const meldingen = await em.find(Melding, {
      einddatum: { $gte: k.van, $lte: k.tot }, status: { $ne: 'INGETROKKEN' }, ...(k.ookEerderGeexporteerd ? {} : { geexporteerdOp: null }),
      [vanBrin]: [], ...zichtbaarVoor(t, 'leerling_id', { van: 'begindatum', tot: 'einddatum' }),
    } as never, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { einddatum: 'asc', id: 'asc' }, limit: MAX_EXPORT + 1 });
    if (meldingen.length > MAX_EXPORT) throw new TeVeelMeldingen(`more than ${MAX_EXPORT} meldingen in this period; export a shorter one`);
    const ids = [...new Set(meldingen.map((m) => m.leerling.id))];
    // one after another: a transaction has one connection
    const scholen = await inschrijvingenVan(em, ids);
    const nummers = await nummersVan(em, ids);
    const bsns = k.metBsn ? await bsnsVan(em, ids) : new Map<string, string | null>();
    const rijen: ExportRij[] = [];
    for (const m of meldingen) {
      const school = schoolVan(scholen.get(m.leerling.id) ?? [], m, k.brin);
      const eerder = m.geexporteerdOp;
      if (eerder === null && !magFeitWijzigen(t, m)) {
        // the mark is the hand-off of whoever recorded the melding (the school's duty): another key's
        // export lists it but leaves it unmarked, so the recorder's own next export still hands it off
        schrijfAudit(em, t, { operatie: 'exportMeldingen', leerlingId: m.leerling.id, onderwerp: 'melding', onderwerpId: m.id, voor: null, na: { ongemarkeerdGeexporteerdOp: nu.toISOString() } });
      } else if (eerder === null) {
        Object.assign(m, { geexporteerdOp: nu, geexporteerdDoor: t.sleutelId, geexporteerdNaam: t.naam });
        schrijfAudit(em, t, { operatie: 'exportMeldingen', leerlingId: m.leerling.id, onderwerp: 'melding', onderwerpId: m.id, voor: { geexporteerdOp: null }, na: { geexporteerdOp: nu.toISOString() } });
      } else {
        // a repeat changes no mark, but who handed the melding (and a BSN) out again is on record
        schrijfAudit(em, t, { operatie: 'exportMeldingen', leerlingId: m.leerling.id, onderwerp: 'melding', onderwerpId: m.id, voor: null, na: { opnieuwGeexporteerdOp: nu.toISOString() } });
      }
      const per = nummers.get(m.leerling.id) ?? [];
      const nummer = per.find((n) => n.brin === school)?.nummer ?? per.find((n) => n.brin === school.slice(0, 4))?.nummer ?? null;
      rijen.push({
        melding: m, eerderGeexporteerdOp: eerder, bsn: k.metBsn ? bsns.get(m.leerling.id) ?? null : null,
        leerlingnummer: t.rol === 'SCHOOL' && !brinHoortBij(t.brin, school) ? null : nummer,
        brin: school.slice(0, 4), vestiging: school.length === 6 ? school.slice(4) : null,
      });
    }
    return rijen;
  });
}

interface InschrijvingRij { leerling_id: string; brin: string; vanaf: string; tot: string | null }

/**
 * The BRIN (with vestiging when known) a melding is handed off for: the inschrijving at `brin`
 * on the einddatum (a vestiging if the inschrijving names one), else the recording school.
 */
function schoolVan(inschrijvingen: readonly InschrijvingRij[], m: Melding, brin: string): string {
  const op = inschrijvingen.find((i) => brinHoortBij(brin, i.brin) && i.vanaf <= m.einddatum && (i.tot === null || i.tot >= m.einddatum));
  if (op) return op.brin;
  return m.brin && brinHoortBij(brin, m.brin) ? m.brin : brin;
}

const perLeerling = <R extends { leerling_id: string }>(rijen: R[]) => {
  const uit = new Map<string, R[]>();
  for (const r of rijen) uit.set(r.leerling_id, [...(uit.get(r.leerling_id) ?? []), r]);
  return uit;
};

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

async function inschrijvingenVan(em: EntityManager, ids: string[]): Promise<Map<string, InschrijvingRij[]>> {
  if (ids.length === 0) return new Map();
  return perLeerling(await em.execute<InschrijvingRij[]>(`select leerling_id, brin, to_char(vanaf, 'YYYY-MM-DD') as vanaf, to_char(tot, 'YYYY-MM-DD') as tot from inschrijving where leerling_id = any(?::uuid[]) order by leerling_id, vanaf desc, id`, [uuids(ids)]));
}

async function nummersVan(em: EntityManager, ids: string[]): Promise<Map<string, { leerling_id: string; brin: string; nummer: string }[]>> {
  if (ids.length === 0) return new Map();
  return perLeerling(await em.execute<{ leerling_id: string; brin: string; nummer: string }[]>('select leerling_id, brin, nummer from leerlingnummer where leerling_id = any(?::uuid[])', [uuids(ids)]));
}

async function bsnsVan(em: EntityManager, ids: string[]): Promise<Map<string, string | null>> {
  if (ids.length === 0) return new Map();
  const rijen = await em.execute<{ id: string; bsn: string | null }[]>('select id, bsn from leerling where id = any(?::uuid[])', [uuids(ids)]);
  return new Map(rijen.map((r) => [r.id, r.bsn]));
}
