// Reloading the rule set while serving (what SIGHUP and `npm run dev` call): a changed parameter
// gives a new hash on every answer, also on a worker thread, while a request already running
// finishes on the old set; a broken change keeps the old set serving and logs why.
// Expected dates from art 3 lid 1 Leerplichtwet and the calendar: born 1 March 2019, leerplichtig
// from the first schooldag of the month after the 5th birthday: Tuesday 2 April 2024 (1 April is
// Tweede Paasdag). With the age changed to 6: the first schooldag of April 2025, Tuesday 1 April
// 2025 (Easter 2025 is 20 April).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { startClient, type Client } from '../api/client';
import { REGELMAP } from '../../src/engine/regelset';
import { maakLogger } from '../../src/server/log';
import { leesInstellingen } from '../../src/server/instellingen';
import { hashVoorLog } from '../../src/server/herladen';

jest.setTimeout(120_000);

const BIJ_5 = '2024-04-02';
const BIJ_6 = '2025-04-01';
const SITUATIE = { geboortedatum: '2019-03-01', vakantieregio: 'MIDDEN' };
const VRAAG = `query($s: SituatieInput!) { regelset { hash } beoordeling(situatie: $s, peildatum: "2024-03-15") { regelsetHash leerplicht { leerplichtigVanaf } } }`;
// above LEERPLICHT_WORKER_DREMPEL (200): answered on a worker thread
const BULK = `query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { regelsetHash leerplicht { leerplichtigVanaf } } }`;
const BULK_SITUATIES = Array.from({ length: 201 }, () => SITUATIE);

type Enkel = { regelset: { hash: string }; beoordeling: { regelsetHash: string; leerplicht: { leerplichtigVanaf: string } } };
type Bulk = { beoordelingen: { regelsetHash: string; leerplicht: { leerplichtigVanaf: string } }[] };

let map: string;
let client: Client;
const logregels: string[] = [];

const vraag = async () => {
  const r = await client.ruw({ query: VRAAG, variables: { s: SITUATIE } });
  expect(r.errors).toBeUndefined();
  const d = r.data as Enkel;
  return { hash: d.regelset.hash, antwoordHash: d.beoordeling.regelsetHash, vanaf: d.beoordeling.leerplicht.leerplichtigVanaf };
};
const bulk = async () => {
  const r = await client.ruw({ query: BULK, variables: { s: BULK_SITUATIES } });
  expect(r.errors).toBeUndefined();
  const lijst = (r.data as Bulk).beoordelingen;
  return { hashes: [...new Set(lijst.map((b) => b.regelsetHash))], vanaf: [...new Set(lijst.map((b) => b.leerplicht.leerplichtigVanaf))] };
};
const threads = async () => {
  const tekst = await (await fetch(client.server.url.replace('/graphql', '/metrics'))).text();
  return Number(/^leerplicht_worker_threads\{state="threads"\} (\d+)$/m.exec(tekst)?.[1] ?? 0);
};
const parameterbestand = () => path.join(map, 'parameters', 'leerplicht.json');
function zetLeeftijd(leeftijd: number): void {
  const json = JSON.parse(fs.readFileSync(parameterbestand(), 'utf8'));
  json.parameters.leerplichtLeeftijd.waarden = [{ vanaf: '2004-02-13', waarde: leeftijd }];
  fs.writeFileSync(parameterbestand(), JSON.stringify(json, null, 2));
}
const gelogd = (deel: string) => logregels.filter((r) => r.includes(deel)).map((r) => JSON.parse(r) as Record<string, unknown>);

beforeAll(async () => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-herladen-'));
  fs.cpSync(REGELMAP, map, { recursive: true });
  const logger = maakLogger({ bestemming: new Writable({ write(c, _e, klaar) { logregels.push(String(c)); klaar(); } }), niveau: 'info' });
  // lazy threads (startClient's default): the first heavy request starts one
  client = await startClient({ logger, instellingen: { regelmap: map, werkers: 1, werkerDrempel: 200 } });
});
afterAll(async () => {
  await client?.stop();
  fs.rmSync(map, { recursive: true, force: true });
});

