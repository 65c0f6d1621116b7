// A school calendar outside the covered years is the caller's input problem, not a crash.
import { KalenderBereikFout } from '../time/kalender';
import { invoerFout } from './fouten';

export function metKalender<T>(werk: () => T): T {
  try {
    return werk();
  } catch (e) {
    if (e instanceof KalenderBereikFout) throw invoerFout('situatie.vakantieregio', e.message);
    throw e;
  }
}
