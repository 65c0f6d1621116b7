// Differential test: the compiled closures (the product path) and json-rules-engine interpreting
// the same rule JSON (engine/referentie.ts) take the same decision, rule for rule, on random
// situaties: every decision of the evaluation and of its sub-evaluations (diploma, inschrijving,
// verzuimregistratie, kandidaat-melding, VSV per schooljaar), and for 'alle' outcomes (verlofToets,
// vrijstellingToets) the same SET of rules. The generators together reach every rule of the rule
// set (asserted: a new rule needs a generator that reaches it). Plus: a broken rule file is refused
// at load with file, rule id and JSON path.
import 'reflect-metadata';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { aansprakelijkheid } from '../../src/engine/aansprakelijkheid';
import { doorstroompunt, kwetsbarePositie } from '../../src/engine/doelgroepen';
import { handhavingsoordeel } from '../../src/engine/handhaving';
import { doorstroompuntOverleg, vervangendeLeerplicht } from '../../src/engine/vervangend';
import { evalueer, type Vraag } from '../../src/engine/evaluatie';
import { maakVraag } from '../../src/api/vraag';
import { RegelFout } from '../../src/engine/fouten';
import { leerplicht } from '../../src/engine/leerplicht';
import { beslisAlleReferentie, beslisReferentie, EIGEN_OPERATOREN, vergelijk } from '../../src/engine/referentie';
import { laadRegelset, REGELMAP, type Regelset } from '../../src/engine/regelset';
import { tijdlijn } from '../../src/engine/tijdlijn';
import { VAST_ZAAD } from '../hulp/dekking';
import { verlofbesluit } from '../../src/engine/verlof';
import { verzuim } from '../../src/engine/verzuim';
import { thuiszitter } from '../../src/engine/thuiszitter';
import { vrijstellingsbesluit } from '../../src/engine/vrijstelling';
import { uitschrijvingsbesluit, verzuimmeldtermijn } from '../../src/engine/schoolbesluit';
import { meldingen } from '../../src/engine/verzuim';
import { UITSCHRIJVINGSGRONDEN, type Schoolbesluit } from '../../src/facts/catalogus-schoolbesluit';
import { Feiten } from '../../src/facts/feiten';
import type {
  Diploma, Inschrijving, Schooljaar, Situatie, Verklaring, Verlof, Verlofaanvraag, Verlofsoort, Verzuimreden, Verzuimregistratie, Vrijstelling, Vrijstellingsberoep,
} from '../../src/facts/situatie';
import {
  DIPLOMASOORTEN, LEERWEGEN, ONDERWIJSSOORTEN, UITSTROOMPROFIELEN, VERLOFSOORTEN, VERZUIMREDENEN, VRIJSTELLINGSGRONDEN,
  type Diplomasoort, type Leerweg, type Onderwijssoort, type Uitstroomprofiel, type Vrijstellingsgrond,
} from '../../src/facts/typen';
import { jmd, maandag, parseDatum, weekdag, type Dag } from '../../src/time/dag';
import { kalenderBekend, KalenderBereikFout, type Vakantieregio } from '../../src/time/kalender';
import { HANDHAVINGSFEITEN, VERLEENDE_VERLOFSOORTEN } from '../../src/facts/catalogus-handhaving';
import type { Handhavingsfeit } from '../../src/facts/situatie';
import { beginSchooljaar, schooljaarVan } from '../../src/time/schooljaar';

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
  // sometimes the caller left the inschrijvingen out: not known, not "none" (issue 13)
  inschrijvingenWeg: fc.boolean(),
}).map(({ inschrijvingenWeg, ...s }): Situatie => (inschrijvingenWeg ? { ...s, inschrijvingen: [], nietOpgegeven: ['inschrijvingen'] } : s));

/** The readings ([A]) a request may choose, sometimes set to their non-default value. */
const lezingen = fc.record({
  meldplichtScope: fc.option(fc.constantFrom('STATUS', 'ONDER_18'), { nil: undefined }),
  buitenlandsDiplomaGelijkwaardig: fc.option(fc.boolean(), { nil: undefined }),
  prognoseVolledigeSchooljaren: fc.option(fc.boolean(), { nil: undefined }),
  feb29Verjaardag: fc.option(fc.constantFrom('MAART_1', 'FEB_28'), { nil: undefined }),
  // art 12, 13, 14 lid 2 (two days) and art 13a lid 2 / 14 lid 3 (evenredig deel)
  verlofTermijnDagen: fc.option(fc.constantFrom('KALENDERDAGEN', 'SCHOOLDAGEN'), { nil: undefined }),
  evenredigDeel: fc.option(fc.constantFrom('HELE_DAGEN_OMLAAG', 'HELE_DAGEN_OMHOOG', 'EXACT'), { nil: undefined }),
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

// ---------------------------------------------------------------- verzuim, verlof, aansprakelijkheid

/** With a vakantieregio the official holidays are known for schooljaren 2020/2021–2027/2028 only (KalenderBereikFout outside). */
const REGIO_VAN = p('2020-08-01');
const REGIO_TOT = p('2028-07-31');
/** Latest peildatum with a regio: a verlofaanvraag running from it stays inside the known calendar. */
const REGIO_PEIL_TOT = p('2028-06-30');

/**
 * Born before December 1984, the leerplicht start (first weekday of the month after the 5th
 * birthday) lies before 1990, outside every school calendar: a RangeError (reported, not ours to fix).
 */
const GEBOORTE_MIN = p('1985-01-01');

/** Where the records of a verzuim situatie go: the calendar's range (van…tot), the jongere and the peildatum. */
/**
 * What a generated situatie is about: 'verzuim' (all kinds of records), 'aanvraag' (a verlofaanvraag
 * starting on the peildatum), 'rmc' (weeks of absence after the leerplicht, 18–26, no startkwalificatie).
 */
type Soort = 'verzuim' | 'aanvraag' | 'rmc';
interface Opzet { soort: Soort; regio: Vakantieregio | null; geboorte: Dag; peil: Dag; van: Dag; tot: Dag }

/** d moved into [van, tot] and onto a weekday (forward over a weekend, backward at the end of the range). */
function weekdagIn(d: Dag, van: Dag, tot: Dag): Dag {
  const k = klem(d, van, tot);
  const w = weekdag(k);
  if (w <= 5) return k;
  return k + (8 - w) <= tot ? k + (8 - w) : k - (w - 5);
}

/** Ages (in days) on the peildatum, weighted to the ages where the rules differ: 11a (5), Halt and kwalificatieplicht (12–18), RMC/Doorstroompunt (18–27). */
const leeftijdDagen = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 3 * JAAR, max: 27 * JAAR }) },
  { weight: 2, arbitrary: fc.integer({ min: 4 * JAAR + 200, max: 6 * JAAR + 100 }) },
  { weight: 3, arbitrary: fc.integer({ min: 12 * JAAR, max: 18 * JAAR + 60 }) },
  { weight: 2, arbitrary: fc.integer({ min: 18 * JAAR, max: 27 * JAAR + 100 }) },
);

