// The cheaper checks of the bulk path (issue 10) answer exactly as before: LocalDate keeps the
// shape YYYY-MM-DD of the contract (shared/API.md: ASCII digits, no spaces, nothing after it),
// the field maps of the schema (api/snelle-velden.ts) still refuse names that are no field —
// also those an object prototype has — and keep the declared order, and an answer's date text
// is the calendar day.
import 'reflect-metadata';
import { graphql, isInputObjectType } from 'graphql';
import { maakSchema } from '../../src/api/schema';
import { LocalDate } from '../../src/api/scalars';
import { datumTekst } from '../../src/api/datum-tekst';
import { laadRegelset } from '../../src/engine/regelset';

const schema = maakSchema();
const regelset = laadRegelset();

describe('LocalDate shape', () => {
  it.each(['2024-01-31', '1900-01-01', '2100-12-31', '2023-02-30'])('accepts %s (the day itself is checked with the field path later)', (w) => {
    expect(LocalDate.parseValue(w)).toBe(w);
    expect(LocalDate.serialize(w)).toBe(w);
  });
  it.each(['2024-1-31', '2024-01-3', ' 2024-01-31', '2024-01-31 ', '2024-01-31\n', '2024/01/31', '20240131', '2024-01-31T00:00', '２０２４-01-31', '2024-0a-31', '2024--1-31', '+024-01-31', ''])('refuses %j', (w) => {
    expect(() => LocalDate.parseValue(w)).toThrow('is not a LocalDate (YYYY-MM-DD)');
    expect(() => LocalDate.serialize(w)).toThrow('is not a LocalDate (YYYY-MM-DD)');
  });
  it.each([20240131, null, undefined, {}, ['2024-01-31']])('refuses the non-text %j', (w) => {
    expect(() => LocalDate.parseValue(w)).toThrow('is not a LocalDate');
  });
  it('still checks the range', () => {
    expect(() => LocalDate.parseValue('1899-12-31')).toThrow('"1899-12-31" is not a LocalDate between 1900-01-01 and 2100-12-31');
    expect(() => LocalDate.parseValue('2101-01-01')).toThrow('"2101-01-01" is not a LocalDate between 1900-01-01 and 2100-12-31');
  });
});

describe('schema field maps', () => {
  const STATUS = 'query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { leerplicht { status } } }';
  const vraag = (s: unknown) => graphql({ schema, source: STATUS, variableValues: { s }, contextValue: { regelset, regelsetInfo: null } });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'bestaatNiet'])('refuses the input field %s', async (naam) => {
    // as a server reads a request body: JSON.parse makes "__proto__" an own key
    const s = JSON.parse(`[{ "geboortedatum": "2012-05-17", "${naam}": 1 }]`);
    const r = await vraag(s);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].message).toContain(`Field "${naam}" is not defined by type "SituatieInput"`);
  });

  it('answers a good situatie (born 2012-05-17: leerplichtig on 2024-03-15)', async () => {
    const r = await vraag([{ geboortedatum: '2012-05-17', vakantieregio: 'MIDDEN' }]);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ beoordelingen: [{ leerplicht: { status: 'LEERPLICHTIG' } }] });
  });

  it('keeps fields in declared order, without a prototype', () => {
    const t = schema.getType('SituatieInput');
    if (!isInputObjectType(t)) throw new Error('SituatieInput is not an input type');
    expect(Object.keys(t.getFields())).toEqual(['geboortedatum', 'vakantieregio', 'gemeente', 'vrijeDagen', 'schooljaren', 'inschrijvingen', 'diplomas', 'vrijstellingen', 'verzuim', 'verlof', 'arbeid', 'vervangendeLeerplicht', 'meerderjarigVerklaard', 'oudersNietVerwijtbaar', 'eerderHaltVoorSchoolverzuim']);
    expect(Object.getPrototypeOf(t.getFields())).toBeNull();
    expect(Object.keys(schema.getQueryType()!.getFields()).slice(0, 2)).toEqual(['beoordeling', 'beoordelingen']);
  });
});

describe('datumTekst', () => {
  it.each([[0, '1970-01-01'], [-25567, '1900-01-01'], [47846, '2100-12-31'], [47847, '2101-01-01'], [-25568, '1899-12-31'], [19797, '2024-03-15']])('day %i is %s', (d, tekst) => {
    expect(datumTekst(d)).toBe(tekst);
    expect(datumTekst(d)).toBe(tekst); // the second time from the cache
  });
});
