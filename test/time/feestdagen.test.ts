import controle from '../../rules/kalender/feestdagen-controle.json';
import { formatDatum, parseDatum, weekdag } from '../../src/time/dag';
import { feestdagen, pasen } from '../../src/time/feestdagen';

const p = (s: string) => parseDatum(s)!;
const vind = (jaar: number, naam: string) => feestdagen(jaar).find((f) => f.naam === naam);

describe('pasen', () => {
  test.each([
    [2024, '2024-03-31'], [2025, '2025-04-20'], [2000, '2000-04-23'], [2008, '2008-03-23'],
    [2011, '2011-04-24'], [2038, '2038-04-25'], [2285, '2285-03-22'],
  ])('%i', (jaar, datum) => expect(formatDatum(pasen(jaar))).toBe(datum));
});

describe('feestdagen', () => {
  const jaren = (controle as { jaren: Record<string, { datum: string; naam: string; verplichtVrij: boolean }[]> }).jaren;

  test.each(Object.keys(jaren))('%s equals feestdagen-controle.json (scholenDicht = verplichtVrij)', (jaar) => {
    const verwacht = jaren[jaar].map((f) => ({ datum: f.datum, naam: f.naam, scholenDicht: f.verplichtVrij }));
    const berekend = feestdagen(Number(jaar)).map((f) => ({ datum: formatDatum(f.datum), naam: f.naam, scholenDicht: f.scholenDicht }));
    expect(berekend).toEqual(verwacht);
  });

  test('the check covers 2019–2028', () => {
    expect(Object.keys(jaren)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028']);
  });

  test('Koningsdag / Koninginnedag move to Saturday when they fall on a Sunday', () => {
    expect(vind(2025, 'Koningsdag')!.datum).toBe(p('2025-04-26'));
    expect(vind(2014, 'Koningsdag')!.datum).toBe(p('2014-04-26'));
    expect(vind(2024, 'Koningsdag')!.datum).toBe(p('2024-04-27'));
    expect(vind(2006, 'Koninginnedag')!.datum).toBe(p('2006-04-29'));
    expect(vind(2013, 'Koninginnedag')!.datum).toBe(p('2013-04-30'));
    expect(vind(2013, 'Koningsdag')).toBeUndefined();
    expect(vind(2014, 'Koninginnedag')).toBeUndefined();
  });

  test('Bevrijdingsdag closes schools only in lustrum years', () => {
    expect(vind(2030, 'Bevrijdingsdag')!.scholenDicht).toBe(true);
    expect(vind(2031, 'Bevrijdingsdag')!.scholenDicht).toBe(false);
    expect(vind(2005, 'Bevrijdingsdag')!.scholenDicht).toBe(true);
  });

  test('every year 2004–2099: 11 days, sorted, Goede Vrijdag a Friday that stays open', () => {
    for (let jaar = 2004; jaar <= 2099; jaar++) {
      const f = feestdagen(jaar);
      expect(f).toHaveLength(11);
      for (let i = 1; i < f.length; i++) expect(f[i].datum).toBeGreaterThanOrEqual(f[i - 1].datum);
      const gv = f.find((x) => x.naam === 'Goede Vrijdag')!;
      expect(weekdag(gv.datum)).toBe(5);
      expect(gv.scholenDicht).toBe(false);
      expect(weekdag(f.find((x) => x.naam === 'Hemelvaartsdag')!.datum)).toBe(4);
    }
  });
});
