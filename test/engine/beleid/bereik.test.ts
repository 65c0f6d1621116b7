// Scope: a pack applies only to its gemeenten and only while it is in force (by wetsdatum); a
// regio pack applies to each of its gemeenten; without a gemeente no pack applies.
import { evalueer } from '../../../src/engine/evaluatie';
import { signalen, toegepastePakketten } from '../../../src/engine/beleid/toepassing';
import { laadRegelset, type Regelset } from '../../../src/engine/regelset';
import type { Situatie } from '../../../src/facts/situatie';
import { parseDatum } from '../../../src/time/dag';
import { PAKKET, pakketMap, regelmapMet, signaalRegel } from './hulp';

const d = (s: string) => parseDatum(s)!;
const regels = (...r: unknown[]) => ({ wet: 'beleid', regels: r });
const regelmap = regelmapMet({});
const regelset: Regelset = laadRegelset(regelmap, [pakketMap({
  '3101/pakket.json': { ...PAKKET, naam: 'Gemeente 3101', geldig: { vanaf: '2024-08-01', tot: '2025-07-31' } },
  '3101/signalen.json': regels(signaalRegel('beleid3101.twaalf')),
  'testregio/pakket.json': { ...PAKKET, naam: 'Regio test', gemeenten: ['3103', '3104'] },
  'testregio/signalen.json': regels(signaalRegel('regio.test.twaalf', { event: { type: 'signaal', params: { code: 'REGIO_12_UUR', ernst: 'ZORG', omschrijving: { nl: 'regio', en: 'region' } } } })),
})]);

// 3 × 5 hours unexcused in the first weeks of October 2024 (region NOORD: no holiday): 15 h in four lesweken
const verzuim = ['2024-10-01', '2024-10-02', '2024-10-03'].map((x) => ({ datum: d(x), uren: 5, reden: 'ONGEOORLOOFD' as const }));
const situatie = (gemeente: string | null): Situatie => ({
  geboortedatum: d('2012-03-01'), vakantieregio: 'NOORD', vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [], verzuim, gemeente,
});
const codes = (gemeente: string | null, peil = '2024-10-20', wet = peil) => {
  const f = evalueer(regelset, { situatie: situatie(gemeente), peildatum: d(peil), wetsdatum: d(wet) });
  return { signalen: signalen(f).map((s) => s.code), pakketten: toegepastePakketten(f).map((p) => p.naam) };
};

describe('which packs apply', () => {
  it('a gemeente pack applies to its gemeente only', () => {
    expect(codes('3101')).toEqual({ signalen: ['SIGNAAL_12_UUR'], pakketten: ['Gemeente 3101'] });
    expect(codes('3102')).toEqual({ signalen: [], pakketten: [] });
  });

  it('a regio pack applies to each of its gemeenten', () => {
    expect(codes('3103')).toEqual({ signalen: ['REGIO_12_UUR'], pakketten: ['Regio test'] });
    expect(codes('3104')).toEqual({ signalen: ['REGIO_12_UUR'], pakketten: ['Regio test'] });
    expect(codes('3101').signalen).not.toContain('REGIO_12_UUR');
  });

  it('without a gemeente no pack applies', () => {
    expect(codes(null)).toEqual({ signalen: [], pakketten: [] });
  });

  it('a pack applies from its geldig.vanaf to its geldig.tot, both inclusive (by wetsdatum)', () => {
    // pakket 3101: 2024-08-01 to 2025-07-31
    expect(codes('3101', '2024-10-20', '2024-07-31').pakketten).toEqual([]);
    expect(codes('3101', '2024-10-20', '2024-08-01').pakketten).toEqual(['Gemeente 3101']);
    expect(codes('3101', '2025-07-31').pakketten).toEqual(['Gemeente 3101']);
    expect(codes('3101', '2025-08-01').pakketten).toEqual([]);
  });

  it('a rule applies within its own geldig too', () => {
    const rs = laadRegelset(regelmap, [pakketMap({
      '3101/pakket.json': PAKKET,
      '3101/signalen.json': regels(signaalRegel('beleid3101.later', { geldig: { vanaf: '2024-10-15' } })),
    })]);
    const op = (wet: string) => signalen(evalueer(rs, { situatie: situatie('3101'), peildatum: d('2024-10-20'), wetsdatum: d(wet) })).length;
    expect(op('2024-10-14')).toBe(0);
    expect(op('2024-10-15')).toBe(1);
  });

  it('every matching signaal rule counts, highest priority first', () => {
    const rs = laadRegelset(regelmap, [pakketMap({
      '3101/pakket.json': PAKKET,
      '3101/signalen.json': regels(
        signaalRegel('beleid3101.a'),
        signaalRegel('beleid3101.b', { priority: 2, event: { type: 'signaal', params: { code: 'TIEN_UUR', ernst: 'INFO', omschrijving: { nl: '10', en: '10' } } }, conditions: { all: [{ fact: 'maxUrenVierLesweken', operator: 'greaterThanInclusive', value: 10 }] } }),
        signaalRegel('beleid3101.c', { event: { type: 'signaal', params: { code: 'TWINTIG_UUR', ernst: 'ZORG', omschrijving: { nl: '20', en: '20' } } }, conditions: { all: [{ fact: 'maxUrenVierLesweken', operator: 'greaterThanInclusive', value: 20 }] } }),
      ),
    })]);
    expect(signalen(evalueer(rs, { situatie: situatie('3101'), peildatum: d('2024-10-20'), wetsdatum: d('2024-10-20') })).map((s) => s.code)).toEqual(['TIEN_UUR', 'SIGNAAL_12_UUR']);
  });
});
