// Parameterised verzuim facts for policy rules: "12 uur in 4 lesweken", "9× te laat in het
// schooljaar", "10 % van de lestijd in 4 lesweken" written as data (condition params). They count
// what the rules decided: the unexcused hours of the art 21a analysis (facts/verzuim.ts: records
// judged ONGEOORLOOFD, LUXE_VERZUIM or TE_LAAT by the verzuimOordeel rules, plus the art 11a hours
// beyond the weekly limit) and the records judged TE_LAAT. Windows are lesweken (weeks with a
// schooldag of the official calendar) of the schooljaar of the peildatum, up to the peildatum.
import type { Dag } from '../time/dag';
import { gedekteSchooljaren } from '../time/kalender';
import { beginSchooljaar, schooljaarVan } from '../time/schooljaar';
import { leesFeitMetParams, zonderParamsLeesbaar, type FeitParamDefinitie, type FeitParams } from './feit-params';
import type { Feiten } from './feiten';
import { loopt } from './situatie';
import { VERZUIMREDENEN, type FeitDefinitie } from './typen';
import { hoogsteVenster, urenPerLesweek, type Verzuimanalyse } from './verzuim';

/** Hours are float sums: rounded to 1e-9 h so 12 × 1.0 or 120 × 0.1 reach the threshold exactly. */
const rond = (x: number) => Math.round(x * 1e9) / 1e9;

const LESWEKEN: FeitParamDefinitie = {
  type: 'getal', geheel: true, minimum: 1, maximum: 40,
  omschrijving: 'Aantal opeenvolgende lesweken van het venster (weken met ten minste één schooldag; vakantieweken tellen niet).',
};
const REDENEN: FeitParamDefinitie = {
  type: 'lijst', enum: VERZUIMREDENEN, standaard: null,
  standaardOmschrijving: 'alle redenen: elk uur dat de regels ongeoorloofd oordelen',
  omschrijving: 'Alleen registraties met een van deze door de school geregistreerde redenen tellen; van die registraties tellen alleen de uren die de regels ongeoorloofd oordelen.',
};

/** Mondays of the lesweken of the peildatum's schooljaar up to it; null when the calendar of the vakantieregio does not cover that schooljaar. */
function lesweken(f: Feiten): Dag[] | null {
  const jaar = schooljaarVan(f.ctx.peildatum);
  const gedekt = gedekteSchooljaren();
  if (f.ctx.kalender.regio !== undefined && (jaar < gedekt.van || jaar > gedekt.tot)) return null;
  return f.ctx.kalender.lesweekMaandagen(beginSchooljaar(jaar), f.ctx.peildatum);
}

const analyse = (f: Feiten) => f.get('verzuimAnalyse') as Verzuimanalyse;
const weken = (f: Feiten) => f.get('lesweekMaandagenSchooljaar') as Dag[] | null;

/** A window of lesweken with the unexcused hours counted in each (for the trace of a rule). */
export interface UrenVenster { lesweken: { maandag: Dag; uren: number }[]; uren: number }

/**
 * The earliest window of n consecutive lesweken of the schooljaar with the highest unexcused hours,
 * counting only the given redenen (null: all); no lesweken when no hour counts; null without calendar.
 */
export function hoogsteUrenVenster(f: Feiten, n: number, redenen: readonly string[] | null): UrenVenster | null {
  const w = weken(f);
  if (w === null) return null;
  const begin = beginSchooljaar(schooljaarVan(f.ctx.peildatum));
  const perDag = new Map<Dag, number>();
  // ascending by date: the sums run in date order, as in the art 21a analysis
  for (const r of analyse(f).ongeoorloofd) {
    if (r.datum < begin || (redenen !== null && (r.reden === undefined || !redenen.includes(r.reden)))) continue;
    perDag.set(r.datum, (perDag.get(r.datum) ?? 0) + r.uren);
  }
  const dagen = [...perDag.keys()];
  const perWeek = urenPerLesweek(w, dagen, dagen.map((d) => perDag.get(d)!));
  const { som, einde } = hoogsteVenster(perWeek, n);
  const lesweken: UrenVenster['lesweken'] = [];
  for (let i = Math.max(0, einde - n + 1); einde >= 0 && i <= einde; i++) lesweken.push({ maandag: w[i], uren: rond(perWeek[i]) });
  return { lesweken, uren: rond(som) };
}

const hoogsteUren = (f: Feiten, n: number, redenen: readonly string[] | null): number | null => hoogsteUrenVenster(f, n, redenen)?.uren ?? null;