test('a changed parameter: new hash on every answer and in the regelset table; a request already on a worker finishes on the old set', async () => {
  const voor = await vraag();
  expect(voor).toEqual({ hash: voor.hash, antwoordHash: voor.hash, vanaf: BIJ_5 });

  // a heavy request on its way to a worker thread (the thread starts for it) when the files change and the set is reloaded
  const lopend = bulk();
  for (let i = 0; i < 200 && (await threads()) === 0; i++) await new Promise((ok) => setTimeout(ok, 25));
  expect(await threads()).toBe(1);
  zetLeeftijd(6);
  const uitkomst = await client.server.herlaad();
  expect(uitkomst).toMatchObject({ soort: 'herladen', vorige: voor.hash });
  const nieuw = (uitkomst as { hash: string }).hash;
  expect(nieuw).not.toBe(voor.hash);
  expect(await lopend).toEqual({ hashes: [voor.hash], vanaf: [BIJ_5] });

  expect(await vraag()).toEqual({ hash: nieuw, antwoordHash: nieuw, vanaf: BIJ_6 });
  // on a worker thread of the new set
  expect(await bulk()).toEqual({ hashes: [nieuw], vanaf: [BIJ_6] });
  const rijen = await client.server.context.orm!.em.fork().getConnection().execute<{ hash: string }[]>('select hash from regelset where hash in (?, ?)', [voor.hash, nieuw]);
  expect(rijen.map((r) => r.hash).sort()).toEqual([voor.hash, nieuw].sort());
  const health = await (await fetch(client.server.url.replace('/graphql', '/health/ready'))).json();
  expect(health).toMatchObject({ regelsetHash: nieuw });
  expect(gelogd('rules reloaded')).toEqual([expect.objectContaining({ level: 'info', regelset: hashVoorLog(nieuw), vorige: hashVoorLog(voor.hash) })]);

  // the same files again: nothing changes
  expect(await client.server.herlaad()).toEqual({ soort: 'ongewijzigd', hash: nieuw });
});

test('broken JSON keeps the old set serving and logs file and message, not the file contents', async () => {
  const voor = await vraag();
  const goed = fs.readFileSync(parameterbestand(), 'utf8');
  fs.writeFileSync(parameterbestand(), goed.replace('"parameters": {', '"parameters": { "x": GEHEIM 123456782 '));
  try {
    const uitkomst = await client.server.herlaad();
    expect(uitkomst).toMatchObject({ soort: 'geweigerd', hash: voor.hash, fouten: [expect.objectContaining({ bestand: path.join('parameters', 'leerplicht.json') })] });
    expect(await vraag()).toEqual(voor);
    expect(await bulk()).toEqual({ hashes: [voor.hash], vanaf: [voor.vanaf] });
    const log = gelogd('rules reload refused');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ level: 'warn', regelset: hashVoorLog(voor.hash), fouten: [expect.objectContaining({ bestand: path.join('parameters', 'leerplicht.json'), bericht: expect.stringMatching(/^not valid JSON/) })] });
    expect(JSON.stringify(log[0])).not.toMatch(/GEHEIM|123456782/);
  } finally {
    fs.writeFileSync(parameterbestand(), goed);
  }
});

test('a rule reading an unknown fact keeps the old set serving and logs file, rule and JSON path', async () => {
  const voor = await vraag();
  const bestand = path.join(map, 'leerplichtwet', 'art-3-leerplicht.json');
  const goed = fs.readFileSync(bestand, 'utf8');
  const json = JSON.parse(goed);
  const kapot = { ...json.regels[0], id: 'test.herladen.kapot', conditions: { all: [{ fact: 'bestaatNiet', operator: 'equal', value: 1 }] } };
  json.regels.push(kapot);
  fs.writeFileSync(bestand, JSON.stringify(json));
  try {
    const uitkomst = await client.server.herlaad();
    expect(uitkomst).toMatchObject({ soort: 'geweigerd', hash: voor.hash });
    expect(await vraag()).toEqual(voor);
    const log = gelogd('test.herladen.kapot');
    expect(log).toHaveLength(1);
    const fouten = (log[0].fouten as { bestand: string; regel?: string; pad: string }[]).filter((f) => f.regel === 'test.herladen.kapot');
    expect(fouten).toEqual([expect.objectContaining({ bestand: path.join('leerplichtwet', 'art-3-leerplicht.json'), pad: expect.stringMatching(/^regels\[\d+\]\.conditions/) })]);
  } finally {
    fs.writeFileSync(bestand, goed);
  }
  // repaired: the next reload finds the set that is serving, unchanged
  expect(await client.server.herlaad()).toEqual({ soort: 'ongewijzigd', hash: voor.hash });
});

