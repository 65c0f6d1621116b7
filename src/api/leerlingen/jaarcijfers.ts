// The rule-based parts of the yearly figures, per stored leerling, through the same evaluation
// as every other question (evalueerFeiten, on the leerling's rows as a list's batch read them).
import { leerplicht } from '../../engine/leerplicht';
import { meldingen as teMeldenVan } from '../../engine/verzuim';
import { voortijdigSchoolverlater } from '../../engine/doelgroepen';
import type { Feiten } from '../../facts/feiten';
import type { FeitenRijen } from '../../store/laders';
import { dagInJaar, formatDatum, parseDatum, type Dag } from '../../time/dag';
import { beginSchooljaar, eindeSchooljaar } from '../../time/schooljaar';
import type { Regelcontext } from '../context';
import { GraphQLError } from 'graphql';
import { logFout } from '../../server/log';
import { KalenderBereikFout } from '../../time/kalender';
import { lijstEvaluaties } from './opslag';
import type { LijstFout } from './typen';

/**
 * "Meer dan vier weken": more than this many schooldagen in a row (holidays neither count nor
 * interrupt): the parameter thuiszitterDrempelSchooldagen (rules/parameters/thuiszitter.json) as it
 * stood at the start of the schooljaar (or the earliest version the rules encode).
 */
export function thuiszitterDrempel(ctx: Regelcontext, jaar: number): number {
  return ctx.regelset.inWerking(Math.max(beginSchooljaar(jaar), ctx.regelset.dekkingVanaf)).parameters.get('thuiszitterDrempelSchooldagen') as number;
}

const dag = (s: string) => parseDatum(s)!;

/** One leerling's evaluation on a peildatum ('yyyy-mm-dd'). */
export type Evaluatie = (peildatum: string) => Feiten;

/**
 * The evaluations of one leerling in a list, each peildatum once: the figures ask the same days
 * more than once (the schooljaar's first and last day), and the answer depends only on the facts and the day.
 */
export function evaluaties(ctx: Regelcontext, l: FeitenRijen): Evaluatie {
  const gedaan = new Map<string, Feiten>();
  const evalueerOp = lijstEvaluaties(ctx, l);
  return (peildatum) => {
    let f = gedaan.get(peildatum);
    if (f === undefined) { f = evalueerOp(peildatum); gedaan.set(peildatum, f); }
    return f;
  };
}

/** Which days count for the gemeente asked about (the leerling lived there on that day). */
export type Telt = (d: Dag) => boolean;
const altijd: Telt = () => true;

/**
 * Langdurig relatief verzuim in the schooljaar: given by the rules on the stored verzuim (evaluated
 * on its last day), with its einddatum on a day that `telt`.
 */
export function langdurigRelatief(ctx: Regelcontext, l: FeitenRijen, jaar: number, telt: Telt = altijd, ev: Evaluatie = evaluaties(ctx, l)): boolean {
  const eind = eindeSchooljaar(jaar);
  if (!l.verzuim.some((v) => dag(v.datum) >= beginSchooljaar(jaar) && dag(v.datum) <= eind)) return false;
  const f = ev(formatDatum(eind));
  return teMeldenVan(f).some((m) => m.kandidaat.soort === 'LANGDURIG_RELATIEF' && m.kandidaat.einddatum >= beginSchooljaar(jaar) && telt(m.kandidaat.einddatum));
}

/**
 * Absoluut verzuim (leerplicht.absoluutVerzuim: leerplichtig or kwalificatieplichtig, not enrolled,
 * not vrijgesteld) on more than thuiszitterDrempel consecutive schooldagen of the schooljaar. The verdict only changes
 * where a fact or a leerplicht date changes, so the rules are asked on those days, not on every day.
 * Only a period of absoluut verzuim whose first day `telt` counts.
 */
