// MikroORM keeps entity metadata on globalThis; jest runs several test files in one worker, and
// metadata from an earlier file's module realm breaks discovery in the next (STACK pitfall 2).
for (const k of Object.keys(globalThis)) if (k.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[k];
process.env.LOG_LEVEL ??= "silent"; // tests capture their own logs; the default logger stays quiet
