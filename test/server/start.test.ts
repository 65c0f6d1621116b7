// `npm start` as a newcomer runs it: the real entry point on an embedded PostgreSQL in a fresh
// data dir; /health, a query, SIGTERM, and a restart that finds the stored data again.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
jest.setTimeout(120_000);

function start(dataDir: string) {
  const proc = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEERPLICHT_DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  let uit = '';
  proc.stdout.on('data', (d) => (uit += d));
  proc.stderr.on('data', (d) => (uit += d));
  const klaar = new Promise<string>((ok, nietOk) => {
    const t = setInterval(() => {
      const m = /ready at (http:\/\/\S+)/.exec(uit);
      if (m) { clearInterval(t); ok(m[1].replace('localhost', '127.0.0.1')); }
    }, 50);
    proc.once('exit', (code) => { clearInterval(t); nietOk(new Error(`exited ${code}: ${uit}`)); });
  });
  const gestopt = new Promise<number | null>((ok) => proc.once('exit', (code) => ok(code)));
  return { proc, klaar, gestopt, uit: () => uit };
}

const postmasters = (dataDir: string) => {
  try { return execFileSync('pgrep', ['-f', `postgres.*${dataDir}`]).toString().trim(); } catch { return ''; }
};

async function post(url: string, query: string) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return (await r.json()) as { data: Record<string, any>; errors?: unknown[] };
}

test('serves GraphQL and /health on an embedded PostgreSQL, stops cleanly on SIGTERM, keeps its data', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-start-'));
  fs.chmodSync(dataDir, 0o755);
  try {
    const eerste = start(dataDir);
    const url = await eerste.klaar;
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const a = await post(url, '{ regelset { hash geladenOp } beoordeling(situatie: { geboortedatum: "2008-07-31" }, peildatum: "2024-08-01") { leerplicht { status } } }');
    expect(a.errors).toBeUndefined();
    expect(a.data.beoordeling.leerplicht.status).toBe('KWALIFICATIEPLICHTIG');
    eerste.proc.kill('SIGTERM');
    expect(await eerste.gestopt).toBe(0);
    expect(postmasters(dataDir)).toBe('');

    const tweede = start(dataDir);
    const url2 = await tweede.klaar;
    const b = await post(url2, '{ regelset { hash geladenOp } }');
    expect(b.data.regelset).toEqual(a.data.regelset); // the row written by the first run survived
    tweede.proc.kill('SIGTERM');
    expect(await tweede.gestopt).toBe(0);
    expect(postmasters(dataDir)).toBe('');
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
