// Beoordeling.spoor of a rule that reads a parameterised fact (issue 12 parts 3 and 7): the trace
// gives the params as the fact computed with them (defaults filled in) and the value it read. A
// statutory-looking rule is added to a copy of rules/ (no statutory rule reads such a fact yet).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evalueer } from '../../src/engine/evaluatie';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';
import { spoor } from '../../src/engine/spoor';
import type { Situatie } from '../../src/facts/situatie';
import { parseDatum } from '../../src/time/dag';

const p = (s: string) => parseDatum(s)!;
let map: string;
beforeAll(() => {
  map = fs.mkdtempSync(path.join(os.tmpdir(), 'spoor-params-'));
  fs.cpSync(REGELMAP, map, { recursive: true });
  fs.mkdirSync(path.join(map, 'test'));
  fs.writeFileSync(path.join(map, 'test', 'spoor.json'), JSON.stringify({
    wet: 'lpw',
    regels: [{
      id: 'test.spoor.twaalf-uur', bron: { artikel: '21a', lid: '1' }, geldig: { vanaf: '2017-08-01' }, priority: 9, uitleg: { nl: 'x', en: 'x' },
      conditions: { all: [{ fact: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 4 }, operator: 'greaterThanInclusive', value: 12 }] },
      event: { type: 'halt', params: { haltMogelijk: true } },
    }],
  }));
});
afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

test('the trace names the params and the value read', () => {
  const regelset = laadRegelset(map);
  // 4 uur on 13, 14, 27 and 28 October 2025, regio noord (herfstvakantie 18–26 October is no lesweek): 16 uur in 4 lesweken
  const situatie = {
    geboortedatum: p('2011-05-10'), vakantieregio: 'NOORD', vrijeDagen: [], diplomas: [], vrijstellingen: [], schooljaren: [],
    inschrijvingen: [{ onderwijs: 'VMBO', vanaf: p('2023-08-21'), tot: null, niveau: null, leerweg: null, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }],
    verzuim: ['2025-10-13', '2025-10-14', '2025-10-27', '2025-10-28'].map((d) => ({ datum: p(d), uren: 4, reden: 'ONGEOORLOOFD' })),
  } as unknown as Situatie;
  const f = evalueer(regelset, { situatie, peildatum: p('2025-11-14'), wetsdatum: p('2025-11-14') });
  expect(f.beslis('halt').regel!.id).toBe('test.spoor.twaalf-uur');
  const stap = spoor(f).find((s) => s.regel.id === 'test.spoor.twaalf-uur')!;
  expect(stap.feiten).toEqual([{ naam: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 4, redenen: null }, waarde: 16 }]);
  expect(stap.parameters).toEqual([]);
});
