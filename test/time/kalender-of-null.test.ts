// eersteSchooldagVanafOfNull: the same day as eersteSchooldagVanaf inside the covered schooljaren,
// null (not an exception) where a regio's official holidays are unknown.
import { parseDatum } from '../../src/time/dag';
import { KalenderBereikFout, schoolkalender } from '../../src/time/kalender';

const p = (s: string) => parseDatum(s)!;

describe('eersteSchooldagVanafOfNull', () => {
  it('inside the covered years: the first schooldag, as eersteSchooldagVanaf', () => {
    // 1 April 2024 is Tweede Paasdag: the first schooldag of April is the 2nd
    expect(schoolkalender('MIDDEN').eersteSchooldagVanafOfNull(p('2024-04-01'))).toBe(p('2024-04-02'));
    // a vrije dag of the school moves it one day on
    expect(schoolkalender('MIDDEN', [p('2024-04-02')]).eersteSchooldagVanafOfNull(p('2024-04-01'))).toBe(p('2024-04-03'));
    // 6 January 2024 is a Saturday
    expect(schoolkalender('NOORD').eersteSchooldagVanafOfNull(p('2024-01-06'))).toBe(p('2024-01-08'));
  });

  it('outside the covered schooljaren with a regio: null where eersteSchooldagVanaf throws', () => {
    const k = schoolkalender('MIDDEN');
    expect(k.eersteSchooldagVanafOfNull(p('2017-06-01'))).toBeNull();
    expect(() => k.eersteSchooldagVanaf(p('2017-06-01'))).toThrow(KalenderBereikFout);
    // the last covered schooljaar ends 31 July 2028; the summer after it is unknown
    expect(k.eersteSchooldagVanafOfNull(p('2028-07-20'))).toBeNull();
    expect(() => k.eersteSchooldagVanaf(p('2028-07-20'))).toThrow(KalenderBereikFout);
  });

  it('without a regio: only weekends and feestdagen, any year of the range', () => {
    // 1 June 2017 is a Thursday; Pinksteren 2017 is 4–5 June
    expect(schoolkalender(undefined).eersteSchooldagVanafOfNull(p('2017-06-01'))).toBe(p('2017-06-01'));
    expect(schoolkalender(undefined).eersteSchooldagVanafOfNull(p('2017-06-04'))).toBe(p('2017-06-06'));
    expect(() => schoolkalender(undefined).eersteSchooldagVanafOfNull(p('2102-01-02'))).toThrow(RangeError);
  });
});
