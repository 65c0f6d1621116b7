// Properties of the leerplicht core that must hold for every jongere (fast-check).
import fc from 'fast-check';
import { evalueer } from '../../src/engine/evaluatie';
import { leerplicht } from '../../src/engine/leerplicht';
import { laadRegelset } from '../../src/engine/regelset';
import { tijdlijn } from '../../src/engine/tijdlijn';
import type { Situatie } from '../../src/facts/situatie';
import { dag, type Dag } from '../../src/time/dag';
import { schoolkalender, type Vakantieregio } from '../../src/time/kalender';

const regelset = laadRegelset();
const dagTussen = (van: Dag, tot: Dag) => fc.integer({ min: van, max: tot });
const leeg = (geboortedatum: Dag): Situatie => ({ geboortedatum, vakantieregio: null, vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [] });

describe('leerplicht core properties', () => {
  it('without startkwalificatie or exception, kwalificatieplicht follows leerplicht without gap or overlap (law since 2007-08-01)', () => {
    fc.assert(fc.property(dagTussen(dag(1990, 1, 1), dag(2030, 12, 31)), dagTussen(dag(2007, 8, 1), dag(2040, 1, 1)), (geboren, wetsdatum) => {
      const l = leerplicht(evalueer(regelset, { situatie: leeg(geboren), peildatum: wetsdatum, wetsdatum }));
      expect(l.kwalificatieplichtigVanaf).toBe(l.leerplichtigTot + 1);
      expect(l.kwalificatieplichtigTot!).toBeGreaterThanOrEqual(l.kwalificatieplichtigVanaf!);
      expect(l.leerplichtigVanaf).toBeLessThan(l.leerplichtigTot);
    }), { numRuns: 500 });
  });

  it('leerplichtigVanaf is always a schooldag of the jongere\'s calendar, in the month after the 5th birthday or later', () => {
    const regio = fc.constantFrom<Vakantieregio | null>(null, 'NOORD', 'MIDDEN', 'ZUID');
    fc.assert(fc.property(dagTussen(dag(2015, 8, 1), dag(2022, 12, 31)), regio, fc.array(dagTussen(dag(2020, 8, 1), dag(2028, 6, 30)), { maxLength: 20 }), (geboren, vakantieregio, vrijeDagen) => {
      const situatie = { ...leeg(geboren), vakantieregio, vrijeDagen };
      const f = evalueer(regelset, { situatie, peildatum: dag(2026, 1, 1), wetsdatum: dag(2026, 1, 1) });
      const vanaf = f.get('leerplichtigVanaf') as Dag;
      expect(schoolkalender(vakantieregio ?? undefined, vrijeDagen).isSchooldag(vanaf)).toBe(true);
      expect(vanaf).toBeGreaterThan(f.get('leerplichtLeeftijdBereikt') as Dag);
    }), { numRuns: 300 });
  });

  it('the status on any day agrees with the tijdlijn', () => {
    const diploma = fc.option(fc.record({ soort: fc.constantFrom('HAVO', 'VWO', 'MBO_2', 'MBO_ENTREE', 'PRO', 'VMBO_TL' as const), jaren: fc.integer({ min: 12, max: 20 }) }), { nil: null });
    fc.assert(fc.property(dagTussen(dag(1990, 1, 1), dag(2020, 12, 31)), diploma, fc.integer({ min: 0, max: 25 * 366 }), dagTussen(dag(2004, 2, 13), dag(2035, 1, 1)), (geboren, d, na, wetsdatum) => {
      const situatie = leeg(geboren);
      if (d) situatie.diplomas.push({ soort: d.soort as never, datum: geboren + d.jaren * 365, gelijkwaardigAan: null });
      const peildatum = geboren + na;
      const lijn = tijdlijn(evalueer(regelset, { situatie, peildatum: wetsdatum, wetsdatum }), 'NL');
      lijn.forEach((t, i) => { if (i > 0) expect(t.vanaf).toBe(lijn[i - 1].tot! + 1); });
      const vak = lijn.find((t) => t.vanaf <= peildatum && (t.tot === null || peildatum <= t.tot))!;
      const status = evalueer(regelset, { situatie, peildatum, wetsdatum }).get('status');
      expect(status).toBe(vak.status);
    }), { numRuns: 500 });
  });
});
