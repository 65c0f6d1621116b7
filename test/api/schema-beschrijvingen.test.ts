// Issue 13 item 7: every type, field, argument, input field, enum value and scalar of the schema
// has a Dutch description (the English may follow after " — "). Below 100 % this test fails and
// lists what lacks one, so a new field cannot slip in undocumented.
import {
  getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType, isUnionType,
  type GraphQLSchema,
} from 'graphql';
import { maakSchema } from '../../src/api/schema';

interface Plek { pad: string; naam: string; beschrijving: string | null | undefined; eigen: boolean }

/** Every place in the schema that needs a description (introspection types left out). */
function plekken(schema: GraphQLSchema): Plek[] {
  const uit: Plek[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    // graphql-js's own scalars (String, Int, …) carry graphql-js's English descriptions
    const eigen = !(isScalarType(type) && isSpecifiedScalarType(type));
    uit.push({ pad: type.name, naam: type.name, beschrijving: type.description, eigen });
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const veld of Object.values(type.getFields())) {
        uit.push({ pad: `${type.name}.${veld.name}`, naam: veld.name, beschrijving: veld.description, eigen });
        for (const arg of veld.args) uit.push({ pad: `${type.name}.${veld.name}(${arg.name})`, naam: arg.name, beschrijving: arg.description, eigen });
      }
    } else if (isInputObjectType(type)) {
      for (const veld of Object.values(type.getFields())) uit.push({ pad: `${type.name}.${veld.name}`, naam: veld.name, beschrijving: veld.description, eigen });
    } else if (isEnumType(type)) {
      for (const w of type.getValues()) uit.push({ pad: `${type.name}.${w.name}`, naam: w.name, beschrijving: w.description, eigen });
    } else if (isUnionType(type)) {
      // a union has only its own description (pushed above)
    }
  }
  return uit;
}

const kaal = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

// words that are English and not Dutch: a Dutch part with one of them is (most likely) English
const ENGELS = /\b(the|and|when|which|with|this|that|from|only|must|for|is not|are)\b/i;

/** What is wrong with a description, or null when it is fine. */
function gebrek(p: Plek): string | null {
  const b = p.beschrijving;
  if (b == null) return 'geen beschrijving';
  if (b.trim() === '') return 'beschrijving is alleen witruimte';
  if (kaal(b) === kaal(p.naam)) return 'beschrijving herhaalt alleen de naam';
  if (!p.eigen) return null;
  const nl = b.split(' — ')[0];
  if (kaal(nl) === kaal(p.naam)) return 'Nederlandse deel herhaalt alleen de naam';
  if (ENGELS.test(nl)) return `Nederlandse deel lijkt Engels: ${JSON.stringify(nl.slice(0, 80))}`;
  return null;
}

describe('schema descriptions (issue 13 item 7)', () => {
  const alles = plekken(maakSchema());

  it('covers types, fields, arguments, input fields, enum values and scalars', () => {
    // the walk reaches every kind: a check that found nothing would pass vacuously
    for (const pad of ['Query', 'Query.beoordeling', 'Query.beoordeling(peildatum)', 'SituatieInput.geboortedatum', 'LeerplichtStatus.LEERPLICHTIG', 'LocalDate', 'DateTime', 'Mutation.maakLeerling(leerling)']) {
      expect(alles.map((p) => p.pad)).toContain(pad);
    }
    expect(alles.length).toBeGreaterThan(700);
  });

  it('has a Dutch description everywhere (100 %)', () => {
    const fout = alles.map((p) => ({ pad: p.pad, gebrek: gebrek(p) })).filter((f) => f.gebrek !== null);
    const dekking = (100 * (alles.length - fout.length)) / alles.length;
    if (fout.length > 0) {
      throw new Error(`${fout.length} of ${alles.length} schema elements lack a proper Dutch description (${dekking.toFixed(1)} %):\n${fout.map((f) => `  ${f.pad}: ${f.gebrek}`).join('\n')}`);
    }
  });

  it('types every output timestamp as DateTime (…Op, op, tijdstip), never String', () => {
    const schema = maakSchema();
    const tijdstippen: string[] = [];
    const alsTekst: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isObjectType(type)) continue;
      for (const veld of Object.values(type.getFields())) {
        if (!/(Op|^op|^tijdstip)$/.test(veld.name)) continue;
        const naam = getNamedType(veld.type).name;
        if (naam === 'DateTime') tijdstippen.push(`${type.name}.${veld.name}`);
        else if (naam === 'String') alsTekst.push(`${type.name}.${veld.name}`);
      }
    }
    expect(alsTekst).toEqual([]);
    expect(tijdstippen).toEqual(expect.arrayContaining(['Leerling.aangemaaktOp', 'Leerling.gewijzigdOp', 'Statusovergang.op', 'Melding.geregistreerdOp', 'RegelsetInfo.geladenOp', 'Auditregel.tijdstip', 'Signaal.gevondenOp']));
  });

  it('rejects what it should: nothing, whitespace, the name, English only', () => {
    const p = (beschrijving: string | null, naam = 'peildatum'): Plek => ({ pad: `X.${naam}`, naam, beschrijving, eigen: true });
    expect(gebrek(p(null))).toBe('geen beschrijving');
    expect(gebrek(p('  \n'))).toBe('beschrijving is alleen witruimte');
    expect(gebrek(p('Peildatum.'))).toBe('beschrijving herhaalt alleen de naam');
    expect(gebrek(p('Peildatum — The day the verdict is about.'))).toBe('Nederlandse deel herhaalt alleen de naam');
    expect(gebrek(p('The day the verdict is about.'))).toMatch(/lijkt Engels/);
    expect(gebrek(p('De dag waarover het oordeel gaat. — The day the verdict is about.'))).toBeNull();
  });
});
