// Operator settings: every limit of the HTTP front, read once from the environment (README table).
// A malformed value stops the start with the variable's name: a typo must not silently lift a limit.
import fs from 'node:fs';
import path from 'node:path';
import { leesCors, type CorsBeleid } from './cors';
import { leesCron } from '../signalering/cron';
import { REGELMAP } from '../engine/regelset';

export interface Instellingen {
  /** request body limit in bytes (LEERPLICHT_MAX_BODY_MB, default 20) */
  maxBodyBytes: number;
  /** situaties evaluated per request, summed over every field (LEERPLICHT_MAX_SITUATIES, default 10,000) */
  maxSituaties: number;
  /** whole-request time limit in ms (LEERPLICHT_TIMEOUT_MS, default 60,000) */
  timeoutMs: number;
  /** requests per minute per API key (LEERPLICHT_RATE_KEY_PER_MIN, default 600; 0 = off) */
  rateSleutelPerMinuut: number;
  /** requests per minute per IP address without a key (LEERPLICHT_RATE_PUBLIC_PER_MIN, default 120; 0 = off) */
  ratePubliekPerMinuut: number;
  /** worker threads for heavy requests (LEERPLICHT_WORKERS, default: cores, at least 1) */
  werkers: number;
  /** start the workers at start-up instead of on the first heavy request (LEERPLICHT_WORKERS_EAGER, default true) */
  werkersVooraf: boolean;
  /** an idle worker thread takes over batches of another thread's stored list (LEERPLICHT_LIST_SHARE, default false): jaarcijfers faster, ~100 MB more peak RSS */
  lijstenDelen: boolean;
  /** a request with more situaties (or records) than this goes to a worker thread (LEERPLICHT_WORKER_DREMPEL, default 200) */
  werkerDrempel: number;
  /** GraphQL introspection (LEERPLICHT_INTROSPECTION; default on, off with NODE_ENV=production) */
  introspectie: boolean;
  /** "did you mean …" field suggestions (off with NODE_ENV=production) */
  suggesties: boolean;
  maxAliassen: number;
  maxDiepte: number;
  maxTokens: number;
  maxDirectieven: number;
  /** CORS: origins admitted (LEERPLICHT_CORS_ORIGINS; "*" for the stateless PUBLIC questions) */
  cors: CorsBeleid;
  /** bulk route: its own worker threads (LEERPLICHT_BULK_WORKERS, default: cores) */
  bulkWerkers: number;
  /** bulk route: longest line in bytes; a longer one answers BAD_USER_INPUT (LEERPLICHT_BULK_MAX_LINE_KB, default 1024) */
  bulkMaxRegelBytes: number;
  /** bulk route: a run with no input and no output progress this long is stopped (LEERPLICHT_BULK_IDLE_MS, default 30,000) */
  bulkStilMs: number;
  /** bulk route: runs at the same time; more answer 503 SERVER_BUSY (LEERPLICHT_BULK_MAX_REQUESTS, default 4) */
  bulkMaxVerzoeken: number;
  /** run a signalering worker inside the API process (WORKER_IN_PROCES, default true; false under NODE_ENV=test: no surprise jobs in tests) */
  werkerInProces: boolean;
  /** signalering jobs one worker process runs at a time (WORKER_CONCURRENCY, default 2) */
  werkerConcurrency: number;
  /** the scheduled run as a graphile-worker crontab line (SIGNALERING_CRON, default "0 2 * * *" UTC; '' = no schedule) */
  signaleringCrontab: string;
  /** leerlingen per batch job (SIGNALERING_BATCH, default 500) */
  signaleringBatch: number;
  /** a job locked this long by a worker that is gone (its database session ended) is handed to another (SIGNALERING_HERSTEL_MS, default 30,000) */
  signaleringHerstelMs: number;
  /** tests only: every batch job waits this long after it started (SIGNALERING_TEST_VERTRAGING_MS, default 0), so a test can kill a worker mid-batch */
  signaleringTestVertragingMs: number;
  /** the built Leerplichtcheck page served at /leerplichtcheck (LEERPLICHT_WEB_DIST; default web/dist in the project) */
  webDist?: string;
  /** the rules folder served (LEERPLICHT_RULES_DIR; default the project's rules/), its beleid/ packs included */
  regelmap: string;
  /** extra folders of policy packs, a deployment's own (LEERPLICHT_BELEID_DIR; default none) */
  beleidMappen: string[];
  /** a deployment's own import profiles, beside rules/importprofielen (LEERPLICHT_IMPORTPROFIELEN_DIR; default none) */
  importprofielenMap?: string;
}

export class InstellingFout extends Error {}

function leesCorsInstelling(w: string | undefined): CorsBeleid {
  try {
    return leesCors(w);
  } catch (e) {
    throw new InstellingFout((e as Error).message);
  }
}

