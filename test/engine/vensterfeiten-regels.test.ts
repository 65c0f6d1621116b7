// Conditions with params in rule JSON: checked at load (unknown, missing, mistyped or out-of-range
// params are refused naming file, rule and JSON path) and decided identically by the compiled path
// and by json-rules-engine (the reference, engine/referentie.ts), which passes a condition's params
// to a dynamic fact — on random verzuim in schooljaar 2025/2026 and random conditions.
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compileerConditie } from '../../src/engine/compileer';
import { evalueer } from '../../src/engine/evaluatie';
import { RegelFout } from '../../src/engine/fouten';
import { beslisAlleReferentie } from '../../src/engine/referentie';
import type { Conditie, RegelJson } from '../../src/engine/regel';
import { laadRegelset, REGELMAP, type Regelset } from '../../src/engine/regelset';
import { controleerRegel, zoeker } from '../../src/engine/typecontrole';
import { controleerFeitParams } from '../../src/facts/feit-params';
import type { Feiten } from '../../src/facts/feiten';
import type { Situatie, Verzuimregistratie } from '../../src/facts/situatie';
import { VERZUIMREDENEN } from '../../src/facts/typen';
import { parseDatum } from '../../src/time/dag';
import type { Vakantieregio } from '../../src/time/kalender';

const regelset = laadRegelset();
const p = (s: string) => parseDatum(s)!;

// ---------------------------------------------------------------- checked at load

/** A statutory-looking rule with one condition (the event is valid, so only the condition is at fault). */
const regel = (conditie: Conditie): RegelJson => ({
  id: 'test.params', bron: { artikel: '21a' }, geldig: { vanaf: '2017-08-01' }, uitleg: { nl: 'x', en: 'x' },
  conditions: { all: [conditie] }, event: { type: 'leerplichtStatus', params: { status: 'LEERPLICHTIG' } },
});
const vondsten = (c: Conditie) => controleerRegel(regel(c), zoeker(regelset.catalogi.situatie, regelset.catalogi.situatie), 'test.json')
  .map((v) => [v.pad, v.bericht] as const);
const uren = (params: unknown): Conditie => ({ fact: 'ongeoorloofdeUrenInLesweken', params: params as Record<string, unknown>, operator: 'greaterThanInclusive', value: 12 });

describe('params are type-checked', () => {
  test('valid params pass', () => {
    expect(vondsten(uren({ lesweken: 4 }))).toEqual([]);
    expect(vondsten(uren({ lesweken: 4, redenen: ['ONGEOORLOOFD', 'VAKANTIE_ZONDER_VERLOF'] }))).toEqual([]);
    expect(vondsten({ fact: 'teLaatAantal', operator: 'greaterThanInclusive', value: 9 })).toEqual([]);
    expect(vondsten({ fact: 'teLaatAantal', params: { periode: 'LESWEKEN', lesweken: 4 }, operator: 'greaterThanInclusive', value: 3 })).toEqual([]);
    expect(vondsten({ fact: 'aandeelLestijdVerzuimd', params: { lesweken: 4, lesurenPerWeek: 26.5 }, operator: 'greaterThan', value: 0.1 })).toEqual([]);
  });

  test.each([
    ['missing required param', uren({}), 'conditions.all[0].params.lesweken', /missing: ongeoorloofdeUrenInLesweken needs param lesweken/],
    ['no params at all', uren(undefined), 'conditions.all[0].params.lesweken', /missing/],
    ['unknown param', uren({ lesweken: 4, weken: 4 }), 'conditions.all[0].params.weken', /unknown param of ongeoorloofdeUrenInLesweken \(known: lesweken, redenen\)$/],
    ['a misspelt param', uren({ lesweken: 4, reden: ['ONGEOORLOOFD'] }), 'conditions.all[0].params.reden', /unknown param .*\(did you mean "redenen"\?\)/],
    ['a string for a number', uren({ lesweken: '4' }), 'conditions.all[0].params.lesweken', /lesweken needs a number, got "4"/],
    ['a fraction of a week', uren({ lesweken: 2.5 }), 'conditions.all[0].params.lesweken', /needs a whole number/],
    ['zero lesweken', uren({ lesweken: 0 }), 'conditions.all[0].params.lesweken', /at least 1/],
    ['an unknown reden', uren({ lesweken: 4, redenen: ['SPIJBELEN'] }), 'conditions.all[0].params.redenen', /"SPIJBELEN" is not one of ONGEOORLOOFD/],
    ['an empty list of redenen', uren({ lesweken: 4, redenen: [] }), 'conditions.all[0].params.redenen', /at least one/],
    ['params not an object', uren([4]), 'conditions.all[0].params', /params must be an object/],
    ['params on a fact without params', { fact: 'leeftijd', params: { lesweken: 4 }, operator: 'greaterThan', value: 5 }, 'conditions.all[0].params', /fact "leeftijd" takes no params/],
    ['lesweken without periode LESWEKEN', { fact: 'teLaatAantal', params: { lesweken: 4 }, operator: 'greaterThan', value: 5 }, 'conditions.all[0].params.lesweken', /only allowed when periode is LESWEKEN/],
    ['periode LESWEKEN without lesweken', { fact: 'teLaatAantal', params: { periode: 'LESWEKEN' }, operator: 'greaterThan', value: 5 }, 'conditions.all[0].params.lesweken', /needs param lesweken \(periode is LESWEKEN\)/],
    ['an unknown periode', { fact: 'teLaatAantal', params: { periode: 'MAAND' }, operator: 'greaterThan', value: 5 }, 'conditions.all[0].params.periode', /"MAAND" is not one of SCHOOLJAAR, LESWEKEN/],
    ['a parameterised fact in value', { fact: 'maxUrenVierLesweken', operator: 'greaterThan', value: { fact: 'ongeoorloofdeUrenInLesweken' } }, 'conditions.all[0].value.fact', /needs params \(lesweken, redenen\)/],
    ['params in a value reference', { fact: 'maxUrenVierLesweken', operator: 'greaterThan', value: { fact: 'teLaatAantal', params: { periode: 'SCHOOLJAAR' } } }, 'conditions.all[0].value.params', /only supported on the fact of a condition/],
  ] as const)('%s is refused', (_, conditie, pad, bericht) => {
    expect(vondsten(conditie as Conditie)).toEqual([[pad, expect.stringMatching(bericht)]]);
  });

  test('a fact with required params cannot be named in an explanation', () => {
    const r = { ...regel({ fact: 'leeftijd', operator: 'greaterThan', value: 5 }), uitleg: { nl: '{ongeoorloofdeUrenInLesweken} uur', en: '{teLaatAantal} times' } };
    expect(controleerRegel(r, zoeker(regelset.catalogi.situatie, regelset.catalogi.situatie), 'test.json').map((v) => v.pad)).toEqual(['uitleg.nl']);
  });
});

