// The real server (`npm start` path) in a child process on its own embedded PostgreSQL:
// stored data survives a restart, and a kill -9 in the middle of a large import loses no
// committed data and leaves no partial import.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { Client as PgClient } from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ImporteerVerzuimDocument, LeerlingDocument, MaakLeerlingDocument, type VerzuimImportRecord } from '../generated/graphql';
import { maakSleutels } from './sleutels';

const ROOT = path.resolve(__dirname, '..', '..');
const s = maakSleutels(7);
jest.setTimeout(180_000);

function start(dataDir: string) {
  const proc = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'src/main.ts'], {
    cwd: ROOT, env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LEERPLICHT_DATA_DIR: dataDir, DATABASE_URL: '', LEERPLICHT_API_KEYS: JSON.stringify(s.regels) },
  });
  let uit = '';
  proc.stdout!.on('data', (d) => (uit += d));
  proc.stderr!.on('data', (d) => (uit += d));
  const gestopt = new Promise<number | null>((ok) => proc.once('exit', (code) => ok(code)));
  const klaar = new Promise<string>((ok, nietOk) => {
    const t = setInterval(() => {
      const m = /ready at (http:\/\/\S+)/.exec(uit);
      if (m) { clearInterval(t); ok(m[1].replace('localhost', '127.0.0.1')); }
    }, 50);
    void gestopt.then((code) => { clearInterval(t); nietOk(new Error(`exited ${code}: ${uit}`)); });
  });
  return { proc, klaar, gestopt, uit: () => uit };
}

async function vraag<T, V>(url: string, doc: TypedDocumentNode<T, V>, variables: V): Promise<{ data?: T; errors?: { message: string }[] }> {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.lpaA}` }, body: JSON.stringify({ query: print(doc), variables }) });
  return (await r.json()) as never;
}

/** The child's PostgreSQL, found through its postmaster.pid (line 4: the port). */
async function pgVan(dataDir: string): Promise<PgClient> {
  const port = Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const c = new PgClient({ host: '127.0.0.1', port, user: 'postgres', password: 'password', database: 'leerplicht' });
  await c.connect();
  return c;
}

const N = 20_000;
const LEERLINGEN = 10;
/** N records, one hour a day per leerling, from August 2020 on (inside the covered school calendar: import refuses days outside it). */
function records(ids: string[], reden: 'ZIEKTE' | 'ONGEOORLOOFD'): VerzuimImportRecord[] {
  return Array.from({ length: N }, (_, i) => ({ leerlingId: ids[i % ids.length], datum: new Date(Date.UTC(2020, 7, 3) + Math.floor(i / ids.length) * 864e5).toISOString().slice(0, 10), uren: 1, reden }));
}

async function tel(url: string, ids: string[]): Promise<Map<string, number>> {
  const perImport = new Map<string, number>();
  for (const id of ids) {
    const r = await vraag(url, LeerlingDocument, { id });
    for (const v of r.data!.leerling.verzuim) perImport.set(v.importId ?? '-', (perImport.get(v.importId ?? '-') ?? 0) + 1);
  }
  return perImport;
}

let dataDir: string;
let draaiend: ChildProcess | undefined;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-herstart-'));
  fs.chmodSync(dataDir, 0o755);
});
afterAll(async () => {
  if (draaiend && draaiend.exitCode === null) { draaiend.kill('SIGTERM'); await new Promise((ok) => draaiend!.once('exit', ok)); }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('stored data survives a restart and a kill -9 during an import; the import is whole or absent', async () => {
  // 1. first run: leerlingen and a committed import of N records
  const eerste = start(dataDir);
  draaiend = eerste.proc;
  const url = await eerste.klaar;
  const ids: string[] = [];
  for (let i = 0; i < LEERLINGEN; i++) {
    const r = await vraag(url, MaakLeerlingDocument, { leerling: { geboortedatum: '2005-06-01', gemeente: s.gemeenteA, bsn: '111222333', vakantieregio: 'ZUID' } });
    expect(r.errors).toBeUndefined();
    ids.push(r.data!.maakLeerling.id);
  }
  const t0 = Date.now();
  const eerdere = await vraag(url, ImporteerVerzuimDocument, { records: records(ids, 'ZIEKTE'), idempotentieSleutel: 'eerste' });
  const duur = Date.now() - t0;
  expect(eerdere.errors).toBeUndefined();
  const eersteId = eerdere.data!.importeerVerzuim.id;

  // 2. a second import, killed with SIGKILL while its INSERTs run inside the transaction
  const pg = await pgVan(dataDir);
  const tweede = records(ids, 'ONGEOORLOOFD');
  void vraag(url, ImporteerVerzuimDocument, { records: tweede, idempotentieSleutel: 'tweede' }).catch(() => null);
  let bezig = false;
  for (const eind = Date.now() + duur * 5 + 10_000; Date.now() < eind && !bezig;) {
    const r = await pg.query(`select count(*)::int as n from pg_stat_activity where xact_start is not null and query ilike 'insert into "verzuimregistratie"%'`);
    bezig = r.rows[0].n > 0;
  }
  eerste.proc.kill('SIGKILL');
  await eerste.gestopt;
  await pg.end().catch(() => null);
  expect(bezig).toBe(true); // the kill landed inside the import's transaction

  // 3. restart on the same data dir (the orphaned postgres is stopped first)
  const herstart = start(dataDir);
  draaiend = herstart.proc;
  const url2 = await herstart.klaar;
  const leerling = await vraag(url2, LeerlingDocument, { id: ids[0] });
  expect(leerling.data!.leerling).toMatchObject({ id: ids[0], geboortedatum: '2005-06-01', gemeente: s.gemeenteA, heeftBsn: true });
  const na = await tel(url2, ids);
  expect(na.get(eersteId)).toBe(N); // committed data is all there
  const anderen = [...na].filter(([k]) => k !== eersteId);
  expect(anderen.length === 0 || (anderen.length === 1 && anderen[0][1] === N)).toBe(true); // the killed import: all or nothing

  // 4. the caller retries with the same key: afterwards exactly one copy
  const opnieuw = await vraag(url2, ImporteerVerzuimDocument, { records: tweede, idempotentieSleutel: 'tweede' });
  expect(opnieuw.errors).toBeUndefined();
  expect(opnieuw.data!.importeerVerzuim.nieuw).toBe(anderen.length === 0);
  const eind = await tel(url2, ids);
  expect(eind.get(opnieuw.data!.importeerVerzuim.id)).toBe(N);
  expect([...eind.values()].reduce((a, b) => a + b, 0)).toBe(2 * N);

  herstart.proc.kill('SIGTERM');
  expect(await herstart.gestopt).toBe(0);
});
