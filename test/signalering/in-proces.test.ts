// `npm start` runs a signalering worker inside the API process (WORKER_IN_PROCES, on by default;
// off under NODE_ENV=test so that no other test gets background jobs): it picks up a run, and the
// server's stop() stops it too.
import 'reflect-metadata';
import { Writable } from 'node:stream';
import { startClient } from '../api/client';
import { leesInstellingen } from '../../src/server/instellingen';
import { maakLogger } from '../../src/server/log';
import { runStand, startRun } from '../../src/signalering/werker';
import { maakLeerling, sleutel, wacht, ZESTIEN } from './hulp';

jest.setTimeout(120_000);

it('is on by default, off under NODE_ENV=test, and follows WORKER_IN_PROCES', () => {
  expect(leesInstellingen({}).werkerInProces).toBe(true);
  expect(leesInstellingen({ NODE_ENV: 'production' }).werkerInProces).toBe(true);
  expect(leesInstellingen({ NODE_ENV: 'test' }).werkerInProces).toBe(false);
  expect(leesInstellingen({ NODE_ENV: 'test', WORKER_IN_PROCES: 'true' }).werkerInProces).toBe(true);
  expect(leesInstellingen({ WORKER_IN_PROCES: 'false' }).werkerInProces).toBe(false);
  expect(() => leesInstellingen({ WORKER_IN_PROCES: 'misschien' })).toThrow(/^WORKER_IN_PROCES=/);
  expect(() => leesInstellingen({ WORKER_CONCURRENCY: '0' })).toThrow(/^WORKER_CONCURRENCY=/);
});

it('the API process with its in-process worker does a run and stops cleanly', async () => {
  const regels: string[] = [];
  const logger = maakLogger({ bestemming: new Writable({ write(c, _e, klaar) { regels.push(String(c)); klaar(); } }), niveau: 'info' });
  const school = sleutel({ rol: 'SCHOOL', brin: '60EE' });
  const client = await startClient({ sleutels: [school.regel], logger, instellingen: { werkerInProces: true, signaleringCrontab: '', werkerConcurrency: 1 } });
  try {
    const id = await maakLeerling(client, school.sleutel, { gemeente: '6030', brin: '60EE', verzuim: ZESTIEN });
    const runId = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: ['6030'] });
    const db = () => client.server.context.orm!.em.fork().getConnection();
    for (let i = 0; i < 200 && (await runStand((sql, par) => db().execute(sql, par), runId)).open > 0; i++) await wacht(200);
    const rijen = await db().execute<{ leerling_id: string; soort: string }[]>("select leerling_id, soort from signaal where gemeente = '6030'");
    expect(rijen).toEqual([{ leerling_id: id, soort: 'ZESTIEN_UUR' }]);
    expect(regels.some((r) => r.includes('signalering batch done') && r.includes(runId))).toBe(true);
  } finally {
    await client.stop();
  }
});
