// Calendar days as plain integers: days since 1970-01-01 (proleptic Gregorian, no time zone).
// Integer civil-date conversion (H. Hinnant's algorithm) keeps hot paths free of Date/luxon.

export type Dag = number;

// Module-local alias: a global lookup of Math is slow inside vm contexts such as jest's.
const floor = Math.floor;

export interface JaarMaandDag {
  jaar: number;
  maand: number;
  dag: number;
}

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

const MAANDLENGTE = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function dagenInMaand(jaar: number, maand: number): number {
  return maand === 2 && isSchrikkeljaar(jaar) ? 29 : MAANDLENGTE[maand - 1];
}

/** Day number of jaar-maand-dagVanMaand; out-of-range parts are not validated (use parseDatum for input). */
export function dag(jaar: number, maand: number, dagVanMaand: number): Dag {
  const y = maand <= 2 ? jaar - 1 : jaar;
  // Fast path: for non-negative small integers `(a / b) | 0` is floor(a / b), and V8 compiles it to
  // integer arithmetic (a multiply for a constant divisor) instead of a float division and rounding.
  if (y >= 0 && y < 1e6 && maand >= 1 && maand <= 12 && (jaar | 0) === jaar && (maand | 0) === maand && (dagVanMaand | 0) === dagVanMaand) {
    const era = (y / 400) | 0;
    const yoe = y - era * 400;
    const doy = (((153 * (maand > 2 ? maand - 3 : maand + 9) + 2) / 5) | 0) + dagVanMaand - 1;
    const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
    return era * 146097 + doe - 719468;
  }
  const era = floor(y / 400);
  const yoe = y - era * 400;
  const doy = floor((153 * (maand > 2 ? maand - 3 : maand + 9) + 2) / 5) + dagVanMaand - 1;
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date as one integer YYYYMMDD; no allocation, so ages and schooljaren can be computed cheaply. */
export function datumGetal(d: Dag): number {
  const z = d + 719468;
  // Fast path (years 0 to about 2,900,000): integer division, see dag().
  if (z >= 0 && z < 0x40000000 && (z | 0) === z) {
    const era = (z / 146097) | 0;
    const doe = z - era * 146097;
    const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
    const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
    const mp = ((5 * doy + 2) / 153) | 0;
    const dd = doy - (((153 * mp + 2) / 5) | 0) + 1;
    const m = mp < 10 ? mp + 3 : mp - 9;
    const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    return y * 10000 + m * 100 + dd;
  }
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const dd = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + dd;
}

export function jmd(d: Dag): JaarMaandDag {
  const g = datumGetal(d);
  return { jaar: floor(g / 10000), maand: floor(g / 100) % 100, dag: g % 100 };
}

const DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

// "Today" is the calendar day in the Netherlands, not in UTC: from 00:00 to 01:00 (winter) or 02:00
// (summer) Amsterdam time the UTC day is still yesterday. Intl knows Europe/Amsterdam's rules (tzdata).
const AMSTERDAM = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
let laatsteMinuut = Number.NaN;
let laatsteDag: Dag = 0;

/**
 * Today: the calendar day in Europe/Amsterdam at the instant nu (ms since the epoch or a Date;
 * default now). Every default "today" of the API (peildatum, wetsdatum, schooljaren, zicht) is this day.
 */
export function vandaag(nu: number | Date = Date.now()): Dag {
  const ms = typeof nu === 'number' ? nu : nu.getTime();
  // Amsterdam's offsets are whole hours, so the day can only change on a whole minute: one
  // Intl call per minute, however many lists ask
  const minuut = floor(ms / 60_000);
  if (minuut === laatsteMinuut) return laatsteDag;
  let j = 0, m = 0, d = 0;
  for (const p of AMSTERDAM.formatToParts(ms)) {
    if (p.type === 'year') j = Number(p.value);
    else if (p.type === 'month') m = Number(p.value);
    else if (p.type === 'day') d = Number(p.value);
  }
  laatsteMinuut = minuut;
  laatsteDag = dag(j, m, d);
  return laatsteDag;
}

/** The digit at position i of s (0–9), or -1: '0'…'9' only, as \d in DATUM. */
function cijfer(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Strict YYYY-MM-DD; null for any other format or a date that does not exist. */
export function parseDatum(s: string): Dag | null {
  // the same strings as DATUM, read by character code: no match array or substrings per date
  // (lists parse every stored date of every leerling they evaluate)
  if (typeof s !== 'string') return parseDatumRegex(s);
  if (!heeftDatumVorm(s)) return null;
  return geldigeDag(cijfer(s, 0) * 1000 + cijfer(s, 1) * 100 + cijfer(s, 2) * 10 + cijfer(s, 3), cijfer(s, 5) * 10 + cijfer(s, 6), cijfer(s, 8) * 10 + cijfer(s, 9));
}

/** The shape /^\d{4}-\d{2}-\d{2}$/ (ASCII digits), tested by character code: no match array per date. */
export function heeftDatumVorm(s: string): boolean {
  return s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45
    && (cijfer(s, 0) | cijfer(s, 1) | cijfer(s, 2) | cijfer(s, 3) | cijfer(s, 5) | cijfer(s, 6) | cijfer(s, 8) | cijfer(s, 9)) >= 0;
}

function parseDatumRegex(s: string): Dag | null {
  const m = DATUM.exec(s);
  if (m === null) return null;
  return geldigeDag(Number(m[1]), Number(m[2]), Number(m[3]));
}

function geldigeDag(jaar: number, maand: number, dagVanMaand: number): Dag | null {
  if (maand < 1 || maand > 12 || dagVanMaand < 1 || dagVanMaand > dagenInMaand(jaar, maand)) return null;
  return dag(jaar, maand, dagVanMaand);
}

function twee(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function formatDatum(d: Dag): string {
  const g = datumGetal(d);
  const jaar = floor(g / 10000);
  return String(jaar).padStart(4, '0') + '-' + twee(floor(g / 100) % 100) + '-' + twee(g % 100);
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdag(d: Dag): number {
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of d's ISO week. */
export function maandag(d: Dag): Dag {
  return d - weekdag(d) + 1;
}

export function eersteVanVolgendeMaand(d: Dag): Dag {
  const g = datumGetal(d);
  const jaar = floor(g / 10000);
  const maand = floor(g / 100) % 100;
  return maand === 12 ? dag(jaar + 1, 1, 1) : dag(jaar, maand + 1, 1);
}

/** Same day-of-month n months later (n may be negative), clamped to the target month's last day. */
export function plusMaanden(d: Dag, n: number): Dag {
  const g = datumGetal(d);
  const index = floor(g / 10000) * 12 + (floor(g / 100) % 100) - 1 + n;
  const jaar = floor(index / 12);
  const maand = index - jaar * 12 + 1;
  return dag(jaar, maand, Math.min(g % 100, dagenInMaand(jaar, maand)));
}

/** The day "MM-DD" in a given year (for dates the law names by day and month, e.g. "voor 1 juli"). */
export function dagInJaar(jaar: number, maandDag: string): Dag {
  const m = /^(\d{2})-(\d{2})$/.exec(maandDag);
  if (m === null) throw new Error(`not a MM-DD day: ${maandDag}`);
  return dag(jaar, Number(m[1]), Number(m[2]));
}
