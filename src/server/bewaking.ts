// `npm run dev`: watch the rule folders (recursive fs.watch, Linux since Node 20) and call back once
// the changes have settled, so that an editor's save (temp file, rename, write) is one reload.
import fs from 'node:fs';
import type { Logger } from './log';

export interface Bewaking { stop(): void }

/** Calls `opWijziging` `wachtMs` after the last change of a .json file (or an unnamed change) under any of `mappen`. */
export function bewaakMappen(mappen: readonly string[], opWijziging: () => void, o: { wachtMs?: number; logger?: Logger } = {}): Bewaking {
  const wachtMs = o.wachtMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  const wijziging = (naam: string | null) => {
    // editors' swap and backup files (.swp, ~, .tmp) are not rule files
    if (naam !== null && !naam.endsWith('.json')) return;
    clearTimeout(timer);
    timer = setTimeout(opWijziging, wachtMs);
  };
  const watchers = mappen.map((map) => {
    const w = fs.watch(map, { recursive: true, persistent: false }, (_soort, naam) => wijziging(naam === null ? null : String(naam)));
    w.on('error', (e) => o.logger?.warn({ err: e, map }, 'watching a rules folder failed; reload with SIGHUP'));
    return w;
  });
  return {
    stop: () => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
