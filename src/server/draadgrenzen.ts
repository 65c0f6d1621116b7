// V8 heap sizes of the process's worker threads (GraphQL workers, the in-process signalering thread).

/**
 * Every thread is a V8 heap of its own, and an idle one keeps the young generation (the semi-spaces)
 * it last grew to. 8 MB instead of V8's default: bench:stored at 100k measured RSS at rest 263 MB
 * instead of 285 (16 MB; 322 at 48 MB in a 10k run), with a lower peak and no measurable cost in time (the lists'
 * batches are short-lived garbage either way). The old generation is not limited: a large bulk
 * answer must fit.
 */
export const WERKER_GRENZEN = { maxYoungGenerationSizeMb: 8 };

/**
 * The bulk threads: the opposite trade. A bulk block is a burst of short-lived objects (parsed
 * lines, facts, answer text); with V8's small default young generation much of a thread's time
 * went to scavenges. The CLI (a process of its own): 96 MB, 1,000,000 situaties in 8.7–9.6 s instead
 * of 11.2–11.3 s (2 threads), RSS ~390 MB. The server shares its memory with its other threads:
 * V8's default (HTTP NDJSON 1M in 10.7 s at 474 MB peak; 96 MB took it over 500 MB).
 */
export const BULK_GRENZEN = { cli: { maxYoungGenerationSizeMb: 96 }, server: {} };
