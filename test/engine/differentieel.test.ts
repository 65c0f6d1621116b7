// Differential test: the compiled closures (the product path) and json-rules-engine interpreting
// the same rule JSON (engine/referentie.ts) take the same decision, rule for rule, on random
// situaties. Plus: a broken rule file is refused at load with file, rule id and JSON path.
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { evalueer, type Vraag } from '../../src/engine/evaluatie';
import { RegelFout } from '../../src/engine/fouten';
import { leerplicht } from '../../src/engine/leerplicht';
import { beslisReferentie, EIGEN_OPERATOREN, vergelijk } from '../../src/engine/referentie';
import { laadRegelset, REGELMAP, type Regelset } from '../../src/engine/regelset';
import { tijdlijn } from '../../src/engine/tijdlijn';
import type { Diploma, Inschrijving, Schooljaar, Situatie, Vrijstelling } from '../../src/facts/situatie';
import {
  DIPLOMASOORTEN, LEERWEGEN, ONDERWIJSSOORTEN, UITSTROOMPROFIELEN, VRIJSTELLINGSGRONDEN,
  type Diplomasoort, type Leerweg, type Onderwijssoort, type Uitstroomprofiel, type Vrijstellingsgrond,
} from '../../src/facts/typen';
import { jmd, parseDatum, type Dag } from '../../src/time/dag';

const p = (s: string) => parseDatum(s)!;

const GEBOORTE_VAN = p('1988-01-01');
const GEBOORTE_TOT = p('2022-12-31');
const WET_VAN = p('2004-02-13');
const WET_TOT = p('2030-12-31');
/** Records may start before the earliest peildatum and end after the latest. */
const RECORD_VAN = p('1990-01-01');
const RECORD_TOT = p('2045-12-31');

const regelset: Regelset = laadRegelset();

// ---------------------------------------------------------------- generators

const dagTussen = (van: Dag, tot: Dag) => fc.integer({ min: van, max: tot });
/** Birth dates with the edge cases weighted in: 29 February, month ends, 1 August / 31 July. */
const geboortedatum = fc.oneof(
  { weight: 6, arbitrary: dagTussen(GEBOORTE_VAN, GEBOORTE_TOT) },
  { weight: 1, arbitrary: fc.constantFrom(...[1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016, 2020].map((j) => p(`${j}-02-29`))) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1988, max: 2022 }), fc.constantFrom('01-01', '02-28', '03-01', '07-31', '08-01', '09-30', '12-31')).map(([j, md]) => p(`${j}-${md}`)) },
);
const JAAR = 365;
const klem = (d: Dag, van: Dag, tot: Dag) => Math.min(tot, Math.max(van, d));
/** Mostly a day in the jongere's school life (age 3–20), often in the kwalificatieplicht years (16–18), so the rules that matter are reached. */
const peildatum = (geboorte: Dag) => fc.oneof(
  dagTussen(WET_VAN, WET_TOT),
  fc.integer({ min: 3 * JAAR, max: 20 * JAAR }).map((n) => klem(geboorte + n, WET_VAN, WET_TOT)),
  fc.integer({ min: 16 * JAAR, max: 18 * JAAR + 30 }).map((n) => klem(geboorte + n, WET_VAN, WET_TOT)),
);
const wetsdatum = fc.oneof(
  dagTussen(WET_VAN, WET_TOT),
  // the dates on which the rules change, and the days around them
  fc.tuple(fc.constantFrom('2004-02-13', '2007-08-01', '2013-07-31', '2013-08-01', '2022-07-31', '2022-08-01'), fc.integer({ min: -1, max: 1 })).map(([d, n]) => Math.max(WET_VAN, p(d) + n)),
);
/** Where records are placed: the birth date and the peildatum. */
interface Anker { geboorte: Dag; peil: Dag }
/** A record date: anywhere, between the 4th and 25th birthday, or shortly before the peildatum (so it runs on it). */
const recordDag = ({ geboorte, peil }: Anker) => fc.oneof(
  { weight: 1, arbitrary: dagTussen(RECORD_VAN, RECORD_TOT) },
  { weight: 2, arbitrary: fc.integer({ min: 4 * JAAR, max: 25 * JAAR }).map((n) => klem(geboorte + n, RECORD_VAN, RECORD_TOT)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2 * JAAR }).map((n) => klem(peil - n, RECORD_VAN, RECORD_TOT)) },
);
const ofNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const diploma = (a: Anker): fc.Arbitrary<Diploma> => fc.record({
  soort: fc.oneof({ weight: 1, arbitrary: fc.constantFrom<Diplomasoort>('BUITENLANDS', 'PRO') }, { weight: 3, arbitrary: fc.constantFrom<Diplomasoort>(...DIPLOMASOORTEN) }),
  datum: recordDag(a),
  gelijkwaardigAan: fc.option(fc.oneof(fc.constantFrom<Diplomasoort>('HAVO', 'VWO', 'MBO_2', 'MBO_3', 'MBO_4'), fc.constantFrom<Diplomasoort>(...DIPLOMASOORTEN)), { nil: null, freq: 3 }),
});