/** Ages for a verlofaanvraag: art 11a (5), leerplichtig, kwalificatieplichtig (evenredig verlof), or any. */
const aanvraagLeeftijdDagen = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 3 * JAAR, max: 20 * JAAR }) },
  { weight: 1, arbitrary: fc.integer({ min: 4 * JAAR + 200, max: 6 * JAAR + 100 }) },
  { weight: 1, arbitrary: fc.integer({ min: 6 * JAAR, max: 16 * JAAR }) },
  { weight: 2, arbitrary: fc.integer({ min: 16 * JAAR, max: 18 * JAAR + 30 }) },
);

const LEEFTIJD: Record<Soort, fc.Arbitrary<number>> = {
  verzuim: leeftijdDagen,
  aanvraag: aanvraagLeeftijdDagen,
  rmc: fc.oneof({ weight: 2, arbitrary: fc.integer({ min: 18 * JAAR, max: 23 * JAAR }) }, { weight: 1, arbitrary: fc.integer({ min: 18 * JAAR, max: 27 * JAAR - 30 }) }),
};

/** The setting of a situatie: vakantieregio, peildatum, birth, and the range its records may use. */
const opzet = (soort: Soort): fc.Arbitrary<Opzet> => fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom<Vakantieregio>('NOORD', 'MIDDEN', 'ZUID') },
).chain((regio) => {
  const [peilVan, peilTot] = regio ? [REGIO_VAN, REGIO_PEIL_TOT] : [WET_VAN, WET_TOT];
  const eersteJaar = schooljaarVan(peilVan) + (regio ? 0 : 1);
  const peil = fc.oneof(
    dagTussen(peilVan, peilTot),
    // the first lesweken of a schooljaar (art 13a lid 2: no vakantieverlof then)
    fc.tuple(fc.integer({ min: eersteJaar, max: schooljaarVan(peilTot) - 1 }), fc.integer({ min: 0, max: 50 })).map(([j, n]) => klem(beginSchooljaar(j) + n, peilVan, peilTot)),
  );
  return fc.record({ peil, leeftijd: LEEFTIJD[soort] }).map(({ peil: d, leeftijd }): Opzet => ({
    soort, regio, peil: d, geboorte: Math.max(GEBOORTE_MIN, d - leeftijd), van: regio ? REGIO_VAN : RECORD_VAN, tot: regio ? REGIO_TOT : RECORD_TOT,
  }));
});

/** Half hours from 0.5 to 8. */
const uren = fc.integer({ min: 1, max: 16 }).map((n) => n / 2);
const reden = fc.constantFrom<Verzuimreden>(...VERZUIMREDENEN);
/** Mostly reasons that count as unexcused, so the thresholds are reached. */
const ongeoorloofdeReden = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Verzuimreden>('ONGEOORLOOFD') },
  { weight: 1, arbitrary: fc.constantFrom<Verzuimreden>('VAKANTIE_ZONDER_VERLOF', 'TE_LAAT', 'VIJFJARIGE_11A') },
  { weight: 1, arbitrary: reden },
);
/** A record day (a weekday, after the birth): mostly in the two years before the peildatum, sometimes after it. */
const verzuimDag = (o: Opzet) => fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 2 * JAAR }).map((n) => o.peil - n) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => o.peil + n) },
  { weight: 1, arbitrary: dagTussen(o.van, o.tot) },
).map((d) => weekdagIn(d, Math.max(o.van, o.geboorte), o.tot));

const losRecord = (o: Opzet): fc.Arbitrary<Verzuimregistratie> => fc.record({ datum: verzuimDag(o), uren, reden });

/** Absence on (most of) up to 30 consecutive weekdays ending shortly before the peildatum: the 16 hours, three schooldagen, 1/8, luxe runs. */
const reeks = (o: Opzet): fc.Arbitrary<Verzuimregistratie[]> => fc.record({
  eind: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 })),
  dagen: fc.array(fc.record({ uren, reden: ongeoorloofdeReden, mee: fc.integer({ min: 0, max: 5 }).map((n) => n > 0) }), { minLength: 1, maxLength: 30 }),
}).map(({ eind, dagen }) => {
  const uit: Verzuimregistratie[] = [];
  let d = o.peil - eind - Math.ceil((dagen.length * 7) / 5);
  for (const x of dagen) {
    d = weekdagIn(d + 1, Math.max(o.van, o.geboorte), o.tot);
    if (x.mee) uit.push({ datum: d, uren: x.uren, reden: x.reden });
  }
  return uit;
});

/** Every weekday of 3–7 whole weeks (plus a few days) absent: langdurig relatief verzuim and the RMC/Doorstroompunt report. */
const LANGDURIG_REDEN = fc.constantFrom<Verzuimreden>('ONGEOORLOOFD', 'ONGEOORLOOFD', 'ONGEOORLOOFD', 'VAKANTIE_ZONDER_VERLOF', 'ZIEKTE');
const langdurig = (o: Opzet, minWeken = 3, redenen = LANGDURIG_REDEN): fc.Arbitrary<Verzuimregistratie[]> => fc.record({
  weken: fc.integer({ min: minWeken, max: 7 }),
  extra: fc.integer({ min: 0, max: 3 }),
  // sometimes up to the peildatum (the weeks of absence the RMC/Doorstroompunt target group counts)
  na: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -3, max: 3 })),
  uren: fc.integer({ min: 2, max: 16 }).map((n) => n / 2),
  reden: redenen,
}).map(({ weken, extra, na, uren: u, reden: r }) => {
  const uit: Verzuimregistratie[] = [];
  const ma = maandag(o.peil - na) - 7 * weken;
  for (let d = ma; d < ma + 7 * weken + extra; d++) if (weekdag(d) <= 5 && d >= o.van && d <= o.tot && d >= o.geboorte && d <= o.peil + 30) uit.push({ datum: d, uren: u, reden: r });
  return uit;
});

/** 10–30 times late in the schooljaar of the peildatum, up to it (Halt: 12–60 times). */
const teLaat = (o: Opzet): fc.Arbitrary<Verzuimregistratie[]> => {
  const begin = Math.max(beginSchooljaar(schooljaarVan(o.peil)), o.van, o.geboorte);
  return fc.array(dagTussen(begin, Math.max(begin, o.peil)), { minLength: 10, maxLength: 30 })
    .map((ds) => ds.map((d) => ({ datum: weekdagIn(d, begin, o.tot), uren: 0.5, reden: 'TE_LAAT' as const })));
};

const verzuimRecords = (o: Opzet): fc.Arbitrary<Verzuimregistratie[]> => fc.tuple(
  fc.array(losRecord(o), { maxLength: 6 }),
  fc.option(reeks(o), { nil: [], freq: 2 }),
  fc.option(langdurig(o), { nil: [], freq: 2 }),
  fc.oneof({ weight: 3, arbitrary: fc.constant([] as Verzuimregistratie[]) }, { weight: 1, arbitrary: teLaat(o) }),
).map((ls) => ls.flat());

