// Art 3 lid 1 a and lid 2: counting volledige schooljaren at one or more scholen.
// TypeScript only counts; which onderwijssoorten are basisschool or school, the numbers 12 and 8,
// and whether later schooljaren are projected are parameters in rules/parameters.
import { eindeSchooljaar } from '../time/schooljaar';
import type { Dag } from '../time/dag';
import type { Schooljaar } from './situatie';

export interface TelParameters {
  volledigeSchooljaren: number;
  basisschoolSchooljaren: number;
  basisschoolOnderwijssoorten: readonly string[];
  scholen: readonly string[];
  prognose: boolean;
}

export interface Telling {
  /** 31 July of the schooljaar in which the count is reached, or null */
  einde: Dag | null;
  /** art 3 lid 2 applied: basisschool in fewer schooljaren, counted as basisschoolSchooljaren */
  basisschoolGelijkgesteld: boolean;
}

// One flag byte per schooljaar (hot path: no Map, objects or sort per call).
const VOLLEDIG = 1;
const TELT = 2;
const BASIS = 4;

export function telVolledigeSchooljaren(schooljaren: readonly Schooljaar[], p: TelParameters): Telling {
  const n = schooljaren.length;
  if (n === 0) return { einde: null, basisschoolGelijkgesteld: false };
  let min = schooljaren[0].schooljaar;
  let max = min;
  for (let k = 1; k < n; k++) { const j = schooljaren[k].schooljaar; if (j < min) min = j; else if (j > max) max = j; }
  const vlag = new Uint8Array(max - min + 1);
  const gegeven = new Uint8Array(max - min + 1);
  for (let k = 0; k < n; k++) {
    const s = schooljaren[k];
    // "een of meer scholen": a year is volledig when it was spent fully at counting schools
    const telt = s.teltMee ?? p.scholen.includes(s.onderwijs);
    let v = vlag[s.schooljaar - min];
    if (s.volledig && telt) v |= VOLLEDIG;
    if (telt) v |= TELT;
    if (p.basisschoolOnderwijssoorten.includes(s.onderwijs)) v |= BASIS;
    vlag[s.schooljaar - min] = v;
    gegeven[s.schooljaar - min] = 1;
  }
  let basisJaren = 0;
  let laatsteBasis = -1;
  for (let i = 0; i < vlag.length; i++) if (vlag[i] & BASIS) { basisJaren++; laatsteBasis = i; }
  // art 3 lid 2 applies once the basisschool is behind the jongere (a later non-basis school year)
  let doorlopen = false;
  if (laatsteBasis >= 0) for (let i = laatsteBasis + 1; i < vlag.length; i++) if ((vlag[i] & (TELT | BASIS)) === TELT) { doorlopen = true; break; }
  const gelijkgesteld = doorlopen && basisJaren < p.basisschoolSchooljaren;
  let telling = 0;
  for (let i = 0; i < vlag.length; i++) {
    if (!gegeven[i]) continue;
    const v = vlag[i];
    if (gelijkgesteld && v & BASIS) {
      if (i === laatsteBasis) telling += p.basisschoolSchooljaren;
    } else if (v & VOLLEDIG) {
      telling += 1;
    }
    if (telling >= p.volledigeSchooljaren) return { einde: eindeSchooljaar(min + i), basisschoolGelijkgesteld: gelijkgesteld };
  }
  if (!p.prognose) return { einde: null, basisschoolGelijkgesteld: gelijkgesteld };
  // projection: every schooljaar after the last one given counts as volledig
  return { einde: eindeSchooljaar(max + p.volledigeSchooljaren - telling), basisschoolGelijkgesteld: gelijkgesteld };
}