describe('LEERPLICHT_BELEID_DIR', () => {
  it('is read as an extra policy folder; a missing folder stops the start naming the variable', () => {
    expect(leesInstellingen({ LEERPLICHT_BELEID_DIR: map }).beleidMappen).toEqual([map]);
    expect(leesInstellingen({}).beleidMappen).toEqual([]);
    expect(leesInstellingen({ LEERPLICHT_RULES_DIR: map }).regelmap).toBe(map);
    expect(leesInstellingen({}).regelmap).toBe(REGELMAP);
    expect(() => leesInstellingen({ LEERPLICHT_BELEID_DIR: path.join(map, 'bestaat-niet') })).toThrow(/^LEERPLICHT_BELEID_DIR=.*not a folder/);
    expect(() => leesInstellingen({ LEERPLICHT_RULES_DIR: path.join(map, 'bestaat-niet') })).toThrow(/^LEERPLICHT_RULES_DIR=.*not a folder/);
  });

  it('a pack added to the extra folder applies after a reload', async () => {
    const extra = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-herladen-beleid-'));
    const c = await startClient({ instellingen: { regelmap: map, beleidMappen: [extra] } });
    // the pack's own text: a leerplichtige jongere in gemeente 3403 gets the signaal TEST_HERLADEN
    const vraagPakket = async () => {
      const r = await c.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2015-03-10", gemeente: "3403", vakantieregio: MIDDEN }, peildatum: "2024-03-15") { regelsetHash signalen { code } beleidspakketten { naam } } }' });
      expect(r.errors).toBeUndefined();
      return (r.data as { beoordeling: { regelsetHash: string; signalen: { code: string }[]; beleidspakketten: { naam: string }[] } }).beoordeling;
    };
    try {
      const voor = await vraagPakket();
      expect(voor.signalen.map((s) => s.code)).not.toContain('TEST_HERLADEN');
      expect(voor.beleidspakketten).toEqual([]);
      const pak = path.join(extra, '3403');
      fs.mkdirSync(pak);
      fs.writeFileSync(path.join(pak, 'pakket.json'), JSON.stringify({
        naam: 'Testpakket herladen', versie: '1.0.0', omschrijving: 'Een signaal voor elke leerplichtige jongere (test).', eigenaar: 'Test',
        document: { titel: 'Testprotocol' }, geldig: { vanaf: '2020-08-01' },
      }));
      fs.writeFileSync(path.join(pak, 'signaal.json'), JSON.stringify({
        wet: 'beleid',
        regels: [{
          id: 'beleid.test3403.herladen', beleid: true, bron: { onderdeel: '§ 1' }, geldig: { vanaf: '2020-08-01' },
          uitleg: { nl: 'Leerplichtig: een signaal.', en: 'Subject to compulsory education: a signal.' },
          conditions: { all: [{ fact: 'status', operator: 'equal', value: 'LEERPLICHTIG' }] },
          event: { type: 'signaal', params: { code: 'TEST_HERLADEN', ernst: 'INFO', omschrijving: { nl: 'Test', en: 'Test' } } },
        }],
      }));
      const uitkomst = await c.server.herlaad();
      expect(uitkomst).toMatchObject({ soort: 'herladen', vorige: voor.regelsetHash });
      const na = await vraagPakket();
      expect(na).toEqual({ regelsetHash: (uitkomst as { hash: string }).hash, signalen: [{ code: 'TEST_HERLADEN' }], beleidspakketten: [{ naam: 'Testpakket herladen' }] });
    } finally {
      await c.stop();
      fs.rmSync(extra, { recursive: true, force: true });
    }
  });
});
