// Worker processes (`src/cli/worker.ts`, as `npm run worker` runs it) sharing one database: two of
// them split a run's batches with no duplicate signaal, and a worker killed with kill -9 in the
// middle of a batch (signalen inserted, not committed) loses nothing: another one does it again.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startClient, type Client } from '../api/client';
import { runStand, startRun } from '../../src/signalering/werker';
import { maakLeerling, sleutel, wacht, ZESTIEN } from './hulp';

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, '..', '..');
const schoolC = sleutel({ rol: 'SCHOOL', brin: '60CC' });
const schoolD = sleutel({ rol: 'SCHOOL', brin: '60DD' });
let client: Client;
const kinderen: ChildProcess[] = [];

interface Werkerproces { proc: ChildProcess; regels: string[]; gestopt: Promise<{ code: number | null; signaal: NodeJS.Signals | null }> }

function startWerkerproces(env: Record<string, string>): Werkerproces {
  const proc = spawn(process.execPath, ['-r', require.resolve('ts-node/register/transpile-only'), path.join(ROOT, 'src', 'cli', 'worker.ts')], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: process.env.TEST_DATABASE_URL!, SIGNALERING_CRON: '', SIGNALERING_BATCH: '2', LOG_LEVEL: 'info', ...env },
  });
  kinderen.push(proc);
  const regels: string[] = [];
  let rest = '';
  proc.stdout!.setEncoding('utf8').on('data', (d: string) => {
    const delen = (rest + d).split('\n');
    rest = delen.pop()!;
    regels.push(...delen);
  });
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => regels.push(`stderr: ${d}`));
  const gestopt = new Promise<{ code: number | null; signaal: NodeJS.Signals | null }>((ok) => proc.once('exit', (code, signaal) => ok({ code, signaal })));
  return { proc, regels, gestopt };
}

async function wachtOp(w: Werkerproces, patroon: RegExp, ms = 120_000): Promise<string> {
  const tot = Date.now() + ms;
  while (Date.now() < tot) {
    const r = w.regels.find((x) => patroon.test(x));
    if (r) return r;
    if (w.proc.exitCode !== null) throw new Error(`worker exited ${w.proc.exitCode}: ${w.regels.join('\n')}`);
    await wacht(100);
  }
  throw new Error(`no line ${patroon} within ${ms} ms: ${w.regels.join('\n')}`);
}

const db = () => client.server.context.orm!.em.fork().getConnection();
const aantal = async (gemeente: string) => (await db().execute<{ n: number }[]>('select count(*)::int as n from signaal where gemeente = ?', [gemeente]))[0].n;

async function wachtOpRun(runId: string, ms = 150_000): Promise<void> {
  const tot = Date.now() + ms;
  while (Date.now() < tot) {
    const stand = await runStand((sql, par) => db().execute(sql, par), runId);
    if (stand.open === 0) {
      expect(stand.fouten).toEqual([]);
      return;
    }
    await wacht(250);
  }
  throw new Error(`run ${runId} not done within ${ms} ms`);
}

beforeAll(async () => {
  client = await startClient({ sleutels: [schoolC.regel, schoolD.regel] });
});
afterAll(async () => {
  for (const k of kinderen) if (k.exitCode === null && k.signalCode === null) k.kill('SIGKILL');
  await client?.stop();
});

it('two worker processes share a run of many batches: every signaal once, both did batches', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) ids.push(await maakLeerling(client, schoolC.sleutel, { gemeente: '6010', brin: '60CC', verzuim: ZESTIEN }));
  const env = { WORKER_CONCURRENCY: '2', SIGNALERING_TEST_VERTRAGING_MS: '150' };
  const a = startWerkerproces(env);
  const b = startWerkerproces(env);
  await Promise.all([wachtOp(a, /signalering worker ready/), wachtOp(b, /signalering worker ready/)]);
  const runId = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: ['6010'] });
  await wachtOpRun(runId);
  // 20 leerlingen with 16 unexcused hours in one lesweek: one ZESTIEN_UUR signaal each (art. 21a), stored once
  const rijen = await db().execute<{ leerling_id: string; soort: string; n: number }[]>("select leerling_id, soort, count(*)::int as n from signaal where gemeente = '6010' group by 1, 2");
  expect(rijen.map((r) => r.leerling_id).sort()).toEqual([...ids].sort());
  expect(rijen.every((r) => r.soort === 'ZESTIEN_UUR' && r.n === 1)).toBe(true);
  // 10 batches of 2: both processes did some of them
  const gedaan = (w: Werkerproces) => w.regels.filter((r) => r.includes('signalering batch done') && r.includes(runId)).length;
  expect(gedaan(a)).toBeGreaterThan(0);
  expect(gedaan(b)).toBeGreaterThan(0);
  expect(gedaan(a) + gedaan(b)).toBeGreaterThanOrEqual(10);
  // SIGTERM: a graceful stop, exit 0
  a.proc.kill('SIGTERM');
  b.proc.kill('SIGTERM');
  expect(await a.gestopt).toEqual({ code: 0, signaal: null });
  expect(await b.gestopt).toEqual({ code: 0, signaal: null });
});

it('a worker killed with kill -9 mid-batch loses nothing: its batch is rolled back and done by another worker', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 6; i++) ids.push(await maakLeerling(client, schoolD.sleutel, { gemeente: '6020', brin: '60DD', verzuim: ZESTIEN }));
  // concurrency 1 and a long wait inside its first batch's transaction
  const a = startWerkerproces({ WORKER_CONCURRENCY: '1', SIGNALERING_TEST_VERTRAGING_MS: '600000' });
  await wachtOp(a, /signalering worker ready/);
  const runId = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: ['6020'] });
  const regel = await wachtOp(a, new RegExp(`signalering batch stored, not committed yet.*${runId}|${runId}.*signalering batch stored, not committed yet`));
  expect(JSON.parse(regel).nieuw).toBe(2); // inserted in its transaction…
  expect(await aantal('6020')).toBe(0); // …and not visible: not committed
  a.proc.kill('SIGKILL');
  expect(await a.gestopt).toEqual({ code: null, signaal: 'SIGKILL' });
  const b = startWerkerproces({ WORKER_CONCURRENCY: '2', SIGNALERING_HERSTEL_MS: '1000' });
  await wachtOpRun(runId);
  const rijen = await db().execute<{ leerling_id: string; n: number }[]>("select leerling_id, count(*)::int as n from signaal where gemeente = '6020' group by 1");
  expect(rijen.map((r) => r.leerling_id).sort()).toEqual([...ids].sort());
  expect(rijen.every((r) => r.n === 1)).toBe(true);
  await wachtOp(b, /released for another worker/, 5_000);
  b.proc.kill('SIGTERM');
  expect(await b.gestopt).toEqual({ code: 0, signaal: null });
});
