// Woongemeente periods: a verhuizing is a dated move kept as history, never an overwrite of
// leerling.gemeente alone. leerling.gemeente always equals the gemeente of the open period.
import { randomUUID } from 'node:crypto';
import { LockMode, type EntityManager, type MikroORM } from '@mikro-orm/postgresql';
import type { Toegang } from '../toegang/toegang';
import { vastleggingDoor } from '../toegang/eigenaarschap';
import { schrijfAudit } from './audit';
import { Leerling, Woonperiode } from './entities/leerlingen';
import { formatDatum, parseDatum } from '../time/dag';

/**
 * The first period of a new leerling: its current gemeente from its geboortedatum on (queued on
 * `em`), recorded by whoever recorded the leerling.
 */
export function nieuweWoonperiode(em: EntityManager, leerling: Leerling): Woonperiode {
  const v = { vastgelegdDoor: leerling.vastgelegdDoor, vastgelegdRol: leerling.vastgelegdRol, vastgelegdBrin: leerling.vastgelegdBrin, vastgelegdGemeente: leerling.vastgelegdGemeente, vastgelegdOp: leerling.vastgelegdOp };
  return em.create(Woonperiode, { leerling, gemeente: leerling.gemeente, vanaf: leerling.geboortedatum, tot: null, ...v });
}

export class VerhuisFout extends Error {
  constructor(readonly veld: string, bericht: string) { super(bericht); }
}

/** The day before `datum` ('yyyy-mm-dd'). */
/** The woongemeente on `dag` ('yyyy-mm-dd'): the woonperiode holding it; without one (no periods, or before the first), the current gemeente. */
export function woongemeenteOp(leerling: { gemeente: string }, woonperiodes: readonly { gemeente: string; vanaf: string; tot: string | null }[], dag: string): string {
  return woonperiodes.find((w) => w.vanaf <= dag && (w.tot === null || dag <= w.tot))?.gemeente ?? leerling.gemeente;
}

export const dagErvoor = (datum: string) => formatDatum(parseDatum(datum)! - 1);

/**
 * Moves the leerling to `gemeente` on `datum`: the open period ends the day before, a new one opens
 * on `datum`; leerling.gemeente becomes `gemeente`. One transaction with its audit row. `mag` is
 * asked with the period open before the move (under a row lock), so a check and the move cannot race.
 */
export async function verhuis(orm: MikroORM, t: Toegang, leerlingId: string, gemeente: string, datum: string, mag: (oud: Woonperiode) => void): Promise<Leerling> {
  return orm.em.fork().transactional(async (em) => {
    const leerling = await em.findOneOrFail(Leerling, { id: leerlingId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const perioden = await em.find(Woonperiode, { leerling }, { orderBy: { vanaf: 'asc', id: 'asc' } });
    let open = perioden.find((p) => p.tot === null);
    // a leerling stored without periods (should not happen after the migration): its gemeente since birth
    if (!open) open = nieuweWoonperiode(em, leerling);
    mag(open);
    if (open.gemeente === gemeente) throw new VerhuisFout('gemeente', `the leerling already lives in gemeente ${gemeente}`);
    if (datum <= open.vanaf) throw new VerhuisFout('datum', `the current woonperiode (gemeente ${open.gemeente}) began on ${open.vanaf}; a move must come after it`);
    if (datum <= leerling.geboortedatum) throw new VerhuisFout('datum', `a move must come after the geboortedatum ${leerling.geboortedatum}`);
    const oudeGemeente = open.gemeente;
    open.tot = dagErvoor(datum);
    const nieuw = em.create(Woonperiode, { id: randomUUID(), leerling, gemeente, vanaf: datum, tot: null, ...vastleggingDoor(t) });
    leerling.gemeente = gemeente;
    leerling.gewijzigdOp = new Date();
    schrijfAudit(em, t, {
      operatie: 'verhuisLeerling', leerlingId, onderwerp: 'woonperiode', onderwerpId: nieuw.id,
      voor: { gemeente: oudeGemeente, woonperiodeTot: null }, na: { gemeente, vanaf: datum, woonperiodeTot: open.tot },
    });
    await em.flush();
    return leerling;
  });
}
