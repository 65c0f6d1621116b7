// A stored list's batches read ahead of its evaluation. Each batch takes two queries: which
// leerlingen come next (small) and their rows (large). The list's thread evaluates a batch in one
// synchronous stretch, and meanwhile it can neither send the rows query a newly arrived answer leads
// to nor hand a finished query's connection back to the pool, so one batch ahead left PostgreSQL
// idle for part of every batch (jaarcijfers at 100k: 17 s of 46 s waiting on rows). Two ahead, each
// rows query sent as soon as its ids are known, keep it busy while the thread computes.

/** The batches asked ahead of the one being evaluated. */
export const VOORUIT = 2;

export interface Gelezen<I, R> { ids: I; rijen: R }

/**
 * `eerste`: the first batch's ids; `volgende(ids)`: the ids after them (null: the list ends there);
 * `rijen(ids)`: their rows. Returns a function that gives the batches in order, then null.
 */
export function vooruitlezer<I, R>(eerste: () => Promise<I | null>, volgende: (vorige: I) => Promise<I | null>, rijen: (ids: I) => Promise<R>, diepte = VOORUIT): () => Promise<Gelezen<I, R> | null> {
  const wachtrij: Promise<Gelezen<I, R> | null>[] = [];
  let staart: Promise<I | null> | null = null;
  const vul = () => {
    while (wachtrij.length < diepte) {
      const ids: Promise<I | null> = staart === null ? eerste() : staart.then((v) => (v === null ? null : volgende(v)));
      const stap = ids.then(async (i) => (i === null ? null : { ids: i, rijen: await rijen(i) }));
      // an error is the caller's when it takes that batch; a batch never taken (the list stopped) is dropped
      stap.catch(() => {});
      wachtrij.push(stap);
      staart = ids;
    }
  };
  return async () => {
    if (wachtrij.length === 0) vul();
    const volgende = wachtrij.shift()!;
    vul(); // `diepte` batches on their way while the caller evaluates this one
    const stap = await volgende;
    if (stap === null) wachtrij.length = 0; // the list ended: what was asked after it is null too
    return stap;
  };
}
