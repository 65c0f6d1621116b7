// Impossible dates are refused when a rules folder is read: in a rule's geldig, in a condition, in
// a parameter's waarden and in the school calendar, each named by file, rule id and JSON path;
// and a period may not end before it starts. Expected texts follow the calendar (2025 is no leap
// year, 2024 is, 1900 is not, 2000 is).
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { datumFouten, geenDag } from '../../src/engine/datumcontrole';
import { schrijfNieuwBeleid } from '../../src/cli/beleid-sjabloon';
import { laadRegelset } from '../../src/engine/regelset';
import { parseDatum } from '../../src/time/dag';
import { kopieerRegels, laadFout, wijzig } from './kopie';

const ART3 = path.join('leerplichtwet', 'art-3-leerplicht.json');
const VERZUIM = path.join('parameters', 'verzuim.json');
const VAKANTIES = path.join('kalender', 'schoolvakanties.json');

describe('geenDag', () => {
  it.each([
    ['2025-02-30', '2025-02-30 is not a date: February 2025 has 28 days'],
    ['2025-02-29', '2025-02-29 is not a date: February 2025 has 28 days'],
    ['1900-02-29', '1900-02-29 is not a date: February 1900 has 28 days'],
    ['2024-02-30', '2024-02-30 is not a date: February 2024 has 29 days'],
    ['2025-13-01', '2025-13-01 is not a date: there is no month 13'],
    ['2025-00-10', '2025-00-10 is not a date: there is no month 0'],
    ['2025-04-31', '2025-04-31 is not a date: April 2025 has 30 days'],
    ['2025-05-00', '2025-05-00 is not a date: there is no day 0'],
  ])('%s is refused', (s, bericht) => expect(geenDag(s)).toBe(bericht));

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])('%s is a day', (s) => expect(geenDag(s)).toBeNull());
});

describe('datumFouten', () => {
  it('finds dates at any depth in file order, names the rule and reports a period ending before it starts', () => {
    const inhoud = { regels: [{ id: 'a.b', geldig: { vanaf: '2020-01-01' } }, { id: 'a.c', geldig: { vanaf: '2020-01-02', tot: '2020-01-01' }, conditions: { all: [{ value: ['2020-01-01', '2021-02-29'] }] } }] };
    expect(datumFouten('x.json', inhoud)).toEqual([
      { bestand: 'x.json', regel: 'a.c', pad: 'regels[1].geldig.tot', bericht: '2020-01-01 lies before vanaf 2020-01-02' },
      { bestand: 'x.json', regel: 'a.c', pad: 'regels[1].conditions.all[0].value[1]', bericht: '2021-02-29 is not a date: February 2021 has 28 days' },
    ]);
  });

  it('a period that is one day long is fine; text that is not a date is left alone', () => {
    expect(datumFouten('x.json', { geldig: { vanaf: '2020-01-01', tot: '2020-01-01' }, omschrijving: 'vanaf 2020-02-30 (tekst)', n: 20250230 })).toEqual([]);
  });
});

