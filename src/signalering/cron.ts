// The scheduled signalering run as a graphile-worker crontab line. graphile-worker's cron is
// distributed: every worker has the line, the database makes each scheduled minute fire once.
import { parseCrontab } from 'graphile-worker';

export const STANDAARD_CRON = '0 2 * * *';
export const RUN_TAAK = 'signalering-run';

/** The crontab for a schedule (5 fields, UTC); '' for none. Throws with graphile-worker's reason for a bad one. */
export function crontabVoor(schema: string): string {
  const s = schema.trim();
  if (s === '') return '';
  if (s.split(/\s+/).length !== 5 || /[\r\n]/.test(schema)) throw new Error(`expected 5 cron fields (minute hour day month weekday, UTC), e.g. "${STANDAARD_CRON}"`);
  // no backfill: a run missed while no worker was up is not made up for; the next night's covers it
  const regel = `${s} ${RUN_TAAK} ?id=signalering&max=10&jobKey=signalering:cron`;
  parseCrontab(regel);
  return regel;
}

/** SIGNALERING_CRON as a crontab line; the message names the variable (a typo must not switch the run off silently). */
export function leesCron(w: string | undefined): string {
  const schema = w === undefined ? STANDAARD_CRON : w;
  try {
    return crontabVoor(schema);
  } catch (e) {
    const reden = (e as Error).message;
    const uitleg = reden.startsWith('Could not process') ? `not a cron schedule (5 fields, UTC, e.g. "${STANDAARD_CRON}"; empty: no scheduled run)` : reden.replace(' in line 1 of crontab', '');
    throw new Error(`SIGNALERING_CRON=${JSON.stringify(w)}: ${uitleg}`);
  }
}
