// The school calendar: which days are schooldagen, per vakantieregio.
// A base calendar per regio is a precomputed day array (built once, lazily) so the hot queries
// (isSchooldag, eersteSchooldagVanaf) are array lookups; caller-specific vrijeDagen are a Set overlay.
import vakantieData from '../../rules/kalender/schoolvakanties.json';
import { Dag, dag, formatDatum, maandag, parseDatum, weekdag } from './dag';
import { feestdagen } from './feestdagen';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar, parseSchooljaar } from './schooljaar';

export type Vakantieregio = 'NOORD' | 'MIDDEN' | 'ZUID';

const VAKANTIES = ['herfstvakantie', 'kerstvakantie', 'voorjaarsvakantie', 'meivakantie', 'zomervakantie'] as const;
const REGIO_SLEUTEL: Record<Vakantieregio, 'noord' | 'midden' | 'zuid'> = { NOORD: 'noord', MIDDEN: 'midden', ZUID: 'zuid' };

// Fixed day range of the bitmaps; queries outside it are rejected. Requests carry dates from
// 1900-01-01 to 2100-12-31 (the LocalDate scalar); a year after that leaves room for the lesweken
// and windows counted forward from such a date.
const EERSTE_JAAR = 1900;
const LAATSTE_JAAR = 2101;
const BEREIK_VAN: Dag = dag(EERSTE_JAAR, 1, 1);
const BEREIK_TOT: Dag = dag(LAATSTE_JAAR, 12, 31);
const N = BEREIK_TOT - BEREIK_VAN + 1;

type Periode = { van: Dag; tot: Dag; soort: Vakantiesoort };
export type Vakantiesoort = (typeof VAKANTIES)[number];
type Vakanties = Record<Vakantieregio, Periode[]>;

function laadVakanties(): { perRegio: Vakanties; jaren: number[] } {
  const schooljaren = (vakantieData as { schooljaren: Record<string, Record<string, Record<string, { van: string; tot: string }>>> })
    .schooljaren;
  const perRegio: Vakanties = { NOORD: [], MIDDEN: [], ZUID: [] };
  const jaren: number[] = [];
  for (const [sleutel, soorten] of Object.entries(schooljaren)) {
    const jaar = parseSchooljaar(sleutel);
    if (jaar === null) throw new Error(`schoolvakanties.json: ongeldig schooljaar ${sleutel}`);
    jaren.push(jaar);
    for (const soort of VAKANTIES) {
      for (const regio of Object.keys(REGIO_SLEUTEL) as Vakantieregio[]) {
        const p = soorten[soort]?.[REGIO_SLEUTEL[regio]];
        const van = p && parseDatum(p.van);
        const tot = p && parseDatum(p.tot);
        if (van == null || tot == null || tot < van) throw new Error(`schoolvakanties.json: ${sleutel} ${soort} ${regio} ontbreekt of is ongeldig`);
        perRegio[regio].push({ van, tot, soort });
      }
    }
  }
  jaren.sort((a, b) => a - b);
  jaren.forEach((j, i) => {
    if (i > 0 && j !== jaren[i - 1] + 1) throw new Error('schoolvakanties.json: schooljaren niet aaneengesloten');
  });
  return { perRegio, jaren };
}

const { perRegio: VAKANTIES_PER_REGIO, jaren: DATA_JAREN } = laadVakanties();

// Each schooljaar entry lists the zomervakantie at its END; the one that OPENS schooljaar Y is filed
// under Y-1/Y. For the first listed schooljaar that opening summer is missing, so its first weeks
// are unknown (e.g. August 2019): coverage starts one schooljaar after the first key.
const DEKKING = { van: DATA_JAREN[0] + 1, tot: DATA_JAREN[DATA_JAREN.length - 1] };
const DEKKING_BEGIN = beginSchooljaar(DEKKING.van);
const DEKKING_EINDE = eindeSchooljaar(DEKKING.tot);

/** The schooljaren (start years, inclusive) for which a vakantieregio gives a complete calendar. */
export function gedekteSchooljaren(): { van: number; tot: number } {
  return { ...DEKKING };
}

export class KalenderBereikFout extends Error {
  readonly dag: Dag;
  constructor(regio: Vakantieregio, d: Dag) {
    super(
      `vakantieregio ${regio}: official school holidays are known for schooljaren ${formatSchooljaar(DEKKING.van)}–` +
        `${formatSchooljaar(DEKKING.tot)} only (asked: ${formatDatum(d)}); pass vrijeDagen instead`,
    );
    this.name = 'KalenderBereikFout';
    this.dag = d;
  }
}

// Day states in the base bitmap.
const GEEN = 0; // known: no schooldag
const SCHOOLDAG = 1;
const ONBEKEND = 2; // regio only: a weekday outside the covered schooljaren and outside any listed holiday

