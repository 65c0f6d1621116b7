// `npm run rules:new`: the scaffolded pack, rule and cases load and pass as written (README
// "Eigen beleid toevoegen"), nothing is overwritten, and a regio pack names its gemeenten.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { maakSchema } from '../../src/api/schema';
import { alleCases, draaiCases } from '../../src/cli/beleid-cases';
import { schrijfNieuwBeleid, SjabloonFout, type NieuwBeleid } from '../../src/cli/beleid-sjabloon';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';
import { parseDatum } from '../../src/time/dag';

const SCHEMA = path.join(REGELMAP, 'schema');
const schema = maakSchema();
let map: string;
beforeEach(() => { map = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-nieuw-')); });
afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

const nieuw = (o: Partial<NieuwBeleid> = {}) => schrijfNieuwBeleid({ map, beleid: '0363', naam: 'signaal-12-uur', schemaMap: SCHEMA, vandaag: parseDatum('2026-12-02')!, ...o });

/** The cases of the packs in `map` only, run against rules/ plus `map`. */
async function pakketUitslagen() {
  const regelset = laadRegelset(REGELMAP, [map]);
  const bestanden = alleCases(REGELMAP, [map]).filter((b) => fs.existsSync(path.join(map, b.bestand.replace(/^beleid\//, ''))));
  return { regelset, uitslagen: await draaiCases(schema, regelset, bestanden) };
}

describe('rules:new', () => {
  it('writes a pack, a policy rule and three cases that load and pass as written', async () => {
    const bestanden = nieuw().map((p) => path.relative(map, p));
    expect(bestanden).toEqual([path.join('0363', 'pakket.json'), path.join('0363', 'signaal-12-uur.json'), path.join('0363', 'cases', 'signaal-12-uur.json')]);
    const { regelset, uitslagen } = await pakketUitslagen();
    const pakket = regelset.pakketten.find((p) => p.map === '0363')!;
    expect(pakket.gemeenten).toEqual(['0363']);
    expect(pakket.regels.map((r) => [r.id, r.signaal.code, r.signaal.ernst])).toEqual([['beleid.0363.signaal-12-uur', 'SIGNAAL_12_UUR', 'AANDACHT']]);
    expect(uitslagen.map((u) => [u.id, u.fouten])).toEqual([
      ['EIGEN-SIGNAAL-12-UUR-1', []], ['EIGEN-SIGNAAL-12-UUR-2', []], ['EIGEN-SIGNAAL-12-UUR-3', []],
    ]);
  });

  it("each file's $schema names the schema of its kind, for the editor", () => {
    const schemas = nieuw().map((p) => [path.basename(path.dirname(p)) === 'cases' ? 'cases' : path.basename(p), path.resolve(path.dirname(p), JSON.parse(fs.readFileSync(p, 'utf8')).$schema)]);
    expect(schemas).toEqual([
      ['pakket.json', path.join(SCHEMA, 'pakket.schema.json')], ['signaal-12-uur.json', path.join(SCHEMA, 'rules.schema.json')], ['cases', path.join(SCHEMA, 'cases.schema.json')],
    ]);
  });

  it('its cases can fail: the case below the threshold expects no signaal', async () => {
    nieuw();
    const pad = path.join(map, '0363', 'cases', 'signaal-12-uur.json');
    const inhoud = JSON.parse(fs.readFileSync(pad, 'utf8'));
    inhoud.cases[1].variabelen.situatie.verzuim[3].uren = 3; // 12 hours after all
    fs.writeFileSync(pad, JSON.stringify(inhoud));
    const { uitslagen } = await pakketUitslagen();
    expect(uitslagen.find((u) => u.id === 'EIGEN-SIGNAAL-12-UUR-2')!.fouten).toEqual(['signalen: expected 0 items, got 1']);
  });

  it('a day the school calendar does not cover sets the example in the last schooljaar it covers', async () => {
    nieuw({ vandaag: parseDatum('2035-01-10')! });
    const { uitslagen } = await pakketUitslagen();
    expect(uitslagen.map((u) => u.fouten)).toEqual([[], [], []]);
  });

  it('never overwrites a file, and keeps the pack of a second rule', async () => {
    nieuw();
    const regel = path.join(map, '0363', 'signaal-12-uur.json');
    const voor = fs.readFileSync(regel, 'utf8');
    expect(() => nieuw()).toThrow(new SjabloonFout(`${regel} already exists: not overwritten (choose another --naam)`));
    expect(fs.readFileSync(regel, 'utf8')).toBe(voor);
    const pakket = fs.readFileSync(path.join(map, '0363', 'pakket.json'), 'utf8');
    expect(nieuw({ naam: 'nog-een-signaal' }).map((p) => path.basename(p))).toEqual(['nog-een-signaal.json', 'nog-een-signaal.json']);
    expect(fs.readFileSync(path.join(map, '0363', 'pakket.json'), 'utf8')).toBe(pakket);
    expect(laadRegelset(REGELMAP, [map]).pakketten.find((p) => p.map === '0363')!.regels.map((r) => r.id).sort()).toEqual(['beleid.0363.nog-een-signaal', 'beleid.0363.signaal-12-uur']);
  });

  it('a regio pack names its gemeenten; its cases are set in the first', async () => {
    expect(() => nieuw({ beleid: 'proef-regio' })).toThrow(/--gemeenten: a regio pack \(proef-regio\) names its gemeenten/);
    nieuw({ beleid: 'proef-regio', gemeenten: ['0193', '0166'] });
    const { regelset, uitslagen } = await pakketUitslagen();
    expect(regelset.pakketten.find((p) => p.map === 'proef-regio')!.gemeenten).toEqual(['0166', '0193']);
    const cases = JSON.parse(fs.readFileSync(path.join(map, 'proef-regio', 'cases', 'signaal-12-uur.json'), 'utf8'));
    expect(cases.cases[0].variabelen.situatie.gemeente).toBe('0193');
    expect(uitslagen.map((u) => u.fouten)).toEqual([[], [], []]);
  });

  it.each([
    [{ beleid: '363' }, /--beleid: "363" is no 4-digit CBS gemeentecode/],
    [{ beleid: 'IJssel' }, /--beleid: "IJssel" is no 4-digit/],
    [{ naam: 'Signaal 12' }, /--naam: "Signaal 12" must be lower case/],
    [{ gemeenten: ['0193'] }, /--gemeenten: the pack 0363 is a gemeentecode/],
    [{ beleid: 'proef-regio', gemeenten: ['193'] }, /--gemeenten: "193" is not a 4-digit CBS gemeentecode/],
  ])('refuses %j', (o, bericht) => {
    expect(() => nieuw(o as Partial<NieuwBeleid>)).toThrow(bericht);
    expect(fs.readdirSync(map)).toEqual([]);
  });

  it('npm run rules:new, then npm run rules:test -- --beleid <dir> passes', async () => {
    const root = path.resolve(__dirname, '..', '..');
    const tsNode = [require.resolve('ts-node/dist/bin.js'), '--transpile-only'];
    const draai = (args: string[]) => promisify(execFile)(process.execPath, [...tsNode, ...args], { cwd: root }).then((r) => ({ code: 0, ...r }), (e: { code: number; stdout: string; stderr: string }) => e);
    const a = await draai(['src/cli/rules-nieuw.ts', '--beleid', '0363', '--naam', 'signaal-12-uur', '--dir', map]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(`npm run rules:test -- --beleid ${map}`);
    const b = await draai(['src/cli/rules-nieuw.ts', '--beleid', '0363', '--naam', 'signaal-12-uur', '--dir', map]);
    expect([b.code, b.stderr]).toEqual([1, expect.stringContaining('already exists: not overwritten')]);
    const c = await draai(['src/cli/rules.ts', 'test', '--beleid', map]);
    expect(c.stdout).toMatch(/cases: \d+ passed, 0 failed/);
    expect(c.code).toBe(0);
  }, 120000);
});
