// Every refusal of the policy loader names file, rule id and JSON path; each test fails when its
// check is removed (the same pack without the fault loads).
import { RegelFout, type Vondst } from '../../../src/engine/fouten';
import { laadRegelset, REGELMAP } from '../../../src/engine/regelset';
import { bouwRegelsetUitTekst } from '../../../src/engine/regelset';
import { PAKKET, pakketMap, regelmapMet, signaalRegel } from './hulp';

function vondsten(laad: () => unknown): Vondst[] {
  try { laad(); } catch (e) { if (e instanceof RegelFout) return e.vondsten; throw e; }
  return [];
}
const laadPakketten = (bestanden: Record<string, unknown>) => () => laadRegelset(REGELMAP, [pakketMap(bestanden)]);
const regels = (...r: unknown[]) => ({ wet: 'beleid', regels: r });

describe('policy pack loader', () => {
  it('loads a valid gemeente pack (the baseline of every refusal below)', () => {
    const rs = laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(signaalRegel('beleid3101.a')) })();
    const p = rs.pakketten.find((x) => x.map === '3101')!;
    expect(p.gemeenten).toEqual(['3101']);
    expect(p.regels.map((r) => r.id)).toEqual(['beleid3101.a']);
    expect(p.regels[0].overVerzuim).toBe(true);
  });

  it('refuses a policy rule that emits a statutory outcome', () => {
    const r = signaalRegel('beleid3101.melding', { event: { type: 'meldingOordeel', params: { melden: true, verplicht: true } } });
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(r) }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3101/signalen.json', regel: 'beleid3101.melding', pad: 'regels[0].event.type', bericht: expect.stringContaining('may only emit signaal') }),
    ]);
  });

  it('refuses a statutory rule that emits signaal', () => {
    const r = { ...signaalRegel('lpw.test.signaal'), beleid: undefined, bron: { artikel: '21a' } };
    const map = regelmapMet({ 'leerplichtwet/test-signaal.json': { wet: 'lpw', regels: [r] } });
    expect(vondsten(() => laadRegelset(map))).toEqual([
      expect.objectContaining({ bestand: 'leerplichtwet/test-signaal.json', regel: 'lpw.test.signaal', pad: 'regels[0].event.type', bericht: expect.stringContaining('only a policy rule') }),
    ]);
  });

  it.each(['leerplichtwet', 'web', 'regelingen'])('refuses a beleid rule in rules/%s', (folder) => {
    const map = regelmapMet({ [`${folder}/test-beleid.json`]: { wet: 'lpw', regels: [signaalRegel('lpw.test.beleid', { bron: { artikel: '21a' } })] } });
    expect(vondsten(() => laadRegelset(map))).toEqual([
      expect.objectContaining({ bestand: `${folder}/test-beleid.json`, regel: 'lpw.test.beleid', pad: 'regels[0].beleid', bericht: expect.stringContaining('belongs in a pack') }),
    ]);
  });

  it('refuses a statutory rule whose bron is a policy paragraph ({ onderdeel } without artikel)', () => {
    const r = { ...signaalRegel('lpw.test.zonder-artikel'), beleid: undefined, event: { type: 'halt', params: { haltMogelijk: false } }, priority: 99 };
    const map = regelmapMet({ 'leerplichtwet/test-bron.json': { wet: 'lpw', regels: [r] } });
    expect(vondsten(() => laadRegelset(map))).toEqual([
      expect.objectContaining({ bestand: 'leerplichtwet/test-bron.json', regel: 'lpw.test.zonder-artikel', pad: 'regels[0].bron', bericht: expect.stringContaining('rests on an artikel') }),
    ]);
  });

  it('refuses a pack parameter that redeclares a statutory parameter', () => {
    const parameters = { wet: 'beleid', parameters: { meldplichtUren: { type: 'getal', bron: { onderdeel: '§ 2' }, omschrijving: 'Lager.', waarden: [{ vanaf: '2024-08-01', waarde: 12 }] } } };
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/parameters.json': parameters, '3101/signalen.json': regels(signaalRegel('beleid3101.a')) }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3101/parameters.json', pad: 'parameters.meldplichtUren', bericht: expect.stringContaining('cannot redeclare or override the statutory parameter meldplichtUren') }),
    ]);
  });

  it('reads the pack\'s own parameters (and only its own)', () => {
    const parameters = { wet: 'beleid', parameters: { signaalUren: { type: 'getal', bron: { onderdeel: '§ 2' }, omschrijving: 'Drempel.', waarden: [{ vanaf: '2024-08-01', waarde: 12 }] } } };
    const r = signaalRegel('beleid3101.a', { conditions: { all: [{ fact: 'maxUrenVierLesweken', operator: 'greaterThanInclusive', value: { fact: 'signaalUren' } }] } });
    const rs = laadPakketten({ '3101/pakket.json': PAKKET, '3101/parameters.json': parameters, '3101/signalen.json': regels(r) })();
    expect([...rs.pakketten.find((p) => p.map === '3101')!.parameters.keys()]).toEqual(['signaalUren']);
    expect(rs.parameters.has('signaalUren')).toBe(false);
    // another pack cannot read it
    const r2 = signaalRegel('beleid3102.a', { conditions: r.conditions });
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/parameters.json': parameters, '3102/pakket.json': PAKKET, '3102/signalen.json': regels(r2) }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3102/signalen.json', regel: 'beleid3102.a', pad: 'regels[0].conditions.all[0].value.fact', bericht: expect.stringContaining('unknown fact "signaalUren"') }),
    ]);
  });

  it('refuses a rule in a pack without "beleid": true', () => {
    const r = { ...signaalRegel('beleid3101.a'), beleid: undefined };
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(r) }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3101/signalen.json', regel: 'beleid3101.a', pad: 'regels[0].beleid', bericht: expect.stringContaining('must be marked "beleid": true') }),
      expect.objectContaining({ regel: 'beleid3101.a', pad: 'regels[0].event.type', bericht: expect.stringContaining('only a policy rule') }),
    ]);
  });

  it('refuses a pack without pakket.json', () => {
    expect(vondsten(laadPakketten({ '3101/signalen.json': regels(signaalRegel('beleid3101.a')) }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3101', pad: '', bericht: expect.stringContaining('pakket.json is missing') }),
    ]);
  });

  it('refuses gemeenten on a gemeentecode folder, and a regio pack without gemeenten', () => {
    expect(vondsten(laadPakketten({ '3101/pakket.json': { ...PAKKET, gemeenten: ['3102'] } }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3101/pakket.json', pad: 'gemeenten', bericht: expect.stringContaining('implies gemeenten ["3101"]') }),
    ]);
    expect(vondsten(laadPakketten({ 'testregio/pakket.json': PAKKET }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/testregio/pakket.json', pad: 'gemeenten', bericht: expect.stringContaining('names its gemeenten') }),
    ]);
  });

  it('refuses a signaal with a bad code, ernst or omschrijving, and one with a fact as param', () => {
    const r = signaalRegel('beleid3101.a', { event: { type: 'signaal', params: { code: 'klein', ernst: 'HEEL_ERG', omschrijving: { nl: 'x' }, extra: 1 } } });
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(r) })).map((v) => v.pad)).toEqual([
      'regels[0].event.params.code', 'regels[0].event.params.ernst', 'regels[0].event.params.omschrijving.en', 'regels[0].event.params.extra',
    ]);
    const f = signaalRegel('beleid3101.b', { event: { type: 'signaal', params: { code: { fact: 'status' }, ernst: 'INFO', omschrijving: { nl: 'x', en: 'x' } } } });
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(f) })).map((v) => v.pad)).toEqual(['regels[0].event.params.code', 'regels[0].event.params.code']);
  });

  it('refuses a policy rule per record (onderwerp) and one without its paragraph', () => {
    const r = signaalRegel('beleid3101.a', { onderwerp: 'verzuim' });
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(r) }))).toEqual([
      expect.objectContaining({ regel: 'beleid3101.a', pad: 'regels[0].onderwerp' }),
    ]);
    const z = signaalRegel('beleid3101.b', { bron: { artikel: '21a' } });
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(z) }))).toEqual([
      expect.objectContaining({ regel: 'beleid3101.b', pad: 'regels[0].bron.onderdeel' }),
    ]);
  });

  it('refuses a rule id used by the law or another pack', () => {
    expect(vondsten(laadPakketten({ '3101/pakket.json': PAKKET, '3101/signalen.json': regels(signaalRegel('lpw.art3.begin')) }))).toEqual([
      expect.objectContaining({ bestand: 'beleid/3101/signalen.json', regel: 'lpw.art3.begin', pad: 'regels[0]', bericht: expect.stringContaining('already used') }),
    ]);
  });

  it('refuses a pack folder that exists in two folders', () => {
    const a = pakketMap({ '3101/pakket.json': PAKKET });
    const b = pakketMap({ '3101/pakket.json': PAKKET });
    expect(vondsten(() => laadRegelset(REGELMAP, [a, b]))).toEqual([expect.objectContaining({ bestand: 'beleid/3101', bericht: expect.stringContaining('exists twice') })]);
  });

  it('the rule-set hash covers the pack files (not its cases), and a stored set rebuilds its packs', () => {
    const zonder = laadRegelset(REGELMAP);
    const basis = { '3101/pakket.json': PAKKET, '3101/signalen.json': regels(signaalRegel('beleid3101.a')) };
    const met = laadPakketten(basis)();
    const metCase = laadPakketten({ ...basis, '3101/cases/a.json': { cases: [] } })();
    const anders = laadPakketten({ ...basis, '3101/pakket.json': { ...PAKKET, versie: '1.0.1' } })();
    expect(met.hash).not.toBe(zonder.hash);
    expect(metCase.hash).toBe(met.hash);
    expect(anders.hash).not.toBe(met.hash);
    const herbouwd = bouwRegelsetUitTekst(met.inhoud);
    expect(herbouwd.hash).toBe(met.hash);
    expect(herbouwd.pakketten.map((p) => [p.map, p.hash, p.regels.map((r) => r.id)])).toEqual(met.pakketten.map((p) => [p.map, p.hash, p.regels.map((r) => r.id)]));
  });
});
