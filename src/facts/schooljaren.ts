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

interface Jaar { jaar: number; volledig: boolean; telt: boolean; basis: boolean }

function perJaar(schooljaren: readonly Schooljaar[], p: TelParameters): Jaar[] {
  const jaren = new Map<number, Jaar>();
  for (const s of schooljaren) {
    const telt = s.teltMee ?? p.scholen.includes(s.onderwijs);
    const basis = p.basisschoolOnderwijssoorten.includes(s.onderwijs);
    const j = jaren.get(s.schooljaar) ?? { jaar: s.schooljaar, volledig: false, telt: false, basis: false };
    // "een of meer scholen": a year is volledig when it was spent fully at counting schools
    j.volledig ||= s.volledig && telt;
    j.telt ||= telt;
    j.basis ||= basis;
    jaren.set(s.schooljaar, j);
  }
  return [...jaren.values()].sort((a, b) => a.jaar - b.jaar);
}

export function telVolledigeSchooljaren(schooljaren: readonly Schooljaar[], p: TelParameters): Telling {
  if (schooljaren.length === 0) return { einde: null, basisschoolGelijkgesteld: false };
  const jaren = perJaar(schooljaren, p);
  const basisJaren = jaren.filter((j) => j.basis);
  const laatsteBasis = basisJaren.length > 0 ? basisJaren[basisJaren.length - 1].jaar : null;
  const doorlopen = laatsteBasis !== null && jaren.some((j) => j.jaar > laatsteBasis && !j.basis && j.telt);
  const gelijkgesteld = doorlopen && basisJaren.length < p.basisschoolSchooljaren;

  let telling = 0;
  for (const j of jaren) {
    if (gelijkgesteld && j.basis) {
      if (j.jaar === laatsteBasis) telling += p.basisschoolSchooljaren;
    } else if (j.volledig) {
      telling += 1;
    }
    if (telling >= p.volledigeSchooljaren) return { einde: eindeSchooljaar(j.jaar), basisschoolGelijkgesteld: gelijkgesteld };
  }
  if (!p.prognose) return { einde: null, basisschoolGelijkgesteld: gelijkgesteld };
  const laatste = jaren[jaren.length - 1].jaar;
  const nodig = p.volledigeSchooljaren - telling;
  return { einde: eindeSchooljaar(laatste + nodig), basisschoolGelijkgesteld: gelijkgesteld };
}
