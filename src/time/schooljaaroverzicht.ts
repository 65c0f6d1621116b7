// One schooljaar of one vakantieregio as a front-end shows it ("wanneer is de herfstvakantie"):
// the official holidays listed for it, the feestdagen in it, and its schooldagen and lesweken.
// Only what the official data says: a schooljaar without official holidays has no overview, and
// counts that need days the data does not cover are null, never guessed.
import vakantieData from '../../rules/kalender/schoolvakanties.json';
import { maandag, parseDatum, type Dag } from './dag';
import { feestdagen, type Feestdag } from './feestdagen';
import { kalenderBekend, schoolkalender, type Vakantieregio, type Vakantiesoort } from './kalender';
import { beginSchooljaar, eindeSchooljaar, formatSchooljaar, parseSchooljaar } from './schooljaar';

export interface Schoolvakantie { soort: Vakantiesoort; van: Dag; tot: Dag; /** false: OCW adviesdata, a school may differ */ verplicht: boolean }

export interface Schooljaaroverzicht {
  jaar: number;
  regio: Vakantieregio;
  /** the five holidays the official table lists for the schooljaar, in date order (the zomervakantie is the one at its end) */
  vakanties: Schoolvakantie[];
  /** every feestdag from 1 August to 31 July */
  feestdagen: Feestdag[];
  /** schooldagen from 1 August to 31 July; null when a day of the schooljaar lies outside the known calendar */
  schooldagen: number | null;
  /** Mon–Sun weeks with at least one schooldag in the schooljaar; null as schooldagen */
  lesweken: number | null;
}

interface Data {
  typen: Record<string, { verplicht: boolean }>;
  schooljaren: Record<string, Record<string, Record<string, { van: string; tot: string }>>>;
}
const DATA = vakantieData as unknown as Data;
const REGIO_SLEUTEL: Record<Vakantieregio, string> = { NOORD: 'noord', MIDDEN: 'midden', ZUID: 'zuid' };

/** The schooljaren (start years) the official table lists, ascending. */
export function bekendeSchooljaren(): number[] {
  return Object.keys(DATA.schooljaren).map((s) => parseSchooljaar(s)!).sort((a, b) => a - b);
}

/** The overview, or null when the official table lists no holidays for that schooljaar. */
export function schooljaaroverzicht(regio: Vakantieregio, jaar: number): Schooljaaroverzicht | null {
  const soorten = DATA.schooljaren[formatSchooljaar(jaar)];
  if (soorten === undefined) return null;
  const vakanties = Object.entries(soorten).map(([soort, perRegio]) => {
    const p = perRegio[REGIO_SLEUTEL[regio]];
    return { soort: soort as Vakantiesoort, van: parseDatum(p.van)!, tot: parseDatum(p.tot)!, verplicht: DATA.typen[soort]?.verplicht === true };
  }).sort((a, b) => a.van - b.van);
  const begin = beginSchooljaar(jaar);
  const einde = eindeSchooljaar(jaar);
  const inJaar = [...feestdagen(jaar), ...feestdagen(jaar + 1)].filter((f) => f.datum >= begin && f.datum <= einde);
  // the zomervakantie that opens a schooljaar is listed under the one before: without it the first weeks are unknown
  if (!kalenderBekend(begin) || !kalenderBekend(einde)) return { jaar, regio, vakanties, feestdagen: inJaar, schooldagen: null, lesweken: null };
  const k = schoolkalender(regio);
  let lesweken = 0;
  for (let ma = maandag(begin); ma <= einde; ma += 7) {
    // only the days of this schooljaar count: a week is not judged by days of the next one
    for (let d = Math.max(ma, begin); d <= Math.min(ma + 4, einde); d++) if (k.isSchooldag(d)) { lesweken++; break; }
  }
  return { jaar, regio, vakanties, feestdagen: inJaar, schooldagen: k.schooldagenTussen(begin, einde), lesweken };
}
