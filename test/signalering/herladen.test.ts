// The in-process signalering worker follows a reload: a run after it is computed by a thread of the
// new rule set (each signaal records the hash of the set that found it).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startClient } from '../api/client';
import { REGELMAP } from '../../src/engine/regelset';
import { runStand, startRun } from '../../src/signalering/werker';
import { maakLeerling, sleutel, wacht, ZESTIEN } from './hulp';

jest.setTimeout(120_000);

it('a run after a reload records the new hash', async () => {
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-herladen-signalering-'));
  fs.cpSync(REGELMAP, map, { recursive: true });
  const school = sleutel({ rol: 'SCHOOL', brin: '34AH' });
  const client = await startClient({ sleutels: [school.regel], instellingen: { regelmap: map, werkerInProces: true, signaleringCrontab: '', werkerConcurrency: 1 } });
  try {
    const voor = client.server.context.regelset.hash;
    const id = await maakLeerling(client, school.sleutel, { gemeente: '3402', brin: '34AH', verzuim: ZESTIEN });
    // a change that does not touch this leerling's melding: the hash tells which set found it
    const bestand = path.join(map, 'parameters', 'leerplicht.json');
    const json = JSON.parse(fs.readFileSync(bestand, 'utf8'));
    json.parameters.leerplichtLeeftijd.omschrijving += ' (herladen)';
    fs.writeFileSync(bestand, JSON.stringify(json));
    const uitkomst = await client.server.herlaad();
    expect(uitkomst).toMatchObject({ soort: 'herladen', vorige: voor });
    const nieuw = (uitkomst as { hash: string }).hash;

    const runId = await startRun(process.env.TEST_DATABASE_URL!, { peildatum: '2024-03-15', gemeenten: ['3402'] });
    const db = () => client.server.context.orm!.em.fork().getConnection();
    for (let i = 0; i < 200 && (await runStand((sql, par) => db().execute(sql, par), runId)).open > 0; i++) await wacht(200);
    const rijen = await db().execute<{ leerling_id: string; soort: string; regelset_hash: string }[]>("select leerling_id, soort, regelset_hash from signaal where gemeente = '3402'");
    expect(rijen).toEqual([{ leerling_id: id, soort: 'ZESTIEN_UUR', regelset_hash: nieuw }]);
  } finally {
    await client.stop();
    fs.rmSync(map, { recursive: true, force: true });
  }
});
