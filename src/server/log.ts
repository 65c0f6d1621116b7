// Logging: JSON lines (pino) to stdout, one line per HTTP request (pino-http) and one per internal
// error. The log never holds a BSN nor a person's name: request bodies, variables, query strings,
// headers and free text are never logged; the few strings that are (error messages, stack frames)
// pass through zonderBsn; database errors are reduced to name, code, constraint, table and column,
// because they quote the failing SQL with its values ("Failing row contains (…)").
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { format } from 'node:util';
import pino from 'pino';
import pinoHttp from 'pino-http';

export type Logger = pino.Logger;

/** The request being handled (its id), so an error logged deep inside names its request. */
export const lopendVerzoek = new AsyncLocalStorage<{ reqId: string }>();

// ---------------------------------------------------------------------------------------------
// BSN masking
// ---------------------------------------------------------------------------------------------

const MASKER = '•••••••••';
// A date (2024-03-15, 15-03-2024, 15.03.2024, 2024/03/15) or a schooljaar (2023/2024, 2023-2024)
// is kept readable: it is tried first, at the same position, by the alternation below.
const DATUM = String.raw`(?:19|20)\d\d(?<s1>[-./ ])(?:0?[1-9]|1[0-2])\k<s1>(?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])(?<s2>[-./ ])(?:0?[1-9]|1[0-2])\k<s2>(?:19|20)\d\d|(?:19|20)\d\d[-/](?:19|20)\d\d`;
// Digits, optionally grouped by single separators (123.456.782, 1234.56.782, 123 456 782, 123-456-782).
const CIJFERGROEP = String.raw`\d+(?:[ .\-_\u00a0\u2009\u202f]\d+)*`;
const KANDIDAAT = new RegExp(String.raw`(?<!\d)(?:(${DATUM})(?!\d)|${CIJFERGROEP})`, 'g');

/**
 * Masks every BSN-like number in any spelling: 123456782, 123.456.782, 123 456 782, 123-456-782,
 * also 9 digits inside longer text, and runs of 8-10 digits generally (err on masking). Any digit
 * sequence (separators allowed) with 8 digits or more is masked; dates such as 2024-03-15 and
 * shorter numbers stay readable.
 */
export function zonderBsn(tekst: string): string {
  return tekst.replace(KANDIDAAT, (m: string, datum?: string) => {
    if (datum) return m;
    let cijfers = 0;
    for (let i = 0; i < m.length; i++) if (m.charCodeAt(i) >= 48 && m.charCodeAt(i) <= 57) cijfers++;
    return cijfers >= 8 ? MASKER : m;
  });
}

// ---------------------------------------------------------------------------------------------
// Sanitising what is logged
// ---------------------------------------------------------------------------------------------

/** keys whose values are never logged, at any depth */
const GEHEIM = ['authorization', 'x-api-key', 'cookie', 'set-cookie', 'bsn', 'naam', 'sleutel', 'password', 'parameters', 'sql', 'query', 'variables', 'body', 'detail', 'toelichting'];
const GEHEIM_SET = new Set(GEHEIM);
const VERWIJDERD = '[REDACTED]';
const GESERIALISEERD = Symbol('logFout.geserialiseerd');
const MAX_TEKST = 1000;
const MAX_REGEL = 8 * 1024;
const MAX_FRAMES = 20;

