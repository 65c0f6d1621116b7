// Fuzzing the real server over HTTP (fast-check, test/server/fuzz-generator.ts): every answer to a
// hostile request keeps the error policy — HTTP status below 500, no INTERNAL_SERVER_ERROR, every
// error has an extensions.code, and no stack trace, SQL or file path in the body. `npm run
// bench:fuzz` runs the same generator with more requests. FUZZ_SEED=… repeats a run.
import { startClient, type Client } from '../api/client';
import { maakSleutels } from '../leerlingen/sleutels';
import { alsCurl, beoordeel, draai, type FuzzOmgeving, type FuzzVerzoek } from './fuzz-generator';

const AANTAL = 2_000;
const PARALLEL = 8;
const s = maakSleutels(0);
jest.setTimeout(120_000);
let client: Client;
let basis: string;
const omgeving: FuzzOmgeving = { sleutels: [s.schoolA, s.schoolB, s.lpaA, s.lpaB, s.publiek], ids: [], brins: [s.brinA, s.brinB], gemeenten: [s.gemeenteA, s.gemeenteB] };

beforeAll(async () => {
  // thousands of requests in a minute from one address: no rate limit for this server
  process.env.LEERPLICHT_RATE_KEY_PER_MIN = '0';
  process.env.LEERPLICHT_RATE_PUBLIC_PER_MIN = '0';
  client = await startClient({ sleutels: s.regels });
  basis = new URL(client.server.url).origin;
  // a few stored leerlingen, so mutations with a known id get past the access check
  for (const [sleutel, brin] of [[s.schoolA, s.brinA], [s.lpaA, s.brinB]] as const) {
    const r = await client.ruw({
      query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id inschrijvingen { id } } }',
      variables: { l: { geboortedatum: '2012-05-14', gemeente: s.gemeenteA, feiten: { inschrijvingen: [{ brin, onderwijs: 'VMBO', vanaf: '2024-08-19' }], verzuim: [{ datum: '2024-10-01', uren: 2, reden: 'ONGEOORLOOFD' }] } } },
    }, { authorization: `Bearer ${sleutel}` });
    expect(r.errors).toBeUndefined();
    const l = (r.data as { maakLeerling: { id: string; inschrijvingen: { id: string }[] } }).maakLeerling;
    omgeving.ids.push(l.id, ...l.inschrijvingen.map((i) => i.id));
  }
});
afterAll(async () => { await client?.stop(); });

/** The errors of an answer that break the policy first (an INTERNAL_SERVER_ERROR may sit behind many BAD_USER_INPUT errors). */
function uittreksel(body: string): string {
  try {
    const errors = (JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] }).errors ?? [];
    const slecht = errors.filter((e) => e?.extensions?.code === undefined || e.extensions.code === 'INTERNAL_SERVER_ERROR');
    if (slecht.length > 0) return JSON.stringify(slecht).slice(0, 400);
  } catch { /* not JSON */ }
  return body.slice(0, 300);
}

it(`${AANTAL} hostile requests keep the error policy`, async () => {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  const perFout = new Map<string, { aantal: number; voorbeeld: FuzzVerzoek; status: number; body: string }>();
  let gedaan = 0;
  await draai(basis, omgeving, AANTAL, PARALLEL, seed, (v, a) => {
    gedaan++;
    for (const f of beoordeel(a.status, a.body)) {
      const k = `${v.soort}: ${f}`;
      const bestaand = perFout.get(k);
      // keep the shortest example of each failure: the closest to a minimal reproduction
      if (!bestaand) perFout.set(k, { aantal: 1, voorbeeld: v, ...a });
      else { bestaand.aantal++; if ((v.body ?? v.pad).length < (bestaand.voorbeeld.body ?? bestaand.voorbeeld.pad).length) Object.assign(bestaand, { voorbeeld: v, ...a }); }
    }
  });
  expect(gedaan).toBe(AANTAL);
  const verslag = [...perFout].map(([k, f]) => `${k} (${f.aantal}×)\n  ${alsCurl(basis, f.voorbeeld)}\n  → ${f.status} ${uittreksel(f.body)}`);
  if (verslag.length > 0) throw new Error(`FUZZ_SEED=${seed}: ${verslag.length} kinds of failure\n${verslag.join('\n')}`);
});