function leesCronInstelling(w: string | undefined): string {
  try {
    return leesCron(w);
  } catch (e) {
    throw new InstellingFout((e as Error).message);
  }
}

function getal(env: NodeJS.ProcessEnv, naam: string, standaard: number, min: number, max: number): number {
  const w = env[naam];
  if (w === undefined || w.trim() === '') return standaard;
  const n = Number(w);
  if (!Number.isFinite(n) || n < min || n > max) throw new InstellingFout(`${naam}=${JSON.stringify(w)}: expected a number ${min}–${max}`);
  return n;
}

function vlag(env: NodeJS.ProcessEnv, naam: string, standaard: boolean): boolean {
  const w = env[naam]?.trim().toLowerCase();
  if (w === undefined || w === '') return standaard;
  if (['1', 'true', 'yes', 'on'].includes(w)) return true;
  if (['0', 'false', 'no', 'off'].includes(w)) return false;
  throw new InstellingFout(`${naam}=${JSON.stringify(env[naam])}: expected true or false`);
}

/** A folder setting: resolved against the working directory; it must exist, or the start stops naming the variable. */
function map(env: NodeJS.ProcessEnv, naam: string): string | undefined {
  const w = env[naam]?.trim();
  if (!w) return undefined;
  const pad = path.resolve(w);
  if (!fs.statSync(pad, { throwIfNoEntry: false })?.isDirectory()) throw new InstellingFout(`${naam}=${JSON.stringify(env[naam])}: not a folder (${pad})`);
  return pad;
}

export function leesInstellingen(env: NodeJS.ProcessEnv = process.env, cores = 2): Instellingen {
  const productie = env.NODE_ENV === 'production';
  return {
    maxBodyBytes: Math.round(getal(env, 'LEERPLICHT_MAX_BODY_MB', 20, 0.001, 1024) * 1024 * 1024),
    maxSituaties: getal(env, 'LEERPLICHT_MAX_SITUATIES', 10_000, 1, 10_000_000),
    timeoutMs: getal(env, 'LEERPLICHT_TIMEOUT_MS', 60_000, 100, 3_600_000),
    rateSleutelPerMinuut: getal(env, 'LEERPLICHT_RATE_KEY_PER_MIN', 600, 0, 10_000_000),
    ratePubliekPerMinuut: getal(env, 'LEERPLICHT_RATE_PUBLIC_PER_MIN', 120, 0, 10_000_000),
    werkers: getal(env, 'LEERPLICHT_WORKERS', Math.max(1, cores), 1, 64),
    werkersVooraf: vlag(env, 'LEERPLICHT_WORKERS_EAGER', true),
    lijstenDelen: vlag(env, 'LEERPLICHT_LIST_SHARE', false),
    werkerDrempel: getal(env, 'LEERPLICHT_WORKER_DREMPEL', 200, 0, 10_000_000),
    introspectie: vlag(env, 'LEERPLICHT_INTROSPECTION', !productie),
    suggesties: !productie,
    maxAliassen: 30,
    maxDiepte: 12,
    maxTokens: 20_000,
    maxDirectieven: 50,
    cors: leesCorsInstelling(env.LEERPLICHT_CORS_ORIGINS),
    bulkWerkers: getal(env, 'LEERPLICHT_BULK_WORKERS', Math.max(1, cores), 1, 64),
    bulkMaxRegelBytes: Math.round(getal(env, 'LEERPLICHT_BULK_MAX_LINE_KB', 1024, 1, 1024 * 1024) * 1024),
    bulkStilMs: getal(env, 'LEERPLICHT_BULK_IDLE_MS', 30_000, 100, 3_600_000),
    bulkMaxVerzoeken: getal(env, 'LEERPLICHT_BULK_MAX_REQUESTS', 4, 1, 1000),
    werkerInProces: vlag(env, 'WORKER_IN_PROCES', env.NODE_ENV !== 'test'),
    werkerConcurrency: getal(env, 'WORKER_CONCURRENCY', 2, 1, 64),
    signaleringCrontab: leesCronInstelling(env.SIGNALERING_CRON),
    signaleringBatch: getal(env, 'SIGNALERING_BATCH', 500, 1, 10_000),
    signaleringHerstelMs: getal(env, 'SIGNALERING_HERSTEL_MS', 30_000, 100, 4 * 3_600_000),
    signaleringTestVertragingMs: getal(env, 'SIGNALERING_TEST_VERTRAGING_MS', 0, 0, 3_600_000),
    webDist: env.LEERPLICHT_WEB_DIST?.trim() || undefined,
    regelmap: map(env, 'LEERPLICHT_RULES_DIR') ?? REGELMAP,
    beleidMappen: [map(env, 'LEERPLICHT_BELEID_DIR')].filter((m): m is string => m !== undefined),
    importprofielenMap: map(env, 'LEERPLICHT_IMPORTPROFIELEN_DIR'),
  };
}