const inschrijving = (a: Anker): fc.Arbitrary<Inschrijving> => fc.record({
  onderwijs: fc.oneof({ weight: 1, arbitrary: fc.constant<Onderwijssoort>('VSO') }, { weight: 3, arbitrary: fc.constantFrom<Onderwijssoort>(...ONDERWIJSSOORTEN) }),
  vanaf: recordDag(a),
  duur: ofNull(fc.integer({ min: 0, max: 4000 })),
  niveau: ofNull(fc.integer({ min: 1, max: 4 })),
  leerweg: ofNull(fc.constantFrom<Leerweg>(...LEERWEGEN)),
  uitstroomprofiel: ofNull(fc.constantFrom<Uitstroomprofiel>(...UITSTROOMPROFIELEN)),
  bekostigd: fc.boolean(),
  lesdagenPerWeek: ofNull(fc.integer({ min: 1, max: 5 })),
  lesurenPerWeek: ofNull(fc.integer({ min: 1, max: 40 })),
}).map(({ duur, ...i }) => ({ ...i, tot: duur === null ? null : i.vanaf + duur }));

const vrijstelling = (a: Anker): fc.Arbitrary<Vrijstelling> => fc.record({
  grond: fc.constantFrom<Vrijstellingsgrond>(...VRIJSTELLINGSGRONDEN),
  vanaf: recordDag(a),
  duur: ofNull(fc.integer({ min: 0, max: 3000 })),
}).map(({ duur, ...v }) => ({ ...v, tot: duur === null ? null : v.vanaf + duur }));

/** A school history: consecutive schooljaren from about the fourth birthday, sometimes with gaps or a second school in a year. */
const schooljaren = (geboorte: Dag): fc.Arbitrary<Schooljaar[]> => {
  const geboortejaar = jmd(geboorte).jaar;
  return fc.record({
    start: fc.integer({ min: geboortejaar + 3, max: geboortejaar + 6 }),
    jaren: fc.array(fc.record({
      overslaan: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      volledig: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
      onderwijs: fc.constantFrom<Onderwijssoort>(...ONDERWIJSSOORTEN),
      tweede: fc.option(fc.constantFrom<Onderwijssoort>(...ONDERWIJSSOORTEN), { nil: undefined }),
      teltMee: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.boolean() }),
    }), { maxLength: 15 }),
  }).map(({ start, jaren }) => {
    const uit: Schooljaar[] = [];
    let jaar = start;
    for (const j of jaren) {
      if (j.overslaan) jaar++;
      uit.push({ schooljaar: jaar, volledig: j.volledig, onderwijs: j.onderwijs, teltMee: j.teltMee });
      if (j.tweede !== undefined) uit.push({ schooljaar: jaar, volledig: !j.volledig, onderwijs: j.tweede, teltMee: null });
      jaar++;
    }
    return uit;
  });
};

