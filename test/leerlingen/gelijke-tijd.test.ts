// No existence leak through timing: a leerling the key may not see and an id that does not exist
// run the same query and get the same empty result, so over HTTP they take the same time.
// Interleaved (ABBA, so drift and caches hit both kinds alike), after a warm-up; medians compared.
// Passes when the medians differ by less than 0.5 ms or 15 % (robust on a noisy 2-core machine); it
// prints both medians. Run alone to quote the figures: npx jest test/leerlingen/gelijke-tijd.test.ts
import { randomUUID } from 'node:crypto';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(9);
jest.setTimeout(120_000);
let client: Client;
let vanB: string; // enrolled at school B, gemeente B: foreign to school A and to gemeente A
let meldingB: string; // a recorded melding of vanB
beforeAll(async () => {
  client = await startClient({ sleutels: s.regels });
  const r = await client.ruw({
    query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }',
    variables: { l: {
      geboortedatum: '2012-05-01', gemeente: s.gemeenteB, vakantieregio: 'MIDDEN',
      feiten: {
        inschrijvingen: [{ brin: s.brinB, onderwijs: 'PO', vanaf: '2016-08-22', tot: '2024-07-31' }, { brin: s.brinB, onderwijs: 'VMBO', vanaf: '2024-08-19' }],
        verzuim: ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' })),
      },
    } },
  }, { authorization: `Bearer ${s.schoolB}` });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  vanB = (r.data as { maakLeerling: { id: string } }).maakLeerling.id;
  const m = await client.ruw({ query: `mutation { registreerMelding(leerlingId: "${vanB}", soort: ZESTIEN_UUR, einddatum: "2024-01-11", peildatum: "2024-03-15") { id } }` }, { authorization: `Bearer ${s.schoolB}` });
  if (m.errors) throw new Error(JSON.stringify(m.errors));
  meldingB = (m.data as { registreerMelding: { id: string } }).registreerMelding.id;
});
afterAll(async () => { await client.stop(); });

const WARMUP = 60;
const LEERLING = 'query($id: ID!) { leerling(id: $id) { id geboortedatum inschrijvingen { brin } } }';
const MELDING = 'query($id: ID!) { melding(id: $id) { id status } }';

async function duur(query: string, id: string, sleutel: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  const r = await client.ruw({ query, variables: { id } }, { authorization: `Bearer ${sleutel}` });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.errors?.[0]?.extensions?.code !== 'FORBIDDEN') throw new Error(`expected FORBIDDEN: ${JSON.stringify(r)}`);
  return ms;
}

const mediaan = (xs: number[]) => {
  const y = [...xs].sort((a, b) => a - b);
  const m = y.length >> 1;
  return y.length % 2 ? y[m] : (y[m - 1] + y[m]) / 2;
};

/** n requests of each kind, interleaved ABBA after a warm-up; the medians in ms. */
async function meet(query: string, vreemdId: string, sleutel: string, n: number): Promise<{ vreemd: number; onbekend: number }> {
  for (let i = 0; i < WARMUP; i++) { await duur(query, vreemdId, sleutel); await duur(query, randomUUID(), sleutel); }
  const vreemd: number[] = [];
  const onbekend: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) { vreemd.push(await duur(query, vreemdId, sleutel)); onbekend.push(await duur(query, randomUUID(), sleutel)); }
    else { onbekend.push(await duur(query, randomUUID(), sleutel)); vreemd.push(await duur(query, vreemdId, sleutel)); }
  }
  return { vreemd: mediaan(vreemd), onbekend: mediaan(onbekend) };
}

const GEVALLEN: [string, string, string, () => string, () => string, number][] = [
  ['leerling(id)', 'SCHOOL', LEERLING, () => vanB, () => s.schoolA, 500],
  ['leerling(id)', 'LEERPLICHTAMBTENAAR', LEERLING, () => vanB, () => s.lpaA, 500],
  ['melding(id)', 'SCHOOL', MELDING, () => meldingB, () => s.schoolA, 250],
];

describe('a foreign id and an unknown id take the same time', () => {
  it.each(GEVALLEN)('%s with a %s key', async (naam, rol, query, vreemdId, sleutel, n) => {
    const { vreemd, onbekend } = await meet(query, vreemdId(), sleutel(), n);
    const verschil = Math.abs(vreemd - onbekend);
    console.log(`${rol} ${naam}, ${n} each, interleaved: median foreign ${vreemd.toFixed(3)} ms, median non-existent ${onbekend.toFixed(3)} ms, difference ${(vreemd - onbekend).toFixed(3)} ms (${((100 * (vreemd - onbekend)) / onbekend).toFixed(1)} %)`);
    expect(verschil < 0.5 || verschil < 0.15 * Math.min(vreemd, onbekend)).toBe(true);
  });
});