describe('a rule file with a broken param is refused at load, naming file, rule and path', () => {
  let map: string;
  beforeAll(() => {
    map = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-params-'));
    // cases and policy packs are not needed here (and are being written by others)
    fs.cpSync(REGELMAP, map, { recursive: true, filter: (bron) => !['cases', 'beleid'].includes(path.relative(REGELMAP, bron).split(path.sep)[0]) });
    const pad = path.join(map, 'leerplichtwet', 'art-3-4a-status.json');
    const inhoud = JSON.parse(fs.readFileSync(pad, 'utf8'));
    inhoud.regels[0].conditions.all[0] = uren({ lesweken: 'vier' });
    fs.writeFileSync(pad, JSON.stringify(inhoud, null, 2));
  });
  afterAll(() => fs.rmSync(map, { recursive: true, force: true }));

  test('RegelFout with the finding', () => {
    let fout: unknown;
    try { laadRegelset(map); } catch (e) { fout = e; }
    expect(fout).toBeInstanceOf(RegelFout);
    expect((fout as RegelFout).vondsten).toEqual([expect.objectContaining({
      bestand: path.join('leerplichtwet', 'art-3-4a-status.json'), regel: 'lpw.status.nog-niet-leerplichtig',
      pad: 'regels[0].conditions.all[0].params.lesweken', bericht: expect.stringMatching(/lesweken needs a number, got "vier"/),
    })]);
  });
});

// ---------------------------------------------------------------- differential

const SCHOOLJAAR_VAN = p('2025-08-01');
const SCHOOLJAAR_TOT = p('2026-07-31');
const redenen = fc.subarray([...VERZUIMREDENEN], { minLength: 1 });
const lesweken = fc.integer({ min: 1, max: 8 });
const PARAMS_FEITEN = {
  ongeoorloofdeUrenInLesweken: fc.record({ lesweken, redenen }, { requiredKeys: ['lesweken'] }),
  teLaatAantal: fc.oneof(
    fc.constant(undefined), fc.constant({ periode: 'SCHOOLJAAR' }), lesweken.map((n) => ({ periode: 'LESWEKEN', lesweken: n })),
  ),
  aandeelLestijdVerzuimd: fc.record({ lesweken, lesurenPerWeek: fc.integer({ min: 20, max: 32 }), redenen }, { requiredKeys: ['lesweken'] }),
} as const;
const NAMEN = Object.keys(PARAMS_FEITEN) as (keyof typeof PARAMS_FEITEN)[];
const drempel = (naam: keyof typeof PARAMS_FEITEN) => (naam === 'aandeelLestijdVerzuimd' ? fc.integer({ min: 0, max: 20 }).map((x) => x / 100) : fc.integer({ min: 0, max: 16 }));

