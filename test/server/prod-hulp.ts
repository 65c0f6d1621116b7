// Helpers for the tests that run the real service as a separate process (npm start, start:prod,
// node dist/src/main.js) and look at its processes through /proc (Linux).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** `npm run build` (tsc -b: seconds when dist/ is up to date); a type error anywhere in src/ fails it, as it fails `npm start`. */
export function bouw(): void {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed (${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
}

/** A fresh data dir the postgres OS user can traverse (STACK pitfall 8). */
export function dataDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** The environment of a newcomer's shell: no NODE_ENV=test (jest's; Apollo then installs signal handlers), no keys, no DATABASE_URL. */
export function schoneEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('npm_') || k === 'NODE_ENV' || k === 'LEERPLICHT_API_KEYS' || k === 'DATABASE_URL' || k === 'NODE_OPTIONS') delete env[k];
  return { ...env, PORT: '0', HOST: '127.0.0.1', ...extra };
}

export interface Proces {
  proc: ChildProcess;
  /** resolves with the GraphQL URL once "ready at" is printed; rejects when the process exits first */
  klaar: Promise<string>;
  einde: Promise<{ code: number | null; signaal: NodeJS.Signals | null }>;
  uit(): string;
}

/** Spawned in its own session and process group, like a service started by a supervisor. */
export function start(cmd: string, args: string[], env: NodeJS.ProcessEnv): Proces {
  const proc = spawn(cmd, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let uit = '';
  proc.stdout!.on('data', (d) => (uit += d));
  proc.stderr!.on('data', (d) => (uit += d));
  const einde = new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((ok) => proc.once('exit', (code, signaal) => ok({ code, signaal })));
  const klaar = new Promise<string>((ok, nietOk) => {
    const t = setInterval(() => {
      const m = /ready at (http:\/\/\S+)/.exec(uit);
      if (m) { clearInterval(t); ok(m[1].replace('localhost', '127.0.0.1')); }
    }, 50);
    void einde.then(({ code, signaal }) => { clearInterval(t); nietOk(new Error(`exited ${code ?? signaal} before ready:\n${uit}`)); });
  });
  klaar.catch(() => {}); // a test that does not wait for it must not fail on it
  return { proc, klaar, einde, uit: () => uit };
}

/** Alive and not a zombie. */
export function leeft(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function pids(): number[] {
  return fs.readdirSync('/proc').filter((n) => /^\d+$/.test(n)).map(Number);
}

export function kinderen(pid: number): number[] {
  return pids().filter((p) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  });
}

export function commandoregel(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    return '';
  }
}

/**
 * Live processes of a data dir: a command line naming it (the postmaster: postgres -D <dir>/pg) or
 * a postgres running in it (every postgres process has its data dir as cwd; backends' command
 * lines do not name it).
 */
export function processenVan(dir: string): Array<{ pid: number; cmd: string }> {
  const echt = fs.realpathSync(dir);
  return pids()
    .filter((p) => p !== process.pid && leeft(p))
    .filter((p) => {
      const cmd = commandoregel(p);
      if (cmd.includes(dir) || cmd.includes(echt)) return true;
      try {
        return fs.readlinkSync(`/proc/${p}/cwd`).startsWith(echt + path.sep);
      } catch {
        return false;
      }
    })
    .map((pid) => ({ pid, cmd: commandoregel(pid) }));
}

export async function wachtTot(voorwaarde: () => boolean, ms: number): Promise<boolean> {
  const eind = Date.now() + ms;
  while (Date.now() < eind) {
    if (voorwaarde()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return voorwaarde();
}

export async function health(url: string): Promise<number> {
  const r = await fetch(url.replace(/\/graphql$/, '/health'));
  await r.arrayBuffer();
  return r.status;
}

/** Last resort in a finally: SIGKILL what a failed test left of its own processes. */
export function ruimOp(pidsVanTest: Iterable<number>, dir: string): void {
  const alle = new Set(pidsVanTest);
  for (const p of processenVan(dir)) alle.add(p.pid);
  for (const p of alle) if (leeft(p)) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
}
