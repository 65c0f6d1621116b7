// The generated files are current and mean what they say: rules/schema/catalogus.schema.json
// (`npm run rules:schema`, the names an editor completes and flags) and rules/REFERENTIE.md
// (`npm run rules:docs`). The schema accepts every rule of rules/ and flags a wrong name of each
// kind; what is added to the rule set (a parameter, a pack parameter) appears on regeneration.
import type { ValidateFunction } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import { leesRegelmap, maakAjv } from '../../src/engine/bestanden';
import { naslag, NASLAG_BESTAND } from '../../src/engine/naslag';
import { CATALOGUS_BESTAND, catalogusSchema, catalogusSchemaTekst } from '../../src/engine/regelschema';
import { laadRegelset, REGELMAP } from '../../src/engine/regelset';
import { schrijfNieuwBeleid } from '../../src/cli/beleid-sjabloon';
import { parseDatum } from '../../src/time/dag';
import { kopieerRegels, wijzig } from './kopie';

const regelset = laadRegelset(REGELMAP);

describe('the committed generated files are current', () => {
  it(`${CATALOGUS_BESTAND} (run npm run rules:schema when this fails)`, () => {
    expect(fs.readFileSync(path.join(REGELMAP, CATALOGUS_BESTAND), 'utf8')).toBe(catalogusSchemaTekst(regelset));
  });
  it(`${NASLAG_BESTAND} (run npm run rules:docs when this fails)`, () => {
    expect(fs.readFileSync(path.join(REGELMAP, NASLAG_BESTAND), 'utf8')).toBe(naslag(regelset));
  });
});

/** Every rule file of a rules folder: statutory folders and the packs' rule files. */
function regelbestanden(map: string): string[] {
  const { regels, beleid } = leesRegelmap(map);
  return [...regels.map((b) => b.pad), ...beleid.filter((b) => !/(^|[\\/])(pakket|parameters)\.json$/.test(b.relatief)).map((b) => b.pad)];
}

describe('the schema an editor uses (rules.schema.json with the generated names)', () => {
  const valideer: ValidateFunction = maakAjv(path.join(REGELMAP, 'schema'), { namen: true }).getSchema('rules.schema.json')!;
  const fouten = (inhoud: unknown) => (valideer(inhoud) ? [] : valideer.errors!.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));

  it.each(regelbestanden(REGELMAP).map((p) => [path.relative(REGELMAP, p), p]))('accepts %s', (_naam, pad) => {
    expect(fouten(JSON.parse(fs.readFileSync(pad, 'utf8')))).toEqual([]);
  });

  const regel = (r: Record<string, unknown>) => ({
    wet: 'lpw',
    regels: [{
      id: 'lpw.test.regel', bron: { artikel: '3' }, geldig: { vanaf: '2004-02-13' }, uitleg: { nl: 'x', en: 'x' },
      conditions: { all: [{ fact: 'peildatum', operator: 'onOrAfter', value: { fact: 'leerplichtigVanaf' } }] },
      event: { type: 'leerplichtStatus', params: { status: 'LEERPLICHTIG' } }, ...r,
    }],
  });
  const beleid = (r: Record<string, unknown>) => regel({
    id: 'beleid0363.test', beleid: true, bron: { onderdeel: '§ 1' },
    conditions: { all: [{ fact: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 4 }, operator: 'greaterThanInclusive', value: 12 }] },
    event: { type: 'signaal', params: { code: 'SIGNAAL_12_UUR', ernst: 'AANDACHT', omschrijving: { nl: 'x', en: 'x' } } }, ...r,
  });

  it('accepts well-named rules of every kind', () => {
    expect(fouten(regel({}))).toEqual([]);
    expect(fouten(regel({ onderwerp: 'diploma', conditions: { all: [{ fact: 'diplomaSoort', operator: 'in', value: ['HAVO'] }, { fact: 'peildatum', operator: 'after', value: '2020-01-01' }] }, event: { type: 'startkwalificatie', params: { startkwalificatie: true } } }))).toEqual([]);
    expect(fouten(beleid({}))).toEqual([]);
  });

  it.each([
    ['an unknown fact', regel({ conditions: { all: [{ fact: 'peildatumm', operator: 'before', value: '2020-01-01' }] } }), '/regels/0/conditions/all/0/fact'],
    ['an unknown fact on the value side', regel({ conditions: { all: [{ fact: 'peildatum', operator: 'before', value: { fact: 'leerplichtVanaf' } }] } }), '/regels/0/conditions/all/0/value/fact'],
    ['a fact of another onderwerp', regel({ conditions: { any: [{ not: { fact: 'diplomaSoort', operator: 'equal', value: 'HAVO' } }] } }), '/regels/0/conditions/any/0/not/fact'],
    ['an unknown operator', regel({ conditions: { all: [{ fact: 'peildatum', operator: 'voor', value: '2020-01-01' }] } }), '/regels/0/conditions/all/0/operator'],
    ['an unknown event type', regel({ event: { type: 'leerplichtStatuss', params: { status: 'LEERPLICHTIG' } } }), '/regels/0/event/type'],
    ['an event type of another onderwerp', regel({ event: { type: 'startkwalificatie', params: { startkwalificatie: true } } }), '/regels/0/event/type'],
    ['an unknown enum value of an event param', regel({ event: { type: 'leerplichtStatus', params: { status: 'VERPLICHT' } } }), '/regels/0/event/params/status'],
    ['an unknown event param', regel({ event: { type: 'leerplichtStatus', params: { status: 'LEERPLICHTIG', extra: 1 } } }), '/regels/0/event/params'],
    ['a missing param of a parameterised fact', beleid({ conditions: { all: [{ fact: 'ongeoorloofdeUrenInLesweken', params: {}, operator: 'greaterThan', value: 12 }] } }), '/regels/0/conditions/all/0/params'],
    ['a param out of range', beleid({ conditions: { all: [{ fact: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 0 }, operator: 'greaterThan', value: 12 }] } }), '/regels/0/conditions/all/0/params/lesweken'],
    ['a policy rule with a statutory outcome', beleid({ event: { type: 'leerplichtStatus', params: { status: 'LEERPLICHTIG' } } }), '/regels/0/event/type'],
    ['a signaal with an unknown ernst', beleid({ event: { type: 'signaal', params: { code: 'SIGNAAL_12_UUR', ernst: 'HOOG', omschrijving: { nl: 'x', en: 'x' } } } }), '/regels/0/event/params/ernst'],
    ['a statutory rule emitting signaal', regel({ event: { type: 'signaal', params: { code: 'X', ernst: 'INFO', omschrijving: { nl: 'x', en: 'x' } } } }), '/regels/0/event/type'],
  ])('flags %s', (_wat, bestand, pad) => {
    expect(fouten(bestand).some((f) => f.startsWith(`${pad} `))).toBe(true);
  });

  it('the loader does not check names through the schema: typecontrole does, against what it loaded', () => {
    const los = maakAjv(path.join(REGELMAP, 'schema')).getSchema('rules.schema.json')!;
    expect(los(regel({ conditions: { all: [{ fact: 'peildatumm', operator: 'voor', value: 1 }] }, event: { type: 'x', params: {} } }))).toBe(true);
  });
});

