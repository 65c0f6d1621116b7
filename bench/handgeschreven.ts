// The leerplicht status on a peildatum, hand-written straight from the law with integer date
// math: no rules, no fact store, nothing imported from src/ except types. It is the yardstick for
// the benchmark (how fast can it be at all?) and an independent check of the rule set's results.
//
// Leerplichtwet 1969, with the readings the rule set uses by default ([A] in rules/parameters):
//  art 3 lid 1   leerplichtig from the first schooldag of the month after the 5th birthday
//                (no vakantieregio: weekdays that are not a feestdag on which schools close);
//  art 3 lid 1   until the end (31 July) of the schooljaar in which the jongere turns 16 (b) or,
//                if earlier, in which he has completed 12 volledige schooljaren at schools (a);
//                later schooljaren count as volledig (prognose), BUITENLAND/avondonderwijs do not;
//  art 3 lid 2   a basisschool done in fewer than 8 schooljaren counts as 8;
//  art 4a        (since 1 August 2007) then kwalificatieplichtig until the day before the 18th
//                birthday or before the startkwalificatie (havo, vwo, mbo 2–4: art 1 f), whichever
//                is first; not for whom an art 4a lid 2 exception arises first (praktijkonderwijs
//                diploma; vso: until 1 August 2013 any so/vso, since then the uitstroomprofielen
//                arbeidsmarkt and dagbesteding), then until the day before it arises;
//  before 1 August 2007: partieel leerplichtig after the leerplicht (old art 4a).
//  29 February birthdays fall on 1 March in other years (BW 1:2 reading MAART_1).
import type { Situatie } from '../src/facts/situatie';

const fl = Math.floor;

function schrikkel(j: number): boolean {
  return j % 4 === 0 ? j % 100 !== 0 || j % 400 === 0 : false;
}

const VOOR_MAAND = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Days since 1970-01-01 of j-m-d, counted year by year in blocks of leap rules. */
export function dagnummer(j: number, m: number, d: number): number {
  const v = j - 1;
  const schrikkeldagen = fl(v / 4) - fl(v / 100) + fl(v / 400) - 477; // 477 leap days in 1..1969
  return 365 * (j - 1970) + schrikkeldagen + VOOR_MAAND[m] + (m > 2 && schrikkel(j) ? 1 : 0) + d - 1;
}

/** Year, month and day of a day number (search from an estimate of the year). */
function datum(n: number): [number, number, number] {
  let j = 1970 + fl(n / 365.2425);
  while (dagnummer(j, 1, 1) > n) j--;
  while (dagnummer(j + 1, 1, 1) <= n) j++;
  let m = 12;
  while (dagnummer(j, m, 1) > n) m--;
  return [j, m, n - dagnummer(j, m, 1) + 1];
}

/** Easter Sunday (Oudin's algorithm, as in Tøndering's calendar FAQ). */
function paaszondag(j: number): number {
  const g = j % 19;
  const c = fl(j / 100);
  const h = (c - fl(c / 4) - fl((8 * c + 13) / 25) + 19 * g + 15) % 30;
  const i = h - fl(h / 28) * (1 - fl(29 / (h + 1)) * fl((21 - g) / 11));
  const w = (j + fl(j / 4) + i + 2 - c + fl(c / 4)) % 7;
  const l = i - w;
  const m = 3 + fl((l + 40) / 44);
  return dagnummer(j, m, l + 28 - 31 * fl(m / 4));
}