/** Granted leave: anywhere, over a recorded absence, or earlier in the schooljaar of the peildatum (eenmaal per schooljaar, 10 dagen). */
const verlofRecords = (o: Opzet, verzuimdagen: Dag[]): fc.Arbitrary<Verlof[]> => {
  const beginJaar = Math.max(beginSchooljaar(schooljaarVan(o.peil)), o.van);
  const eerderDitSchooljaar = dagTussen(beginJaar, Math.max(beginJaar, o.peil));
  const vanaf = fc.oneof(
    verzuimDag(o),
    ...(verzuimdagen.length > 0 ? [fc.tuple(fc.constantFrom(...verzuimdagen), fc.integer({ min: 0, max: 3 })).map(([d, n]) => Math.max(o.van, d - n))] : []),
    eerderDitSchooljaar,
  );
  return fc.array(fc.record({
    // with an aanvraag: mostly leave granted earlier this schooljaar (art 13a eenmaal, art 14 lid 3 cumulatief)
    ...(o.soort === 'aanvraag'
      ? { soort: fc.constantFrom<Verlofsoort>('VAKANTIE_13A', 'GEWICHTIG_14', ...VERLOFSOORTEN), vanaf: fc.oneof(eerderDitSchooljaar, vanaf) }
      : { soort: fc.constantFrom<Verlofsoort>(...VERLOFSOORTEN), vanaf }),
    duur: fc.integer({ min: 0, max: 20 }),
    dagen: ofNull(fc.integer({ min: 0, max: 12 })),
    uren: ofNull(fc.integer({ min: 0, max: 8 })),
  }).map(({ duur, ...v }) => ({ ...v, tot: Math.min(v.vanaf + duur, o.tot) })), { maxLength: 3 });
};

/** An enrolment running on the peildatum: MBO/VAVO (art 21a lid 2), lesuren (the old 1/8 rule), lesdagen (evenredig verlof). */
const lopendeInschrijving = (o: Opzet): fc.Arbitrary<Inschrijving> => fc.record({
  onderwijs: fc.oneof(fc.constantFrom<Onderwijssoort>('MBO', 'VAVO'), fc.constantFrom<Onderwijssoort>(...ONDERWIJSSOORTEN)),
  terug: fc.integer({ min: 0, max: 3 * JAAR }),
  verder: ofNull(fc.integer({ min: 0, max: 2 * JAAR })),
  lesdagenPerWeek: ofNull(fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(0.25, 1.25, 2.5))),
  lesurenPerWeek: ofNull(fc.integer({ min: 1, max: 32 })),
  niveau: ofNull(fc.integer({ min: 1, max: 4 })),
}).map(({ terug, verder, ...i }) => ({
  ...i, vanaf: Math.max(o.geboorte, o.peil - terug), tot: verder === null ? null : o.peil + verder,
  leerweg: null, uitstroomprofiel: null, bekostigd: true,
}));

const verlofaanvraag = (o: Opzet): fc.Arbitrary<Verlofaanvraag> => fc.record({
  // vakantieverlof and gewichtige omstandigheden have the most tests
  soort: fc.constantFrom<Verlofsoort>('VAKANTIE_13A', 'GEWICHTIG_14', ...VERLOFSOORTEN),
  duur: fc.integer({ min: 0, max: 20 }),
  dagen: ofNull(fc.integer({ min: 0, max: 15 })),
  // art 11a: up to 5 on notice, 6–10 with consent, more is too many
  uren: ofNull(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 9, max: 14 }))),
  // from 70 days before to 10 days after the start: the 2-day terms of art 12, 13, 14 lid 2
  eerder: fc.oneof({ weight: 2, arbitrary: fc.integer({ min: -10, max: 70 }) }, { weight: 1, arbitrary: fc.integer({ min: -10, max: 10 }) }, { weight: 1, arbitrary: fc.integer({ min: -10, max: -1 }) }),
  vooraf: fc.boolean(),
  beroepOuderVerhindertVakantie: fc.option(fc.boolean(), { nil: null }),
// aangevraagdOp inside the known calendar: the reading SCHOOLDAGEN counts its schooldagen
}).map(({ duur, eerder, ...a }) => ({ ...a, vanaf: o.peil, tot: Math.min(o.peil + duur, o.tot), aangevraagdOp: Math.max(o.van, o.peil - eerder) }));

const vlag = fc.integer({ min: 0, max: 3 }).map((n) => n === 0);

/**
 * A situatie with verzuim and verlof records (all reasons and kinds) and the aansprakelijkheid
 * flags, sometimes with a vakantieregio (then every calendar date stays in 2020-08…2028-07). With
 * a verlofaanvraag it is judged as the API does: peildatum = wetsdatum = its first day.
 */
const verzuimVraag = (soort: Soort): fc.Arbitrary<Vraag> => opzet(soort).chain((o) => {
  const a: Anker = { geboorte: o.geboorte, peil: o.peil };
  const wet = o.soort === 'aanvraag' ? fc.constant(o.peil) : o.soort === 'rmc' ? fc.oneof(dagTussen(p('2007-08-01'), p('2025-12-31')), dagTussen(p('2026-01-01'), WET_TOT)) : fc.oneof(
    fc.constant(o.peil),
    dagTussen(WET_VAN, WET_TOT),
    // the old meldplicht (before 2009-08-01), RMC and Doorstroompunt (2026-01-01)
    fc.tuple(fc.constantFrom('2007-08-01', '2009-08-01', '2026-01-01'), fc.integer({ min: -500, max: 500 })).map(([d, n]) => klem(p(d) + n, WET_VAN, WET_TOT)),
  );
  const records = {
    verzuim: verzuimRecords(o),
    // a verlofaanvraag needs few verzuim records (only the earlier verlof counts)
    aanvraag: fc.array(losRecord(o), { maxLength: 3 }),
    rmc: fc.tuple(langdurig(o, 4, fc.constant<Verzuimreden>('ONGEOORLOOFD')), fc.array(losRecord(o), { maxLength: 3 })).map((ls) => ls.flat()),
  }[o.soort];
  // an enrolment on the peildatum: always for an aanvraag (lesdagen per week: evenredig verlof)
  const ingeschreven = fc.option(lopendeInschrijving(o), { nil: undefined, freq: o.soort === 'aanvraag' ? 1000 : 4 });
  // for RMC/Doorstroompunt: no diploma, or one that is no startkwalificatie
  const diplomas = o.soort === 'rmc'
    ? fc.array(diploma(a).map((d): Diploma => ({ ...d, soort: 'VMBO_TL', gelijkwaardigAan: null })), { maxLength: 1 })
    : fc.array(diploma(a), { maxLength: 2 });
  return records.chain((verzuimLijst) => fc.record({
    situatie: fc.record({
      geboortedatum: fc.constant(o.geboorte),
      vakantieregio: fc.constant(o.regio),
      vrijeDagen: fc.array(verzuimDag(o), { maxLength: 2 }),
      schooljaren: fc.oneof(fc.constant([] as Schooljaar[]), schooljaren(o.geboorte)),
      inschrijvingen: fc.tuple(fc.array(inschrijving(a), { maxLength: 1 }), ingeschreven).map(([l, i]) => (i === undefined ? l : [...l, i])),
      diplomas,
      vrijstellingen: fc.array(vrijstelling(a), { maxLength: 1 }),
      verzuim: fc.constant(verzuimLijst),
      verlof: verlofRecords(o, verzuimLijst.map((r) => r.datum)),
      meerderjarigVerklaard: vlag,
      oudersNietVerwijtbaar: vlag,
      eerderHaltVoorSchoolverzuim: vlag,
      aanvraag: o.soort === 'aanvraag' ? verlofaanvraag(o) : fc.constant(undefined),
    }).map(({ aanvraag: x, ...s }): Situatie => (x === undefined ? s : { ...s, aanvraag: x })),
    peildatum: fc.constant(o.peil),
    wetsdatum: wet,
    lezingen,
  }));
});