describe('generated from the rule set, so additions appear on regeneration', () => {
  let map: string;
  beforeEach(() => { map = kopieerRegels(); });
  afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

  it('the same rules in another folder give the same files', () => {
    const kopie = laadRegelset(map);
    expect(catalogusSchemaTekst(kopie)).toBe(catalogusSchemaTekst(regelset));
    expect(naslag(kopie)).toBe(naslag(regelset));
  });

  it('a new statutory parameter is a parameter name, a fact of the situatie and a row of the reference', () => {
    wijzig(map, path.join('parameters', 'verzuim.json'), (p) => {
      p.parameters.proefDrempel = { type: 'getal', bron: { artikel: '21a', lid: '1' }, omschrijving: 'Een drempel om te testen.', waarden: [{ vanaf: '2020-08-01', waarde: 7 }, { vanaf: '2024-08-01', waarde: 9 }] };
    });
    const kopie = laadRegelset(map);
    const defs = catalogusSchema(kopie).$defs as Record<string, { enum: string[] }>;
    expect(defs.parameter.enum).toContain('proefDrempel');
    expect(defs['feit-situatie'].enum).toContain('proefDrempel');
    expect(naslag(kopie)).toContain('| `proefDrempel` | getal | Leerplichtwet 1969 art 21a lid 1 | nee | vanaf 2020-08-01: `7`<br>vanaf 2024-08-01: `9` | Een drempel om te testen. |');
  });

  it('a new pack with its own parameter: the parameter is a name a policy rule may use, and the pack is in the reference', () => {
    schrijfNieuwBeleid({ map: path.join(map, 'beleid'), beleid: '9999', naam: 'proef-signaal', schemaMap: path.join(map, 'schema'), vandaag: parseDatum('2026-12-02')! });
    fs.writeFileSync(path.join(map, 'beleid', '9999', 'parameters.json'), JSON.stringify({
      wet: 'beleid', parameters: { proefPakketDrempel: { type: 'getal', bron: { onderdeel: '§ 2' }, omschrijving: 'Drempel van het proefpakket.', waarden: [{ vanaf: '2026-08-01', waarde: 12 }] } },
    }));
    const kopie = laadRegelset(map);
    const defs = catalogusSchema(kopie).$defs as Record<string, { anyOf: { enum?: string[] }[] }>;
    expect(defs['feit-beleid'].anyOf[1].enum).toContain('proefPakketDrempel');
    // a statutory rule cannot read it
    expect((defs['feit-situatie'] as unknown as { enum: string[] }).enum).not.toContain('proefPakketDrempel');
    const tekst = naslag(kopie);
    expect(tekst).toContain('### 9999: Verzuimbeleid 9999 0.1.0');
    expect(tekst).toContain('Regels: `beleid.9999.proef-signaal`.');
    expect(tekst).toContain('| `proefPakketDrempel` | getal | Verzuimprotocol § 2 | nee | vanaf 2026-08-01: `12` | Drempel van het proefpakket. |');
  });
});