const situatie = (a: Anker): fc.Arbitrary<Situatie> => fc.record({
  geboortedatum: fc.constant(a.geboorte),
  vakantieregio: fc.constant(null),
  vrijeDagen: fc.constant([] as Dag[]),
  schooljaren: fc.oneof(fc.constant([] as Schooljaar[]), schooljaren(a.geboorte)),
  inschrijvingen: fc.array(inschrijving(a), { maxLength: 3 }),
  diplomas: fc.array(diploma(a), { maxLength: 3 }),
  vrijstellingen: fc.array(vrijstelling(a), { maxLength: 2 }),
});

/** The readings ([A]) a request may choose, sometimes set to their non-default value. */
const lezingen = fc.record({
  buitenlandsDiplomaGelijkwaardig: fc.option(fc.boolean(), { nil: undefined }),
  prognoseVolledigeSchooljaren: fc.option(fc.boolean(), { nil: undefined }),
  feb29Verjaardag: fc.option(fc.constantFrom('MAART_1', 'FEB_28'), { nil: undefined }),
}).map((l) => new Map(Object.entries(l).filter(([, v]) => v !== undefined)) as ReadonlyMap<string, unknown>);

const vraag: fc.Arbitrary<Vraag> = geboortedatum
  .chain((geboorte) => peildatum(geboorte).map((peil) => ({ geboorte, peil })))
  .chain((a) => fc.record({ situatie: situatie(a), peildatum: fc.constant(a.peil), wetsdatum, lezingen }));

/**
 * Focused: a kwalificatieplichtige (17, law from 1 August 2007, no diploma) who is enrolled or
 * exempt on the peildatum, so the rare rules on enrolment and exemption are reached too.
 */
const kwalificatieplichtVraag: fc.Arbitrary<Vraag> = dagTussen(p('1988-01-01'), p('2012-12-31'))
  .chain((geboorte) => fc.integer({ min: 17 * JAAR + 5, max: 18 * JAAR - 5 }).map((n) => ({ geboorte, peil: geboorte + n })))
  .filter(({ peil }) => peil >= p('2007-08-01') && peil <= WET_TOT)
  .chain(({ geboorte, peil }) => {
    const loopt = (n: number) => fc.record({ terug: fc.integer({ min: 0, max: 800 }), verder: ofNull(fc.integer({ min: 0, max: 800 })) })
      .map(({ terug, verder }) => ({ vanaf: peil - terug, tot: verder === null ? null : peil + verder + n }));
    const onderwijs = fc.oneof(fc.constant<Onderwijssoort>('AVONDONDERWIJS'), fc.constantFrom<Onderwijssoort>(...ONDERWIJSSOORTEN.filter((o) => o !== 'SO' && o !== 'VSO')));
    const ins = fc.tuple(onderwijs, loopt(0))
      .map(([onderwijs, { vanaf, tot }]): Inschrijving => ({ onderwijs, vanaf, tot, niveau: null, leerweg: null, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }));
    const vrij = fc.tuple(fc.constantFrom<Vrijstellingsgrond>(...VRIJSTELLINGSGRONDEN), loopt(0)).map(([grond, { vanaf, tot }]): Vrijstelling => ({ grond, vanaf, tot }));
    return fc.record({
      situatie: fc.record({
        geboortedatum: fc.constant(geboorte), vakantieregio: fc.constant(null), vrijeDagen: fc.constant([] as Dag[]),
        schooljaren: fc.constant([] as Schooljaar[]), diplomas: fc.constant([] as Diploma[]),
        inschrijvingen: fc.array(ins, { maxLength: 2 }), vrijstellingen: fc.array(vrij, { maxLength: 1 }),
      }),
      peildatum: fc.constant(peil),
      wetsdatum: dagTussen(p('2007-08-01'), WET_TOT),
    });
  });

// ---------------------------------------------------------------- the differential property

/** The decisions these generators exercise: leerplicht, kwalificatieplicht, inschrijfplicht, startkwalificatie. */
const LEERPLICHT_BESLISSINGEN = [
  'leerplichtBegin', 'leerplichtEinde', 'kwalificatieplichtEinde', 'naLeerplicht', 'leerplichtStatus',
  'inschrijfplicht', 'absoluutVerzuim', 'inschrijvingVoldoet', 'startkwalificatie', 'kwalificatieplichtUitzondering',
];

