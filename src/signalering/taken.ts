// The signalering jobs. A run (cron, `npm run worker -- --nu`, or startRun) enqueues one job per
// gemeente; that job splits its leerlingen into keyset ranges of ids and enqueues one batch job per
// range; a batch evaluates its leerlingen and stores the new signalen in one transaction. Job keys
// (run + gemeente + range) make enqueueing twice — a retried job — a no-op.
import type { JobHelpers, Task, TaskList } from 'graphile-worker';
import { bewaarSignalen } from '../store/signalen';
import { formatDatum, vandaag } from '../time/dag';
import { GEMEENTECODE } from '../toegang/toegang';
import type { Logger } from '../server/log';
import type { Batchuitkomst, Batchvraag } from './berekening';
import { JOB_PREFIX, MAX_POGINGEN, type RunPayload } from './wachtrij';
import { inSlot } from './slot';
import { RUN_TAAK } from './cron';

export const GEMEENTE_TAAK = 'signalering-gemeente';
export const BATCH_TAAK = 'signalering-batch';
interface GemeentePayload { runId: string; peildatum: string; gemeente: string }
interface BatchPayload extends GemeentePayload { na: string | null; tot: string }

/** One batch evaluated: berekenBatch with the worker's rule set and database, in this thread or another. */
export type Reken = (v: Batchvraag) => Promise<Batchuitkomst>;
export interface TaakOpties { reken: Reken; batch: number; logger: Logger; testVertragingMs: number }

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const wacht = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Payloads come from our own code, but a job row can be written by anyone with database access: checked. */
function controleer(p: unknown, velden: string[]): void {
  const o = p as Record<string, unknown>;
  for (const v of velden) if (typeof o?.[v] !== 'string') throw new Error(`payload.${v} missing`);
  if (o.peildatum !== undefined && !DATUM.test(String(o.peildatum))) throw new Error('payload.peildatum is not a date');
  if (o.gemeente !== undefined && !GEMEENTECODE.test(String(o.gemeente))) throw new Error('payload.gemeente is not a gemeentecode');
}

/** Leerlingen the run looks at in a gemeente: those living there now with verzuim up to the peildatum (what meldingen evaluates). */
const LEERLINGEN = `from leerling l where l.gemeente = $1 and exists (select 1 from verzuimregistratie v where v.leerling_id = l.id and v.datum <= $2::date)`;

export function takenlijst(o: TaakOpties): TaskList {
  const slot = <P>(werk: (p: P, h: JobHelpers, sql: (q: string, par: unknown[]) => Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>) => Promise<void>): Task =>
    async (payload, h) => h.withPgClient((client) => inSlot(client, h.job.id, () => werk(payload as P, h, (q, par) => client.query(q, par))));

  const run: Task = slot<RunPayload>(async (p, h, sql) => {
    // a scheduled run evaluates on the Amsterdam day of its cron time (the cron fields are UTC)
    const peildatum = p.peildatum ?? formatDatum(vandaag(p._cron ? Date.parse(p._cron.ts) : Date.now()));
    const runId = p.runId ?? (p._cron ? `cron-${p._cron.ts}` : `job-${h.job.id}`);
    controleer({ runId, peildatum }, ['runId', 'peildatum']);
    const gemeenten = p.gemeenten ?? (await sql('select distinct gemeente from leerling order by gemeente', [])).rows.map((r) => String(r.gemeente));
    for (const gemeente of gemeenten) {
      controleer({ gemeente }, []);
      await h.addJob(GEMEENTE_TAAK, { runId, peildatum, gemeente }, { jobKey: `${JOB_PREFIX}${runId}:${gemeente}`, maxAttempts: MAX_POGINGEN });
    }
    o.logger.info({ runId, peildatum, gemeenten: gemeenten.length }, 'signalering run enqueued');
  });

  const gemeente: Task = slot<GemeentePayload>(async (p, h, sql) => {
    controleer(p, ['runId', 'peildatum', 'gemeente']);
    let na: string | null = null;
    let batches = 0;
    for (;;) {
      const { rows } = await sql(`select l.id::text as id ${LEERLINGEN} and ($3::uuid is null or l.id > $3::uuid) order by l.id limit $4`, [p.gemeente, p.peildatum, na, o.batch]);
      if (rows.length === 0) break;
      const tot = String(rows[rows.length - 1].id);
      await h.addJob(BATCH_TAAK, { ...p, na, tot }, { jobKey: `${JOB_PREFIX}${p.runId}:${p.gemeente}:${tot}`, maxAttempts: MAX_POGINGEN });
      batches++;
      na = tot;
      if (rows.length < o.batch) break;
    }
    o.logger.info({ runId: p.runId, gemeente: p.gemeente, batches }, 'signalering gemeente split into batches');
  });

  const batch: Task = slot<BatchPayload>(async (p, h, sql) => {
    controleer(p, ['runId', 'peildatum', 'gemeente', 'tot']);
    const { rows } = await sql(`select l.id::text as id ${LEERLINGEN} and ($3::uuid is null or l.id > $3::uuid) and l.id <= $4::uuid order by l.id`, [p.gemeente, p.peildatum, p.na, p.tot]);
    const u = await o.reken({ ids: rows.map((r) => String(r.id)), peildatum: p.peildatum, runId: p.runId });
    const nieuw = await bewaarSignalen(sql, u.signalen);
    if (o.testVertragingMs > 0) {
      // tests only: a batch that takes long, so that its worker can be killed in the middle of it (inserted, not committed)
      o.logger.info({ job: h.job.id, runId: p.runId, nieuw }, 'signalering batch stored, not committed yet (test delay)');
      await wacht(o.testVertragingMs);
    }
    for (const f of u.fouten) o.logger.warn({ runId: p.runId, leerlingId: f.leerlingId }, `signalering: leerling could not be evaluated: ${f.bericht}`);
    o.logger.info({ job: h.job.id, runId: p.runId, gemeente: p.gemeente, leerlingen: u.leerlingen, signalen: u.signalen.length, nieuw, fouten: u.fouten.length }, 'signalering batch done');
  });

  return { [RUN_TAAK]: run, [GEMEENTE_TAAK]: gemeente, [BATCH_TAAK]: batch };
}