// ---------------------------------------------------------------- target groups and vrijstelling

/** Weighted to the entree/vso/pro exception (RMC until 2025) and to startkwalificaties (VSV). */
const DOELGROEP_DIPLOMAS: Diplomasoort[] = ['MBO_ENTREE', 'VSO', 'PRO', 'MBO_ENTREE', 'VSO', 'PRO', 'HAVO', 'VWO', 'MBO_2', 'MBO_3', ...DIPLOMASOORTEN];
/** The onderwijs of a JiKP herkomst or bestemming (regeling vsv art 1.1) or anything else. */
const doelgroepInschrijving = fc.oneof(
  fc.record({ onderwijs: fc.constant<Onderwijssoort>('VSO'), uitstroomprofiel: ofNull(fc.constantFrom<Uitstroomprofiel>(...UITSTROOMPROFIELEN)), leerweg: fc.constant(null), niveau: fc.constant(null) }),
  fc.record({ onderwijs: fc.constant<Onderwijssoort>('PRO'), uitstroomprofiel: fc.constant(null), leerweg: fc.constant(null), niveau: fc.constant(null) }),
  fc.record({ onderwijs: fc.constant<Onderwijssoort>('VMBO'), uitstroomprofiel: fc.constant(null), leerweg: ofNull(fc.constantFrom<Leerweg>('BB', 'LWT', 'KB', 'TL')), niveau: fc.constant(null) }),
  fc.record({ onderwijs: fc.constant<Onderwijssoort>('MBO'), uitstroomprofiel: fc.constant(null), leerweg: ofNull(fc.constantFrom<Leerweg>('BOL', 'BBL')), niveau: ofNull(fc.integer({ min: 1, max: 4 })) }),
  fc.record({ onderwijs: fc.constantFrom<Onderwijssoort>(...ONDERWIJSSOORTEN), uitstroomprofiel: fc.constant(null), leerweg: fc.constant(null), niveau: fc.constant(null) }),
);

/**
 * JiKP (law 2020–2025: herkomst and bestemming of the last transition), RMC/Doorstroompunt
 * (18–26, not enrolled or weeks absent up to the peildatum, the entree/vso/pro-plus-job exception)
 * and VSV (1 October T and T+1): a history of one to three enrolments ending and starting around
 * the peildatum, diplomas, work, and sometimes weeks of absence.
 */
const doelgroepVraag: fc.Arbitrary<Vraag> = fc.record({
  peil: dagTussen(p('2008-01-01'), WET_TOT),
  leeftijd: fc.oneof(fc.integer({ min: 11 * JAAR, max: 27 * JAAR }), fc.integer({ min: 17 * JAAR, max: 24 * JAAR })),
  wetKeuze: fc.nat({ max: 5 }),
  wetDag: fc.nat(),
}).chain(({ peil, leeftijd, wetKeuze, wetDag }) => {
  const o: Opzet = { soort: 'rmc', regio: null, peil, geboorte: Math.max(GEBOORTE_MIN, peil - leeftijd), van: RECORD_VAN, tot: RECORD_TOT };
  const tussen = (van: string, tot: string) => p(van) + (wetDag % (p(tot) - p(van) + 1));
  // the JiKP definition holds 2020–2025; the Doorstroompunt from 2026
  const wetsdatum = [peil, tussen('2020-01-01', '2025-12-31'), tussen('2020-01-01', '2025-12-31'), tussen('2026-01-01', '2030-12-31'), tussen('2007-08-01', '2019-12-31'), peil][wetKeuze];
  const inschrijvingen = fc.array(fc.record({
    soort: doelgroepInschrijving, terug: fc.integer({ min: -60, max: 4 * JAAR }), duur: ofNull(fc.integer({ min: 0, max: 3 * JAAR })), bekostigd: fc.integer({ min: 0, max: 5 }).map((n) => n > 0),
  }).map(({ soort, terug, duur, bekostigd }): Inschrijving => {
    const vanaf = Math.max(o.geboorte, peil - terug);
    return { ...soort, vanaf, tot: duur === null ? null : vanaf + duur, bekostigd, lesdagenPerWeek: null, lesurenPerWeek: null };
  }), { maxLength: 3 });
  return fc.record({
    situatie: fc.record({
      geboortedatum: fc.constant(o.geboorte), vakantieregio: fc.constant(null), vrijeDagen: fc.constant([] as Dag[]),
      schooljaren: fc.constant([] as Schooljaar[]), vrijstellingen: fc.constant([] as Vrijstelling[]),
      inschrijvingen,
      diplomas: fc.array(fc.record({ soort: fc.constantFrom(...DOELGROEP_DIPLOMAS), terug: fc.integer({ min: -400, max: 5 * JAAR }) })
        .map(({ soort, terug }): Diploma => ({ soort, datum: Math.max(o.geboorte, peil - terug), gelijkwaardigAan: null })), { maxLength: 2 }),
      arbeid: fc.option(fc.record({ arbeidsovereenkomst: fc.boolean(), urenPerWeek: ofNull(fc.integer({ min: 0, max: 40 })) }), { nil: null }),
      verzuim: fc.oneof({ weight: 1, arbitrary: fc.constant([] as Verzuimregistratie[]) }, { weight: 2, arbitrary: langdurig(o, 4, fc.constant<Verzuimreden>('ONGEOORLOOFD')) }),
    }),
    peildatum: fc.constant(peil),
    wetsdatum: fc.constant(klem(wetsdatum, WET_VAN, WET_TOT)),
  });
});

/**
 * Vervangende leerplicht (art 3a, 3b) around the 14th–17th year, with the text changes of 2013-10-01
 * and 2017-07-01; and the partiële leerplicht before 2007-08-01 (old art 4a-4c) with enrolments in
 * volledig dagonderwijs, an instelling, or none.
 */