export function langAbsoluutVerzuim(ctx: Regelcontext, feiten: FeitenRijen, jaar: number, telt: Telt = altijd, ev: Evaluatie = evaluaties(ctx, feiten), eersteDag?: (d: Dag) => void): boolean {
  const begin = Math.max(beginSchooljaar(jaar), dag(feiten.leerling.geboortedatum));
  const eind = eindeSchooljaar(jaar);
  if (begin > eind) return false;
  const punten = new Set<Dag>([begin]);
  const voeg = (van: string | null, tot: string | null) => {
    if (van !== null) punten.add(dag(van));
    if (tot !== null) punten.add(dag(tot) + 1);
  };
  for (const i of feiten.inschrijvingen) voeg(i.vanaf, i.tot);
  for (const v of feiten.vrijstellingen) voeg(v.vanaf, v.tot);
  for (const d of feiten.diplomas) voeg(d.datum, d.datum);
  const oordeel = (d: Dag) => leerplicht(ev(formatDatum(d)));
  for (const d of [begin, eind]) {
    const lp = oordeel(d);
    for (const [van, tot] of [[lp.leerplichtigVanaf, lp.leerplichtigTot], [lp.kwalificatieplichtigVanaf, lp.kwalificatieplichtigTot]] as const) {
      if (van !== null) punten.add(van);
      if (tot !== null) punten.add(tot + 1);
    }
  }
  const gesorteerd = [...punten].filter((d) => d >= begin && d <= eind).sort((a, b) => a - b);
  let reeks = 0;
  let reeksBegin = begin;
  let gemeld = false; // eersteDag: the first day of absoluut verzuim in the schooljaar, reported once
  const drempel = thuiszitterDrempel(ctx, jaar);
  for (let i = 0; i < gesorteerd.length; i++) {
    const van = gesorteerd[i];
    const tot = i + 1 < gesorteerd.length ? gesorteerd[i + 1] - 1 : eind;
    const f = ev(formatDatum(van));
    if (leerplicht(f).absoluutVerzuim !== true) { reeks = 0; continue; } // stored leerlingen: inschrijvingen always known
    if (eersteDag && !gemeld) { eersteDag(van); gemeld = true; }
    if (reeks === 0) reeksBegin = van;
    reeks += f.ctx.kalender.schooldagenTussen(van, tot);
    if (reeks > drempel && telt(reeksBegin)) return true;
  }
  return false;
}

/** Beoordeling.voortijdigSchoolverlater(schooljaar), evaluated on 1 oktober T+1 (its own peildata are fixed). */
export function isVsv(ctx: Regelcontext, l: FeitenRijen, jaar: number, ev: Evaluatie = evaluaties(ctx, l)): boolean {
  const peildatum = vsvPeildagNa(ctx, jaar);
  if (peildatum === null || peildatum < dag(l.leerling.geboortedatum)) return false;
  const f = ev(formatDatum(peildatum));
  return voortijdigSchoolverlater(f, jaar, 'NL').vanToepassing;
}

/**
 * The vsv peildag of schooljaar T in year T+1 (parameter vsvPeildag, WEB 8.3.1: 1 oktober), as the
 * law stood at the start of schooljaar T+1; null before the parameter's first value (no vsv count
 * existed: nobody is counted as a voortijdig schoolverlater of that schooljaar).
 */
export function vsvPeildagNa(ctx: Regelcontext, jaar: number): Dag | null {
  const mmdd = ctx.regelset.inWerking(beginSchooljaar(jaar + 1)).parameters.get('vsvPeildag');
  return typeof mmdd === 'string' ? dagInJaar(jaar + 1, mmdd) : null;
}

/** A leerling a list could not evaluate, as a LijstFout: the list answers the rest. */
export function lijstFoutVan(leerlingId: string, e: unknown): LijstFout {
  if (e instanceof KalenderBereikFout) return { leerlingId, code: 'KALENDER_BEREIK', bericht: e.message };
  if (e instanceof GraphQLError) return { leerlingId, code: String(e.extensions?.code ?? 'BAD_USER_INPUT'), bericht: e.message };
  logFout(e, undefined, { leerlingId }); // without BSNs
  return { leerlingId, code: 'NIET_TE_BEOORDELEN', bericht: 'internal error while evaluating this leerling' };
}
