// Facts for the thuiszitter definition (practice, not law: rules/regelingen/thuiszitter.json decides).
// They only measure: since when, and for how many schooldagen up to the peildatum, a jongere has
// been in absoluut verzuim, absent all day without a valid reason, or vrijgesteld.
import { plusMaanden, type Dag } from '../time/dag';
import { gedekteSchooljaren, type Schoolkalender } from '../time/kalender';
import { beginSchooljaar } from '../time/schooljaar';
import type { Feiten } from './feiten';
import { loopt } from './situatie';
import type { FeitDefinitie } from './typen';
import type { Verzuimanalyse } from './verzuim';

const p = <T>(f: Feiten, naam: string) => f.ctx.parameters.get(naam) as T;

/**
 * Schooldagen from van to tot; where the vakantieregio's official holidays are not known for the
 * start (long before the calendar data), counted from the first day they are known: the count is
 * then a lower bound, which is all the thuiszitter rules compare (more than N).
 */
export function schooldagenGedekt(k: Schoolkalender, van: Dag, tot: Dag): number {
  // checked beforehand, not caught: a gemeente's jaarcijfers ask this for most leerlingen
  const begin = beginSchooljaar(gedekteSchooljaren().van);
  if (k.regio === undefined || van >= begin) return k.schooldagenTussen(van, tot);
  return begin > tot ? 0 : k.schooldagenTussen(begin, tot);
}

/**
 * Start of the uninterrupted period up to the peildatum without an inschrijving (a foreign school
 * is none: as in the absoluutVerzuim rules) and without a vrijstelling, from the first leerplicht
 * day on; null when the absoluutVerzuim rules do not give absoluut verzuim on the peildatum.
 */
function absoluutSinds(f: Feiten): Dag | null {
  if (f.get('absoluutVerzuim') !== true) return null;
  const peil = f.ctx.peildatum;
  let sinds = f.datum('leerplichtigVanaf') ?? peil;
  const perioden = [
    ...f.ctx.situatie.inschrijvingen.filter((i) => i.onderwijs !== 'BUITENLAND'),
    ...f.ctx.situatie.vrijstellingen,
  ];
  for (const x of perioden) {
    if (x.vanaf > peil) continue;
    if (loopt(x.vanaf, x.tot, peil)) return null; // enrolled or exempt today: the rules said otherwise only for kinds they do not count
    if (x.tot !== null && x.tot + 1 > sinds) sinds = x.tot + 1;
  }
  return sinds <= peil ? sinds : null;
}

/**
 * The run of consecutive schooldagen, ending on the last schooldag before the peildatum or on the
 * peildatum itself (today's absence may not be registered yet), on which the jongere was absent
 * without a valid reason: a record the verzuim rules judged ONGEOORLOOFD or LUXE_VERZUIM (te laat is
 * not absence). Its first day and its length in schooldagen; null without such a run.
 */
function relatiefRun(f: Feiten): { sinds: Dag; schooldagen: number } | null {
  const a = f.get('verzuimAnalyse') as Verzuimanalyse;
  const afwezig = new Set<Dag>();
  for (const r of a.ongeoorloofd) if ((r.beoordeling === 'ONGEOORLOOFD' || r.beoordeling === 'LUXE_VERZUIM') && r.uren > 0) afwezig.add(r.datum);
  if (afwezig.size === 0) return null;
  const k = f.ctx.kalender;
  const eerste = Math.min(...afwezig);
  let d = f.ctx.peildatum;
  if (k.isSchooldag(d) && !afwezig.has(d)) d--; // today not (yet) registered
  let sinds: Dag | null = null;
  let schooldagen = 0;
  for (; d >= eerste; d--) {
    if (!k.isSchooldag(d)) continue;
    if (!afwezig.has(d)) break;
    sinds = d;
    schooldagen++;
  }
  return sinds === null ? null : { sinds, schooldagen };
}

export const THUISZITTER_FEITEN: FeitDefinitie[] = [
  {
    naam: 'absoluutVerzuimSinds', type: 'datum', nullable: true,
    omschrijving: 'Eerste dag van de ononderbroken periode tot en met de peildatum zonder inschrijving en zonder vrijstelling (niet voor de leerplicht begon); null als er op de peildatum geen absoluut verzuim is.',
    bereken: absoluutSinds,
  },
  {
    naam: 'absoluutVerzuimSchooldagen', type: 'getal',
    omschrijving: 'Schooldagen van absoluutVerzuimSinds tot en met de peildatum (vakanties tellen niet; waar de officiële vakanties van de regio nog niet bekend zijn, geteld vanaf de eerste dag dat ze dat wel zijn); 0 zonder absoluut verzuim.',
    bereken: (f) => { const s = f.datum('absoluutVerzuimSinds'); return s === null ? 0 : schooldagenGedekt(f.ctx.kalender, s, f.ctx.peildatum); },
  },
  { naam: 'relatiefVerzuimRun', type: 'intern', omschrijving: 'De lopende reeks schooldagen van ongeoorloofde afwezigheid.', bereken: relatiefRun },
  {
    naam: 'relatiefVerzuimSinds', type: 'datum', nullable: true,
    omschrijving: 'Eerste dag van de reeks aaneengesloten schooldagen van ongeoorloofde afwezigheid (ONGEOORLOOFD of LUXE_VERZUIM volgens de regels) die doorloopt tot de laatste schooldag voor de peildatum of de peildatum zelf; null zonder zo\'n reeks.',
    bereken: (f) => (f.get('relatiefVerzuimRun') as ReturnType<typeof relatiefRun>)?.sinds ?? null,
  },
  {
    naam: 'relatiefVerzuimSchooldagen', type: 'getal', omschrijving: 'Aantal schooldagen van die reeks; 0 zonder reeks.',
    bereken: (f) => (f.get('relatiefVerzuimRun') as ReturnType<typeof relatiefRun>)?.schooldagen ?? 0,
  },
  {
    naam: 'vrijstellingSinds', type: 'datum', nullable: true, omschrijving: 'Eerste dag van de vroegste vrijstelling die op de peildatum loopt; null zonder.',
    bereken: (f) => {
      const lopend = f.ctx.situatie.vrijstellingen.filter((v) => loopt(v.vanaf, v.tot, f.ctx.peildatum));
      return lopend.length === 0 ? null : Math.min(...lopend.map((v) => v.vanaf));
    },
  },
  {
    naam: 'thuiszitterLangdurigVanaf', type: 'datum', nullable: true,
    omschrijving: 'thuiszitterSinds plus thuiszitterLangdurigMaanden kalendermaanden; null als de thuiszitterregels geen begindatum gaven.',
    bereken: (f) => { const s = f.datum('thuiszitterSinds'); return s === null ? null : plusMaanden(s, p<number>(f, 'thuiszitterLangdurigMaanden')); },
  },
];

/** The categories of the thuiszitter definition (the rules choose one, or none). */
export const THUISZITTER_CATEGORIEEN = ['LANGDURIG_RELATIEF_VERZUIM', 'ABSOLUUT_VERZUIM', 'VRIJSTELLING'] as const;
export type ThuiszitterCategorie = (typeof THUISZITTER_CATEGORIEEN)[number];
