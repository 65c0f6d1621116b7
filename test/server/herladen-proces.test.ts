// The real process: SIGHUP to node reloads the rules (and does not stop it; SIGTERM still does),
// and `npm run dev` reloads by itself when a file under the rules folder changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';
import { schoneEnv, start, type Proces } from './prod-hulp';

jest.setTimeout(180_000);

let map: string;
beforeEach(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-herladen-proces-'));
  fs.cpSync(REGELMAP, map, { recursive: true });
});
afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

// the test PostgreSQL, no in-process signalering worker (not what is tested here), the copied rules
const env = () => schoneEnv({ DATABASE_URL: process.env.TEST_DATABASE_URL!, WORKER_IN_PROCES: 'false', LEERPLICHT_RULES_DIR: map, LEERPLICHT_WORKERS: '1', LEERPLICHT_WORKERS_EAGER: 'false', LOG_LEVEL: 'info' });

async function wachtTot(voorwaarde: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const eind = Date.now() + ms;
  while (Date.now() < eind) {
    if (await voorwaarde()) return true;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return voorwaarde();
}

async function hash(url: string): Promise<string> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regelset { hash } beoordeling(situatie: { geboortedatum: "2019-03-01" }, peildatum: "2024-03-15") { regelsetHash } }' }) });
  const d = ((await r.json()) as { data: { regelset: { hash: string }; beoordeling: { regelsetHash: string } } }).data;
  expect(d.beoordeling.regelsetHash).toBe(d.regelset.hash);
  return d.regelset.hash;
}

function wijzigParameter(leeftijd = 6): void {
  const bestand = path.join(map, 'parameters', 'leerplicht.json');
  const json = JSON.parse(fs.readFileSync(bestand, 'utf8'));
  json.parameters.leerplichtLeeftijd.waarden = [{ vanaf: '2004-02-13', waarde: leeftijd }];
  fs.writeFileSync(bestand, JSON.stringify(json, null, 2));
}

async function stopMetSigterm(p: Proces): Promise<void> {
  process.kill(p.proc.pid!, 'SIGTERM');
  const { code } = await p.einde;
  expect(code).toBe(0);
}

test('SIGHUP to node reloads the rule set and keeps serving; SIGTERM stops it', async () => {
  const p = start(process.execPath, ['-r', './src/bulk/swc-register.cjs', 'src/main.ts'], env());
  try {
    const url = await p.klaar;
    const voor = await hash(url);
    wijzigParameter();
    process.kill(p.proc.pid!, 'SIGHUP');
    let na = voor;
    expect(await wachtTot(async () => (na = await hash(url)) !== voor, 20_000)).toBe(true);
    expect(p.uit()).toMatch(/rules reloaded/);
    await stopMetSigterm(p);
  } finally {
    if (p.proc.exitCode === null) process.kill(p.proc.pid!, 'SIGKILL');
  }
});

test('npm run dev reloads when a rule file changes, and a broken one leaves the old set serving', async () => {
  const p = start('npm', ['run', 'dev'], env());
  try {
    const url = await p.klaar;
    expect(p.uit()).toContain(`watching ${map}`);
    const voor = await hash(url);
    wijzigParameter();
    let na = voor;
    expect(await wachtTot(async () => (na = await hash(url)) !== voor, 20_000)).toBe(true);
    // a save that breaks the file: refused, logged, the changed set keeps serving
    fs.writeFileSync(path.join(map, 'parameters', 'leerplicht.json'), '{ "wet": ');
    expect(await wachtTot(() => /rules reload refused/.test(p.uit()), 20_000)).toBe(true);
    expect(await hash(url)).toBe(na);
    // npm forwards SIGTERM to node (the script `exec`s it)
    await stopMetSigterm(p);
  } finally {
    if (p.proc.exitCode === null) process.kill(-p.proc.pid!, 'SIGKILL');
  }
});

test('npm run worker reloads on SIGHUP: the new set is recorded and a new runner started; SIGTERM stops it', async () => {
  const p = start(process.execPath, ['-r', './src/bulk/swc-register.cjs', 'src/cli/worker.ts'], { ...env(), SIGNALERING_CRON: '' });
  try {
    expect(await wachtTot(() => /signalering worker ready/.test(p.uit()), 60_000)).toBe(true);
    wijzigParameter(7); // a set no other test records
    const nieuw = laadRegelset(map).hash;
    process.kill(p.proc.pid!, 'SIGHUP');
    expect(await wachtTot(() => /rules reloaded/.test(p.uit()), 20_000)).toBe(true);
    const pg = new PgClient({ connectionString: process.env.TEST_DATABASE_URL });
    await pg.connect();
    try {
      expect((await pg.query('select hash from regelset where hash = $1', [nieuw])).rows).toEqual([{ hash: nieuw }]);
    } finally {
      await pg.end();
    }
    // two runners started: at start and after the reload
    expect(p.uit().match(/signalering worker started/g)).toHaveLength(2);
    await stopMetSigterm(p);
  } finally {
    if (p.proc.exitCode === null) process.kill(p.proc.pid!, 'SIGKILL');
  }
});
