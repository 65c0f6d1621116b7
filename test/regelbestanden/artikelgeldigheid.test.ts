// Citations follow the law's history (law.md §18): the citation parser, the loader's refusal of a rule
// or parameter value that outlives (or precedes) an article it cites, and a walk over every rule on
// every day where an article, rule or parameter changes (both sides).
import fs from 'node:fs';
import path from 'node:path';
import { artikelBestaatOp, citatenVanRegel, leesWetsartikelen, type WetJson } from '../../src/engine/artikelgeldigheid';
import { citatenIn } from '../../src/engine/citaten';
import { bouwRegelsetUitTekst, laadRegelset, parameterBronOp, REGELMAP } from '../../src/engine/regelset';
import { formatDatum, parseDatum, type Dag } from '../../src/time/dag';
import { kopieerRegels, laadFout, wijzig } from './kopie';

const wettenJson = JSON.parse(fs.readFileSync(path.join(REGELMAP, 'wetten.json'), 'utf8')).wetten as Record<string, WetJson>;
const wetten = leesWetsartikelen(wettenJson);
const d = (s: string) => parseDatum(s)!;

describe('citatenIn', () => {
  const lees = (t: string, eigen = 'lpw') => citatenIn(t, eigen, wetten.afkortingen).map((c) => `${c.wet} ${c.artikel}`);
  it('reads lists, leden and onderdelen, and the law before the number', () => {
    expect(lees('(WEB 8.1.8 lid 1, 8.3.1 lid 1 onder b)')).toEqual(['web 8.1.8', 'web 8.3.1']);
    expect(lees('leveringsverplichting (WEB 8.1.8a, WRO art 12 lid 3).')).toEqual(['web 8.1.8a', 'wro 12']);
    expect(lees('zonder vrijstelling (art 5, 5a of 15)')).toEqual(['lpw 5', 'lpw 5a', 'lpw 15']);
    expect(lees('(art 2 lid 2, art 4a lid 3)')).toEqual(['lpw 2', 'lpw 4a']);
    expect(lees('(WEB 8.1.8(1), 8.3.1(1)(b))')).toEqual(['web 8.1.8', 'web 8.3.1']);
    expect(lees('(WEB 9.2.1 onder a, b en c 2°)')).toEqual(['web 9.2.1']);
    expect(lees('een verklaring (WVO 2020 art 2.59 lid 2)')).toEqual(['wvo2020 2.59']);
  });
  it('reads an abbreviation after a bare list, and stops at numbers that are no articles', () => {
    expect(lees('een jeugdstraf (art 77h lid 1 b WvSr), de geldboete (art 26 lid 2)')).toEqual(['wvsr 77h', 'lpw 26']);
    expect(lees('verlof (art 14 lid 3, 10 dagen per schooljaar)')).toEqual(['lpw 14']);
    expect(lees('{meldingUren} uur in 4 lesweken; WEB-instelling')).toEqual([]);
    expect(lees('art 1.1 van de regeling', 'rvsv2017')).toEqual(['rvsv2017 1.1']);
  });
});

describe('the loader refuses a citation outside the article\'s window', () => {
  it('names file, rule and path when a rule outlives its article (WEB 8.1.8a ends 2025-12-31)', () => {
    const map = kopieerRegels();
    wijzig(map, 'leerplichtwet/art-21a-melding.json', (j) => { j.regels.find((r: { id: string }) => r.id === 'web.art8.1.8a.rmc').geldig = { vanaf: '2020-07-01' }; });
    const v = laadFout(map).vondsten.find((x) => x.regel === 'web.art8.1.8a.rmc')!;
    expect(v.bestand).toBe(path.join('leerplichtwet', 'art-21a-melding.json'));
    expect(v.pad).toMatch(/^regels\[\d+\]\.bron$/);
    expect(v.bericht).toMatch(/2020-07-01 … … but cites Wet educatie en beroepsonderwijs art 8\.1\.8a, which exists 2004-02-13 … 2025-12-31: end it on 2025-12-31/);
  });
  it('checks the articles an uitleg cites, and an article missing from wetten.json', () => {
    const map = kopieerRegels();
    wijzig(map, 'web/rmc-doorstroompunt.json', (j) => {
      const r = j.regels.find((x: { id: string }) => x.id === 'web.art9.2.1.verzuim');
      r.uitleg.nl += ' (WEB 8.3.1 lid 1)';
      r.uitleg.en += ' (Lpw art 99)';
    });
    const v = laadFout(map).vondsten.filter((x) => x.regel === 'web.art9.2.1.verzuim');
    expect(v.map((x) => x.pad.replace(/^regels\[\d+\]\./, ''))).toEqual(['uitleg.nl', 'uitleg.en']);
    expect(v[0].bericht).toMatch(/in force 2026-01-01 … … but cites Wet educatie en beroepsonderwijs art 8\.3\.1, which exists 2004-02-13 … 2025-12-31/);
    expect(v[1].bericht).toMatch(/cites Leerplichtwet 1969 art 99, which is not listed in rules\/wetten\.json/);
  });
  it('checks each parameter value against the article it rests on', () => {
    const map = kopieerRegels();
    wijzig(map, 'parameters/verzuim.json', (j) => { delete j.parameters.doorstroompuntLesweken.waarden[1].bron; });
    const v = laadFout(map).vondsten.find((x) => x.regel === 'doorstroompuntLesweken')!;
    expect(v.pad).toBe('parameters.doorstroompuntLesweken.bron');
    expect(v.bericht).toMatch(/value from 2026-01-01 holds 2026-01-01 … … but cites Wet educatie en beroepsonderwijs art 8\.1\.8a/);
  });
});

