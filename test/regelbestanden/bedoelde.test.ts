// "Did you mean": a misspelt fact, parameter, operator, event type or event param in a rule gets
// the closest known name in the load error; a name like nothing known gets none.
import fs from 'node:fs';
import path from 'node:path';
import { afstand, lijktOp } from '../../src/engine/gelijkend';
import { kopieerRegels, laadFout, wijzig } from './kopie';

describe('lijktOp', () => {
  it('edit distance: one slip is 1, a case difference half', () => {
    expect(afstand('peildatum', 'peildatum')).toBe(0);
    expect(afstand('peildatumm', 'peildatum')).toBe(1);
    expect(afstand('greaterThen', 'greaterThan')).toBe(1);
    expect(afstand('Peildatum', 'peildatum')).toBe(0.5);
    expect(afstand('', 'abc')).toBe(3);
  });
  it('suggests the closest name, nothing when no name is close', () => {
    expect(lijktOp('greaterThen', ['lessThan', 'greaterThan', 'greaterThanInclusive'])).toBe('greaterThan');
    expect(lijktOp('volstrektOnbekend', ['peildatum', 'leeftijd'])).toBeUndefined();
    expect(lijktOp('peildatum', ['peildatum'])).toBeUndefined();
  });
});

describe('a misspelt name in a rule gets a suggestion in the load error', () => {
  const ART3 = path.join('leerplichtwet', 'art-3-leerplicht.json');
  let map: string;
  beforeEach(() => { map = kopieerRegels(); });
  afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

  const breek = (wijziging: (regel: any) => void) => wijzig(map, ART3, (r) => { expect(r.regels[0].id).toBe('lpw.art3.begin'); wijziging(r.regels[0]); });
  const vondst = (pad: string) => {
    const v = laadFout(map).vondsten.filter((x) => x.pad === pad);
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ bestand: ART3, regel: 'lpw.art3.begin' });
    return v[0].bericht;
  };

  it('a fact', () => {
    breek((r) => { r.conditions.all[0].fact = 'eersteSchooldagVolgendeMaan'; });
    expect(vondst('regels[0].conditions.all[0].fact')).toBe('unknown fact "eersteSchooldagVolgendeMaan" (did you mean "eersteSchooldagVolgendeMaand"?)');
  });

  it('a parameter (parameters are facts of the situatie)', () => {
    breek((r) => { r.conditions.all.push({ fact: 'leeftijd', operator: 'greaterThanInclusive', value: { fact: 'leerplichtLeeftyd' } }); });
    expect(vondst('regels[0].conditions.all[2].value.fact')).toBe('unknown fact "leerplichtLeeftyd" (did you mean "leerplichtLeeftijd"?)');
  });

  it('an operator', () => {
    breek((r) => { r.conditions.all[0].operator = 'notEquals'; });
    expect(vondst('regels[0].conditions.all[0].operator')).toMatch(/^unknown operator "notEquals" \(did you mean "notEqual"\?\) \(known: before, /);
  });

  it('an event type', () => {
    breek((r) => { r.event.type = 'leerplichtbegin'; });
    expect(vondst('regels[0].event.type')).toMatch(/^unknown event type "leerplichtbegin" \(did you mean "leerplichtBegin"\?\) \(known: /);
  });

  it('an event param', () => {
    breek((r) => { r.event.params = { leerplichtigVanaf: r.event.params.leerplichtigVanaf, leerplichtigVnaf: null }; });
    expect(vondst('regels[0].event.params.leerplichtigVnaf')).toBe('unknown param of leerplichtBegin (did you mean "leerplichtigVanaf"?)');
  });

  it('a fact in the explanation', () => {
    breek((r) => { r.uitleg.nl = 'Begint op {leerplichtigVanf}.'; });
    expect(vondst('regels[0].uitleg.nl')).toBe('unknown fact {leerplichtigVanf} in the explanation (did you mean "leerplichtigVanaf"?)');
  });

  it('a name like nothing known gets no suggestion', () => {
    breek((r) => { r.conditions.all[0].fact = 'xq'; });
    expect(vondst('regels[0].conditions.all[0].fact')).toBe('unknown fact "xq"');
  });
});
