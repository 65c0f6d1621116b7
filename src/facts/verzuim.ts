// Verzuim arithmetic: unexcused hours per day and per lesweek, windows of consecutive lesweken,
// runs of absence. It proposes candidate meldingen with their dates and hours; whether each must,
// may or need not be reported is decided by the rules (rules/leerplichtwet/art-21a-melding.json).
import { maandag, type Dag } from '../time/dag';
import type { Schoolkalender } from '../time/kalender';
import type { Verzuimreden } from './situatie';

export type VerzuimBeoordeling = 'ONGEOORLOOFD' | 'LUXE_VERZUIM' | 'TE_LAAT' | 'GEOORLOOFD' | 'ART_11A';
export interface BeoordeeldVerzuim { datum: Dag; uren: number; beoordeling: VerzuimBeoordeling; reden?: Verzuimreden }
export interface Kandidaat { soort: string; begindatum: Dag; einddatum: Dag; uren: number }

export interface VerzuimParameters {
  meldplichtUren: number | null;
  meldplichtLesweken: number;
  meldplichtSchooldagen: number | null;
  meldplichtFractieLestijd: number | null;
  meldingMinimumDagen: number | null;
  langdurigVerzuimLesweken: number;
  doorstroompuntLesweken: number;
  /** reading [A]: ALLEEN_ONDERWIJSWEKEN (default) or KALENDERWEKEN (holiday weeks inside a run count) */
  doorstroompuntVakantieweken?: string | null;
  art11aUrenKennisgeving: number;
  art11aUrenHoofd: number;
}

export interface Verzuimanalyse {
  /** unexcused hours per schooldag, up to the peildatum */
  perDag: Map<Dag, number>;
  /** the unexcused parts of the records (art 11a: the hours beyond the weekly limit), ascending by date: perDag per record, for policy windows */
  ongeoorloofd: BeoordeeldVerzuim[];
  maxUrenVierLesweken: number;
  kandidaten: Kandidaat[];
}

const EPS = 1e-9; // hours are summed as floats; 16.0 must reach 16
const rond = (x: number) => Math.round(x * 100) / 100;

/** Art 11a: per week the first hours are excused on notice, the next with the head's consent; the rest is unexcused (per record). */
function art11aOngeoorloofd(regs: BeoordeeldVerzuim[], p: VerzuimParameters, extraUren: (maandag: Dag) => number): BeoordeeldVerzuim[] {
  const perWeek = new Map<Dag, BeoordeeldVerzuim[]>();
  for (const r of regs) {
    if (r.beoordeling !== 'ART_11A') continue;
    const ma = maandag(r.datum);
    const lijst = perWeek.get(ma);
    if (lijst === undefined) perWeek.set(ma, [r]);
    else lijst.push(r);
  }
  const uit: BeoordeeldVerzuim[] = [];
  for (const [ma, lijst] of perWeek) {
    let budget = p.art11aUrenKennisgeving + Math.min(Math.max(extraUren(ma), 0), p.art11aUrenHoofd);
    for (const r of lijst.sort((a, b) => a.datum - b.datum)) {
      const gedekt = Math.min(r.uren, budget);
      budget -= gedekt;
      if (r.uren - gedekt > EPS) uit.push({ datum: r.datum, uren: r.uren - gedekt, beoordeling: 'ART_11A', reden: r.reden });
    }
  }
  return uit;
}

/** Hours per lesweek: for each Monday of lesweken (ascending), the hours of the dagen (ascending, with their uren) in that Mon–Sun week. */
export function urenPerLesweek(lesweken: readonly Dag[], dagen: readonly Dag[], uren: readonly number[]): number[] {
  const perWeek: number[] = new Array(lesweken.length);
  for (let i = 0, k = 0; i < lesweken.length; i++) {
    while (k < dagen.length && dagen[k] < lesweken[i]) k++;
    let s = 0;
    for (; k < dagen.length && dagen[k] < lesweken[i] + 7; k++) s += uren[k];
    perWeek[i] = s;
  }
  return perWeek;
}

/**
 * Highest sum of n consecutive weeks (windows ending in the first n-1 weeks hold fewer; 0 without
 * weeks) and the index of the last week of the earliest window with that sum (-1: none above 0).
 */
export function hoogsteVenster(perWeek: readonly number[], n: number): { som: number; einde: number } {
  let max = 0;
  let einde = -1;
  for (let i = 0; i < perWeek.length; i++) {
    let s = 0;
    for (let j = Math.max(0, i - n + 1); j <= i; j++) s += perWeek[j];
    if (s > max) { max = s; einde = i; }
  }
  return { som: max, einde };
}

export const hoogsteVensterSom = (perWeek: readonly number[], n: number): number => hoogsteVenster(perWeek, n).som;

