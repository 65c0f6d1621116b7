// Putting a signalering run on the job queue (graphile-worker's schema, migrated if needed). Only
// the queue: the API's startSignalering uses it without loading the worker and its tasks.
import { randomBytes } from 'node:crypto';
import { Logger as GraphileLogger, makeWorkerUtils } from 'graphile-worker';
import { formatDatum, vandaag } from '../time/dag';
import { RUN_TAAK } from './cron';

export const SCHEMA = 'graphile_worker';
/** Every signalering job's key starts with this (herstel.ts and runStand find them by it). */
export const JOB_PREFIX = 'signalering:';
/** A job is tried this often before it stays failed (visible in graphile_worker.jobs with its last_error). */
export const MAX_POGINGEN = 10;

export interface RunPayload { runId?: string; peildatum?: string; gemeenten?: string[]; _cron?: { ts: string } }

/** Letters only: the log masks every run of eight digits (a BSN could hide in one), and a uuid has such runs. */
export function nieuweRunId(): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  return `nu-${[...randomBytes(16)].map((b) => letters[b % letters.length]).join('')}`;
}

export interface RunVraag { peildatum?: string; gemeenten?: string[]; runId?: string }

/** Enqueues a signalering run now (migrating graphile-worker's schema if needed); returns its run id. */
export async function startRun(databaseUrl: string, v: RunVraag = {}): Promise<string> {
  const runId = v.runId ?? nieuweRunId();
  const utils = await makeWorkerUtils({ connectionString: databaseUrl, schema: SCHEMA, logger: new GraphileLogger(() => () => undefined) });
  try {
    await utils.migrate();
    // the peildatum is fixed now (today in Europe/Amsterdam, like every "today" of the API): a retry after midnight evaluates the same day
    const payload: RunPayload = { runId, peildatum: v.peildatum ?? formatDatum(vandaag()), ...(v.gemeenten ? { gemeenten: v.gemeenten } : {}) };
    await utils.addJob(RUN_TAAK, payload, { jobKey: `${JOB_PREFIX}${runId}`, maxAttempts: MAX_POGINGEN });
  } finally {
    await utils.release();
  }
  return runId;
}