const blad: fc.Arbitrary<Conditie> = fc.constantFrom(...NAMEN).chain((naam) => fc.record({
  params: PARAMS_FEITEN[naam] as fc.Arbitrary<Record<string, unknown> | undefined>,
  operator: fc.constantFrom('greaterThanInclusive', 'greaterThan', 'lessThan', 'lessThanInclusive', 'equal', 'notEqual'),
  value: drempel(naam),
}).map((c) => ({ fact: naam, operator: c.operator, value: c.value, ...(c.params !== undefined ? { params: c.params } : {}) })));
const conditie: fc.Arbitrary<Conditie> = fc.letrec<{ c: Conditie }>((tie) => ({
  c: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    blad,
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('c'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('c').map((not) => ({ not }))),
})).c;

const registratie: fc.Arbitrary<Verzuimregistratie> = fc.record({
  datum: fc.integer({ min: SCHOOLJAAR_VAN - 60, max: SCHOOLJAAR_TOT }),
  uren: fc.constantFrom(0.25, 0.5, 1, 1.5, 2, 2.9, 3, 4, 6),
  reden: fc.constantFrom(...VERZUIMREDENEN),
});
const situatie: fc.Arbitrary<Situatie> = fc.record({
  vakantieregio: fc.constantFrom<Vakantieregio | null>('NOORD', 'MIDDEN', 'ZUID', null),
  verzuim: fc.array(registratie, { maxLength: 40 }),
  lesuren: fc.option(fc.integer({ min: 20, max: 30 }), { nil: null }),
}).map((s) => ({
  geboortedatum: p('2011-03-15'), vakantieregio: s.vakantieregio, vrijeDagen: [], schooljaren: [], diplomas: [], vrijstellingen: [], verzuim: s.verzuim,
  inschrijvingen: [{ onderwijs: 'VMBO', vanaf: p('2023-08-01'), tot: null, niveau: null, leerweg: 'TL', uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: 5, lesurenPerWeek: s.lesuren }],
}));

/** A rule set holding just these rules, for the reference engine (it reads only inWerking().voor()). */
const alleen = (regels: { id: string; priority: number; json: { conditions: Conditie; event: { type: string } } }[]) =>
  ({ inWerking: () => ({ voor: () => regels }) }) as unknown as Regelset;

function paramsGeldig(c: Conditie): boolean {
  if (c.all) return c.all.every(paramsGeldig);
  if (c.any) return c.any.every(paramsGeldig);
  if (c.not) return paramsGeldig(c.not);
  const def = regelset.catalogi.situatie.definities[regelset.catalogi.situatie.index.get(c.fact!)!];
  return controleerFeitParams(def, c.params, '').length === 0;
}

describe('differential: compiled = json-rules-engine for conditions with params', () => {
  test('on the situatie and on each verzuimregistratie (a situatie fact read from a sub-evaluation)', async () => {
    await fc.assert(fc.asyncProperty(
      situatie, fc.integer({ min: SCHOOLJAAR_VAN + 24, max: SCHOOLJAAR_TOT }), fc.array(conditie, { minLength: 1, maxLength: 4 }),
      async (s, peildatum, condities) => {
        expect(condities.every(paramsGeldig)).toBe(true);
        const regels = condities.map((c, i) => ({ id: `test.r${i}`, priority: 1, json: { conditions: { all: [c] }, event: { type: 'test' } } }));
        const f = evalueer(regelset, { situatie: s, peildatum, wetsdatum: peildatum });
        const evaluaties: Feiten[] = [f, ...new Set((f.get('verzuimBeoordelingen') as Feiten[]).slice(0, 3))];
        for (const e of evaluaties) {
          const compiled = regels.filter((r) => compileerConditie(r.json.conditions, regelset.catalogi[e.catalogus.onderwerp])(e)).map((r) => r.id).sort();
          expect(await beslisAlleReferentie(alleen(regels), e, 'test')).toEqual(compiled);
        }
      },
    ), { numRuns: 150 });
  });

  test('the generated conditions decide both ways (the comparison is not vacuous)', async () => {
    // 12 hours in the four lesweken around the herfstvakantie noord: the rule holds; 11.9: it does not
    const c: Conditie = { all: [uren({ lesweken: 4 })] };
    const regels = [{ id: 'test.uren', priority: 1, json: { conditions: c, event: { type: 'test' } } }];
    const met = (laatste: number) => evalueer(regelset, {
      situatie: {
        geboortedatum: p('2011-03-15'), vakantieregio: 'NOORD', vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [],
        verzuim: [['2025-09-30', 3], ['2025-10-07', 3], ['2025-10-14', 3], ['2025-10-28', laatste]].map(([d, u]) => ({ datum: p(d as string), uren: u as number, reden: 'ONGEOORLOOFD' })),
      },
      peildatum: p('2025-10-31'), wetsdatum: p('2025-10-31'),
    });
    expect(await beslisAlleReferentie(alleen(regels), met(3), 'test')).toEqual(['test.uren']);
    expect(await beslisAlleReferentie(alleen(regels), met(2.9), 'test')).toEqual([]);
  });
});
