// The embedded PostgreSQL dies under a running server (kill -9 of the postmaster): the server
// must not go on as if healthy. It says so on stderr and exits 70 (EXIT_POSTGRES_GESTOPT in
// src/main.ts) so that a supervisor restarts it, leaving no postgres process behind; the restart
// on the same data dir works.
import fs from 'node:fs';
import path from 'node:path';
import { bouw, dataDir, health, kinderen, leeft, processenVan, ruimOp, schoneEnv, start, wachtTot } from './prod-hulp';

jest.setTimeout(240_000);

let dir: string;
beforeAll(() => {
  dir = dataDir('lp-pgdood-');
  bouw();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const server = () => start(process.execPath, ['dist/src/main.js'], schoneEnv({ LEERPLICHT_DATA_DIR: dir }));

test('kill -9 of the postmaster: the server exits 70 within seconds, no postgres is left, a restart works', async () => {
  const eerste = server();
  const eigen = new Set<number>([eerste.proc.pid!]);
  try {
    const url = await eerste.klaar;
    expect(await health(url)).toBe(200);
    const postmaster = Number(fs.readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    expect(kinderen(eerste.proc.pid!)).toContain(postmaster);
    processenVan(dir).forEach((p) => eigen.add(p.pid));

    const t0 = Date.now();
    process.kill(postmaster, 'SIGKILL');
    const einde = await Promise.race([eerste.einde, new Promise<'hangt'>((ok) => setTimeout(() => ok('hangt'), 15_000))]);
    const ms = Date.now() - t0;
    expect(einde).toEqual({ code: 70, signaal: null });
    expect(eerste.uit()).toContain('embedded PostgreSQL stopped unexpectedly (signal SIGKILL); exiting');
    expect(processenVan(dir)).toEqual([]);
    console.log(`postmaster killed: server exited 70 after ${ms} ms, its postgres processes gone`);

    // the stale postmaster.pid is cleared by the next start
    const tweede = server();
    eigen.add(tweede.proc.pid!);
    const url2 = await tweede.klaar;
    expect(await health(url2)).toBe(200);
    processenVan(dir).forEach((p) => eigen.add(p.pid));
    process.kill(tweede.proc.pid!, 'SIGTERM');
    expect(await tweede.einde).toEqual({ code: 0, signaal: null });
    expect(await wachtTot(() => processenVan(dir).length === 0, 5_000)).toBe(true);
    expect(tweede.uit()).not.toContain('stopped unexpectedly'); // a normal stop is no death
    expect(leeft(tweede.proc.pid!)).toBe(false);
  } finally {
    ruimOp(eigen, dir);
  }
});
