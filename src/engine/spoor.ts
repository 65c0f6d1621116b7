// The trace of an evaluation: for each decision a rule took, the facts and parameters its
// conditions (and event params) read, with their values; for a verzuimmelding the lesweken of its
// window and the hours counted in each. The compiled rules are not touched: a deciding rule's JSON
// conditions are walked again here, in the compiled order with the same short-circuits, so exactly
// the facts the decision read are read again (already memoised: nothing new is computed).
import { leesFeitMetParams, normaliseerFeitParams } from '../facts/feit-params';
import { Feiten, type Beslissing } from '../facts/feiten';
import type { FeitDefinitie, Onderwerp } from '../facts/typen';
import type { Kandidaat, Verzuimanalyse } from '../facts/verzuim';
import { formatDatum, maandag, type Dag } from '../time/dag';
import { normaliseerWaarde } from './compileer';
import { OPERATOREN } from './operatoren';
import { isFeitVerwijzing, type Conditie } from './regel';
import type { GeladenRegel } from './regelset';

/** A value as JSON: dates as YYYY-MM-DD. */
export interface GelezenWaarde { naam: string; params: Record<string, unknown> | null; waarde: unknown }

export interface VensterWeek { maandag: Dag; uren: number }
export interface Verzuimvenster {
  soort: string;
  van: Dag;
  tot: Dag;
  /** the lesweken of the window, ascending, with the unexcused hours counted in each */
  lesweken: VensterWeek[];
  uren: number;
  /** the parameters the window was counted with */
  parameters: GelezenWaarde[];
}

export interface Spoorstap {
  regel: GeladenRegel;
  onderwerp: Onderwerp;
  type: string;
  feiten: GelezenWaarde[];
  parameters: GelezenWaarde[];
  venster: Verzuimvenster | null;
  /** how many records (registrations, diplomas, …) this same step decided with the same values */
  aantal: number;
}

function definitie(f: Feiten, naam: string): FeitDefinitie | undefined {
  for (let x: Feiten | null = f; x !== null; x = x.ouder) {
    const i = x.catalogus.index.get(naam);
    if (i !== undefined) return x.catalogus.definities[i];
  }
  return undefined;
}

function alsJson(w: unknown, def: FeitDefinitie | undefined): unknown {
  if (w === undefined || w === null) return null;
  if (def?.type === 'datum' && typeof w === 'number') return formatDatum(w);
  return w;
}

/** Reads facts of f and notes each (fact, params) once, in the order first read. */
class Lezer {
  readonly gelezen: GelezenWaarde[] = [];
  private readonly gezien = new Set<string>();
  constructor(private readonly f: Feiten) {}
  lees(naam: string, params?: Record<string, unknown>): unknown {
    const w = params === undefined ? this.f.get(naam) : leesFeitMetParams(this.f, naam, params);
    const def = definitie(this.f, naam);
    // the params as the fact computed with them: defaults filled in, in a fixed order
    const genormaliseerd = params !== undefined && def?.params !== undefined ? normaliseerFeitParams(def, params) : null;
    const sleutel = genormaliseerd === null ? naam : `${naam}\0${genormaliseerd.sleutel}`;
    if (!this.gezien.has(sleutel)) {
      this.gezien.add(sleutel);
      this.gelezen.push({ naam, params: genormaliseerd === null ? null : { ...genormaliseerd.waarden }, waarde: alsJson(w, def) });
    }
    return w;
  }
}

/** The condition as compileerConditie evaluates it: the same order, the same short-circuits. */
function toets(c: Conditie, l: Lezer): boolean {
  if (c.all) { for (const x of c.all) if (!toets(x, l)) return false; return true; }
  if (c.any) { for (const x of c.any) if (toets(x, l)) return true; return false; }
  if (c.not) return !toets(c.not, l);
  const feit = l.lees(c.fact!, c.params);
  const waarde = isFeitVerwijzing(c.value) ? l.lees(c.value.fact) : normaliseerWaarde(c.operator!, c.value);
  return OPERATOREN[c.operator!].toets(feit, waarde);
}

// which parameters count a melding's window (facts/verzuim.ts analyseerVerzuim)
const VENSTER_PARAMETERS: Record<string, readonly string[]> = {
  ZESTIEN_UUR: ['meldplichtUren', 'meldplichtLesweken', 'meldingMinimumDagen'],
  ACHTSTE_LESTIJD: ['meldplichtFractieLestijd', 'meldplichtLesweken'],
  DRIE_SCHOOLDAGEN: ['meldplichtSchooldagen'],
  DOORSTROOMPUNT: ['doorstroompuntLesweken'],
  LANGDURIG_RELATIEF: ['langdurigVerzuimLesweken'],
};
/** kinds whose window is the meldplichtLesweken lesweken ending in the einddatum's week */
const SCHUIVEND = new Set(['ZESTIEN_UUR', 'ACHTSTE_LESTIJD']);
const rond = (x: number) => Math.round(x * 100) / 100;

