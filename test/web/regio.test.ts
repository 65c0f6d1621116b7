// The page's vakantieregio from provincie and gemeente (web/src/regio.ts), against the regional
// division in rules/kalender/schoolvakanties.json (art 3 Regeling vaststelling schoolvakanties).
import { eenduidig, PROVINCIES, provincieNamen, regioVanGemeente } from '../../web/src/regio';

const provincie = (naam: string) => {
  const p = PROVINCIES.get(naam);
  if (!p) throw new Error(`no provincie ${naam}`);
  return p;
};
const regio = (p: string, g: string) => {
  const u = regioVanGemeente(provincie(p), g);
  return u.soort === 'gevonden' ? u.regio : null;
};

describe('vakantieregio from provincie and gemeente', () => {
  it('knows the twelve provincies', () => {
    expect(provincieNamen()).toEqual(['Drenthe', 'Flevoland', 'Friesland', 'Gelderland', 'Groningen', 'Limburg', 'Noord-Brabant', 'Noord-Holland', 'Overijssel', 'Utrecht', 'Zeeland', 'Zuid-Holland']);
  });

  it('a provincie wholly in one region needs no gemeente', () => {
    for (const [p, r] of [['Groningen', 'NOORD'], ['Friesland', 'NOORD'], ['Drenthe', 'NOORD'], ['Overijssel', 'NOORD'], ['Noord-Holland', 'NOORD'], ['Zuid-Holland', 'MIDDEN'], ['Limburg', 'ZUID'], ['Zeeland', 'ZUID']] as const) {
      expect(eenduidig(provincie(p))).toBe(true);
      expect(provincie(p).regio).toBe(r);
    }
  });

  it('Flevoland, Utrecht, Noord-Brabant and Gelderland depend on the gemeente', () => {
    for (const p of ['Flevoland', 'Utrecht', 'Noord-Brabant', 'Gelderland']) expect(eenduidig(provincie(p))).toBe(false);
    expect(regio('Flevoland', 'Zeewolde')).toBe('MIDDEN');
    expect(regio('Flevoland', 'Almere')).toBe('NOORD');
    expect(regio('Utrecht', 'Eemnes')).toBe('NOORD');
    expect(regio('Utrecht', 'Houten')).toBe('MIDDEN');
    expect(regio('Noord-Brabant', 'Eindhoven')).toBe('ZUID');
    expect(regio('Gelderland', 'Hattem')).toBe('NOORD');
    expect(regio('Gelderland', 'apeldoorn')).toBe('MIDDEN'); // case and spacing do not matter
    expect(regio('Gelderland', 'Nijmegen')).toBe('ZUID');
    expect(regio('Gelderland', 'West Maas en Waal')).toBe('ZUID');
  });

  it('Gelderland has no region of its own: an unknown gemeente is not guessed', () => {
    expect(provincie('Gelderland').regio).toBeNull();
    expect(regioVanGemeente(provincie('Gelderland'), 'Amsterdam')).toEqual({ soort: 'onbekend' });
  });

  it('split gemeenten say which part lies elsewhere; unverified entries say so', () => {
    const g = (p: string, naam: string) => provincie(p).uitzonderingen.find((u) => u.gemeente === naam);
    expect(g('Utrecht', 'De Ronde Venen')).toMatchObject({ regio: 'MIDDEN', deelAnders: { deel: 'Abcoude', regio: 'NOORD' } });
    expect(g('Gelderland', 'Montferland')).toMatchObject({ regio: 'MIDDEN', deelAnders: { deel: 'Didam', regio: 'ZUID' } });
    expect(g('Gelderland', 'Neder-Betuwe')).toMatchObject({ regio: 'MIDDEN', deelAnders: { deel: 'Dodewaard', regio: 'ZUID' } });
    expect(g('Noord-Brabant', 'Altena')).toMatchObject({ regio: 'MIDDEN', onzeker: true, deelAnders: { deel: 'Hank en Dussen', regio: 'ZUID' } });
    expect(g('Gelderland', 'Tiel')).toMatchObject({ regio: 'MIDDEN', onzeker: true });
    expect(g('Gelderland', 'Apeldoorn')).toMatchObject({ onzeker: false });
  });
});
