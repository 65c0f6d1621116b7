// Recovery of jobs whose worker died: a signalering job locked for longer than the grace period
// whose slot lock (slot.ts) is free has no live worker. Its lock is released (graphile-worker's
// force_unlock_workers) so that any worker picks it up again; the job's transaction was rolled
// back with the dead session, so the retry starts from nothing and loses nothing.
import type { Pool } from 'pg';
import { SLOT_KLASSE, slotSleutel } from './slot';
import { JOB_PREFIX } from './wachtrij';

export { JOB_PREFIX };

/** Releases the jobs of dead workers once; returns the ids released. */
export async function herstelVerweesdeJobs(pool: Pool, schema: string, graceMs: number): Promise<string[]> {
  const s = `"${schema.replace(/"/g, '""')}"`;
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ id: string; locked_by: string }>(
      `select id::text, locked_by from ${s}.jobs where key like $1 and locked_at is not null and locked_at < now() - make_interval(secs => $2)`,
      [`${JOB_PREFIX}%`, graceMs / 1000],
    );
    const vrijgegeven: string[] = [];
    for (const job of rows) {
      await client.query('begin');
      try {
        // taking the slot lock succeeds only when no session holds it: the worker is gone (released again at commit)
        const vrij = (await client.query<{ vrij: boolean }>(`select pg_try_advisory_xact_lock($1, ${slotSleutel(2)}) as vrij`, [SLOT_KLASSE, job.id])).rows[0].vrij;
        if (vrij) {
          await client.query(`select ${s}.force_unlock_workers(array[$1]::text[])`, [job.locked_by]);
          vrijgegeven.push(job.id);
        }
        await client.query('commit');
      } catch (e) {
        await client.query('rollback').catch(() => undefined);
        throw e;
      }
    }
    return vrijgegeven;
  } finally {
    client.release();
  }
}
