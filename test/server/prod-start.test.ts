// `npm run start:prod`: the compiled dist/ without any devDependency at start (a preload throws and
// records when one is resolved), NODE_ENV=production by default (introspection off), a clear error
// without dist/, and LEERPLICHT_INTROSPECTION checked.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, bouw, dataDir, health, processenVan, ruimOp, schoneEnv, start, wachtTot } from './prod-hulp';

jest.setTimeout(240_000);

const WACHT = path.join(__dirname, 'prod-devdeps-wacht.js');
let dir: string;
beforeAll(() => {
  dir = dataDir('lp-prod-');
  bouw();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function introspectie(url: string): Promise<boolean> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
  const body = (await r.json()) as { data?: { __schema?: { queryType: { name: string } } } };
  return body.data?.__schema?.queryType.name === 'Query';
}

test('npm run start:prod serves /health without loading a devDependency; production defaults; SIGTERM stops it', async () => {
  const log = path.join(dir, 'devdeps.log');
  const npm = start('npm', ['run', 'start:prod'], schoneEnv({ LEERPLICHT_DATA_DIR: dir, NODE_OPTIONS: `--require ${WACHT}`, LP_DEVDEPS_LOG: log }));
  try {
    const url = await npm.klaar;
    expect(await health(url)).toBe(200);
    const q = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ regelset { hash } }' }) });
    expect(((await q.json()) as { data: { regelset: { hash: string } } }).data.regelset.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await introspectie(url)).toBe(false); // NODE_ENV=production, set by scripts/start-prod.js
    process.kill(npm.proc.pid!, 'SIGTERM');
    expect(await npm.einde).toEqual({ code: 0, signaal: null });
    expect(fs.existsSync(log)).toBe(true); // the preload ran in the service's process
    // The one devDependency touched is MikroORM's version check reading @mikro-orm/cli/package.json
    // (in try/catch: absent after `npm ci --omit=dev`); no devDependency's code is loaded.
    const geraakt = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
    expect(geraakt.filter((r) => !r.startsWith('@mikro-orm/cli: require("@mikro-orm/cli/package.json")'))).toEqual([]);
    expect(await wachtTot(() => processenVan(dir).length === 0, 5_000)).toBe(true);
  } finally {
    ruimOp([npm.proc.pid!], dir);
  }
});

test('LEERPLICHT_INTROSPECTION=true turns introspection on in production', async () => {
  const srv = start(process.execPath, ['--require', WACHT, 'scripts/start-prod.js'], schoneEnv({ LEERPLICHT_DATA_DIR: dir, NODE_ENV: 'production', LEERPLICHT_INTROSPECTION: 'true' }));
  try {
    const url = await srv.klaar;
    expect(await introspectie(url)).toBe(true);
    process.kill(srv.proc.pid!, 'SIGINT');
    expect(await srv.einde).toEqual({ code: 0, signaal: null });
  } finally {
    ruimOp([srv.proc.pid!], dir);
  }
});

test('a malformed LEERPLICHT_INTROSPECTION stops the start, naming the variable', () => {
  const r = spawnSync(process.execPath, ['dist/src/main.js'], { cwd: ROOT, env: schoneEnv({ LEERPLICHT_DATA_DIR: dir, LEERPLICHT_INTROSPECTION: 'misschien' }), encoding: 'utf8', timeout: 60_000 });
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('LEERPLICHT_INTROSPECTION="misschien": expected true or false');
});

test('start:prod without dist/ says to build first and exits 1', () => {
  // scripts/start-prod.js finds dist/ next to its own folder: a copy in an empty tree has none
  const leeg = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-zonder-dist-'));
  try {
    fs.mkdirSync(path.join(leeg, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'scripts', 'start-prod.js'), path.join(leeg, 'scripts', 'start-prod.js'));
    const r = spawnSync(process.execPath, [path.join(leeg, 'scripts', 'start-prod.js')], { cwd: leeg, env: schoneEnv(), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join(leeg, 'dist', 'src', 'main.js')} is missing: run \`npm run build\` first, then \`npm run start:prod\`.`);
  } finally {
    fs.rmSync(leeg, { recursive: true, force: true });
  }
});

test('package.json: start builds first and execs node; start:prod execs the launcher (no shell left to swallow signals)', () => {
  const scripts = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json").scripts)'], { cwd: ROOT, encoding: 'utf8' })) as Record<string, string>;
  expect(scripts.prestart).toBe('npm run build');
  expect(scripts.start).toBe('exec node dist/src/main.js');
  expect(scripts['start:prod']).toBe('exec node scripts/start-prod.js');
});
