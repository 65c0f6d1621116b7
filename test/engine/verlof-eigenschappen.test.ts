// Properties of every verlof answer (fast-check), for all kinds of leave, every status and both
// readings: `toelaatbaar` agrees with `maxDagen` / `maxUren` (art 13a lid 2, 14 lid 3, 11a). The
// days a request counts against the cap are computed here from the input, per schooljaar (a
// request over 31 July / 1 August counts in each schooljaar it touches), independently of the facts.
import fc from 'fast-check';
import { evalueer } from '../../src/engine/evaluatie';
import { laadRegelset } from '../../src/engine/regelset';
import { verlofbesluit } from '../../src/engine/verlof';
import type { Situatie, Verlof, Verlofaanvraag, Verlofsoort } from '../../src/facts/situatie';
import { VERLOFSOORTEN } from '../../src/facts/typen';
import { dag, type Dag } from '../../src/time/dag';
import { schoolkalender, type Vakantieregio } from '../../src/time/kalender';
import { beginSchooljaar, eindeSchooljaar, schooljaarVan } from '../../src/time/schooljaar';

const regelset = laadRegelset();
const dagTussen = (van: Dag, tot: Dag) => fc.integer({ min: van, max: tot });

/** The requested (or earlier granted) days of [van, tot] in schooljaar `jaar`: all given days in one schooljaar, else the schooldagen of each part. */
function dagenIn(regio: Vakantieregio | null, van: Dag, tot: Dag, dagen: number | null, jaar: number): number {
  const k = schoolkalender(regio ?? undefined);
  if (tot < beginSchooljaar(jaar) || van > eindeSchooljaar(jaar)) return 0;
  if (schooljaarVan(van) === schooljaarVan(tot)) return dagen ?? k.schooldagenTussen(van, tot);
  const n = k.schooldagenTussen(Math.max(van, beginSchooljaar(jaar)), Math.min(tot, eindeSchooljaar(jaar)));
  return dagen === null ? n : Math.min(n, dagen);
}

/** What a request counts against the hoofd's cap: the most in one schooljaar (art 14 lid 3: with the earlier leave of that kind). */
function geteld(s: Situatie, a: Verlofaanvraag): number {
  let hoogste = 0;
  for (let j = schooljaarVan(a.vanaf); j <= schooljaarVan(a.tot); j++) {
    let n = dagenIn(s.vakantieregio, a.vanaf, a.tot, a.dagen, j);
    if (a.soort === 'GEWICHTIG_14') for (const v of s.verlof ?? []) if (v.soort === 'GEWICHTIG_14') n += dagenIn(s.vakantieregio, v.vanaf, v.tot, v.dagen, j);
    hoogste = Math.max(hoogste, n);
  }
  return hoogste;
}

// a school calendar that is known with a regio (2020/2021-2027/2028): requests and their dates inside it
const VAN = dag(2020, 11, 1);
const TOT = dag(2028, 5, 31);
const aanvraag = fc.record({
  soort: fc.constantFrom<Verlofsoort>(...VERLOFSOORTEN),
  // often near 1 August, so that requests over two schooljaren occur
  vanaf: fc.oneof(dagTussen(VAN, TOT), fc.tuple(fc.integer({ min: 2021, max: 2027 }), fc.integer({ min: -40, max: 0 })).map(([j, n]) => beginSchooljaar(j) + n)),
  duur: fc.integer({ min: 0, max: 60 }),
  dagen: fc.option(fc.oneof(fc.integer({ min: 0, max: 15 }), fc.constantFrom(0.5, 2.5, 9.5, 10.5)), { nil: null }),
  uren: fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }),
  eerder: fc.integer({ min: -5, max: 60 }),
  vooraf: fc.boolean(),
  beroepOuderVerhindertVakantie: fc.option(fc.boolean(), { nil: null }),
}).map(({ duur, eerder, ...a }): Verlofaanvraag => ({ ...a, tot: a.vanaf + duur, aangevraagdOp: a.vanaf - eerder }));

