// One evaluation: a situatie, a peildatum and the law as it stood on the wetsdatum.
import { Feiten, type Context } from '../facts/feiten';
import type { Situatie } from '../facts/situatie';
import type { Dag } from '../time/dag';
import { schoolkalender } from '../time/kalender';
import type { Regelset } from './regelset';

export interface Vraag {
  situatie: Situatie;
  peildatum: Dag;
  wetsdatum: Dag;
  /** chosen readings of ambiguous points of law ([A]), by parameter name */
  lezingen?: ReadonlyMap<string, unknown>;
}

export function evalueer(regelset: Regelset, vraag: Vraag): Feiten {
  const inWerking = regelset.inWerking(vraag.wetsdatum);
  let parameters = inWerking.parameters;
  if (vraag.lezingen && vraag.lezingen.size > 0) {
    const m = new Map(parameters);
    for (const [k, v] of vraag.lezingen) m.set(k, v);
    parameters = m;
  }
  const ctx: Context = {
    situatie: vraag.situatie,
    peildatum: vraag.peildatum,
    wetsdatum: vraag.wetsdatum,
    kalender: schoolkalender(vraag.situatie.vakantieregio ?? undefined, vraag.situatie.vrijeDagen),
    regels: inWerking,
    parameters,
    catalogi: regelset.catalogi,
  };
  return new Feiten(regelset.catalogi.situatie, ctx);
}
