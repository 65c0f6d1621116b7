// No answer cites an article that does not exist on its wetsdatum (law.md §18). On every day where an
// article, rule or parameter changes, and the day before, this asks the API for a set of situaties
// (every outcome's uitleg with its bron and text), the rules in force and the parameters, and checks
// each cited article — the bron and every article named in the text — against rules/wetten.json.
import fs from 'node:fs';
import path from 'node:path';
import { artikelBestaatOp, leesWetsartikelen, type WetJson } from '../../src/engine/artikelgeldigheid';
import { citatenIn } from '../../src/engine/citaten';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';
import { formatDatum, jmd, maandag, parseDatum, type Dag } from '../../src/time/dag';
import { startClient, type Client } from './client';

const wettenJson = JSON.parse(fs.readFileSync(path.join(REGELMAP, 'wetten.json'), 'utf8')).wetten as Record<string, WetJson>;
const wetten = leesWetsartikelen(wettenJson);
const sleutelVan = new Map(Object.entries(wettenJson).map(([k, w]) => [w.naam, k]));

interface BronUit { wet: string; artikel: string }
interface UitlegUit { regel: string; tekst: string; bron: BronUit }

let client: Client;
beforeAll(async () => { client = await startClient(); }, 60_000);
afterAll(async () => { await client.stop(); });

/** Every day where an article, rule or parameter value starts or ends, and the day before it. */
function wetsdata(): Dag[] {
  const r = laadRegelset();
  const g = new Set<Dag>();
  for (const x of r.regels) { g.add(x.vanaf); if (x.tot !== null) g.add(x.tot + 1); }
  for (const p of r.parameters.values()) for (const w of p.perDatum) g.add(w.vanaf);
  for (const a of wetten.artikelen.values()) for (const v of a.values()) { g.add(v.vanaf); if (v.tot !== null) g.add(v.tot + 1); }
  return [...new Set([...g].flatMap((d) => [d - 1, d]))].filter((d) => d >= r.dekkingVanaf).sort((a, b) => a - b);
}

const jaarTerug = (d: Dag, n: number) => { const { jaar } = jmd(d); return `${jaar - n}-03-15`; };

/** Situaties that reach the main outcomes: leerplicht, a 16-hour melding, RMC/Doorstroompunt in and out, JiKP. */
function situaties(d: Dag): Record<string, unknown>[] {
  const { jaar } = jmd(d);
  // four school days (Mon–Thu) of the week before d, 4 hours each: 16 hours in one leesweek
  const ma = maandag(d - 7);
  const verzuim = [0, 1, 2, 3].map((i) => ({ datum: formatDatum(ma + i), uren: 4, reden: 'ONGEOORLOOFD' }));
  return [
    { geboortedatum: jaarTerug(d, 15), inschrijvingen: [{ onderwijs: 'VMBO', leerweg: 'BB', vanaf: formatDatum(d - 400) }], verzuim },
    { geboortedatum: jaarTerug(d, 19), inschrijvingen: [] },
    { geboortedatum: jaarTerug(d, 30), inschrijvingen: [] },
    { geboortedatum: jaarTerug(d, 17), inschrijvingen: [{ onderwijs: 'PRO', vanaf: `${jaar - 5}-08-20`, tot: formatDatum(d - 60) }, { onderwijs: 'MBO', niveau: 2, leerweg: 'BOL', vanaf: formatDatum(d - 30) }] },
    { geboortedatum: jaarTerug(d, 10), inschrijvingen: [{ onderwijs: 'PO', vanaf: formatDatum(d - 400) }] },
  ];
}

const UITLEG = 'uitleg { regel tekst bron { wet artikel } }';
function vraag(d: Dag): string {
  const w = formatDatum(d);
  const { jaar } = jmd(d);
  const delen = situaties(d).map((_, i) => `s${i}: beoordeling(situatie: $s${i}, peildatum: "${w}", wetsdatum: "${w}") {
    leerplicht { status } verzuim { meldingen { soort ${UITLEG} } } aansprakelijkheid { ouders }
    kwetsbarePositie { vanToepassing } doorstroompunt { vanToepassing }
    voortijdigSchoolverlater(schooljaar: "${jaar - 2}/${jaar - 1}") { vanToepassing ${UITLEG} }
    ${UITLEG}
  }`);
  return `query Wandeling(${situaties(d).map((_, i) => `$s${i}: SituatieInput!`).join(', ')}) { ${delen.join('\n')}
    regels(wetsdatum: "${w}") { id bron { wet artikel } uitleg { nl en } }
    parameters(wetsdatum: "${w}") { naam bron { wet artikel } } }`;
}