/** Everything the API evaluates: the verdict, the timeline and the startkwalificatie. */
function evalueerAlles(v: Vraag) {
  const f = evalueer(regelset, v);
  leerplicht(f);
  tijdlijn(f, 'NL');
  f.get('startkwalificatieDatum');
  return f;
}

describe('compiled rules ≡ json-rules-engine (reference)', () => {
  test('the custom operators are exactly those json-rules-engine lacks', () => {
    expect(EIGEN_OPERATOREN.sort()).toEqual(['after', 'before', 'containsAny', 'containsNone', 'onOrAfter', 'onOrBefore', 'sameDay']);
  });

  test('a known case: both take the same rules', async () => {
    const v: Vraag = {
      situatie: {
        geboortedatum: p('2005-03-04'), vakantieregio: null, vrijeDagen: [], schooljaren: [], vrijstellingen: [],
        inschrijvingen: [{ onderwijs: 'VSO', vanaf: p('2019-08-01'), tot: null, niveau: null, leerweg: null, uitstroomprofiel: 'ARBEIDSMARKT', bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }],
        diplomas: [{ soort: 'HAVO', datum: p('2022-07-01'), gelijkwaardigAan: null }],
      },
      peildatum: p('2022-01-01'),
      wetsdatum: p('2022-01-01'),
    };
    const f = evalueerAlles(v);
    expect(await beslisReferentie(regelset, f, 'leerplichtStatus')).toBe(f.beslis('leerplichtStatus').regel!.id);
    expect(await beslisReferentie(regelset, f, 'kwalificatieplichtEinde')).toBe('lpw.art4b.uitzondering');
    expect(await vergelijk(regelset, f)).toEqual([]);
  });

  test('the comparison is not vacuous: a sabotaged compiled rule is reported', async () => {
    const eigen = laadRegelset();
    const regel = eigen.regels.find((r) => r.id === 'lpw.status.leerplichtig')!;
    regel.conditie = () => false;
    const f = evalueer(eigen, {
      situatie: { geboortedatum: p('2010-05-05'), vakantieregio: null, vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [] },
      peildatum: p('2020-01-01'),
      wetsdatum: p('2020-01-01'),
    });
    f.get('status');
    expect(await vergelijk(eigen, f)).toEqual([
      { type: 'leerplichtStatus', onderwerp: 'situatie', compiled: 'lpw.status.kwalificatieplichtig', referentie: 'lpw.status.leerplichtig' },
    ]);
  });

  const regelsGezien = new Map<string, number>();
  let besluiten = 0;
  async function zelfdeBesluiten(v: Vraag): Promise<void> {
    const f = evalueerAlles(v);
    const subs = [...(f.get('diplomaBeoordelingen') as (typeof f)[]), ...(f.get('inschrijvingBeoordelingen') as (typeof f)[])];
    for (const x of [f, ...subs]) for (const b of x.genomen()) { besluiten++; if (b.regel) regelsGezien.set(b.regel.id, (regelsGezien.get(b.regel.id) ?? 0) + 1); }
    expect(await vergelijk(regelset, f)).toEqual([]);
  }

  test('random situaties: every decision, also per diploma and inschrijving, is the same', async () => {
    await fc.assert(fc.asyncProperty(vraag, zelfdeBesluiten), { numRuns: 500 });
    expect(besluiten).toBeGreaterThan(500 * 8);
  }, 180_000);

  test('random kwalificatieplichtigen, enrolled or exempt: the same decisions', async () => {
    await fc.assert(fc.asyncProperty(kwalificatieplichtVraag, zelfdeBesluiten), { numRuns: 300 });
  }, 180_000);

  test('the random situaties reached every leerplicht rule (the comparison is only as good as that)', () => {
    if (process.env.TOON_DEKKING) console.log(besluiten, [...regelsGezien].sort((x, y) => x[1] - y[1]));
    // decision types of other subjects (verzuim, …) need generators of their own
    const nooit = regelset.regels.filter((r) => LEERPLICHT_BESLISSINGEN.includes(r.type) && !regelsGezien.has(r.id)).map((r) => r.id);
    expect(nooit).toEqual([]);
  });
});

