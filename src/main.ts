// `npm start` / `npm run start:prod` / `npm run dev`: serves the API on HOST:PORT (default
// 0.0.0.0:4000) with DATABASE_URL or an embedded PostgreSQL. SIGINT and SIGTERM stop it cleanly
// (exit 0); SIGHUP reloads the rule set (a broken one keeps the old set serving); with
// --watch-rules (`npm run dev`) a change under the rule folders does the same. A death of the
// embedded PostgreSQL exits EXIT_POSTGRES_GESTOPT so that a supervisor restarts it.
import 'reflect-metadata';
import { logFout, logger, zonderBsn } from './server/log';
import { startServer, type Draaiend } from './server/start';
import { bewaakMappen, type Bewaking } from './server/bewaking';
import { bewaakteMappen } from './server/regelmappen';
import { zetProcesbewaking } from './store/database';

/** Exit code when the embedded PostgreSQL dies under the server (sysexits EX_SOFTWARE). */
export const EXIT_POSTGRES_GESTOPT = 70;
/** A stop that hangs longer than this (a request that does not end) exits anyway, code 1. */
const STOP_TIMEOUT_MS = 20_000;

/** LEERPLICHT_INTROSPECTION: true/false (also 1/0, yes/no, on/off); default on, off with NODE_ENV=production. */
function leesIntrospectie(env: NodeJS.ProcessEnv): boolean {
  const w = env.LEERPLICHT_INTROSPECTION?.trim().toLowerCase();
  if (w === undefined || w === '') return env.NODE_ENV !== 'production';
  if (['1', 'true', 'yes', 'on'].includes(w)) return true;
  if (['0', 'false', 'no', 'off'].includes(w)) return false;
  throw new Error(`LEERPLICHT_INTROSPECTION=${JSON.stringify(env.LEERPLICHT_INTROSPECTION)}: expected true or false`);
}

async function main(): Promise<void> {
  const introspectie = leesIntrospectie(process.env);
  type Stop = { reden: string; code: number };
  let draaiend: Draaiend | undefined;
  let stop = undefined as Stop | undefined; // set by the handlers below; `as` keeps TypeScript from narrowing it to undefined

  let bewaking: Bewaking | undefined;
  const afsluiten = async (d: Draaiend, s: Stop) => {
    bewaking?.stop();
    setTimeout(() => {
      console.error(`${s.reden}: not stopped within ${STOP_TIMEOUT_MS / 1000} s; exiting`);
      process.exit(s.code || 1);
    }, STOP_TIMEOUT_MS).unref();
    try {
      await d.stop();
      process.exit(s.code);
    } catch (e) {
      logFout(e);
      process.exit(s.code || 1);
    }
  };
  // Once; a signal during start-up stops the server as soon as it is up (nothing to stop before).
  const vraagStop = (reden: string, code = 0) => {
    if (stop) return;
    stop = { reden, code };
    if (code === 0) console.log(`${reden}: stopping`);
    if (draaiend) void afsluiten(draaiend, stop);
  };

  // Installed before anything starts. A Ctrl-C in a terminal also reaches npm (which forwards it)
  // and postgres itself: the duplicates are ignored.
  const STOPSIGNALEN = ['SIGINT', 'SIGTERM'] as const;
  const SIGNALEN = [...STOPSIGNALEN, 'SIGHUP'] as const;
  const eigen = new Set<(...args: unknown[]) => void>();
  for (const signaal of STOPSIGNALEN) {
    const h = () => vraagStop(signaal);
    eigen.add(h);
    process.on(signaal, h);
  }
  // SIGHUP: reload the rules (one during start-up reloads as soon as the server is up)
  let herlaadNaStart = false;
  const herlaad = () => {
    if (stop) return;
    if (draaiend) void draaiend.herlaad();
    else herlaadNaStart = true;
  };
  eigen.add(herlaad);
  process.on('SIGHUP', herlaad);
  // npm forwards SIGINT and SIGTERM to the script (package.json `exec`s node, so that is us) but
  // not SIGHUP: npm dies of it. When the npm that started us is gone, stop (send SIGHUP to node itself to reload).
  if (process.env.npm_lifecycle_event) {
    const ouder = process.ppid;
    setInterval(() => { if (process.ppid !== ouder) vraagStop(`parent process ${ouder} exited`); }, 500).unref();
  }
  zetProcesbewaking({
    eigenSignalen: true,
    onOnverwachtGestopt: (oorzaak) => {
      if (stop) return; // a Ctrl-C in a terminal stops postgres before we stop it
      console.error(`embedded PostgreSQL stopped unexpectedly (${oorzaak}); exiting`);
      vraagStop('embedded PostgreSQL stopped', EXIT_POSTGRES_GESTOPT);
    },
  });

  try {
    draaiend = await startServer({
      port: Number(process.env.PORT ?? 4000),
      host: process.env.HOST ?? '0.0.0.0',
      databaseUrl: process.env.DATABASE_URL || undefined,
      introspectie,
    });
  } catch (e) {
    console.error(zonderBsn(e instanceof Error ? e.message : String(e)));
    process.exit(stop?.code || 1);
  }
  // This process stops in one order (HTTP, workers, Apollo, database): drop the signal handlers
  // libraries installed meanwhile. Apollo's (stopOnTerminationSignals, on unless NODE_ENV=test)
  // stops Apollo on its own, after which the stop() of Draaiend waits forever in apollo.stop().
  for (const signaal of SIGNALEN) {
    for (const l of process.listeners(signaal)) if (!eigen.has(l as (...args: unknown[]) => void)) process.removeListener(signaal, l);
  }
  if (process.argv.includes('--watch-rules')) {
    const mappen = bewaakteMappen(draaiend.regelmappen);
    bewaking = bewaakMappen(mappen, herlaad, { logger });
    console.log(`watching ${mappen.join(', ')}: a change reloads the rules`);
  }
  console.log(`Leerplicht rules API ready at ${draaiend.url.replace('0.0.0.0', 'localhost')} (rules ${draaiend.context.regelset.hash.slice(0, 12)}, ${draaiend.context.regelset.regels.length} rules)`);
  if (stop) await afsluiten(draaiend, stop);
  else if (herlaadNaStart) herlaad();
}

main().catch((e) => {
  console.error(zonderBsn(e instanceof Error ? e.message : String(e)));
  process.exit(1);
});