const VERVANGEND_ONDERWIJS: [Onderwijssoort, Leerweg | null][] = [['VMBO', 'BB'], ['HAVO', null], ['MBO', 'BOL'], ['MBO', 'BBL'], ['VAVO', null], ['AVONDONDERWIJS', null]];
const vervangendVraag: fc.Arbitrary<Vraag> = fc.record({
  geboorte: dagTussen(p('1986-01-01'), p('2012-12-31')),
  leeftijd: fc.integer({ min: 13 * JAAR, max: 18 * JAAR }),
  wetKeuze: fc.nat({ max: 4 }), wetDag: fc.integer({ min: -1, max: 1 }),
  programma: fc.option(fc.record({
    artikel: fc.constantFrom<'ART_3A' | 'ART_3B'>('ART_3A', 'ART_3B'), terug: fc.integer({ min: -60, max: 400 }), duur: fc.integer({ min: 0, max: 400 }),
    aanvraag: ofNull(fc.integer({ min: 0, max: 120 })), besluit: ofNull(fc.integer({ min: 0, max: 90 })),
  }), { nil: null, freq: 5 }),
  onderwijs: fc.array(fc.constantFrom(...VERVANGEND_ONDERWIJS), { maxLength: 2 }),
  weg: fc.nat({ max: 7 }).map((n) => n === 0),
}).map(({ geboorte, leeftijd, wetKeuze, wetDag, programma, onderwijs, weg }): Vraag => {
  const peil = klem(geboorte + leeftijd, WET_VAN, WET_TOT);
  const wetsdatum = klem([peil, p('2007-08-01') + wetDag, p('2013-10-01') + wetDag, p('2017-07-01') + wetDag, peil - 400][wetKeuze], WET_VAN, WET_TOT);
  const inschrijvingen: Inschrijving[] = onderwijs.map(([o, leerweg]) => ({ onderwijs: o, vanaf: Math.max(geboorte, peil - 300), tot: null, niveau: o === 'MBO' ? 2 : null, leerweg, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }));
  const vervangend = programma === null ? [] : [(() => {
    const vanaf = Math.max(geboorte, peil - programma.terug);
    const aangevraagdOp = programma.aanvraag === null ? null : Math.max(geboorte, vanaf - programma.aanvraag);
    return { artikel: programma.artikel, vanaf, tot: vanaf + programma.duur, aangevraagdOp, besluitOp: aangevraagdOp === null || programma.besluit === null ? null : aangevraagdOp + programma.besluit };
  })()];
  return {
    situatie: {
      geboortedatum: geboorte, vakantieregio: null, vrijeDagen: [], schooljaren: [], diplomas: [], vrijstellingen: [], vervangendeLeerplicht: vervangend,
      ...(weg ? { inschrijvingen: [], nietOpgegeven: ['inschrijvingen'] as const } : { inschrijvingen }),
    },
    peildatum: peil, wetsdatum,
  };
});

const RICHTINGEN = ['openbaar', 'rooms-katholiek', 'protestants-christelijk'];
/**
 * A beroep op vrijstelling (art 5 a/b/c, 5a, 15), judged as the API does: peildatum = wetsdatum =
 * the day of the kennisgeving; mostly around the start of the leerplicht (art 6 lid 2 a) or later.
 */
const beroepVraag: fc.Arbitrary<Vraag> = fc.record({
  geboorte: dagTussen(p('1998-01-01'), p('2022-12-31')),
  // days after the 5th birthday: around the leerplicht start, in the leerplicht, or kwalificatieplichtig (art 15)
  na: fc.oneof(fc.integer({ min: -200, max: 200 }), fc.integer({ min: 0, max: 11 * JAAR }), fc.integer({ min: 11 * JAAR, max: 13 * JAAR })),
}).filter(({ geboorte, na }) => geboorte + 5 * JAAR + na >= WET_VAN && geboorte + 5 * JAAR + na <= WET_TOT).chain(({ geboorte, na }) => {
  const op = geboorte + 5 * JAAR + na;
  const richting = fc.constantFrom(...RICHTINGEN, ' Openbaar ');
  const beroep: fc.Arbitrary<Vrijstellingsberoep> = fc.record({
    grond: fc.constantFrom<Vrijstellingsgrond>('ART_5_A', ...VRIJSTELLINGSGRONDEN),
    kennisgevingOp: fc.constant(op),
    verklaring: fc.option(fc.record({
      // art 7: at most 3 months old
      datum: fc.integer({ min: -30, max: 120 }).map((n) => op - n),
      deskundige: fc.constantFrom<Verklaring['deskundige']>('ARTS', 'PSYCHOLOOG', 'PEDAGOOG', 'SCHOOLHOOFD_BUITENLAND'),
      aangewezenDoorBW: fc.nat({ max: 3 }).map((n) => n > 0), behandelend: fc.nat({ max: 3 }).map((n) => n === 0), nooitGeschikt: fc.boolean(),
    }), { nil: null, freq: 4 }),
    richtingBezwaar: fc.option(richting, { nil: null, freq: 4 }),
    plaatsingen: fc.array(fc.record({ richting, terug: fc.integer({ min: -10, max: 800 }), duur: ofNull(fc.integer({ min: 0, max: 500 })) })
      .map(({ richting: r, terug, duur }) => ({ richting: r, vanaf: op - terug, tot: duur === null ? null : op - terug + duur })), { maxLength: 2 }),
    // (fc.option: nil with probability 1/freq)
    voorSchooljaar: fc.option(fc.integer({ min: 0, max: 1 }).map((n) => schooljaarVan(op) + n), { nil: null, freq: 2 }),
    vanaf: ofNull(fc.integer({ min: 0, max: 60 }).map((n) => op + n)),
    tot: ofNull(fc.integer({ min: 60, max: 400 }).map((n) => op + n)),
    voldoendeOnderwijsAangetoond: fc.option(fc.boolean(), { nil: null }),
    trekkend: fc.option(fc.record({
      beroep: fc.constantFrom('kermisexploitant', 'circusmedewerker', ' Kermisexploitant', 'schipper'),
      reistMee: fc.boolean(),
      afstandRijdendeSchoolKm: ofNull(fc.integer({ min: 0, max: 12 })),
    }), { nil: null }),
  });
  return fc.record({
    situatie: beroep.map((b): Situatie => ({
      geboortedatum: geboorte, vakantieregio: null, vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [], beroep: b,
    })),
    peildatum: fc.constant(op),
    wetsdatum: fc.constant(op),
  });
});

// ---------------------------------------------------------------- enforcement (art 22, 26, 27)

/**
 * A feit about a generated situatie, judged as the API does (feitdatum = peildatum): every kind,
 * mostly leave the hoofd granted (art 27 a: 10 days, twice, first lesweken, evenredig deel).
 * Without dagen the days are counted on the calendar, so only where it is known.
 */
