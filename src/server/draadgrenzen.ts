// V8 heap sizes of the process's worker threads (GraphQL workers, the in-process signalering thread).

/**
 * Every thread is a V8 heap of its own, and an idle one keeps the young generation (the semi-spaces)
 * it last grew to. 8 MB instead of V8's default: bench:stored at 100k measured RSS at rest 263 MB
 * instead of 285 (16 MB; 322 at 48 MB in a 10k run), with a lower peak and no measurable cost in time (the lists'
 * batches are short-lived garbage either way). The old generation is not limited: a large bulk
 * answer must fit.
 */
export const WERKER_GRENZEN = { maxYoungGenerationSizeMb: 8 };
