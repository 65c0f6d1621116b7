// Turns GraphQL arguments into an engine question: dates, the wetsdatum the rules must cover,
// and the request's chosen readings.
import type { Vraag } from '../engine/evaluatie';
import type { Regelset } from '../engine/regelset';
import type { Situatie } from '../facts/situatie';
import { formatDatum } from '../time/dag';
import { invoerFout } from './fouten';
import type { ParametersInput, SituatieInput } from './invoer';
import { controleerSchooljarenTot, datum, situatie } from './omzetten';

export function maakVraag(regelset: Regelset, s: SituatieInput, peildatumTekst: string, wetsdatumTekst: string | null | undefined, parameters?: ParametersInput | null, veld = 'situatie', peildatumVeld = 'peildatum'): Vraag {
  return vraagOp(regelset, situatie(s, veld), peildatumTekst, wetsdatumTekst, parameters, veld, peildatumVeld);
}

/** The same on a situatie already read (a list evaluating one leerling on several peildata reads it once). */
export function vraagOp(regelset: Regelset, sit: Situatie, peildatumTekst: string, wetsdatumTekst: string | null | undefined, parameters?: ParametersInput | null, veld = 'situatie', peildatumVeld = 'peildatum'): Vraag {
  const peildatum = datum(peildatumVeld, peildatumTekst);
  // geboortedatum as the caller wrote it: strict yyyy-mm-dd, so formatting the day gives the same text
  if (peildatum < sit.geboortedatum) throw invoerFout(peildatumVeld, `${peildatumVeld} ${peildatumTekst} lies before geboortedatum ${formatDatum(sit.geboortedatum)}`);
  controleerSchooljarenTot(sit, peildatum, veld, 'the peildatum');
  const wetsdatum = wetsdatumTekst == null ? peildatum : datum('wetsdatum', wetsdatumTekst);
  controleerWetsdatum(regelset, wetsdatum, wetsdatumTekst == null ? 'wetsdatum (default: peildatum)' : 'wetsdatum');
  return { situatie: sit, peildatum, wetsdatum, lezingen: lezingenVan(parameters) };
}

const GEEN_LEZINGEN: ReadonlyMap<string, unknown> = new Map();
// a bulk request passes one parameters object for all its situaties: one Map for all of them
const lezingenCache = new WeakMap<object, ReadonlyMap<string, unknown>>();

function lezingenVan(parameters: ParametersInput | null | undefined): ReadonlyMap<string, unknown> {
  if (parameters == null) return GEEN_LEZINGEN;
  let lezingen = lezingenCache.get(parameters);
  if (lezingen === undefined) {
    const m = new Map<string, unknown>();
    for (const [k, v] of Object.entries(parameters)) if (v !== undefined && v !== null) m.set(k, v);
    lezingen = m.size === 0 ? GEEN_LEZINGEN : m;
    lezingenCache.set(parameters, lezingen);
  }
  return lezingen;
}

export function controleerWetsdatum(regelset: Regelset, wetsdatum: number, veld = 'wetsdatum'): void {
  if (wetsdatum < regelset.dekkingVanaf) {
    throw invoerFout(veld, `${formatDatum(wetsdatum)} lies before ${formatDatum(regelset.dekkingVanaf)}, the earliest version of the law these rules encode`);
  }
}