interface Basis {
  staat: Uint8Array;
  /** Index of the first schooldag at or after i; negative -(k+1): blocked by unknown day k (k = N: end of range). */
  volgende: Int32Array;
  /** Number of schooldagen in [0, i). */
  cumulatief: Int32Array;
}

function bouwBasis(regio: Vakantieregio | undefined): Basis {
  const staat = new Uint8Array(N);
  for (let i = 0; i < N; i++) staat[i] = weekdag(BEREIK_VAN + i) <= 5 ? SCHOOLDAG : GEEN;
  const zet = (d: Dag) => {
    if (d >= BEREIK_VAN && d <= BEREIK_TOT) staat[d - BEREIK_VAN] = GEEN;
  };
  for (let jaar = EERSTE_JAAR; jaar <= LAATSTE_JAAR; jaar++) for (const f of feestdagen(jaar)) if (f.scholenDicht) zet(f.datum);
  if (regio === undefined) {
    // without a regio a day in the official holidays of all three regio's is still no schooldag
    // for anyone (the zomervakantie's common weeks, the kerstvakantie): never silently a holiday date
    const n = new Uint8Array(N);
    for (const r of Object.keys(REGIO_SLEUTEL) as Vakantieregio[]) {
      for (const p of VAKANTIES_PER_REGIO[r]) for (let d = p.van; d <= p.tot; d++) if (d >= BEREIK_VAN && d <= BEREIK_TOT) n[d - BEREIK_VAN]++;
    }
    for (let i = 0; i < N; i++) if (n[i] === 3) staat[i] = GEEN;
  }
  if (regio !== undefined) {
    for (const p of VAKANTIES_PER_REGIO[regio]) for (let d = p.van; d <= p.tot; d++) zet(d);
    // Outside the covered schooljaren only listed holidays, weekends and feestdagen are known.
    for (let i = 0; i < N; i++) {
      const d = BEREIK_VAN + i;
      if (staat[i] === SCHOOLDAG && (d < DEKKING_BEGIN || d > DEKKING_EINDE)) staat[i] = ONBEKEND;
    }
  }
  const volgende = new Int32Array(N);
  let v = -(N + 1);
  for (let i = N - 1; i >= 0; i--) {
    if (staat[i] === SCHOOLDAG) v = i;
    else if (staat[i] === ONBEKEND) v = -(i + 1);
    volgende[i] = v;
  }
  const cumulatief = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) cumulatief[i + 1] = cumulatief[i] + (staat[i] === SCHOOLDAG ? 1 : 0);
  return { staat, volgende, cumulatief };
}

const basisCache = new Map<Vakantieregio | 'GEEN', Basis>();
/** Without vrije dagen a calendar depends on its regio only: one shared (immutable) instance each. */
const zonderVrijeDagen = new Map<Vakantieregio | 'GEEN', Schoolkalender>();

/** Schoolkalender for a regio (or none: weekends, feestdagen and the holidays all three regio's share) plus caller-specific vrije dagen. */
export function schoolkalender(regio: Vakantieregio | undefined, vrijeDagen: readonly Dag[] = []): Schoolkalender {
  const sleutel = regio ?? 'GEEN';
  if (vrijeDagen.length === 0) {
    const k = zonderVrijeDagen.get(sleutel);
    if (k !== undefined) return k;
  }
  let basis = basisCache.get(sleutel);
  if (basis === undefined) {
    basis = bouwBasis(regio);
    basisCache.set(sleutel, basis);
  }
  if (vrijeDagen.length > 0) return new Schoolkalender(regio, basis, new Set(vrijeDagen));
  const k = new Schoolkalender(regio, basis, null);
  zonderVrijeDagen.set(sleutel, k);
  return k;
}

export class Schoolkalender {
  /** Use the factory schoolkalender(); the base arrays are shared between instances. */
  constructor(
    readonly regio: Vakantieregio | undefined,
    private readonly basis: Basis,
    private readonly vrij: ReadonlySet<Dag> | null,
  ) {}

  private fout(d: Dag): Error {
    if (this.regio !== undefined) return new KalenderBereikFout(this.regio, d);
    return new RangeError(`schoolkalender: ${formatDatum(d)} is outside ${formatDatum(BEREIK_VAN)}–${formatDatum(BEREIK_TOT)}`);
  }

  /** Index of d in the bitmap; throws when d is outside the range or (with a regio) the covered schooljaren. */
  private index(d: Dag): number {
    if (this.regio !== undefined ? d < DEKKING_BEGIN || d > DEKKING_EINDE : d < BEREIK_VAN || d > BEREIK_TOT) throw this.fout(d);
    return d - BEREIK_VAN;
  }

