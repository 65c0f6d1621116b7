// What the rules say about one stored leerling in a schooljaar, independent of the gemeente asked:
// the jaarcijfers count it for every gemeente it lived in (jaarcijfers.resolver).
import type { BatchRijen } from '../../store/laders';
import { parseDatum, type Dag } from '../../time/dag';
import { eindeSchooljaar } from '../../time/schooljaar';
import type { Regelcontext } from '../context';
import { VsvBestemming } from './jaarcijfers-typen';
import { thuiszitterVerloop, type ThuiszitterVerloop } from './jaarcijfers-thuiszitters';
import { evaluaties, isVsv, langAbsoluutVerzuim, langdurigRelatief, vsvPeildagNa } from './jaarcijfers';

export interface Jaaruitslag {
  /** einddatums of computed LANGDURIG_RELATIEF meldingen and first days of long absoluut verzuim */
  thuisDagen: Dag[];
  vsv: boolean;
  /** where a vsv'er went, as far as the stored rows tell */
  bestemming: VsvBestemming | null;
  /** the first day of absoluut verzuim (any length) in the schooljaar */
  absoluutOp: Dag | null;
  verloop: ThuiszitterVerloop | null;
}

/** A vsv'er's destination from the stored rows: enrolled again after the peildag within schooljaar T+1, else work, else unknown. */
function bestemmingVan(r: BatchRijen, peildag: Dag, jaar: number): VsvBestemming {
  const tot = eindeSchooljaar(jaar + 1);
  if (r.inschrijvingen.some((i) => { const v = parseDatum(i.vanaf)!; return v > peildag && v <= tot; })) return VsvBestemming.WEER_OP_SCHOOL;
  return r.leerling.arbeidsovereenkomst === true ? VsvBestemming.WERK : VsvBestemming.ONBEKEND;
}

/** One leerling evaluated once for every Bereik: the days that count for a thuiszitter, and vsv. */
export function beoordeelJaar(ctx: Regelcontext, r: BatchRijen, jaar: number): Jaaruitslag {
  const thuisDagen: Dag[] = [];
  // record every qualifying day (answering "does not count") so that one evaluation serves every gemeente
  const noteer = (d: Dag) => { thuisDagen.push(d); return false; };
  const ev = evaluaties(ctx, r); // each peildatum evaluated once for all three
  let absoluutOp: Dag | null = null;
  langdurigRelatief(ctx, r, jaar, noteer, ev);
  langAbsoluutVerzuim(ctx, r, jaar, noteer, ev, (d) => { absoluutOp = d; });
  const vsv = isVsv(ctx, r, jaar, ev);
  const peildag = vsvPeildagNa(ctx, jaar);
  return { thuisDagen, vsv, bestemming: vsv && peildag !== null ? bestemmingVan(r, peildag, jaar) : null, absoluutOp, verloop: thuiszitterVerloop(ctx, r, jaar, ev) };
}