/** A parameterised fact; read without params (a value reference, an explanation) it uses its defaults. */
function metParams(d: Omit<FeitDefinitie, 'bereken' | 'berekenMet'> & { berekenMet(f: Feiten, p: FeitParams): unknown }): FeitDefinitie {
  const def: FeitDefinitie = {
    ...d,
    bereken: (f) => {
      if (!zonderParamsLeesbaar(def)) throw new Error(`fact ${d.naam} needs params`);
      // the same memo as with params given: one value per (fact, normalised params)
      return leesFeitMetParams(f, d.naam, undefined);
    },
  };
  return def;
}

export const VENSTER_FEITEN: FeitDefinitie[] = [
  {
    naam: 'lesweekMaandagenSchooljaar', type: 'intern',
    omschrijving: 'Maandagen van de lesweken van het schooljaar van de peildatum tot en met de peildatum.', bereken: lesweken,
  },
  metParams({
    naam: 'ongeoorloofdeUrenInLesweken', type: 'getal', nullable: true,
    omschrijving: 'Hoogste aantal ongeoorloofde uren (zoals de regels ze oordelen, art 11a-uren boven de weekgrens inbegrepen) in een venster van `lesweken` opeenvolgende lesweken van het schooljaar van de peildatum, tot en met de peildatum; vensters aan het begin van het schooljaar zijn korter. Null als de kalender van de vakantieregio dat schooljaar niet kent.',
    params: { lesweken: LESWEKEN, redenen: REDENEN },
    berekenMet: (f, p) => hoogsteUren(f, p.lesweken as number, p.redenen as string[] | null),
  }),
  metParams({
    naam: 'teLaatAantal', type: 'getal', nullable: true,
    omschrijving: 'Aantal registraties die de regels als te laat oordelen (reden TE_LAAT op een schooldag), tot en met de peildatum: in het schooljaar van de peildatum, of in de laatste `lesweken` lesweken daarvan. Null als de kalender van de vakantieregio dat schooljaar niet kent.',
    params: {
      periode: {
        type: 'tekst', enum: ['SCHOOLJAAR', 'LESWEKEN'], standaard: 'SCHOOLJAAR',
        omschrijving: 'SCHOOLJAAR: het schooljaar van de peildatum tot en met de peildatum; LESWEKEN: de laatste `lesweken` lesweken daarvan (de week van de peildatum inbegrepen).',
      },
      lesweken: { ...LESWEKEN, alleenBij: { param: 'periode', waarde: 'LESWEKEN' }, omschrijving: 'Aantal lesweken (alleen bij periode LESWEKEN, dan verplicht).' },
    },
    berekenMet: (f, p) => {
      const w = weken(f);
      if (w === null) return null;
      const n = p.lesweken as number | undefined;
      const vanaf = n === undefined || w.length <= n ? beginSchooljaar(schooljaarVan(f.ctx.peildatum)) : w[w.length - n];
      let aantal = 0;
      for (const r of analyse(f).ongeoorloofd) if (r.beoordeling === 'TE_LAAT' && r.datum >= vanaf) aantal++;
      return aantal;
    },
  }),
  metParams({
    naam: 'aandeelLestijdVerzuimd', type: 'getal', nullable: true,
    omschrijving: 'Hoogste aandeel (0 tot 1; 0,1 is 10 %) van de lestijd dat ongeoorloofd is verzuimd in een venster van `lesweken` opeenvolgende lesweken: ongeoorloofdeUrenInLesweken gedeeld door lesweken × lesurenPerWeek. Null zonder lesuren per week (param en inschrijving) of als de kalender het schooljaar niet kent.',
    params: {
      lesweken: LESWEKEN,
      lesurenPerWeek: {
        type: 'getal', minimum: 1, maximum: 60, standaard: null,
        standaardOmschrijving: 'de lesurenPerWeek van de inschrijving op de peildatum',
        omschrijving: 'Lestijd in uren per lesweek waartegen het verzuim wordt afgezet.',
      },
      redenen: REDENEN,
    },
    berekenMet: (f, p) => {
      const n = p.lesweken as number;
      const lesuren = (p.lesurenPerWeek as number | null)
        ?? f.ctx.situatie.inschrijvingen.find((i) => loopt(i.vanaf, i.tot, f.ctx.peildatum) && i.lesurenPerWeek !== null)?.lesurenPerWeek ?? null;
      if (lesuren === null || lesuren <= 0) return null;
      const uren = hoogsteUren(f, n, p.redenen as string[] | null);
      return uren === null ? null : rond(uren / (n * lesuren));
    },
  }),
];
