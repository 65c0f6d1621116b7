// npm run bench:fuzz [-- N [seed]]: the fuzz generator of test/server/fuzz-generator.ts against a
// freshly started server (embedded PostgreSQL in a temporary directory unless DATABASE_URL is set),
// N requests (default 20,000), 8 in flight. Prints the count per HTTP status and error code, and
// every kind of policy failure with one reproduction (curl).
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../src/server/start';
import { nieuweSleutel } from '../src/toegang/toegang';
import { alsCurl, beoordeel, codesVan, draai, type FuzzOmgeving, type FuzzVerzoek } from '../test/server/fuzz-generator';

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 20_000);
  const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
  process.env.LEERPLICHT_RATE_KEY_PER_MIN ??= '0';
  process.env.LEERPLICHT_RATE_PUBLIC_PER_MIN ??= '0';
  const dataDir = process.env.DATABASE_URL ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-fuzz-'));
  if (dataDir) fs.chmodSync(dataDir, 0o755); // the postgres OS user must traverse it
  const sleutels = [
    nieuweSleutel({ rol: 'SCHOOL', brin: '98AA', naam: 'fuzz school A' }), nieuweSleutel({ rol: 'SCHOOL', brin: '98BB' }),
    nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '9881', naam: 'fuzz lpa' }), nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '9882' }),
    nieuweSleutel({ rol: 'PUBLIC' }),
  ];
  const server = await startServer({ port: 0, databaseUrl: process.env.DATABASE_URL, dataDir, sleutels: sleutels.map((s) => s.regel), logger: undefined });
  const basis = new URL(server.url).origin;
  const o: FuzzOmgeving = { sleutels: sleutels.map((s) => s.sleutel), ids: [], brins: ['98AA', '98BB'], gemeenten: ['9881', '9882'] };
  try {
    for (const [k, brin] of [[sleutels[0].sleutel, '98AA'], [sleutels[2].sleutel, '98BB']]) {
      const res = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${k}` },
        body: JSON.stringify({ query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id inschrijvingen { id } } }', variables: { l: { geboortedatum: '2012-05-14', gemeente: '9881', feiten: { inschrijvingen: [{ brin, onderwijs: 'VMBO', vanaf: '2024-08-19' }] } } } }),
      });
      const l = ((await res.json()) as { data?: { maakLeerling: { id: string; inschrijvingen: { id: string }[] } } }).data?.maakLeerling;
      if (l) o.ids.push(l.id, ...l.inschrijvingen.map((i) => i.id));
    }
    const perStatus = new Map<string, number>();
    const perSoort = new Map<string, { n: number; ms: number; max: number; traagste?: FuzzVerzoek }>();
    const perFout = new Map<string, { aantal: number; v: FuzzVerzoek; status: number; body: string }>();
    const begin = performance.now();
    await draai(basis, o, n, 8, seed, (v, a) => {
      const t = perSoort.get(v.soort) ?? { n: 0, ms: 0, max: 0 };
      t.n++; t.ms += a.ms;
      if (a.ms > t.max) { t.max = a.ms; t.traagste = v; }
      perSoort.set(v.soort, t);
      for (const c of codesVan(a.body)) { const k = `${a.status} ${c}`; perStatus.set(k, (perStatus.get(k) ?? 0) + 1); }
      for (const f of beoordeel(a.status, a.body)) {
        const k = `${v.soort}: ${f}`;
        const b = perFout.get(k);
        if (!b) perFout.set(k, { aantal: 1, v, ...a });
        else { b.aantal++; if ((v.body ?? v.pad).length < (b.v.body ?? b.v.pad).length) Object.assign(b, { v, ...a }); }
      }
    });
    const s = (performance.now() - begin) / 1000;
    console.log(`${n} requests in ${s.toFixed(1)} s (${Math.round(n / s)}/s), seed ${seed}`);
    console.log('\nHTTP status and error code (a request with several codes counts once per code):');
    for (const [k, aantal] of [...perStatus].sort((a, b) => b[1] - a[1])) console.log(`  ${String(aantal).padStart(7)}  ${k}`);
    console.log('\nper kind of request: count, mean and max ms:');
    for (const [k, t] of perSoort) console.log(`  ${k.padEnd(20)} ${String(t.n).padStart(7)} ${(t.ms / t.n).toFixed(1).padStart(8)} ${t.max.toFixed(0).padStart(7)}  ${t.traagste?.body?.match(/"operationName":"(\w+)"/)?.[1] ?? ''}`);
    console.log(perFout.size === 0 ? '\nno policy failures' : `\n${perFout.size} kinds of policy failure:`);
    for (const [k, f] of perFout) console.log(`  ${k} (${f.aantal}×)\n    ${alsCurl(basis, f.v)}\n    → ${f.status} ${f.body.slice(0, 400)}`);
    process.exitCode = perFout.size === 0 ? 0 : 1;
  } finally {
    await server.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
