// bench/bulk: 100,000 situaties for one peildatum — in-process (the path beoordelingen uses) and
// through the GraphQL bulk query (graphql-js execute on the product schema, 10,000 per request),
// measured side by side in one run on the same inputs.
import 'reflect-metadata';
import { graphql } from 'graphql';
import { maakSchema } from '../src/api/schema';
import { maakVraag } from '../src/api/vraag';
import { evalueer } from '../src/engine/evaluatie';
import { leerplicht } from '../src/engine/leerplicht';
import { laadRegelset } from '../src/engine/regelset';

const N = Number(process.env.N ?? 100_000);
const PER_VERZOEK = 10_000;
const PEILDATUM = '2025-03-03';
const regelset = laadRegelset();

let seed = 20250303;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const iso = (n: number) => new Date(n * 864e5).toISOString().slice(0, 10);
const dag = (s: string) => Date.parse(s) / 864e5;
const kies = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];

const situaties = Array.from({ length: N }, () => {
  const geboren = dag('2003-01-01') + Math.floor(rnd() * 365 * 20);
  const s: Record<string, unknown> = { geboortedatum: iso(geboren) };
  if (rnd() < 0.5) s.vakantieregio = kies(['NOORD', 'MIDDEN', 'ZUID']);
  if (rnd() < 0.6) s.inschrijvingen = [{ onderwijs: kies(['PO', 'VMBO', 'HAVO', 'MBO', 'VSO']), vanaf: iso(geboren + 365 * 4 + Math.floor(rnd() * 365 * 12)) }];
  if (rnd() < 0.2) s.diplomas = [{ soort: kies(['HAVO', 'VWO', 'MBO_2', 'VMBO_TL', 'PRO']), datum: iso(geboren + 365 * 16 + Math.floor(rnd() * 365 * 3)) }];
  return s;
});

function inProces(): number {
  let leerplichtig = 0;
  for (const s of situaties) {
    const vraag = maakVraag(regelset, s as never, PEILDATUM, null, null);
    if (leerplicht(evalueer(regelset, vraag)).status === 'LEERPLICHTIG') leerplichtig++;
  }
  return leerplichtig;
}

const QUERY = `query($s: [SituatieInput!]!, $p: LocalDate!) { beoordelingen(situaties: $s, peildatum: $p) {
  leerplicht { status leerplichtigVanaf leerplichtigTot eindgrond kwalificatieplichtigVanaf kwalificatieplichtigTot absoluutVerzuim } } }`;

async function viaGraphql(): Promise<number> {
  const schema = maakSchema();
  let leerplichtig = 0;
  for (let i = 0; i < N; i += PER_VERZOEK) {
    const r = await graphql({ schema, source: QUERY, variableValues: { s: situaties.slice(i, i + PER_VERZOEK), p: PEILDATUM }, contextValue: { regelset, regelsetInfo: null } });
    if (r.errors) throw new Error(r.errors[0].message);
    for (const b of (r.data as { beoordelingen: { leerplicht: { status: string } }[] }).beoordelingen) if (b.leerplicht.status === 'LEERPLICHTIG') leerplichtig++;
  }
  return leerplichtig;
}

async function main() {
  inProces(); // warm-up
  await viaGraphql();
  const t0 = performance.now();
  const a = inProces();
  const t1 = performance.now();
  const b = await viaGraphql();
  const t2 = performance.now();
  if (a !== b) throw new Error(`in-process and GraphQL disagree: ${a} vs ${b} leerplichtig`);
  const ms1 = t1 - t0;
  const ms2 = t2 - t1;
  console.log(`node ${process.version}, ${N} situaties, peildatum ${PEILDATUM}, ${a} leerplichtig (both paths agree)`);
  console.log(`in-process (input check + full leerplicht verdict): ${ms1.toFixed(0)} ms  = ${Math.round(N / (ms1 / 1000)).toLocaleString('en')} situaties/s   target: ${N} in ≤ 2000 ms ${ms1 <= 2000 ? 'MET' : 'NOT MET'}`);
  console.log(`GraphQL bulk query (${PER_VERZOEK} per request, execute in-process): ${ms2.toFixed(0)} ms = ${Math.round(N / (ms2 / 1000)).toLocaleString('en')} situaties/s`);
  console.log(`GraphQL / in-process time ratio: ${(ms2 / ms1).toFixed(2)}×`);
}
main().catch((e) => { console.error(e); process.exit(1); });