const situatie = fc.record({
  regio: fc.constantFrom<Vakantieregio | null>(null, 'NOORD', 'MIDDEN', 'ZUID'),
  // 5 (art 11a) to 19 years old on the first day of the leave: every status
  leeftijd: fc.integer({ min: 4 * 365, max: 19 * 365 }),
  // 1.25: evenredig deel 2.5, where the readings of the rounding differ
  lesdagenPerWeek: fc.option(fc.constantFrom(0.25, 1, 1.25, 2, 2.5, 3, 4, 5), { nil: null }),
  eerderVerlof: fc.array(fc.record({ soort: fc.constantFrom<Verlofsoort>('GEWICHTIG_14', 'VAKANTIE_13A'), terug: fc.integer({ min: 1, max: 200 }), duur: fc.integer({ min: 0, max: 15 }), dagen: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }) }), { maxLength: 3 }),
});
const lezingen = fc.record({
  verlofTermijnDagen: fc.constantFrom('KALENDERDAGEN', 'SCHOOLDAGEN'),
  evenredigDeel: fc.constantFrom('HELE_DAGEN_OMLAAG', 'HELE_DAGEN_OMHOOG', 'EXACT'),
});

describe('verlofaanvraag: toelaatbaar agrees with maxDagen and maxUren', () => {
  it('for every kind of leave, status and reading: granted only within the maximum, and a maximum only where the law sets one', () => {
    fc.assert(fc.property(aanvraag, situatie, lezingen, (a, o, l) => {
      const verlof: Verlof[] = o.eerderVerlof.map((v) => ({ soort: v.soort, vanaf: Math.max(VAN, a.vanaf - v.terug), tot: Math.max(VAN, a.vanaf - v.terug) + v.duur, dagen: v.dagen, uren: null }));
      const s: Situatie = {
        geboortedatum: a.vanaf - o.leeftijd, vakantieregio: o.regio, vrijeDagen: [], schooljaren: [], diplomas: [], vrijstellingen: [], verlof, aanvraag: a,
        inschrijvingen: [{ onderwijs: o.leeftijd > 16 * 365 ? 'MBO' : 'PO', vanaf: a.vanaf - 400, tot: null, lesdagenPerWeek: o.lesdagenPerWeek, lesurenPerWeek: null, niveau: null, leerweg: null, uitstroomprofiel: null, bekostigd: true }],
      };
      const f = evalueer(regelset, { situatie: s, peildatum: a.vanaf, wetsdatum: a.vanaf, lezingen: new Map(Object.entries(l)) });
      const v = verlofbesluit(f, 'NL');
      if (v.maxDagen !== null) {
        // only 13a and 14 have a cap in days, and only for a leer- or kwalificatieplichtige under the hoofd
        expect(['VAKANTIE_13A', 'GEWICHTIG_14']).toContain(a.soort);
        expect(['LEERPLICHTIG', 'KWALIFICATIEPLICHTIG']).toContain(f.get('status'));
        expect(v.beslisser).toBe('DIRECTEUR');
        if (geteld(s, a) > v.maxDagen) expect(v.toelaatbaar).toBe(false);
      } else if (v.toelaatbaar && (a.soort === 'VAKANTIE_13A' || a.soort === 'GEWICHTIG_14') && ['LEERPLICHTIG', 'KWALIFICATIEPLICHTIG'].includes(f.get('status') as string)) {
        // no cap and grantable: only the leerplichtambtenaar, above ten days (art 14 lid 3); never vakantieverlof
        expect(a.soort).toBe('GEWICHTIG_14');
        expect(v.beslisser).toBe('LEERPLICHTAMBTENAAR');
        expect(geteld(s, a)).toBeGreaterThan(10);
      }
      if (v.maxUren !== null) {
        expect(a.soort).toBe('VIJFJARIGE_11A');
        if ((a.uren ?? 0) > v.maxUren) expect(v.toelaatbaar).toBe(false);
      }
    }), { numRuns: 1500 });
  });
});