const metHandhaving = (meest: Handhavingsfeit['soort'][]) => (v: Vraag): fc.Arbitrary<Vraag> => fc.record({
  soort: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...HANDHAVINGSFEITEN) }, { weight: 3, arbitrary: fc.constantFrom(...meest) }),
  // absoluut verzuim: often not enrolled at all
  nietIngeschreven: fc.boolean(),
  // the evenredig deel of art 13a lid 2 for a kwalificatieplichtige: lesdagen per week of the running enrolment
  lesdagen: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  jongereWeigert: fc.boolean(),
  oudersEerderVeroordeeld: fc.boolean(),
  verlofsoort: fc.constantFrom(...VERLEENDE_VERLOFSOORTEN),
  duur: fc.integer({ min: 0, max: 20 }),
  dagen: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
}).map(({ verlofsoort, duur, dagen, nietIngeschreven, lesdagen, ...h }): Vraag => {
  const vanaf = v.peildatum;
  const tot = v.situatie.vakantieregio ? Math.min(vanaf + duur, REGIO_TOT) : vanaf + duur;
  const opKalender = kalenderBekend(vanaf) && kalenderBekend(tot);
  const verleendVerlof = h.soort === 'VERLOF_DOOR_HOOFD' ? { soort: verlofsoort, vanaf, tot, dagen: opKalender ? dagen : dagen ?? 12, uren: null } : null;
  const inschrijvingen = h.soort === 'NIET_INGESCHREVEN' && nietIngeschreven ? []
    : v.situatie.inschrijvingen.map((i) => (lesdagen !== null && i.vanaf <= vanaf && (i.tot === null || vanaf <= i.tot) ? { ...i, lesdagenPerWeek: lesdagen } : i));
  return { ...v, wetsdatum: v.peildatum, situatie: { ...v.situatie, inschrijvingen, handhaving: { ...h, datum: v.peildatum, verleendVerlof } } };
});

/** The texts of art 10 and 18 lid 1 as they changed: each stretch is asked about. */
const SCHOOLBESLUIT_TIJDVAKKEN = [['2004-02-13', '2007-07-31'], ['2007-08-01', '2020-06-30'], ['2020-07-01', '2022-07-31'], ['2022-08-01', '2023-07-31'], ['2023-08-01', '2030-12-31']] as const;
const jaNeeOnbekend = fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(null) });
const schoolbesluitMet = (o: { van: fc.Arbitrary<Dag>; leeftijd: fc.Arbitrary<number>; grond: fc.Arbitrary<Schoolbesluit['grond']>; soort: fc.Arbitrary<Schoolbesluit['soort']> }): fc.Arbitrary<Vraag> =>
  fc.record({
    datum: o.van, leeftijd: o.leeftijd, soort: o.soort, grond: o.grond, opAanvraag: jaNeeOnbekend, gebleken: jaNeeOnbekend, bekostigd: fc.boolean(),
    onderwijs: fc.constantFrom<Schoolbesluit['onderwijs']>('PO', 'SO', 'VSO', 'PRO', 'VMBO', 'VWO', 'MBO', 'VAVO'),
  }).map(({ datum, leeftijd, ...b }): Vraag => ({
    situatie: { geboortedatum: datum - leeftijd, vakantieregio: null, vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [], schoolbesluit: { ...b, datum } },
    peildatum: datum, wetsdatum: datum,
  }));
/**
 * An uitschrijving or verwijderingsbesluit (art 10, 18), judged as the API does: peildatum = wetsdatum =
 * its day; in every stretch of the text, at every age; and (rare at random) the old ground of art 10
 * onder b for the partieel leerplichtige.
 */
const schoolbesluitVraag: fc.Arbitrary<Vraag> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SCHOOLBESLUIT_TIJDVAKKEN).chain(([van, tot]) => schoolbesluitMet({
    van: dagTussen(p(van), p(tot)),
    leeftijd: fc.oneof(fc.integer({ min: 4 * JAAR, max: 16 * JAAR }), fc.integer({ min: 16 * JAAR, max: 18 * JAAR + 30 }), fc.integer({ min: 18 * JAAR, max: 20 * JAAR })),
    grond: fc.oneof({ weight: 3, arbitrary: fc.constant<Schoolbesluit['grond']>('ANDERE_SCHOOL') }, { weight: 4, arbitrary: fc.constantFrom<Schoolbesluit['grond']>(...UITSCHRIJVINGSGRONDEN) }),
    soort: fc.constantFrom<Schoolbesluit['soort']>('UITSCHRIJVING', 'UITSCHRIJVING', 'UITSCHRIJVING', 'VERWIJDERING'),
  })) },
  { weight: 1, arbitrary: schoolbesluitMet({
    van: dagTussen(p('2005-08-01'), p('2007-07-31')), leeftijd: fc.integer({ min: 16 * JAAR + 60, max: 17 * JAAR }),
    grond: fc.constant<Schoolbesluit['grond']>('VOLLEDIG_DAGONDERWIJS'), soort: fc.constant<Schoolbesluit['soort']>('UITSCHRIJVING'),
  }) },
);

// ---------------------------------------------------------------- the differential property

/**
 * Everything the API evaluates: the verdict, the timeline, the startkwalificatie, verzuim,
 * aansprakelijkheid, JiKP, RMC/Doorstroompunt, a verlofaanvraag or beroep op vrijstelling when set;
 * and (metVsv) the VSV evaluations (one per schooljaar: evaluations of their own) of the schooljaar
 * of the peildatum and the two before.
 */
function evalueerAlles(v: Vraag, metVsv = false): { f: Feiten; vsv: Feiten[] } {
  const f = evalueer(regelset, v);
  leerplicht(f);
  tijdlijn(f, 'NL');
  f.get('startkwalificatieDatum');
  verzuim(f, 'NL');
  aansprakelijkheid(f, 'NL');
  kwetsbarePositie(f, 'NL');
  doorstroompunt(f, 'NL');
  thuiszitter(f, 'NL').langerDanDrieMaanden; // both outcomes (rules/regelingen/thuiszitter.json)
  // arts 3a/3b, old 4b, WEB 9.2.5 lid 5 (as api/vervangend-velden.ts reads them)
  vervangendeLeerplicht(f);
  doorstroompuntOverleg(f);
  if (f.get('regime') === 'PARTIELE_LEERPLICHT') f.get('partieelLeerplichtigTot');
  if (v.situatie.aanvraag !== undefined) verlofbesluit(f, 'NL');
  if (v.situatie.beroep !== undefined) vrijstellingsbesluit(f, 'NL');
  if (v.situatie.schoolbesluit !== undefined) uitschrijvingsbesluit(f, 'NL');
  // the deadline of every melding, as Verzuimmelding.termijn computes it
  for (const m of meldingen(f)) verzuimmeldtermijn(m.feiten, 'NL');
  if (v.situatie.handhaving !== undefined) handhavingsoordeel(f, 'NL');
  // as engine/doelgroepen.ts voortijdigSchoolverlater does
  const vsv = metVsv ? [0, 1, 2].map((n) => new Feiten(f.ctx.catalogi.vsv, f.ctx, f, { schooljaar: schooljaarVan(v.peildatum) - n })) : [];
  for (const x of vsv) x.beslis('vsvOordeel');
  return { f, vsv };
}

