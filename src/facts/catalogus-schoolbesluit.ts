// Facts for a school's decision about its register: an uitschrijving (art 10) or a
// verwijderingsbesluit (art 18 lid 1), and the dates by which it must be reported. The rules
// decide whether it is allowed and which report is due; these facts only read the input and count days.
import type { Dag } from '../time/dag';
import type { Feiten } from './feiten';
import type { FeitDefinitie, Onderwijssoort } from './typen';
import type { Kandidaat } from './verzuim';

export const UITSCHRIJVINGSGRONDEN = [
  'ANDERE_SCHOOL', 'VRIJSTELLING_ART_5', 'VRIJSTELLING_ART_5A', 'VRIJSTELLING_ART_15', 'VOLLEDIG_DAGONDERWIJS', 'EINDE_PLICHT', 'ANDERS',
] as const;
export type Uitschrijvingsgrond = (typeof UITSCHRIJVINGSGRONDEN)[number];
export const SCHOOLBESLUITSOORTEN = ['UITSCHRIJVING', 'VERWIJDERING'] as const;
export const MELDING_ONTVANGERS = ['COLLEGE_BW', 'REGISTER'] as const;
export const TERMIJNSOORTEN = ['WET', 'PRAKTIJK'] as const;

/** An uitschrijving asked for, or a verwijderingsbesluit taken, by the school on `datum`. */
export interface Schoolbesluit {
  soort: (typeof SCHOOLBESLUITSOORTEN)[number];
  datum: Dag;
  /** the school: its kind of education, and whether it is bekostigd or aangewezen (art 1 b 1°/2°) */
  onderwijs: Onderwijssoort;
  bekostigd: boolean;
  /** uitschrijving only: the ground claimed, whether the parents (or the adult jongere) asked for it, whether the ground was shown to the hoofd */
  grond: Uitschrijvingsgrond | null;
  opAanvraag: boolean | null;
  gebleken: boolean | null;
}

const besluit = (f: Feiten): Schoolbesluit | null => f.ctx.situatie.schoolbesluit ?? null;
const p = <T>(f: Feiten, naam: string) => f.ctx.parameters.get(naam) as T;
/** datum + the parameter's number of calendar days; null without a besluit or when the parameter is null on the wetsdatum */
const plusDagen = (f: Feiten, parameter: string): Dag | null => {
  const b = besluit(f);
  const n = p<number | null>(f, parameter);
  return b === null || n === null ? null : b.datum + n;
};
const VO_OF_INSTELLING: readonly Onderwijssoort[] = ['PRO', 'VMBO', 'HAVO', 'VWO', 'MBO', 'VAVO'];

export const SCHOOLBESLUIT_FEITEN: FeitDefinitie[] = [
  { naam: 'schoolbesluitSoort', type: 'tekst', nullable: true, enum: SCHOOLBESLUITSOORTEN, omschrijving: 'Uitschrijving (art 10) of verwijderingsbesluit (art 18 lid 1); null als geen van beide gevraagd is.', bereken: (f) => besluit(f)?.soort ?? null },
  { naam: 'schoolbesluitDatum', type: 'datum', nullable: true, omschrijving: 'Dag van de uitschrijving of van het verwijderingsbesluit.', bereken: (f) => besluit(f)?.datum ?? null },
  { naam: 'uitschrijvingsgrond', type: 'tekst', nullable: true, enum: UITSCHRIJVINGSGRONDEN, omschrijving: 'De grond waarop de uitschrijving gevraagd wordt.', bereken: (f) => besluit(f)?.grond ?? null },
  { naam: 'uitschrijvingOpAanvraag', type: 'boolean', nullable: true, omschrijving: 'De uitschrijving is gevraagd door de ouders/verzorgers (art 2 lid 1), of door de meerderjarige jongere zelf (art 1b); null: niet opgegeven.', bereken: (f) => besluit(f)?.opAanvraag ?? null },
  { naam: 'uitschrijvingGrondGebleken', type: 'boolean', nullable: true, omschrijving: 'De grond is het hoofd gebleken (bewijs van inschrijving elders, een vrijstelling waarvoor aan art 6–9 is voldaan, het besluit van art 5a of 15); null: niet opgegeven.', bereken: (f) => besluit(f)?.gebleken ?? null },
  {
    naam: 'schoolLevertAanRegister', type: 'boolean', nullable: true,
    omschrijving: 'De school is bekostigd of aangewezen (art 1 b 1° of 2°) of een instelling (art 1 c: mbo, vavo): zij levert in- en uitschrijvingen aan het register onderwijsdeelnemers.',
    bereken: (f) => { const b = besluit(f); return b === null ? null : b.bekostigd || b.onderwijs === 'MBO' || b.onderwijs === 'VAVO'; },
  },
  {
    naam: 'schoolIsVoOfInstelling', type: 'boolean', nullable: true, omschrijving: 'De school is een dagschool voor voortgezet onderwijs (pro, vmbo, havo, vwo) of een instelling (mbo, vavo) (art 18a).',
    bereken: (f) => { const b = besluit(f); return b === null ? null : VO_OF_INSTELLING.includes(b.onderwijs); },
  },
  { naam: 'uiterlijkeMeldingInUitschrijving', type: 'datum', nullable: true, omschrijving: 'Dag van de uitschrijving plus inUitschrijvingMeldtermijnDagen kalenderdagen; null als die termijn op de wetsdatum niet bestaat.', bereken: (f) => plusDagen(f, 'inUitschrijvingMeldtermijnDagen') },
  { naam: 'uiterlijkeMeldingRegister', type: 'datum', nullable: true, omschrijving: 'Dag van de uitschrijving plus registerMeldtermijnDagen kalenderdagen (praktijk).', bereken: (f) => plusDagen(f, 'registerMeldtermijnDagen') },
  { naam: 'uiterlijkeMeldingVerwijdering', type: 'datum', nullable: true, omschrijving: 'Dag van het verwijderingsbesluit plus verwijderingMeldtermijnDagen kalenderdagen (lezing van "terstond").', bereken: (f) => plusDagen(f, 'verwijderingMeldtermijnDagen') },
];

/** The verzuimMeldtermijnSchooldagen-th schooldag after the melding's einddatum; null where the calendar is not known. */
function uiterlijkNaEinddatum(f: Feiten): Dag | null {
  const n = p<number | null | undefined>(f, 'verzuimMeldtermijnSchooldagen');
  if (n == null) return null; // no practice number for the law before 2009-08-01
  let d = (f.onderwerp as Kandidaat).einddatum;
  // at most a summer holiday plus weekends away: a bound, not a rule
  for (let geteld = 0, stap = 0; geteld < n; stap++) {
    if (stap > 120) return null;
    d++;
    const s = f.ctx.kalender.isSchooldagOfNull(d);
    if (s === null) return null;
    if (s) geteld++;
  }
  return d;
}

export const MELDTERMIJN_FEITEN: FeitDefinitie[] = [
  { naam: 'meldingUiterlijkPraktijk', type: 'datum', nullable: true, omschrijving: 'De verzuimMeldtermijnSchooldagen-ste schooldag na de einddatum van de melding (praktijktermijn); null als de schoolvakanties van die dagen niet bekend zijn.', bereken: uiterlijkNaEinddatum },
];