/** First index i with xs[i] >= x in the ascending xs (xs.length when none). */
function vanafIndex(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

// Sums are always taken in ascending date order starting from 0, exactly as a plain loop over the
// days would: the float results (and the EPS comparisons with them) do not depend on how a sum is found.
// `registraties`: only those that count, on schooldagen up to the peildatum ("vakantiedagen tellen
// niet mee"): the caller (catalogus-verzuim's analyse) chooses them before judging them.
export function analyseerVerzuim(
  registraties: readonly BeoordeeldVerzuim[], kalender: Schoolkalender, peildatum: Dag, p: VerzuimParameters,
  extraUren11a: (maandag: Dag) => number, lesurenPerWeek: (d: Dag) => number | null,
): Verzuimanalyse {
  const regs = [...registraties].sort((a, b) => a.datum - b.datum);
  const perDag = new Map<Dag, number>();
  const afwezig = new Set<Dag>(); // days not attending at all (not merely late)
  const luxe: BeoordeeldVerzuim[] = [];
  let ongeoorloofd: BeoordeeldVerzuim[] = [];
  let art11a = false;
  for (const r of regs) {
    if (r.beoordeling === 'ONGEOORLOOFD' || r.beoordeling === 'LUXE_VERZUIM' || r.beoordeling === 'TE_LAAT') {
      perDag.set(r.datum, (perDag.get(r.datum) ?? 0) + r.uren);
      ongeoorloofd.push(r);
      if (r.beoordeling !== 'TE_LAAT' && r.uren > 0) afwezig.add(r.datum);
    }
    if (r.beoordeling === 'LUXE_VERZUIM') luxe.push(r);
    else if (r.beoordeling === 'ART_11A') art11a = true;
  }
  if (art11a) {
    const overloop = art11aOngeoorloofd(regs, p, extraUren11a);
    // summed per day first, then added: the same float sums as before the per-record list existed
    const perDag11a = new Map<Dag, number>();
    for (const r of overloop) perDag11a.set(r.datum, (perDag11a.get(r.datum) ?? 0) + r.uren);
    for (const [d, u] of perDag11a) perDag.set(d, (perDag.get(d) ?? 0) + u);
    ongeoorloofd = [...ongeoorloofd, ...overloop].sort((a, b) => a.datum - b.datum);
  }
  const dagen: Dag[] = [];
  for (const [d, u] of perDag) if (u > 0) dagen.push(d);
  dagen.sort((a, b) => a - b);
  if (dagen.length === 0 && luxe.length === 0) return { perDag, ongeoorloofd, maxUrenVierLesweken: 0, kandidaten: [] };
  const uren = dagen.map((d) => perDag.get(d)!);
  /** Sum of the hours of dagen[i..] up to and including day tot. */
  const somVanaf = (i: number, tot: Dag) => { let s = 0; for (; i < dagen.length && dagen[i] <= tot; i++) s += uren[i]; return s; };

  let eerste = dagen.length > 0 ? dagen[0] : peildatum;
  for (const r of luxe) if (r.datum < eerste) eerste = r.datum;
  const lesweken = kalender.lesweekMaandagen(maandag(eerste), peildatum);
  const weekIndex = new Map(lesweken.map((m, i) => [m, i]));
  // every day of dagen is a schooldag in [eerste, peildatum], so its week is one of lesweken
  const perWeek = urenPerLesweek(lesweken, dagen, uren);
  const n = p.meldplichtLesweken;
  const max = hoogsteVensterSom(perWeek, n);

  const kandidaten: Kandidaat[] = [];
  const vensterBegin = (d: Dag) => lesweken[Math.max(0, weekIndex.get(maandag(d))! - n + 1)];

  // 16 uur in 4 lesweken: counting restarts after a melding; at most one melding per minimum period
  if (p.meldplichtUren !== null) {
    let herstart = -Infinity;
    let laatste: Dag | null = null;
    for (let i = 0; i < dagen.length; i++) {
      const d = dagen[i];
      const a = vanafIndex(dagen, Math.max(herstart + 1, vensterBegin(d)));
      const som = somVanaf(a, d);
      if (som + EPS < p.meldplichtUren) continue;
      if (laatste !== null && p.meldingMinimumDagen !== null && d < laatste + p.meldingMinimumDagen) continue;
      kandidaten.push({ soort: 'ZESTIEN_UUR', begindatum: dagen[a], einddatum: d, uren: som });
      herstart = d;
      laatste = d;
    }
  }
  // before 2009-08-01: three consecutive schooldagen, or more than 1/8 of the lestijd in 4 lesweken
  if (p.meldplichtSchooldagen !== null) {
    let reeks: number[] = []; // indices in dagen
    for (let i = 0; i < dagen.length; i++) {
      const d = dagen[i];
      if (reeks.length > 0 && kalender.eersteSchooldagVanaf(dagen[reeks[reeks.length - 1]] + 1) === d) reeks.push(i);
      else reeks = [i];
      if (reeks.length === p.meldplichtSchooldagen) {
        let som = 0;
        for (const k of reeks) som += uren[k];
        kandidaten.push({ soort: 'DRIE_SCHOOLDAGEN', begindatum: dagen[reeks[0]], einddatum: d, uren: som });
        reeks = [];
      }
    }
  }
  if (p.meldplichtFractieLestijd !== null) {
    let herstart = -Infinity;
    for (let i = 0; i < dagen.length; i++) {
      const d = dagen[i];
      const lesuren = lesurenPerWeek(d);
      if (lesuren === null) continue;
      const a = vanafIndex(dagen, Math.max(herstart + 1, vensterBegin(d)));
      const som = somVanaf(a, d);
      if (som > p.meldplichtFractieLestijd * n * lesuren + EPS) {
        kandidaten.push({ soort: 'ACHTSTE_LESTIJD', begindatum: dagen[a], einddatum: d, uren: som });
        herstart = d;
      }
    }
  }
  // luxe verzuim: every run of holiday absence on consecutive schooldagen
  for (let i = 0; i < luxe.length;) {
    let j = i;
    while (j + 1 < luxe.length && (luxe[j + 1].datum === luxe[j].datum || kalender.eersteSchooldagVanaf(luxe[j].datum + 1) === luxe[j + 1].datum)) j++;
    let som = 0;
    for (let k = i; k <= j; k++) som += luxe[k].uren;
    kandidaten.push({ soort: 'LUXE_VERZUIM', begindatum: luxe[i].datum, einddatum: luxe[j].datum, uren: som });
    i = j + 1;
  }
  // whole lesweken without attending: langdurig relatief verzuim and the Doorstroompunt/RMC report
  const schooldagen = lesweken.map((m) => { const s: Dag[] = []; for (let d = m; d < m + 5; d++) if (d <= peildatum && kalender.isSchooldag(d)) s.push(d); return s; });
  const geheelAfwezig = lesweken.map((m, i) => schooldagen[i].length > 0 && schooldagen[i].every((d) => afwezig.has(d)) && m + 4 <= peildatum);
  for (let i = 0; i < lesweken.length;) {
    if (!geheelAfwezig[i]) { i++; continue; }
    let j = i;
    while (j + 1 < lesweken.length && geheelAfwezig[j + 1]) j++;
    const lengte = j - i + 1;
    const begin = schooldagen[i][0];
    const urenVan = (tot: Dag) => somVanaf(vanafIndex(dagen, begin), tot);
    // reading [A]: with KALENDERWEKEN the holiday weeks inside the run count too (calendar weeks from its first lesweek)
    const k = p.doorstroompuntVakantieweken === 'KALENDERWEKEN'
      ? lesweken.findIndex((m, x) => x >= i && x <= j && (m - lesweken[i]) / 7 + 1 >= p.doorstroompuntLesweken)
      : (lengte >= p.doorstroompuntLesweken ? i + p.doorstroompuntLesweken - 1 : -1);
    if (k >= 0) {
      const s = schooldagen[k];
      kandidaten.push({ soort: 'DOORSTROOMPUNT', begindatum: begin, einddatum: s[s.length - 1], uren: urenVan(s[s.length - 1]) });
    }
    // "meer dan vier weken": the full weeks and then at least one more day of absence
    const naLrv = i + p.langdurigVerzuimLesweken;
    if (lengte >= p.langdurigVerzuimLesweken && naLrv < lesweken.length) {
      const volgende = schooldagen[naLrv][0];
      if (volgende !== undefined && afwezig.has(volgende)) kandidaten.push({ soort: 'LANGDURIG_RELATIEF', begindatum: begin, einddatum: volgende, uren: urenVan(volgende) });
    }
    i = j + 1;
  }
  // below every threshold: the school may report it as 'overig verzuim' — hours of luxe verzuim
  // already have their own melding and are not reported twice
  if (dagen.length > 0 && !kandidaten.some((k) => k.soort === 'ZESTIEN_UUR' || k.soort === 'DRIE_SCHOOLDAGEN' || k.soort === 'ACHTSTE_LESTIJD')) {
    const luxeOp = new Map<Dag, number>();
    for (const r of luxe) luxeOp.set(r.datum, (luxeOp.get(r.datum) ?? 0) + r.uren);
    const overig = dagen.filter((d) => perDag.get(d)! - (luxeOp.get(d) ?? 0) > EPS);
    if (overig.length > 0) {
      let som = 0;
      for (const d of overig) som += perDag.get(d)! - (luxeOp.get(d) ?? 0);
      kandidaten.push({ soort: 'OVERIG', begindatum: overig[0], einddatum: overig[overig.length - 1], uren: som });
    }
  }
  kandidaten.sort((a, b) => a.einddatum - b.einddatum || a.soort.localeCompare(b.soort));
  // reported hours are rounded to hundredths: float sums of e.g. 1.6-hour lessons must read 16, not 15.999…
  for (const k of kandidaten) k.uren = rond(k.uren);
  return { perDag, ongeoorloofd, maxUrenVierLesweken: rond(max), kandidaten };
}