/** The evaluation and every sub-evaluation it made (diploma, inschrijving, verzuimregistratie, kandidaat-melding). */
function alleEvaluaties(f: Feiten): Feiten[] {
  const subs = ['diplomaBeoordelingen', 'inschrijvingBeoordelingen', 'verzuimBeoordelingen', 'meldingBeoordelingen'].flatMap((n) => (f.berekend(n) as Feiten[] | undefined) ?? []);
  return [f, ...subs];
}

/** Each property run so far, ready to run again with VAST_ZAAD (compared like the first time). */
const herhalingen: (() => Promise<unknown>)[] = [];
/**
 * A property with a random seed, as fast-check chooses (FC_VAST=1: only the fixed one, to check that
 * the second pass alone reaches every rule).
 */
async function eigenschap<T>(arb: fc.Arbitrary<T>, check: (v: T) => Promise<unknown>, numRuns: number): Promise<void> {
  const vast = () => fc.assert(fc.asyncProperty(arb, async (v) => { await check(v); }), { numRuns, seed: VAST_ZAAD });
  herhalingen.push(vast);
  if (process.env.FC_VAST === '1') return vast();
  await fc.assert(fc.asyncProperty(arb, async (v) => { await check(v); }), { numRuns });
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
    const { f } = evalueerAlles(v);
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

  test('the comparison reaches verzuim records, meldingen and alle-outcomes: sabotaged compiled rules are reported', async () => {
    const eigen = laadRegelset();
    eigen.regels.find((r) => r.id === 'lpw.art11.ziekte')!.conditie = () => false;
    eigen.regels.find((r) => r.id === 'lpw.art21a.lid1.zestien-uur')!.conditie = () => false;
    eigen.regels.find((r) => r.id === 'lpw.art13a.lid2.eerste-lesweken')!.conditie = () => true;
    // a 10-year-old in NOORD: 4 × 4 h unexcused in one week and 2 h ill; a holiday leave request for the first schoolweek
    const dagen = [p('2023-10-02'), p('2023-10-03'), p('2023-10-04'), p('2023-10-05')];
    const situatie: Situatie = {
      geboortedatum: p('2013-05-05'), vakantieregio: 'NOORD', vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [],
      verzuim: [...dagen.map((datum): Verzuimregistratie => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' })), { datum: p('2023-10-06'), uren: 2, reden: 'ZIEKTE' }],
    };
    const f = evalueer(eigen, { situatie, peildatum: p('2023-10-20'), wetsdatum: p('2023-10-20') });
    verzuim(f, 'NL');
    expect(await vergelijk(eigen, f)).toEqual([
      { type: 'verzuimOordeel', onderwerp: 'verzuim', compiled: 'lpw.art2.ongeoorloofd', referentie: 'lpw.art11.ziekte', record: situatie.verzuim![4] },
      { type: 'meldingOordeel', onderwerp: 'melding', compiled: 'lpw.art21a.niet-melden', referentie: 'lpw.art21a.lid1.zestien-uur', record: expect.objectContaining({ soort: 'ZESTIEN_UUR' }) },
    ]);

    const aanvraag: Verlofaanvraag = { soort: 'VAKANTIE_13A', vanaf: p('2024-03-11'), tot: p('2024-03-15'), dagen: null, uren: null, aangevraagdOp: p('2024-01-10'), vooraf: true, beroepOuderVerhindertVakantie: true };
    const g = evalueer(eigen, { situatie: { ...situatie, aanvraag }, peildatum: aanvraag.vanaf, wetsdatum: aanvraag.vanaf });
    verlofbesluit(g, 'NL');
    expect(await beslisAlleReferentie(eigen, g, 'verlofToets')).toEqual(['lpw.art13a.voorwaarden']);
    expect(await vergelijk(eigen, g)).toEqual([
      { type: 'verlofToets', onderwerp: 'situatie', compiled: ['lpw.art13a.lid2.eerste-lesweken', 'lpw.art13a.voorwaarden'], referentie: ['lpw.art13a.voorwaarden'] },
    ]);
    // unsabotaged, both agree
    const h = evalueer(regelset, { situatie: { ...situatie, aanvraag }, peildatum: aanvraag.vanaf, wetsdatum: aanvraag.vanaf });
    expect(verlofbesluit(h, 'NL').toelaatbaar).toBe(true);
    expect(await vergelijk(regelset, h)).toEqual([]);
  });

  const regelsGezien = new Map<string, number>();
  let besluiten = 0;
  let buitenKalender = 0;
  const zelfdeBesluiten = (v: Vraag) => zelfdeBesluitenAlle(v, false);
  async function zelfdeBesluitenAlle(v: Vraag, metVsv: boolean): Promise<void> {
    let f: Feiten;
    let vsv: Feiten[];
    try {
      ({ f, vsv } = evalueerAlles(v, metVsv));
    } catch (e) {
      // the API answers an input error; the generators keep such dates out, this counts the exceptions
      if (!(e instanceof KalenderBereikFout)) throw e;
      buitenKalender++;
      return;
    }
    const verschillen = await vergelijk(regelset, f);
    for (const x of vsv) verschillen.push(...await vergelijk(regelset, x));
    // counted after the comparison: it may take decisions the compiled path did not need (and compares them)
    for (const x of [...alleEvaluaties(f), ...vsv]) for (const b of x.genomen()) { besluiten++; if (b.regel) regelsGezien.set(b.regel.id, (regelsGezien.get(b.regel.id) ?? 0) + 1); }
    expect(verschillen).toEqual([]);
  }

  test('random situaties: every decision, also per diploma and inschrijving, is the same', async () => {
    await eigenschap(vraag, zelfdeBesluiten, 400);
    expect(besluiten).toBeGreaterThan(400 * 8);
  }, 180_000);

  test('random kwalificatieplichtigen, enrolled or exempt: the same decisions', async () => {
    await eigenschap(kwalificatieplichtVraag, zelfdeBesluiten, 300);
  }, 180_000);

  test('random verzuim and verlof (all reasons and kinds, with vakantieregio, old and new law): the same decisions, also per record and per melding', async () => {
    const voor = besluiten;
    await eigenschap(verzuimVraag('verzuim'), zelfdeBesluiten, 350);
    expect(besluiten - voor).toBeGreaterThan(350 * 30);
  }, 180_000);

  test('random verlofaanvragen (peildatum = wetsdatum = first day of the leave): the same decisions and the same SET of verlofToets rules', async () => {
    await eigenschap(verzuimVraag('aanvraag'), zelfdeBesluiten, 700);
  }, 180_000);

  test('random weeks of absence after the leerplicht (RMC until 2025, Doorstroompunt from 2026): the same decisions', async () => {
    await eigenschap(verzuimVraag('rmc'), zelfdeBesluiten, 150);
  }, 180_000);

  test('random target-group situaties (JiKP, RMC/Doorstroompunt, VSV): the same decisions', async () => {
    // the three grounds of WEB 9.2.5 lid 5 once for certain (rules/cases/web-9.2.5-overleg.json): at random a
    // recent entree, vso or pro diploma of a jongere in the Doorstroompunt's doelgroep is rare
    const zonderSchool = (geboortedatum: string, soort: Diploma['soort'], datum: string): Situatie => ({
      geboortedatum: p(geboortedatum), vakantieregio: null, vrijeDagen: [], schooljaren: [], vrijstellingen: [], inschrijvingen: [],
      diplomas: [{ soort, datum: p(datum), gelijkwaardigAan: null }],
    });
    for (const [situatie, peildatum] of [
      [zonderSchool('2006-04-10', 'MBO_ENTREE', '2025-07-04'), '2026-03-01'],
      [zonderSchool('2005-01-15', 'VSO', '2024-07-01'), '2026-06-30'],
      [zonderSchool('2005-01-15', 'PRO', '2024-07-01'), '2026-03-01'],
    ] as const) await zelfdeBesluitenAlle({ situatie, peildatum: p(peildatum), wetsdatum: p(peildatum) }, true);
    await eigenschap(doelgroepVraag, (v) => zelfdeBesluitenAlle(v, true), 450);
  }, 180_000);

  test('random vervangende leerplicht (3a, 3b) and partiële leerplicht (before 2007-08-01): the same decisions', async () => {
    await eigenschap(vervangendVraag, zelfdeBesluiten, 400);
  }, 180_000);

  test('random beroepen op vrijstelling (peildatum = wetsdatum = the kennisgeving): the same decisions and the same SET of vrijstellingToets rules', async () => {
    await eigenschap(beroepVraag, zelfdeBesluiten, 600);
  }, 180_000);

  test('random enforcement questions (feitdatum = peildatum = wetsdatum): the same decisions and the same SET of routes', async () => {
    // the rare ones once for certain (the cases in rules/cases/art-22-27-handhaving.json): the raad voor de
    // kinderbescherming in lid 4 (before 2007-08-01), leave in the second lesweek, the evenredig deel, art 1b, Halt
    const kind = (geboortedatum: string, extra: Partial<Situatie> = {}): Situatie => ({
      geboortedatum: p(geboortedatum), vakantieregio: 'NOORD', vrijeDagen: [], schooljaren: [], diplomas: [], vrijstellingen: [],
      inschrijvingen: [{ onderwijs: 'PO', vanaf: p('2000-04-03'), tot: null, niveau: null, leerweg: null, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }], ...extra,
    });
    const feit = (soort: Handhavingsfeit['soort'], datum: string, extra: Partial<Handhavingsfeit> = {}): Handhavingsfeit => ({ soort, datum: p(datum), jongereWeigert: false, oudersEerderVeroordeeld: false, verleendVerlof: null, ...extra });
    const vakantie = (vanaf: string, tot: string) => ({ soort: 'VAKANTIE_13A' as const, vanaf: p(vanaf), tot: p(tot), dagen: null, uren: null });
    const vast: [Situatie, Handhavingsfeit][] = [
      [{ ...kind('1996-03-11'), vakantieregio: null }, feit('VERZUIM', '2007-07-31', { oudersEerderVeroordeeld: true })],
      [kind('2014-05-05'), feit('VERLOF_DOOR_HOOFD', '2024-08-20', { verleendVerlof: vakantie('2024-09-09', '2024-09-13') })],
      [kind('2007-06-01', { inschrijvingen: [{ onderwijs: 'MBO', vanaf: p('2023-08-21'), tot: null, niveau: 2, leerweg: 'BBL', uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: 2, lesurenPerWeek: null }] }),
        feit('VERLOF_DOOR_HOOFD', '2024-09-20', { verleendVerlof: vakantie('2024-10-07', '2024-10-11') })],
      [kind('2007-06-01', { inschrijvingen: [], meerderjarigVerklaard: true }), feit('NIET_INGESCHREVEN', '2024-10-01')],
      [kind('2010-05-05', { verzuim: [{ datum: p('2024-10-01'), uren: 5, reden: 'ONGEOORLOOFD' }, { datum: p('2024-10-02'), uren: 4, reden: 'ONGEOORLOOFD' }] }), feit('VERZUIM', '2024-10-10')],
    ];
    for (const [situatie, h] of vast) await zelfdeBesluiten({ situatie: { ...situatie, handhaving: h }, peildatum: h.datum, wetsdatum: h.datum });
    await eigenschap(verzuimVraag('verzuim').chain(metHandhaving(['VERZUIM', 'NIET_INGESCHREVEN'])), zelfdeBesluiten, 200);
    await eigenschap(verzuimVraag('aanvraag').chain(metHandhaving(['VERLOF_DOOR_HOOFD'])), zelfdeBesluiten, 250);
  }, 240_000);

  test('random uitschrijvingen and verwijderingsbesluiten (art 10, 18; peildatum = wetsdatum = their day): the same decisions and the same SET of schoolmelding rules', async () => {
    await eigenschap(schoolbesluitVraag, zelfdeBesluiten, 1000);
  }, 180_000);

  test('every beoordeling case beside the rules (rules/cases), once: the same decisions', async () => {
    // the cases were written for each rule: with them every rule is reached whatever the random seeds
    // missed (the other questions have their own fixed examples above)
    let n = 0;
    for (const bestand of fs.readdirSync(path.join(REGELMAP, 'cases')).filter((b) => b.endsWith('.json'))) {
      const { cases } = JSON.parse(fs.readFileSync(path.join(REGELMAP, 'cases', bestand), 'utf8')) as { cases: { vraag?: string; variabelen: Record<string, any> }[] };
      for (const c of cases.filter((x) => (x.vraag ?? 'beoordeling') === 'beoordeling')) {
        const { situatie, peildatum, wetsdatum, parameters } = c.variabelen;
        await zelfdeBesluitenAlle(maakVraag(regelset, situatie, peildatum, wetsdatum ?? null, parameters ?? null), true);
        n++;
      }
    }
    expect(n).toBeGreaterThan(150);
  }, 180_000);

  test('the random situaties reached every rule of the rule set (the comparison is only as good as that)', async () => {
    // random seeds may miss a rare rule on one run: then every property runs once more with one fixed
    // seed (whose situaties, with the cases, reach every rule), compared like the first time
    if (regelset.regels.some((r) => !regelsGezien.has(r.id))) for (const opnieuw of herhalingen) await opnieuw();
    if (process.env.TOON_DEKKING) console.log(besluiten, buitenKalender, [...regelsGezien].sort((x, y) => x[1] - y[1]));
    expect(buitenKalender).toBe(0);
    const nooit = regelset.regels.filter((r) => !regelsGezien.has(r.id)).map((r) => r.id);
    expect(nooit).toEqual([]);
  }, 300_000);
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