describe('a rules folder with an impossible date is refused', () => {
  let map: string;
  beforeEach(() => { map = kopieerRegels(); });
  afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

  it('the unbroken copy loads', () => {
    expect(laadRegelset(map).regels.length).toBeGreaterThan(0);
  });

  it.each([
    ['2025-02-30', 'February 2025 has 28 days'],
    ['2025-13-01', 'there is no month 13'],
  ])('geldig.vanaf %s', (datum, waarom) => {
    wijzig(map, ART3, (r) => { expect(r.regels[0].id).toBe('lpw.art3.begin'); r.regels[0].geldig.vanaf = datum; });
    const e = laadFout(map);
    expect(e.vondsten).toEqual([{ bestand: ART3, regel: 'lpw.art3.begin', pad: 'regels[0].geldig.vanaf', bericht: `${datum} is not a date: ${waarom}` }]);
    expect(e.message).toBe(`${ART3} [lpw.art3.begin] regels[0].geldig.vanaf: ${datum} is not a date: ${waarom}`);
  });

  it('geldig.tot before geldig.vanaf', () => {
    wijzig(map, ART3, (r) => { r.regels[1].geldig.tot = '2004-02-12'; });
    expect(laadFout(map).vondsten).toEqual([{ bestand: ART3, regel: 'lpw.art3.begin.per-regio', pad: 'regels[1].geldig.tot', bericht: '2004-02-12 lies before vanaf 2004-02-13' }]);
  });

  it('a date in a condition', () => {
    wijzig(map, ART3, (r) => { r.regels[0].conditions.all.push({ fact: 'peildatum', operator: 'onOrAfter', value: '2010-02-31' }); });
    expect(laadFout(map).vondsten).toContainEqual({ bestand: ART3, regel: 'lpw.art3.begin', pad: 'regels[0].conditions.all[2].value', bericht: '2010-02-31 is not a date: February 2010 has 28 days' });
  });

  it('a parameter value dated on a day that does not exist', () => {
    wijzig(map, VERZUIM, (p) => { p.parameters.meldplichtUren.waarden[0].vanaf = '2009-02-29'; });
    expect(laadFout(map).vondsten).toEqual([{ bestand: VERZUIM, pad: 'parameters.meldplichtUren.waarden[0].vanaf', bericht: '2009-02-29 is not a date: February 2009 has 28 days' }]);
  });

  it('a school holiday on a day that does not exist, and one ending before it starts', () => {
    wijzig(map, VAKANTIES, (k) => {
      k.schooljaren['2024/2025'].herfstvakantie.noord.van = '2024-10-32';
      k.schooljaren['2024/2025'].herfstvakantie.zuid.tot = '2024-10-18';
    });
    expect(laadFout(map).vondsten).toEqual([
      { bestand: VAKANTIES, pad: 'schooljaren["2024/2025"].herfstvakantie.noord.van', bericht: '2024-10-32 is not a date: October 2024 has 31 days' },
      { bestand: VAKANTIES, pad: 'schooljaren["2024/2025"].herfstvakantie.zuid.tot', bericht: '2024-10-18 lies before van 2024-10-19' },
    ]);
  });

  it('in a policy pack: pakket.json, a pack parameter and a policy rule', () => {
    schrijfNieuwBeleid({ map: path.join(map, 'beleid'), beleid: '9999', naam: 'proef', schemaMap: path.join(map, 'schema'), vandaag: parseDatum('2026-12-02')! });
    const pakket = path.join('beleid', '9999', 'pakket.json');
    const regels = path.join('beleid', '9999', 'proef.json');
    const parameters = path.join('beleid', '9999', 'parameters.json');
    wijzig(map, pakket, (p) => { p.geldig = { vanaf: '2026-08-01', tot: '2027-02-29' }; });
    wijzig(map, regels, (r) => { r.regels[0].geldig.vanaf = '2026-13-01'; });
    fs.writeFileSync(path.join(map, parameters), JSON.stringify({ wet: 'beleid', parameters: { proefDrempel: { type: 'getal', bron: { onderdeel: '§ 2' }, omschrijving: 'x', waarden: [{ vanaf: '2026-09-31', waarde: 12 }] } } }));
    expect(laadFout(map).vondsten).toEqual(expect.arrayContaining([
      { bestand: pakket, pad: 'geldig.tot', bericht: '2027-02-29 is not a date: February 2027 has 28 days' },
      { bestand: regels, regel: 'beleid.9999.proef', pad: 'regels[0].geldig.vanaf', bericht: '2026-13-01 is not a date: there is no month 13' },
      { bestand: parameters, pad: 'parameters.proefDrempel.waarden[0].vanaf', bericht: '2026-09-31 is not a date: September 2026 has 30 days' },
    ]));
  });

  it('npm run rules:validate fails with the file, rule id and path', async () => {
    wijzig(map, ART3, (r) => { r.regels[0].geldig.vanaf = '2025-02-30'; });
    const root = path.resolve(__dirname, '..', '..');
    const uit = await promisify(execFile)(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--transpile-only', 'src/cli/rules.ts', 'validate', map], { cwd: root })
      .then(() => null, (e: { code: number; stderr: string }) => e);
    expect(uit?.code).toBe(1);
    expect(uit?.stderr).toContain(`${ART3} [lpw.art3.begin] regels[0].geldig.vanaf: 2025-02-30 is not a date: February 2025 has 28 days`);
  }, 60000);
});