// ---------------------------------------------------------------- load errors

describe('a broken rule file is refused at load', () => {
  let map: string;
  const STATUS = path.join('leerplichtwet', 'art-3-4a-status.json');

  beforeEach(() => {
    map = fs.mkdtempSync(path.join(os.tmpdir(), 'leerplicht-regels-'));
    // rules/cases is not read by laadRegelset (and is being written by others): leave it out
    fs.cpSync(REGELMAP, map, { recursive: true, filter: (bron) => path.relative(REGELMAP, bron).split(path.sep)[0] !== 'cases' });
  });
  afterEach(() => fs.rmSync(map, { recursive: true, force: true }));

  /** Changes the first condition of the first rule (lpw.status.nog-niet-leerplichtig) of the status file. */
  function breek(conditie: Record<string, unknown>): void {
    const pad = path.join(map, STATUS);
    const inhoud = JSON.parse(fs.readFileSync(pad, 'utf8'));
    expect(inhoud.regels[0].id).toBe('lpw.status.nog-niet-leerplichtig');
    inhoud.regels[0].conditions.all[0] = conditie;
    fs.writeFileSync(pad, JSON.stringify(inhoud, null, 2));
  }

  function fout(): RegelFout {
    try {
      laadRegelset(map);
    } catch (e) {
      expect(e).toBeInstanceOf(RegelFout);
      return e as RegelFout;
    }
    throw new Error('laadRegelset accepted a broken rule file');
  }

  function verwacht(e: RegelFout, pad: string, bericht: RegExp): void {
    expect(e.vondsten).toEqual([expect.objectContaining({ bestand: STATUS, regel: 'lpw.status.nog-niet-leerplichtig', pad, bericht: expect.stringMatching(bericht) })]);
    expect(e.message).toContain(STATUS);
    expect(e.message).toContain('lpw.status.nog-niet-leerplichtig');
    expect(e.message).toContain(pad);
  }

  test('the unbroken copy loads', () => {
    expect(laadRegelset(map).regels.length).toBe(regelset.regels.length);
  });

  test('unknown fact', () => {
    breek({ fact: 'peildatumm', operator: 'before', value: { fact: 'leerplichtigVanaf' } });
    verwacht(fout(), 'regels[0].conditions.all[0].fact', /unknown fact "peildatumm"/);
  });

  test('unknown fact on the value side', () => {
    breek({ fact: 'peildatum', operator: 'before', value: { fact: 'leerplichtVanaf' } });
    verwacht(fout(), 'regels[0].conditions.all[0].value.fact', /unknown fact "leerplichtVanaf"/);
  });

  test('unknown operator', () => {
    breek({ fact: 'peildatum', operator: 'voor', value: { fact: 'leerplichtigVanaf' } });
    verwacht(fout(), 'regels[0].conditions.all[0].operator', /unknown operator "voor"/);
  });

  test('a date compared with a number', () => {
    breek({ fact: 'peildatum', operator: 'before', value: 5 });
    verwacht(fout(), 'regels[0].conditions.all[0].value', /peildatum \(datum\): expected a date/);
  });

  test('a number fact under a date operator', () => {
    breek({ fact: 'leeftijd', operator: 'before', value: '2010-01-01' });
    verwacht(fout(), 'regels[0].conditions.all[0].operator', /before needs a datum fact, "leeftijd" is a getal/);
  });

  test('a date fact compared with a number fact', () => {
    breek({ fact: 'peildatum', operator: 'sameDay', value: { fact: 'leeftijd' } });
    verwacht(fout(), 'regels[0].conditions.all[0].value', /"peildatum" \(datum\) cannot be compared by sameDay with "leeftijd" \(getal\)/);
  });
});
