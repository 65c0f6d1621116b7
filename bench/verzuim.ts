// Benchmark of the verzuim verdict for one leerling-schooljaar, side by side on the same input:
//  (a) the product path: evalueer + verzuim(f, 'NL') — compiled rule closures, with the uitleg
//      texts (a1), and verzuimKern(f) without them (a2);
//  (b) json-rules-engine (engine/referentie.ts) taking the same decisions: verzuimOordeel per
//      record and meldingOordeel per candidate melding, on facts computed beforehand.
// Both must take the same decisions (exit code 1 otherwise).
//
//   npx ts-node --transpile-only bench/verzuim.ts        (env: SEED, REGIO, PER=lesuur|dag, RONDES)
//   npm run bench:verzuim
//
// Never run this inside jest: jest's vm context makes global lookups such as Math.* slow.
import { createHash } from 'node:crypto';
import { evalueer, type Vraag } from '../src/engine/evaluatie';
import { referentieEngine } from '../src/engine/referentie';
import { laadRegelset } from '../src/engine/regelset';
import { verzuim, verzuimKern } from '../src/engine/verzuim';
import type { Feiten } from '../src/facts/feiten';
import type { Verlof, Verzuimreden, Verzuimregistratie } from '../src/facts/situatie';
import type { Kandidaat } from '../src/facts/verzuim';
import { parseDatum } from '../src/time/dag';
import { schoolkalender, type Vakantieregio } from '../src/time/kalender';
import { beginSchooljaar, eindeSchooljaar } from '../src/time/schooljaar';
import { prng } from './prng';

const SEED = Number(process.env.SEED ?? 20240801);
const REGIO = (process.env.REGIO ?? 'MIDDEN') as Vakantieregio;
const PER = process.env.PER === 'dag' ? 'dag' : 'lesuur';
const RONDES = Number(process.env.RONDES ?? 7);
const SCHOOLJAAR = 2024;
const LESUREN_PER_DAG = 6;
const p = (s: string) => parseDatum(s)!;


// ---------------------------------------------------------------- the input: one leerling, one schooljaar

/**
 * A 13-year-old in vakantieregio REGIO with a registration for every lesuur of schooljaar
 * 2024/2025 (≈ 38 lesweken × 30 lesuren), or one per day with its hours (PER=dag): mixed reasons
 * in spells of a few days (ill, unexcused, late, luxe verzuim, religious, suspended, leave), and
 * some granted leave.
 */
function maakVraag(): Vraag {
  const r = prng(SEED);
  const k = schoolkalender(REGIO);
  const van = beginSchooljaar(SCHOOLJAAR);
  const tot = eindeSchooljaar(SCHOOLJAAR);
  const redenen: [Verzuimreden, number][] = [
    ['ONGEOORLOOFD', 35], ['ZIEKTE', 30], ['TE_LAAT', 12], ['VAKANTIE_ZONDER_VERLOF', 5], ['VERLOF', 6], ['RELIGIEUS', 4], ['SCHORSING', 4], ['VIJFJARIGE_11A', 4],
  ];
  const totaal = redenen.reduce((s, [, w]) => s + w, 0);
  const kies = (): Verzuimreden => { let x = r() * totaal; for (const [reden, w] of redenen) if ((x -= w) < 0) return reden; return 'ONGEOORLOOFD'; };
  const verzuim: Verzuimregistratie[] = [];
  let reden = kies();
  for (let d = van; d <= tot; d++) {
    if (!k.isSchooldag(d)) continue;
    if (r() < 0.3) reden = kies(); // spells of a few days with the same reason
    const uren = reden === 'TE_LAAT' ? 0.25 : 1;
    if (PER === 'dag') verzuim.push({ datum: d, uren: uren * LESUREN_PER_DAG, reden });
    else for (let u = 0; u < LESUREN_PER_DAG; u++) verzuim.push({ datum: d, uren, reden: r() < 0.9 ? reden : kies() });
  }
  const verlof: Verlof[] = [
    { soort: 'GEWICHTIG_14', vanaf: p('2024-11-11'), tot: p('2024-11-12'), dagen: 2, uren: null },
    { soort: 'VAKANTIE_13A', vanaf: p('2025-03-10'), tot: p('2025-03-14'), dagen: 5, uren: null },
  ];
  return {
    situatie: {
      geboortedatum: p('2011-03-15'), vakantieregio: REGIO, vrijeDagen: [], schooljaren: [], diplomas: [], vrijstellingen: [],
      inschrijvingen: [{ onderwijs: 'VMBO', vanaf: p('2023-08-01'), tot: null, niveau: null, leerweg: 'TL', uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: 5, lesurenPerWeek: 30 }],
      verzuim, verlof,
    },
    peildatum: tot,
    wetsdatum: tot,
  };
}

// ---------------------------------------------------------------- the paths

const regelset = laadRegelset();
const vraag = maakVraag();

/** (a1) the product path with uitleg, as the API's verzuim field. */
const metUitleg = () => verzuim(evalueer(regelset, vraag), 'NL');
/** (a2) the product path without uitleg texts. */
const zonderUitleg = () => verzuimKern(evalueer(regelset, vraag));

/** One decision of a record or candidate: the runtime facts its rules read, computed beforehand. */
interface Besluit { engine: ReturnType<typeof referentieEngine>['engine']; waarden: Record<string, unknown>; compiled: string | null }

