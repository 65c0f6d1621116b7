import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Embedded PG is driven from child processes (pg-kind.ts): jest test files cannot load it (STACK pitfall 3).
const KIND = path.join(__dirname, 'pg-kind.ts');
const ROOT = path.resolve(__dirname, '..', '..');
jest.setTimeout(90_000);

interface Kind {
  proc: ChildProcessWithoutNullStreams;
  regels: AsyncIterator<Record<string, unknown>>;
  stderr: () => string;
}

function startKind(...args: string[]): Kind {
  const proc = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', KIND, ...args], { cwd: ROOT });
  let err = '';
  proc.stderr.on('data', (d) => (err += d));
  async function* regels() {
    let buf = '';
    for await (const d of proc.stdout) {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const regel = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (regel.startsWith('{') || regel === 'null') yield JSON.parse(regel) as Record<string, unknown>; // skip migrator logs
      }
    }
  }
  return { proc, regels: regels(), stderr: () => err };
}

async function volgende(k: Kind): Promise<Record<string, unknown>> {
  const r = await k.regels.next();
  if (r.done) throw new Error(`child ended without output; stderr:\n${k.stderr()}`);
  if (r.value.fout) throw new Error(`child failed: ${r.value.fout}\n${k.stderr()}`);
  return r.value;
}

const afgelopen = (k: Kind) =>
  new Promise<number | null>((res) => (k.proc.exitCode !== null || k.proc.signalCode ? res(k.proc.exitCode) : k.proc.on('exit', res)));

/** Runs a one-shot child mode and returns its single JSON line. */
async function draai(...args: string[]): Promise<Record<string, unknown> | null> {
  const k = startKind(...args);
  const r = await k.regels.next();
  const code = await afgelopen(k);
  if (code !== 0 || r.done) throw new Error(`child ${args[0]} exited ${code}: ${JSON.stringify(r.value)}\n${k.stderr()}`);
  return r.value;
}

/** Live (non-zombie) postmasters for a data dir: only the postmaster keeps `-D <dir>` in its cmdline. */
function postmasters(dir: string): number[] {
  return fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number).filter((pid) => {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return args.includes('-D') && args[args.indexOf('-D') + 1] === dir && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
    } catch {
      return false;
    }
  });
}

function tijdelijkeMap(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-store-'));
  fs.chmodSync(dir, 0o755); // mkdtemp gives 0700; postgres must traverse it (STACK pitfall 8)
  return dir;
}

describe('embedded postgres', () => {
  const mappen: string[] = [];
  const map = () => {
    const d = tijdelijkeMap();
    mappen.push(d);
    return d;
  };
  afterAll(() => {
    for (const d of mappen) {
      for (const pid of postmasters(path.join(d, 'pg'))) process.kill(pid, 'SIGINT'); // never leave one behind
      fs.rmSync(d, { recursive: true, force: true });
    }
  });

  test('data survives a stop and a start of the same data dir', async () => {
    const dataDir = map();
    const geschreven = await draai('schrijf', dataDir, 'hash-blijft');
    expect(fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    const gelezen = await draai('lees', dataDir);
    expect(gelezen).toEqual({ id: geschreven!.id, hash: 'hash-blijft', bestanden: [{ pad: 'a.json', hash: 'x' }], aantalRegels: 3 });
    expect(postmasters(path.join(dataDir, 'pg'))).toEqual([]);
  });

  test('a start after kill -9 of the owning node process stops the orphan and leaves one postmaster', async () => {
    const pgDir = path.join(map(), 'pg');
    const eerste = startKind('houd-vast', pgDir);
    await volgende(eerste);
    const wees = Number(fs.readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(eerste.proc.pid!, 'SIGKILL'); // no exit hooks run: postgres is orphaned
    await afgelopen(eerste);
    expect(postmasters(pgDir)).toEqual([wees]);

    const tweede = startKind('houd-vast', pgDir);
    try {
      const { url } = await volgende(tweede);
      expect(url).toMatch(/^postgres:\/\/.*\/leerplicht$/);
      const nu = postmasters(pgDir);
      expect(nu).toHaveLength(1);
      expect(nu[0]).not.toBe(wees);
    } finally {
      tweede.proc.stdin.write('stop\n');
      await afgelopen(tweede);
    }
    expect(postmasters(pgDir)).toEqual([]);
  });

  test('a data dir the postgres user cannot reach gives a clear error', async () => {
    const ouder = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-dicht-')); // 0700
    mappen.push(ouder);
    await expect(draai('houd-vast', path.join(ouder, 'data', 'pg'))).rejects.toThrow(/postgres cannot enter .*leerplicht-dicht-/);
  });
});