function afkappen(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max)}…(${s.length - max} more)`;
}

const veiligeTekst = (s: string, max = MAX_TEKST) => zonderBsn(afkappen(s, max));

// pino redact paths: the key itself, and up to three levels deep
const pad = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `["${k}"]`);
const REDACT_PADEN = GEHEIM.flatMap((k) => [pad(k).replace(/^\./, ''), `*${pad(k)}`, `*.*${pad(k)}`, `*.*.*${pad(k)}`]);

/** Deep copy with secret keys redacted, strings masked and bounded, errors serialised safely. */
function schoon(w: unknown, diepte = 0): unknown {
  if (typeof w === 'string') return veiligeTekst(w);
  if (typeof w !== 'object' || w === null) return typeof w === 'function' || typeof w === 'symbol' ? undefined : typeof w === 'bigint' ? zonderBsn(String(w)) : w;
  if ((w as Record<symbol, unknown>)[GESERIALISEERD]) return w;
  if (w instanceof Error) return serialiseerFout(w);
  if (w instanceof Date) return w;
  if (diepte >= 5) return '[…]';
  if (Array.isArray(w)) {
    const uit = w.slice(0, 50).map((x) => schoon(x, diepte + 1));
    if (w.length > 50) uit.push(`…(${w.length - 50} more)`);
    return uit;
  }
  if (Buffer.isBuffer(w) || ArrayBuffer.isView(w)) return `[${w.constructor.name}]`;
  const uit: Record<string, unknown> = {};
  let n = 0;
  for (const [k, v] of Object.entries(w)) {
    if (++n > 50) { uit['…'] = 'more keys'; break; }
    uit[k] = GEHEIM_SET.has(k.toLowerCase()) ? VERWIJDERD : schoon(v, diepte + 1);
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

type FoutObject = Error & Record<string, unknown>;
const DB_KENMERKEN = ['sql', 'query', 'parameters', 'detail', 'where', 'severity', 'sqlState', 'sqlMessage', 'routine', 'internalQuery', 'constraint', 'table', 'column', 'hint', 'position'];

/** MikroORM DriverException (and subclasses), pg DatabaseError, or anything carrying their fields */
function isDbFout(e: FoutObject): boolean {
  if (DB_KENMERKEN.some((k) => k in e && e[k] !== undefined)) return true;
  const namen = [e.name, e.constructor?.name];
  for (let p = Object.getPrototypeOf(e); p && p !== Error.prototype; p = Object.getPrototypeOf(p)) namen.push(p.constructor?.name);
  return namen.some((n) => typeof n === 'string' && (n === 'DatabaseError' || n === 'DriverException' || /ViolationException$|^(Server|Connection|Driver)Exception$/.test(n)));
}

const IDENTIFIER = /^[A-Za-z0-9_$.:-]{1,128}$/;
const veiligId = (w: unknown): string | undefined => {
  if (typeof w !== 'string' && typeof w !== 'number') return undefined;
  const s = String(w);
  return IDENTIFIER.test(s) ? zonderBsn(s) : undefined;
};
const foutNaam = (e: FoutObject): string => {
  const n = e.name && e.name !== 'error' && e.name !== 'Error' ? e.name : (e.constructor?.name ?? 'Error');
  return veiligId(n) ?? 'Error';
};
// an error message that quotes SQL (e.g. knex/MikroORM prefixing the statement with its values)
const SQL_ACHTIG = /\b(insert\s+into|delete\s+from|update\s+\S+\s+set|select\b[\s\S]*?\bfrom|values\s*\(|failing row contains)/i;

function frames(stack: unknown): string[] | undefined {
  if (typeof stack !== 'string') return undefined;
  const regels = stack.split('\n').map((r) => r.trim()).filter((r) => r.startsWith('at '));
  const uit = regels.slice(0, MAX_FRAMES).map((r) => veiligeTekst(r, 300));
  if (regels.length > MAX_FRAMES) uit.push(`…(${regels.length - MAX_FRAMES} more frames)`);
  return uit;
}

function markeer<T extends object>(o: T): T {
  Object.defineProperty(o, GESERIALISEERD, { value: true, enumerable: false });
  return o;
}

/**
 * An error as a plain, bounded object without BSNs. A database error keeps only name, code,
 * constraint, table and column: its message, SQL, parameters and detail quote the row's values.
 * Used as pino's `err` serializer and by logFout.
 */
function serialiseerFout(e: unknown, diepte = 0, maxTekst = MAX_TEKST, metStack = true): Record<string, unknown> {
  if (e !== null && typeof e === 'object' && (e as Record<symbol, unknown>)[GESERIALISEERD]) return e as Record<string, unknown>;
  if (!(e instanceof Error)) {
    const soort = e === null ? 'null' : typeof e === 'object' ? (veiligId(e.constructor?.name) ?? 'object') : typeof e;
    const tekst = typeof e === 'string' ? e : typeof e === 'object' ? '' : String(e);
    return markeer({ name: soort, ...(tekst ? { message: SQL_ACHTIG.test(tekst) ? '[message quotes SQL: not logged]' : veiligeTekst(tekst, maxTekst) } : {}) });
  }
  const f = e as FoutObject;
  if (isDbFout(f)) {
    const uit: Record<string, unknown> = { name: foutNaam(f), database: true };
    for (const k of ['code', 'constraint', 'table', 'column'] as const) {
      const w = veiligId(f[k]);
      if (w !== undefined) uit[k] = w;
    }
    return markeer(uit);
  }
  const bericht = typeof f.message === 'string' ? f.message : String(f.message);
  const uit: Record<string, unknown> = {
    name: foutNaam(f),
    message: SQL_ACHTIG.test(bericht) ? '[message quotes SQL: not logged]' : veiligeTekst(bericht, maxTekst),
  };
  const code = veiligId(f.code);
  if (code !== undefined) uit.code = code;
  if (metStack) {
    const st = frames(f.stack);
    if (st?.length) uit.stack = st;
  }
  if (f.cause !== undefined && diepte < 3) uit.cause = serialiseerFout(f.cause, diepte + 1, Math.min(maxTekst, 500), metStack && diepte < 1);
  return markeer(uit);
}

// ---------------------------------------------------------------------------------------------
// The logger
// ---------------------------------------------------------------------------------------------

const NIVEAUS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** JSON lines (pino) to stdout by default; level from LOG_LEVEL (default 'info'); tests pass a destination stream to capture. */
export function maakLogger(opties: { bestemming?: pino.DestinationStream; niveau?: string } = {}): Logger {
  const gevraagd = (opties.niveau ?? process.env.LOG_LEVEL ?? 'info').trim().toLowerCase();
  const opts: pino.LoggerOptions = {
    level: NIVEAUS.has(gevraagd) ? gevraagd : 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label) => ({ level: label }),
      log: (o) => schoon(o) as Record<string, unknown>,
    },
    serializers: {
      err: (e: unknown) => serialiseerFout(e),
      // a request or response object logged by accident: method and status only, never headers
      req: (r: { method?: unknown }) => ({ method: typeof r?.method === 'string' ? r.method : undefined }),
      res: (r: { statusCode?: unknown }) => ({ status: typeof r?.statusCode === 'number' ? r.statusCode : undefined }),
    },
    redact: { paths: REDACT_PADEN, censor: VERWIJDERD },
    hooks: {
      // every message passes through zonderBsn; an Error is never logged as its raw message
      logMethod(args, method) {
        const lijst = args as unknown[];
        let obj: object | undefined;
        let rest = lijst;
        if (lijst[0] instanceof Error) { obj = { err: lijst[0] }; rest = lijst.slice(1); }
        else if (typeof lijst[0] === 'object' && lijst[0] !== null) { obj = lijst[0] as object; rest = lijst.slice(1); }
        let msg = rest.length > 0 ? format(...(rest as [unknown, ...unknown[]])) : undefined;
        if (msg === undefined && obj && 'err' in obj && !('msg' in obj)) msg = 'error';
        if (msg !== undefined) msg = veiligeTekst(msg, 2000);
        const m = method as (...a: unknown[]) => void;
        if (obj) m.call(this, obj, msg);
        else m.call(this, msg);
      },
    },
  };
  return opties.bestemming ? pino(opts, opties.bestemming) : pino(opts);
}

/** The process-wide default logger (maakLogger()), used where no logger is passed. */
export const logger: Logger = maakLogger();

function grootte(o: unknown): number {
  try { return Buffer.byteLength(JSON.stringify(o) ?? '', 'utf8'); } catch { return Infinity; }
}

/**
 * Logs an internal error once, at level error: name, message, a bounded stack (≤ 20 frames),
 * size-bounded (whole line ≤ 8 KB), everything passed through zonderBsn. Database errors
 * (MikroORM DriverException / pg DatabaseError) are logged by name, code, constraint, table and
 * column only — never SQL text nor parameter values nor detail.
 */
export function logFout(e: unknown, log: Logger = logger, extra?: Record<string, unknown>): void {
  try {
    // the request it happened in (http.ts and the worker run each request in verzoekContext)
    const reqId = lopendVerzoek.getStore()?.reqId;
    if (reqId && !extra?.reqId) extra = { ...extra, reqId };
    // budget: the line's fixed part (time, level, pid, hostname, bindings, msg) stays well under 1 KB
    const BUDGET = MAX_REGEL - 1024;
    let err = serialiseerFout(e);
    let bij = extra ? (schoon(extra) as Record<string, unknown>) : {};
    if (grootte({ ...bij, err }) > BUDGET) err = serialiseerFout(e, 0, 300, true);
    if (grootte({ ...bij, err }) > BUDGET) err = serialiseerFout(e, 0, 300, false);
    if (grootte(bij) > BUDGET / 4) {
      const klein: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(bij)) klein[k] = typeof v === 'object' && v !== null ? '[…]' : typeof v === 'string' ? afkappen(v, 100) : v;
      bij = grootte(klein) > BUDGET / 4 ? { extra: '[too large: not logged]' } : klein;
    }
    delete bij.err;
    delete bij.msg;
    log.error({ ...bij, err }, 'internal error');
  } catch {
    // logging must never throw into the caller
  }
}

// ---------------------------------------------------------------------------------------------
// Per-request facts and the request log
// ---------------------------------------------------------------------------------------------

/** Per-request facts the server fills in while handling a request; they appear in that request's log line. */
export interface VerzoekInfo { operatie?: string; rol?: string; codes: string[] }

const INFO = new WeakMap<IncomingMessage, VerzoekInfo>();

export function verzoekInfo(req: IncomingMessage): VerzoekInfo {
  let info = INFO.get(req);
  if (!info) { info = { codes: [] }; INFO.set(req, info); }
  return info;
}

const GELDIG_ID = /^[A-Za-z0-9._:-]{1,128}$/;
// Paths are logged without query string; only known routes by name, anything else a client sends
// as a path is free text (it could hold a name) and is logged as "(other)".
const BEKENDE_PADEN = new Set(['/', '/graphql', '/health', '/health/live', '/health/ready', '/metrics', '/bulk/beoordelingen', '/ready', '/live', '/healthz', '/readyz', '/livez']);
// an operation label such as "mutation maakLeerling" or "query beoordeling,leerling,…" (schema names only)
const OPERATIE = /^[_A-Za-z][_0-9A-Za-z ,.:…-]{0,127}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** no BSN-like number in an id: a uuid's segments are not a grouping of digits, but no run of 8 digits either */
const bevatGeenBsn = (id: string): boolean => (UUID.test(id) ? !/\d{8}/.test(id) : zonderBsn(id) === id);

function verzoekId(req: IncomingMessage, res: ServerResponse): string {
  const kop = req.headers['x-request-id'];
  const kandidaat = Array.isArray(kop) ? (kop.length === 1 ? kop[0] : undefined) : kop;
  // a syntactically valid id is still refused when it holds a BSN-like number
  const id = kandidaat !== undefined && GELDIG_ID.test(kandidaat) && bevatGeenBsn(kandidaat) ? kandidaat : randomUUID();
  if (!res.headersSent) res.setHeader('x-request-id', id);
  return id;
}

function pad_(req: IncomingMessage): string {
  const ruw = (req.url ?? '/').split(/[?#]/, 1)[0];
  const p = ruw.length > 1 ? ruw.replace(/\/+$/, '') : ruw;
  return BEKENDE_PADEN.has(p) ? p : '(other)';
}

function regel(req: IncomingMessage, res: ServerResponse, responseTime: unknown): Record<string, unknown> {
  const info = INFO.get(req);
  const uit: Record<string, unknown> = {
    method: typeof req.method === 'string' && /^[A-Z]{1,16}$/.test(req.method) ? req.method : 'OTHER',
    path: pad_(req),
    status: res.statusCode,
    responseTime,
  };
  if (info?.operatie !== undefined) uit.operatie = OPERATIE.test(info.operatie) ? info.operatie : '(other)';
  if (info?.rol !== undefined) uit.rol = CODE.test(info.rol) ? info.rol : '(other)';
  uit.codes = [...new Set((info?.codes ?? []).filter((c) => typeof c === 'string' && CODE.test(c)))].slice(0, 20);
  if (!res.writableFinished) uit.afgebroken = true;
  return uit;
}

/**
 * pino-http: request id from an incoming `x-request-id` header when it is 1–128 chars of
 * [A-Za-z0-9._:-] (and holds no BSN-like number), else crypto.randomUUID(); sets the response
 * header `x-request-id`; exposes it as req.id; logs exactly ONE line per request when the response
 * finishes (or the client aborts): time, level (info < 400, warn 4xx, error 5xx), reqId, method,
 * path without query string, status, responseTime (ms), operatie, rol, codes. Never logs headers,
 * bodies or query strings.
 */
export function maakHttpLog(log: Logger): (req: IncomingMessage, res: ServerResponse) => void {
  const middleware = pinoHttp({
    logger: log,
    genReqId: verzoekId,
    quietReqLogger: true, // req.log / res.log carry only { reqId }
    quietResLogger: true,
    wrapSerializers: false,
    serializers: {
      err: (e: unknown) => serialiseerFout(e),
      req: (r: IncomingMessage) => ({ method: r?.method }),
      res: (r: ServerResponse) => ({ status: r?.statusCode }),
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessObject: (req, res, val: { responseTime?: number }) => regel(req, res, val?.responseTime),
    // the error itself is logged by logFout where it happens, not here
    customErrorObject: (req, res, _err, val: { responseTime?: number }) => regel(req, res, val?.responseTime),
    customSuccessMessage: (_req, res) => (res.writableFinished ? 'request completed' : 'request aborted'),
    customErrorMessage: (_req, res) => (res.writableFinished ? 'request failed' : 'request aborted'),
  });
  return (req, res) => middleware(req, res);
}