function fouten(d: Dag, wat: string, bron: BronUit, teksten: string[]): string[] {
  const wet = sleutelVan.get(bron.wet);
  if (wet === undefined) return [`${formatDatum(d)} ${wat}: unknown wet ${bron.wet}`];
  const citaten = [{ wet, artikel: bron.artikel }, ...teksten.flatMap((t) => citatenIn(t, wet, wetten.afkortingen))];
  return citaten.filter((c) => !artikelBestaatOp(wetten, c.wet, c.artikel, d)).map((c) => `${formatDatum(d)} ${wat}: ${c.wet} art ${c.artikel}`);
}

describe('every citation an answer gives exists on its wetsdatum', () => {
  const dagen = wetsdata();

  it('walks both sides of every change, including 2025-12-31/2026-01-01 and the JiKP dates', () => {
    for (const s of ['2025-12-31', '2026-01-01', '2016-09-17', '2016-09-18', '2019-12-31', '2020-01-01']) expect(dagen).toContain(parseDatum(s));
  });

  it('beoordeling (uitleg of each outcome, the meldingen and vsv), regels and parameters', async () => {
    const fout: string[] = [];
    let uitleggen = 0;
    for (const d of dagen) {
      const variables = Object.fromEntries(situaties(d).map((x, i) => [`s${i}`, x]));
      const { data, errors } = await client.ruw({ query: vraag(d), variables });
      expect(errors).toBeUndefined();
      const antwoord = data as Record<string, any>;
      for (let i = 0; i < situaties(d).length; i++) {
        const b = antwoord[`s${i}`];
        const alle: UitlegUit[] = [...b.uitleg, ...b.voortijdigSchoolverlater.uitleg, ...b.verzuim.meldingen.flatMap((m: { uitleg: UitlegUit[] }) => m.uitleg)];
        uitleggen += alle.length;
        for (const u of alle) fout.push(...fouten(d, `s${i} ${u.regel}`, u.bron, [u.tekst]));
      }
      for (const r of antwoord.regels as { id: string; bron: BronUit; uitleg: { nl: string; en: string } }[]) fout.push(...fouten(d, `regel ${r.id}`, r.bron, [r.uitleg.nl, r.uitleg.en]));
      for (const p of antwoord.parameters as { naam: string; bron: BronUit | null }[]) if (p.bron) fout.push(...fouten(d, `parameter ${p.naam}`, p.bron, []));
    }
    expect(fout).toEqual([]);
    // the walk saw answers, not only empty lists
    expect(uitleggen).toBeGreaterThan(dagen.length * 10);
  }, 240_000);
});

describe('JiKP outside its versions (law.md §15)', () => {
  const vraag = `query J($s: SituatieInput!, $d: LocalDate!) { beoordeling(situatie: $s, peildatum: $d) { kwetsbarePositie { vanToepassing uitleg { regel bron { wet } } } waarschuwingen { code velden } } }`;
  const s = { geboortedatum: '1999-03-10', inschrijvingen: [{ onderwijs: 'VMBO', leerweg: 'BB', vanaf: '2012-08-20', tot: '2016-07-08' }] };
  it.each([['2016-09-17', true], ['2016-09-18', false], ['2025-12-31', false], ['2026-01-01', true]])('on %s says "not defined": %s', async (d, nietGedefinieerd) => {
    const { data, errors } = await client.ruw({ query: vraag, variables: { s, d } });
    expect(errors).toBeUndefined();
    const b = (data as any).beoordeling;
    const w = b.waarschuwingen.filter((x: { code: string }) => x.code === 'JIKP_NIET_GEDEFINIEERD');
    expect(w).toEqual(nietGedefinieerd ? [{ code: 'JIKP_NIET_GEDEFINIEERD', velden: ['kwetsbarePositie.vanToepassing'] }] : []);
    // a version in force cites its own regeling; none in force cites nothing
    expect(b.kwetsbarePositie.uitleg.map((u: any) => u.bron.wet)).toEqual(nietGedefinieerd ? [] : [d < '2020-01-01' ? 'Regeling regionale aanpak voortijdig schoolverlaten 2017' : 'Regeling regionale aanpak voortijdig schoolverlaten 2020-2024']);
  });
});
