// National feestdagen for any year, computed from the declarative rules in rules/kalender/feestdagen.json.
import bestand from '../../rules/kalender/feestdagen.json';
import { Dag, dag, weekdag } from './dag';

export interface Feestdag {
  datum: Dag;
  naam: string;
  scholenDicht: boolean;
}

interface FeestdagRegel {
  naam: string;
  geldig?: { van?: number; tot?: number };
  datum: { vast?: string; pasen?: number; alsZondag?: number };
  scholenDicht: boolean | 'lustrum';
}

const regels = (bestand as { feestdagen: FeestdagRegel[] }).feestdagen;

// Fail at load time on a malformed rules file rather than computing wrong dates later.
for (const r of regels) {
  const vastOk = r.datum.vast === undefined || /^\d{2}-\d{2}$/.test(r.datum.vast);
  const eenBron = (r.datum.vast === undefined) !== (r.datum.pasen === undefined);
  const dichtOk = typeof r.scholenDicht === 'boolean' || r.scholenDicht === 'lustrum';
  if (!vastOk || !eenBron || !dichtOk) throw new Error(`feestdagen.json: ongeldige regel ${JSON.stringify(r)}`);
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function pasen(jaar: number): Dag {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dagVanMaand = ((h + l - 7 * m + 114) % 31) + 1;
  return dag(jaar, maand, dagVanMaand);
}

function datumIn(r: FeestdagRegel, jaar: number): Dag {
  if (r.datum.pasen !== undefined) return pasen(jaar) + r.datum.pasen;
  const [mm, dd] = r.datum.vast!.split('-').map(Number);
  const d = dag(jaar, mm, dd);
  return weekdag(d) === 7 && r.datum.alsZondag !== undefined ? d + r.datum.alsZondag : d;
}

/** The feestdagen of a calendar year, sorted by date. */
export function feestdagen(jaar: number): Feestdag[] {
  const uit: Feestdag[] = [];
  for (const r of regels) {
    if ((r.geldig?.van ?? -Infinity) > jaar || (r.geldig?.tot ?? Infinity) < jaar) continue;
    const scholenDicht = r.scholenDicht === 'lustrum' ? jaar % 5 === 0 : r.scholenDicht;
    uit.push({ datum: datumIn(r, jaar), naam: r.naam, scholenDicht });
  }
  return uit.sort((x, y) => x.datum - y.datum);
}