/** The n lesweken ending in the week of d (fewer where the calendar is not known further back). */
function laatsteLesweken(f: Feiten, d: Dag, n: number): Dag[] {
  const uit: Dag[] = [];
  // a year back at most: four lesweken never span more, even with the zomervakantie
  for (let ma = maandag(d); uit.length < n && ma > d - 366; ma -= 7) {
    try {
      if (f.ctx.kalender.isLesweek(ma)) uit.unshift(ma);
    } catch {
      break; // outside the known calendar: the analysis could not have counted there either
    }
  }
  return uit;
}

/** A melding's window: the lesweken and the unexcused hours of [begindatum, einddatum] counted in each. */
function venster(melding: Feiten): Verzuimvenster | null {
  const k = melding.onderwerp as Kandidaat;
  const namen = VENSTER_PARAMETERS[k.soort];
  const situatie = melding.ouder;
  if (namen === undefined || situatie === null) return null; // luxe verzuim and overig verzuim are no windows
  const analyse = situatie.berekend('verzuimAnalyse') as Verzuimanalyse | undefined;
  if (analyse === undefined || analyse === null) return null;
  const p = situatie.ctx.parameters;
  const n = p.get('meldplichtLesweken') as number;
  let weken: Dag[];
  try {
    weken = SCHUIVEND.has(k.soort) ? laatsteLesweken(situatie, k.einddatum, n) : situatie.ctx.kalender.lesweekMaandagen(maandag(k.begindatum), k.einddatum);
  } catch {
    return null;
  }
  const lesweken = weken.map((ma) => {
    let s = 0;
    for (let d = Math.max(ma, k.begindatum); d <= Math.min(ma + 6, k.einddatum); d++) s += analyse.perDag.get(d) ?? 0;
    return { maandag: ma, uren: rond(s) };
  });
  return { soort: k.soort, van: k.begindatum, tot: k.einddatum, lesweken, uren: k.uren, parameters: namen.map((naam) => ({ naam, params: null, waarde: p.get(naam) ?? null })) };
}

function stap(b: Beslissing): Spoorstap {
  const r = b.regel as GeladenRegel;
  const l = new Lezer(b.feiten);
  // every loaded rule keeps its JSON; a rule made elsewhere (a test's) is traced without its reads
  if (r.json !== undefined) {
    toets(r.json.conditions, l);
    for (const w of Object.values(r.json.event.params ?? {})) if (isFeitVerwijzing(w)) l.lees(w.fact);
  }
  const { catalogus, ctx } = b.feiten;
  const onderwerp = catalogus.onderwerp;
  // a policy pack's evaluation has a catalogue of its own that holds only the pack's parameters (engine/beleid/pakket.ts)
  const eigen = catalogus !== ctx.catalogi[onderwerp] ? catalogus.index : null;
  const isParameter = (g: GelezenWaarde) => ctx.parameters.has(g.naam) || (eigen !== null && eigen.has(g.naam));
  return {
    regel: r, onderwerp, type: b.type,
    feiten: l.gelezen.filter((g) => !isParameter(g)), parameters: l.gelezen.filter(isParameter),
    venster: onderwerp === 'melding' ? venster(b.feiten) : null, aantal: 1,
  };
}

/** The record evaluations of f (diplomas, inschrijvingen, verzuim, meldingen) made so far, in catalogue and list order, each once. */
function onderdelen(f: Feiten): Feiten[] {
  const uit: Feiten[] = [];
  const gezien = new Set<Feiten>();
  for (const d of f.catalogus.definities) {
    if (d.type !== 'intern') continue;
    const w = f.berekend(d.naam);
    for (const x of Array.isArray(w) ? w : [w]) if (x instanceof Feiten && !gezien.has(x)) { gezien.add(x); uit.push(x); }
  }
  return uit;
}

/**
 * Every decision a rule took in f and in its record evaluations: the situatie's in the order taken,
 * then each record's (in list order), then `extra` (a policy pack's signalen) as given. Steps equal
 * in rule and values are given once, with aantal.
 */
export function spoor(f: Feiten, extra: readonly Beslissing[] = []): Spoorstap[] {
  const beslissingen: Beslissing[] = [];
  const loop = (x: Feiten, diepte: number) => {
    for (const b of x.genomen()) if (b.regel !== null) beslissingen.push(b);
    if (diepte < 3) for (const o of onderdelen(x)) loop(o, diepte + 1);
  };
  loop(f, 0);
  beslissingen.push(...extra);
  const uit: Spoorstap[] = [];
  const perSleutel = new Map<string, Spoorstap>();
  for (const b of beslissingen) {
    const s = stap(b);
    const sleutel = JSON.stringify([s.regel.id, s.type, s.feiten, s.parameters, s.venster]);
    const eerder = perSleutel.get(sleutel);
    if (eerder) { eerder.aantal++; continue; }
    perSleutel.set(sleutel, s);
    uit.push(s);
  }
  return uit;
}