function besluiten(f: Feiten): Besluit[] {
  const uit: Besluit[] = [];
  const subs: [Feiten[], string][] = [[f.get('verzuimBeoordelingen') as Feiten[], 'verzuimOordeel'], [f.get('meldingBeoordelingen') as Feiten[], 'meldingOordeel']];
  for (const [lijst, type] of subs) {
    for (const sub of lijst) {
      const e = referentieEngine(regelset, sub.ctx.wetsdatum, sub.catalogus.onderwerp, type);
      const waarden: Record<string, unknown> = {};
      for (const naam of e.feiten) { const w = sub.get(naam); waarden[naam] = w === undefined ? null : w; }
      uit.push({ engine: e.engine, waarden, compiled: sub.beslis(type).regel?.id ?? null });
    }
  }
  return uit;
}

/** (b) json-rules-engine: every decision in turn; returns the number of decisions that differ. */
async function referentie(lijst: Besluit[]): Promise<number> {
  let anders = 0;
  for (const b of lijst) {
    const { results } = await b.engine.run(b.waarden);
    let beste: { name: string; priority: number } | null = null;
    for (const x of results) { const pr = x.priority ?? 1; if (beste === null || pr > beste.priority) beste = { name: String(x.name), priority: pr }; }
    if ((beste?.name ?? null) !== b.compiled) anders++;
  }
  return anders;
}

// ---------------------------------------------------------------- timing

let schuif = 0; // consumed results, so nothing is optimised away

/** ms per call of f, over calls until at least minMs have passed. */
function msPerKeer(f: () => { meldingen: unknown[] }, minMs: number): number {
  let n = 0;
  const t0 = process.hrtime.bigint();
  let ms = 0;
  do {
    schuif += f().meldingen.length;
    n++;
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  } while (ms < minMs);
  return ms / n;
}

const mediaan = (l: number[]) => [...l].sort((x, y) => x - y)[l.length >> 1];
const fmt = (x: number) => (x < 10 ? x.toFixed(3) : x.toFixed(1));

/** Rounds of (a1) and (a2), alternating, after a warm-up: median and best ms of each. */
function product(): { a1: number[]; a2: number[] } {
  msPerKeer(metUitleg, 1500); // warm-up: JIT, inline caches, rule-set and calendar caches
  msPerKeer(zonderUitleg, 1500);
  const a1: number[] = [];
  const a2: number[] = [];
  for (let ronde = 0; ronde < RONDES; ronde++) {
    a1.push(msPerKeer(metUitleg, 400));
    a2.push(msPerKeer(zonderUitleg, 400));
  }
  return { a1, a2 };
}

/** The input described, and the reference decisions; the evaluation used is not kept. */
function voorbereiding(): { tekst: string; lijst: Besluit[] } {
  const f = evalueer(regelset, vraag);
  const uitkomst = verzuim(f, 'NL');
  const kandidaten = (f.get('verzuimAnalyse') as { kandidaten: Kandidaat[] }).kandidaten.length;
  const hash = createHash('sha256').update(JSON.stringify(uitkomst)).digest('hex').slice(0, 16);
  const tekst = `node ${process.version}; one leerling, schooljaar ${SCHOOLJAAR}/${SCHOOLJAAR + 1}, regio ${REGIO}, one record per ${PER}: ` +
    `${vraag.situatie.verzuim!.length} records, ${kandidaten} candidate meldingen, ${uitkomst.meldingen.length} meldingen ` +
    `(${uitkomst.meldingen.filter((m) => m.verplicht).length} mandatory), max ${uitkomst.maxUrenVierLesweken} h in 4 lesweken; output hash ${hash}`;
  return { tekst, lijst: besluiten(f) };
}

async function main(): Promise<void> {
  // (a) first, while no evaluation is kept alive (see the last line printed)
  const { a1, a2 } = product();

  const { tekst, lijst } = voorbereiding();
  console.log(tekst);
  const anders = await referentie(lijst);
  if (anders > 0) {
    console.error(`DISAGREEMENT: json-rules-engine decides ${anders} of ${lijst.length} decisions differently`);
    process.exitCode = 1;
  }
  for (let i = 0; i < 3; i++) await referentie(lijst); // warm-up
  const b: number[] = [];
  for (let ronde = 0; ronde < RONDES; ronde++) {
    const t0 = process.hrtime.bigint();
    await referentie(lijst);
    b.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }

  const [ma1, ma2, mb] = [mediaan(a1), mediaan(a2), mediaan(b)];
  console.log(`ms per leerling-schooljaar (median of ${RONDES} rounds; best in brackets):`);
  console.log(`  (a1) product, evalueer + verzuim(f, 'NL') with uitleg     ${fmt(ma1).padStart(9)} ms  (${fmt(Math.min(...a1))})`);
  console.log(`  (a2) product, evalueer + verzuimKern(f), no uitleg        ${fmt(ma2).padStart(9)} ms  (${fmt(Math.min(...a2))})`);
  console.log(`  (b)  json-rules-engine, the same ${lijst.length} decisions, facts precomputed ${fmt(mb).padStart(6)} ms  (${fmt(Math.min(...b))})`);
  console.log(`  ratio (b)/(a1) ${(mb / ma1).toFixed(0)}×, (b)/(a2) ${(mb / ma2).toFixed(0)}×` +
    '   — (b) takes only the rule decisions; (a) also computes the facts and the verzuim arithmetic');

  // The same product path once more, now with an evaluation kept alive (as a server keeps a
  // request's). If V8 saw the objects of a kept evaluation survive a scavenge early in the
  // process, it pretenures their allocation sites and every later evaluation pays 2–4× for it;
  // whether that happens depends on when the scavenges fall (compare runs).
  const behouden = evalueer(regelset, vraag);
  verzuim(behouden, 'NL');
  const na = product();
  console.log(`  (a1) / (a2) again after (b), one evaluation kept alive: ${fmt(mediaan(na.a1))} / ${fmt(mediaan(na.a2))} ms`);
  schuif += behouden.genomen().length;
  if (schuif < 0) console.log(schuif);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});

