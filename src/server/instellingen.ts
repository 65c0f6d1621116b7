// Operator settings: every limit of the HTTP front, read once from the environment (README table).
// A malformed value stops the start with the variable's name: a typo must not silently lift a limit.
import { leesCors, type CorsBeleid } from './cors';

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
}

export class InstellingFout extends Error {}

function leesCorsInstelling(w: string | undefined): CorsBeleid {
  try {
    return leesCors(w);
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
    werkerDrempel: getal(env, 'LEERPLICHT_WORKER_DREMPEL', 200, 0, 10_000_000),
    introspectie: vlag(env, 'LEERPLICHT_INTROSPECTION', !productie),
    suggesties: !productie,
    maxAliassen: 30,
    maxDiepte: 12,
    maxTokens: 20_000,
    maxDirectieven: 50,
    cors: leesCorsInstelling(env.LEERPLICHT_CORS_ORIGINS),
  };
}