  isSchooldag(d: Dag): boolean {
    return this.basis.staat[this.index(d)] === SCHOOLDAG && (this.vrij === null || !this.vrij.has(d));
  }

  /** The same, but null where (with a regio) the official holidays of d are not known: for facts that report rather than count. */
  isSchooldagOfNull(d: Dag): boolean | null {
    if (d < BEREIK_VAN || d > BEREIK_TOT) return null;
    const s = this.basis.staat[d - BEREIK_VAN];
    if (s === ONBEKEND || (this.regio !== undefined && (d < DEKKING_BEGIN || d > DEKKING_EINDE) && s === SCHOOLDAG)) return null;
    return s === SCHOOLDAG && (this.vrij === null || !this.vrij.has(d));
  }

  /** First schooldag on or after d. */
  eersteSchooldagVanaf(d: Dag): Dag {
    const j = this.volgendeVanaf(this.index(d));
    if (j < 0) throw this.fout(BEREIK_VAN - j - 1);
    return BEREIK_VAN + j;
  }

  /**
   * The same, but null where (with a regio) the official holidays are not known: a fact that has
   * an answer for that case asks this, so the normal evaluation path throws no exception.
   */
  eersteSchooldagVanafOfNull(d: Dag): Dag | null {
    if (this.regio === undefined) return this.eersteSchooldagVanaf(d);
    if (d < DEKKING_BEGIN || d > DEKKING_EINDE) return null;
    const j = this.volgendeVanaf(d - BEREIK_VAN);
    return j < 0 ? null : BEREIK_VAN + j;
  }

  /** Index of the first schooldag at or after index i (vrije dagen skipped); negative as in Basis.volgende. */
  private volgendeVanaf(i: number): number {
    const { volgende } = this.basis;
    let j = volgende[i];
    while (j >= 0 && this.vrij !== null && this.vrij.has(BEREIK_VAN + j)) j = j + 1 < N ? volgende[j + 1] : -(N + 1);
    return j;
  }

  /** Whether the Mon–Sun week containing d has at least one schooldag. */
  isLesweek(d: Dag): boolean {
    this.index(d);
    return this.isLesweekVanaf(maandag(d));
  }

  // Neighbouring days may lie outside the covered schooljaren; an unknown day only matters
  // when no known schooldag settles the question.
  private isLesweekVanaf(ma: Dag): boolean {
    let onbekend: Dag | null = null;
    for (let d = ma; d < ma + 5; d++) {
      const i = d - BEREIK_VAN;
      const s = i >= 0 && i < N ? this.basis.staat[i] : ONBEKEND;
      if (s === SCHOOLDAG && (this.vrij === null || !this.vrij.has(d))) return true;
      if (s === ONBEKEND && onbekend === null) onbekend = d;
    }
    if (onbekend !== null) throw this.fout(onbekend);
    return false;
  }

  /** Number of schooldagen in [van, tot], both inclusive (0 when tot < van). */
  schooldagenTussen(van: Dag, tot: Dag): number {
    const a = this.index(van);
    const b = this.index(tot);
    if (b < a) return 0;
    let n = this.basis.cumulatief[b + 1] - this.basis.cumulatief[a];
    if (this.vrij !== null) for (const v of this.vrij) if (v >= van && v <= tot && this.basis.staat[v - BEREIK_VAN] === SCHOOLDAG) n--;
    return n;
  }

  eersteSchooldagVanSchooljaar(jaar: number): Dag {
    return this.eersteSchooldagVanaf(beginSchooljaar(jaar));
  }

  /** Mondays of the lesweken whose Mon–Sun week overlaps [van, tot], in order. */
  lesweekMaandagen(van: Dag, tot: Dag): Dag[] {
    this.index(van);
    this.index(tot);
    const uit: Dag[] = [];
    for (let ma = maandag(van); ma <= tot; ma += 7) if (this.isLesweekVanaf(ma)) uit.push(ma);
    return uit;
  }
}

/** The official school holiday of a regio that contains d, or null (also where the holidays of d are not known). */
export function vakantieOp(regio: Vakantieregio, d: Dag): { soort: Vakantiesoort; van: Dag; tot: Dag } | null {
  for (const p of VAKANTIES_PER_REGIO[regio]) if (p.van <= d && d <= p.tot) return p;
  return null;
}

/** Whether the official school holidays of the regio are known for d (inside the covered schooljaren). */
export function kalenderBekend(d: Dag): boolean {
  return d >= DEKKING_BEGIN && d <= DEKKING_EINDE;
}

export const VAKANTIEREGIOS: readonly Vakantieregio[] = ['NOORD', 'MIDDEN', 'ZUID'];
