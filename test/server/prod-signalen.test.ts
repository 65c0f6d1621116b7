// The real `npm start` (prestart build included), stopped the ways an operator stops it: SIGTERM
// and SIGINT (what npm forwards) and SIGHUP (what npm does not forward: it dies, node notices) to
// the npm process. Afterwards npm, node and every postgres process of the data dir are gone.
import fs from 'node:fs';
import path from 'node:path';
import { bouw, dataDir, health, kinderen, commandoregel, leeft, processenVan, ruimOp, schoneEnv, start, wachtTot } from './prod-hulp';

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  dir = dataDir('lp-signalen-');
  bouw(); // so that the first `npm start` below does not spend the test's time in tsc
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each([
  ['SIGTERM', 'npm', 0],
  ['SIGINT', 'npm', 0],
  ['SIGHUP', 'npm', null], // npm does not handle SIGHUP: it dies of it, node sees its parent gone and stops
  ['SIGINT', 'its process group (Ctrl-C in a terminal: npm, node and the postmaster get it)', 0],
] as const)('npm start stops node and its PostgreSQL on %s to %s', async (signaal, aan, npmCode) => {
  const npm = start('npm', ['start'], schoneEnv({ LEERPLICHT_DATA_DIR: dir }));
  const eigen = new Set<number>([npm.proc.pid!]);
  try {
    const url = await npm.klaar;
    expect(await health(url)).toBe(200);
    // package.json `exec`s node: it is npm's own child, no sh in between
    const node = kinderen(npm.proc.pid!).find((p) => commandoregel(p).includes('dist/src/main.js'));
    expect(node).toBeDefined();
    eigen.add(node!);
    const pg = processenVan(dir);
    expect(pg.some((p) => p.cmd.includes('postgres -D'))).toBe(true);
    pg.forEach((p) => eigen.add(p.pid));

    const t0 = Date.now();
    process.kill(aan === 'npm' ? npm.proc.pid! : -npm.proc.pid!, signaal);
    const { code, signaal: npmSignaal } = await npm.einde;
    const allesWeg = await wachtTot(() => !leeft(node!) && processenVan(dir).length === 0, 10_000);
    const ms = Date.now() - t0;
    expect({ allesWeg, over: processenVan(dir) }).toEqual({ allesWeg: true, over: [] });
    expect(ms).toBeLessThan(15_000);
    if (npmCode === null) expect(npmSignaal).toBe(signaal);
    else expect({ code, npmSignaal }).toEqual({ code: npmCode, npmSignaal: null });
    expect(fs.existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(false);
    expect(npm.uit()).not.toMatch(/stopped unexpectedly|not stopped within/);
    console.log(`${signaal} to ${aan}: npm, node and postgres gone after ${ms} ms`);
  } finally {
    ruimOp(eigen, dir);
  }
});