const weekdagNr = (n: number) => (((n + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday

/** Feestdagen on which schools close (Goede Vrijdag not; Bevrijdingsdag every fifth year). */
function scholenDicht(n: number): boolean {
  const [j, m, d] = datum(n);
  if ((m === 1 && d === 1) || (m === 12 && (d === 25 || d === 26))) return true;
  if (m === 5 && d === 5 && j % 5 === 0) return true;
  const koning = j <= 2013 ? dagnummer(j, 4, 30) : dagnummer(j, 4, 27);
  if (n === (weekdagNr(koning) === 0 ? koning - 1 : koning)) return true;
  const p = paaszondag(j);
  return n === p || n === p + 1 || n === p + 39 || n === p + 49 || n === p + 50;
}

function verjaardag(gj: number, gm: number, gd: number, jaren: number): number {
  const j = gj + jaren;
  if (gm === 2 && gd === 29 && !schrikkel(j)) return dagnummer(j, 3, 1);
  return dagnummer(j, gm, gd);
}

const SCHOOL = new Set(['PO', 'SBO', 'SO', 'VSO', 'PRO', 'VMBO', 'HAVO', 'VWO', 'MBO', 'VAVO']);
const BASISSCHOOL = new Set(['PO', 'SBO', 'SO']);
const STARTKWALIFICATIE = new Set(['HAVO', 'VWO', 'MBO_2', 'MBO_3', 'MBO_4']);
const AUGUSTUS_2007 = dagnummer(2007, 8, 1);
const AUGUSTUS_2013 = dagnummer(2013, 8, 1);

/** Art 3 lid 1 a and lid 2: 31 July of the schooljaar in which 12 volledige schooljaren are reached, or null. */
function eindeTwaalfSchooljaren(s: Situatie): number | null {
  if (s.schooljaren.length === 0) return null;
  const jaren: { jaar: number; volledig: boolean; school: boolean; basis: boolean }[] = [];
  for (const r of s.schooljaren) {
    const school = r.teltMee ?? SCHOOL.has(r.onderwijs);
    let jr = jaren.find((x) => x.jaar === r.schooljaar);
    if (jr === undefined) jaren.push((jr = { jaar: r.schooljaar, volledig: false, school: false, basis: false }));
    if (school) {
      jr.school = true;
      if (r.volledig) jr.volledig = true;
    }
    if (BASISSCHOOL.has(r.onderwijs)) jr.basis = true;
  }
  jaren.sort((a, b) => a.jaar - b.jaar);
  let laatsteBasis = -1;
  let basisJaren = 0;
  for (const x of jaren) if (x.basis) { laatsteBasis = x.jaar; basisJaren++; }
  // lid 2: the basisschool was completed (the jongere went on to a school) in fewer than 8 schooljaren
  const verder = laatsteBasis >= 0 && jaren.some((x) => x.jaar > laatsteBasis && x.school && !x.basis);
  const alsAcht = verder && basisJaren < 8;
  let geteld = 0;
  for (const x of jaren) {
    if (alsAcht && x.basis) geteld += x.jaar === laatsteBasis ? 8 : 0;
    else if (x.volledig) geteld++;
    if (geteld >= 12) return dagnummer(x.jaar + 1, 7, 31);
  }
  return dagnummer(jaren[jaren.length - 1].jaar + (12 - geteld) + 1, 7, 31); // prognose
}

export function handgeschrevenStatus(s: Situatie, peildatum: number, wetsdatum: number): string {
  const [gj, gm, gd] = datum(s.geboortedatum);

  // art 3 lid 1: begin
  const vijf = datum(verjaardag(gj, gm, gd, 5));
  let begin = vijf[1] === 12 ? dagnummer(vijf[0] + 1, 1, 1) : dagnummer(vijf[0], vijf[1] + 1, 1);
  for (;;) {
    const w = weekdagNr(begin);
    if (w !== 0 && w !== 6 && !scholenDicht(begin)) break;
    begin++;
  }
  if (peildatum < begin) return 'NOG_NIET_LEERPLICHTIG';

  // art 3 lid 1: einde
  const [zj, zm] = datum(verjaardag(gj, gm, gd, 16));
  let einde = dagnummer(zm >= 8 ? zj + 1 : zj, 7, 31);
  const twaalf = eindeTwaalfSchooljaren(s);
  if (twaalf !== null && twaalf < einde) einde = twaalf;
  if (peildatum <= einde) return 'LEERPLICHTIG';

  if (wetsdatum < AUGUSTUS_2007) return 'PARTIEEL_LEERPLICHTIG';

  // art 4a: kwalificatieplicht until the day before the 18th birthday, the startkwalificatie or the exception
  const achttien = verjaardag(gj, gm, gd, 18);
  let startkwalificatie = Infinity;
  let uitzondering = Infinity;
  for (const d of s.diplomas) {
    if (STARTKWALIFICATIE.has(d.soort) && d.datum < startkwalificatie) startkwalificatie = d.datum;
    if (d.soort === 'PRO' && d.datum < uitzondering) uitzondering = d.datum;
  }
  for (const i of s.inschrijvingen) {
    const vso = wetsdatum < AUGUSTUS_2013
      ? i.onderwijs === 'SO' || i.onderwijs === 'VSO'
      : i.onderwijs === 'VSO' && (i.uitstroomprofiel === 'ARBEIDSMARKT' || i.uitstroomprofiel === 'DAGBESTEDING');
    if (vso && i.vanaf < uitzondering) uitzondering = i.vanaf;
  }
  // the exception ends it when it arises no later than the 18th birthday and the startkwalificatie
  let tot = achttien - 1;
  if (uitzondering <= achttien && uitzondering <= startkwalificatie) tot = uitzondering - 1;
  else if (startkwalificatie < achttien) tot = startkwalificatie - 1;
  // no kwalificatieplicht at all if it would end before it begins
  if (tot <= einde) return 'NIET_LEERPLICHTIG';
  return peildatum <= tot ? 'KWALIFICATIEPLICHTIG' : 'NIET_LEERPLICHTIG';
}