describe('a rule set stored before wetten.json listed articles', () => {
  it('is rebuilt as it was (no article windows to check)', () => {
    const inhoud = laadRegelset().inhoud.map((x) => {
      if (x.pad !== 'wetten.json') return x;
      const j = JSON.parse(x.tekst);
      for (const w of Object.values(j.wetten) as Record<string, unknown>[]) delete w.artikelen;
      return { pad: x.pad, tekst: JSON.stringify(j) };
    });
    expect(bouwRegelsetUitTekst(inhoud).regels.length).toBeGreaterThan(0);
  });
});

describe('every rule and parameter on every day the law changes', () => {
  const regelset = laadRegelset();
  const grenzen = new Set<Dag>();
  for (const r of regelset.regels) { grenzen.add(r.vanaf); if (r.tot !== null) grenzen.add(r.tot + 1); }
  for (const p of regelset.parameters.values()) for (const w of p.perDatum) grenzen.add(w.vanaf);
  for (const a of wetten.artikelen.values()) for (const v of a.values()) { grenzen.add(v.vanaf); if (v.tot !== null) grenzen.add(v.tot + 1); }
  const dagen = [...grenzen].flatMap((g) => [g - 1, g]).filter((x) => x >= regelset.dekkingVanaf).sort((a, b) => a - b);
  const wetVan = (r: { bestand: string }) => (JSON.parse(fs.readFileSync(path.join(REGELMAP, r.bestand), 'utf8')) as { wet: string }).wet;
  const bestandWet = new Map(regelset.regels.map((r) => [r.bestand, wetVan(r)]));

  it('covers the 2025-12-31 / 2026-01-01 and JiKP boundaries', () => {
    for (const s of ['2025-12-31', '2026-01-01', '2016-09-17', '2016-09-18', '2019-12-31', '2020-01-01', '2009-07-31', '2009-08-01']) expect(dagen).toContain(d(s));
  });

  it('cites on each such day only articles that exist that day (bron and uitleg of each rule in force, each parameter value)', () => {
    const fout: string[] = [];
    for (const dag of dagen) {
      for (const r of regelset.inWerking(dag).regels) {
        for (const { citaat, pad } of citatenVanRegel(r.json, bestandWet.get(r.bestand)!, wetten)) {
          if (!artikelBestaatOp(wetten, citaat.wet, citaat.artikel, dag)) fout.push(`${formatDatum(dag)} ${r.id} ${pad}: ${citaat.wet} ${citaat.artikel}`);
        }
      }
      for (const p of regelset.parameters.values()) {
        if (!p.perDatum.some((w) => w.vanaf <= dag)) continue;
        const b = parameterBronOp(p, dag);
        const wet = Object.entries(wettenJson).find(([, w]) => w.naam === b.wet.naam)![0];
        if (!artikelBestaatOp(wetten, wet, b.artikel, dag)) fout.push(`${formatDatum(dag)} parameter ${p.naam}: ${wet} ${b.artikel}`);
      }
    }
    expect(fout).toEqual([]);
  });

  it('from 2026-01-01 the Doorstroompunt answers, also "not in the doelgroep", cite only 9.2.x of the WEB', () => {
    const web = (dag: Dag) => regelset.inWerking(dag).regels.filter((r) => r.type === 'doorstroompunt').map((r) => r.bron.artikel);
    expect(web(d('2026-01-01')).every((a) => a.startsWith('9.2.'))).toBe(true);
    expect(web(d('2025-12-31')).some((a) => a.startsWith('9.2.'))).toBe(false);
  });
});
