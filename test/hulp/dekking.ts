// A property whose run must also reach a rare case (a count checked after it): fast-check's random
// seed first, as always; when that run missed the case, the property runs once more with one fixed
// seed that reaches it, so the count does not depend on luck. The random pass still explores new
// inputs on every run, and both passes check the property itself.

/** The seed of the second pass (FC_VAST=1: only this pass, to check that it alone reaches the case). */
export const VAST_ZAAD = 20261203;

/**
 * `draai(seed)` runs the property (seed undefined: fast-check's own), `bereikt()` says whether the
 * runs so far reached the case; the caller then checks its counts as before.
 */
export async function metDekking(draai: (seed: number | undefined) => unknown, bereikt: () => boolean): Promise<void> {
  if (process.env.FC_VAST === '1') {
    await draai(VAST_ZAAD);
    return;
  }
  await draai(undefined);
  if (!bereikt()) await draai(VAST_ZAAD);
}
