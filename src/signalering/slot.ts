// A job's database slot: every signalering job runs inside one transaction that holds an advisory
// lock on its job id. While the worker lives, the lock says so; when it dies (kill -9, a lost
// machine) PostgreSQL ends its session, rolls the transaction back and frees the lock, and
// herstel.ts hands the job to another worker. graphile-worker itself only does that after 4 hours.
import type { PoolClient } from 'pg';

/** The advisory lock class of signalering jobs (two-key form: no clash with graphile-worker's own locks). */
export const SLOT_KLASSE = 61_0717;

/** SQL fragment: the lock's second key for the job id in parameter $n. */
export const slotSleutel = (n: number) => `(($${n}::bigint) % 2147483647)::int`;

/** Runs `werk` in a transaction holding the job's lock; commits when it succeeds, rolls back otherwise. */
export async function inSlot<T>(client: PoolClient, jobId: string, werk: () => Promise<T>): Promise<T> {
  await client.query('begin');
  try {
    const { rows } = await client.query<{ vrij: boolean }>(`select pg_try_advisory_xact_lock($1, ${slotSleutel(2)}) as vrij`, [SLOT_KLASSE, jobId]);
    // held: a worker that was thought gone still runs it; fail this attempt, graphile-worker retries later
    if (!rows[0].vrij) throw new Error(`job ${jobId} is still being run by another worker`);
    const uitkomst = await werk();
    await client.query('commit');
    return uitkomst;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  }
}
