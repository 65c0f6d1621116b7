// Reloading the rule set while serving (SIGHUP, file changes under `npm run dev`): the new set is
// read and validated first; a broken one changes nothing and is logged by file, rule, JSON path
// and message (never file contents); a good one is recorded and then swapped in. One reload at a
// time: a reload asked for while one runs runs once more afterwards, on the files as they are then.
import { RegelFout, type Vondst } from '../engine/fouten';
import type { Regelset } from '../engine/regelset';
import type { Logger } from './log';

export type HerlaadUitkomst =
  | { soort: 'herladen'; hash: string; vorige: string }
  | { soort: 'ongewijzigd'; hash: string }
  | { soort: 'geweigerd'; hash: string; fouten: Vondst[] };

export interface HerlaadOpties {
  /** reads and validates the folders (throws RegelFout) */
  laad(): Regelset;
  /** the set now serving */
  huidig(): Regelset;
  /** records the new set and swaps it in (new requests only); a throw leaves the old set serving */
  wissel(nieuw: Regelset): Promise<void>;
  logger: Logger;
}

// JSON.parse quotes the text around the error (Unexpected token 'G', ..."x": GEHEIM"... is not valid JSON): cut it
const zonderInhoud = (bericht: string) => bericht.replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');

function alsVondsten(e: unknown): Vondst[] {
  if (e instanceof RegelFout) return e.vondsten.map((v) => ({ ...v, bericht: zonderInhoud(v.bericht) }));
  const err = e as NodeJS.ErrnoException;
  // a file system error names its path and code; other messages as they are (the logger masks BSN-like numbers)
  if (err?.code && err.path) return [{ bestand: err.path, pad: '', bericht: `${err.code} (${err.syscall ?? 'read'})` }];
  return [{ bestand: '', pad: '', bericht: zonderInhoud(err instanceof Error ? err.message : String(e)) }];
}

/**
 * A hash as the log shows it: its first 16 hex digits in groups of four (6941:f120:a2a2:2c36). The
 * log masks every run of eight digits or more (a BSN cannot reach it), which would cut a whole hash.
 */
export const hashVoorLog = (hash: string): string => hash.slice(0, 16).match(/.{1,4}/g)!.join(':');

export function maakHerlader(o: HerlaadOpties): () => Promise<HerlaadUitkomst> {
  let staart: Promise<unknown> = Promise.resolve();
  let wachtend: Promise<HerlaadUitkomst> | null = null;

  const eenmaal = async (): Promise<HerlaadUitkomst> => {
    const oud = o.huidig();
    let nieuw: Regelset;
    try {
      nieuw = o.laad();
    } catch (e) {
      const fouten = alsVondsten(e);
      o.logger.warn({ regelset: hashVoorLog(oud.hash), fouten }, `rules reload refused (${fouten.length} error${fouten.length === 1 ? '' : 's'}); still serving ${hashVoorLog(oud.hash)}`);
      return { soort: 'geweigerd', hash: oud.hash, fouten };
    }
    if (nieuw.hash === oud.hash) {
      o.logger.info({ regelset: hashVoorLog(oud.hash) }, `rules reload: unchanged (${hashVoorLog(oud.hash)})`);
      return { soort: 'ongewijzigd', hash: oud.hash };
    }
    try {
      await o.wissel(nieuw);
    } catch (e) {
      const fouten = alsVondsten(e);
      o.logger.error({ regelset: hashVoorLog(oud.hash), nieuw: hashVoorLog(nieuw.hash), fouten }, `rules reload failed while swapping in ${hashVoorLog(nieuw.hash)}; still serving ${hashVoorLog(oud.hash)}`);
      return { soort: 'geweigerd', hash: oud.hash, fouten };
    }
    o.logger.info({ regelset: hashVoorLog(nieuw.hash), vorige: hashVoorLog(oud.hash), regels: nieuw.regels.length }, `rules reloaded: ${hashVoorLog(nieuw.hash)} (${nieuw.regels.length} rules), was ${hashVoorLog(oud.hash)}`);
    return { soort: 'herladen', hash: nieuw.hash, vorige: oud.hash };
  };

  // a reload asked for before the queued one started is that same reload
  return () => {
    if (wachtend) return wachtend;
    const volgende = staart.then(() => { wachtend = null; return eenmaal(); });
    wachtend = volgende;
    staart = volgende.catch(() => {});
    return volgende;
  };
}
