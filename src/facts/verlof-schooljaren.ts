// A leave request per schooljaar it touches (art 13a lid 2, art 14 lid 3: "per schooljaar"), and
// the two-day terms of arts 12, 13 and 14 lid 2 counted in the chosen kind of day. Facts only:
// counts and dates; the rules decide what a count means.
import type { Dag } from '../time/dag';
import { maandag } from '../time/dag';
import type { Schoolkalender } from '../time/kalender';
import { beginSchooljaar, eindeSchooljaar, schooljaarVan } from '../time/schooljaar';
import type { Verlof, Verlofaanvraag } from './situatie';

/** One schooljaar a request touches: its part of the request and what that schooljaar already holds. */
export interface VerlofDeel {
  jaar: number;
  van: Dag;
  tot: Dag;
  /** requested days falling in this schooljaar */
  dagen: number;
  /** Monday of the first lesweek of this schooljaar */
  eersteLesweek: Dag;
  /** this part touches the first `uitgeslotenLesweken` lesweken of its schooljaar */
  inEersteLesweken: boolean;
  /** earlier granted leave of the same kind touching this schooljaar: how many times, and their days in it */
  eerderAantal: number;
  eerderDagen: number;
}

/** The parts of [van, tot] per schooljaar (1 August – 31 July), in order. */
export function delenPerSchooljaar(van: Dag, tot: Dag): { jaar: number; van: Dag; tot: Dag }[] {
  const uit: { jaar: number; van: Dag; tot: Dag }[] = [];
  for (let j = schooljaarVan(van); j <= schooljaarVan(tot); j++) uit.push({ jaar: j, van: Math.max(van, beginSchooljaar(j)), tot: Math.min(tot, eindeSchooljaar(j)) });
  return uit;
}

/**
 * Days of a period in schooljaar `jaar`: the days given (dagen) when the period lies in one
 * schooljaar, else the schooldagen of the calendar in that part (at most the days given).
 */
function dagenIn(k: Schoolkalender, van: Dag, tot: Dag, dagen: number | null, jaar: number): number {
  const delen = delenPerSchooljaar(van, tot);
  const deel = delen.find((d) => d.jaar === jaar);
  if (deel === undefined) return 0;
  if (delen.length === 1) return dagen ?? k.schooldagenTussen(van, tot);
  const n = k.schooldagenTussen(deel.van, deel.tot);
  return dagen === null ? n : Math.min(n, dagen);
}

/**
 * Leave is "in" a schooljaar when it lies in that schooljaar alone, or (over 31 July / 1 August)
 * has schooldagen in it: leave that reaches into a schooljaar only with holiday days is no leave there.
 */
const inSchooljaar = (k: Schoolkalender, van: Dag, tot: Dag, dagen: number | null, jaar: number) =>
  van <= eindeSchooljaar(jaar) && tot >= beginSchooljaar(jaar) && (schooljaarVan(van) === schooljaarVan(tot) || dagenIn(k, van, tot, dagen, jaar) > 0);

/** Whether [van, tot] touches the first n lesweken of schooljaar `jaar` (a lesweek: a Mon–Sun week with lessons). */
export function raaktEersteLesweken(k: Schoolkalender, jaar: number, van: Dag, tot: Dag, n: number): boolean {
  const eerste = maandag(k.eersteSchooldagVanSchooljaar(jaar));
  const weken = k.lesweekMaandagen(eerste, eindeSchooljaar(jaar));
  if (weken.length === 0) return false;
  return van <= weken[Math.min(n, weken.length) - 1] + 6 && tot >= eerste;
}

/** The request split per schooljaar, with the first lesweken and the earlier leave of `soort` in each. */
export function verlofDelen(k: Schoolkalender, a: Verlofaanvraag, verlof: readonly Verlof[], uitgeslotenLesweken: number): VerlofDeel[] {
  return delenPerSchooljaar(a.vanaf, a.tot).map(({ jaar, van, tot }) => {
    const eersteLesweek = maandag(k.eersteSchooldagVanSchooljaar(jaar));
    const eerder = verlof.filter((v) => v.soort === a.soort && inSchooljaar(k, v.vanaf, v.tot, v.dagen, jaar));
    return {
      jaar, van, tot,
      dagen: dagenIn(k, a.vanaf, a.tot, a.dagen, jaar),
      eersteLesweek,
      // the first lesweken: by date (a lesweek is a Mon–Sun week with lessons), whatever the days
      inEersteLesweken: raaktEersteLesweken(k, jaar, van, tot, uitgeslotenLesweken),
      eerderAantal: inSchooljaar(k, a.vanaf, a.tot, a.dagen, jaar) ? eerder.length : 0,
      eerderDagen: eerder.reduce((s, v) => s + dagenIn(k, v.vanaf, v.tot, v.dagen, jaar), 0),
    };
  });
}

/**
 * Days from `van` to `tot` (tot later: positive) in calendar days, or in schooldagen: the
 * schooldagen d with van < d ≤ tot (negative, counted the same way, when tot lies before van).
 */
export function dagenTussen(k: Schoolkalender, van: Dag, tot: Dag, soort: 'KALENDERDAGEN' | 'SCHOOLDAGEN'): number {
  if (soort === 'KALENDERDAGEN') return tot - van;
  return tot >= van ? k.schooldagenTussen(van + 1, tot) : -k.schooldagenTussen(tot + 1, van);
}
