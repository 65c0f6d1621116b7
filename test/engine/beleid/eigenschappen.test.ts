// Proof that a policy pack can only add: for random valid packs (random thresholds, windows,
// conditions over statutory facts and parameters, random gemeenten and validity) and random
// situaties, every statutory field of every answer is the same with and without the pack — also
// when the pack's rules are evaluated first and the situatie is in the pack's gemeente. And the
// compiled signaal rules decide as json-rules-engine does (engine/referentie.ts).
import fc from 'fast-check';
import { BEREKENDE_VELDEN } from '../../../src/api/beoordeling-velden';
import type { Beoordeling } from '../../../src/api/uitvoer';
import { pakketEvaluaties, signalen } from '../../../src/engine/beleid/toepassing';
import { evalueer, type Vraag } from '../../../src/engine/evaluatie';
import { beslisSignalenReferentie } from '../../../src/engine/referentie';
import { bouwRegelsetUitTekst, laadRegelset, type Regelset } from '../../../src/engine/regelset';
import type { Feiten } from '../../../src/facts/feiten';
import type { Inschrijving, Situatie, Verzuimreden } from '../../../src/facts/situatie';
import { LEERPLICHTSTATUSSEN, VERZUIMREDENEN } from '../../../src/facts/typen';
import { formatDatum, parseDatum, type Dag } from '../../../src/time/dag';
import type { Vakantieregio } from '../../../src/time/kalender';
import { metDekking } from '../../hulp/dekking';
import { regelmapMet } from './hulp';

const d = (s: string) => parseDatum(s)!;
const zonder: Regelset = laadRegelset(regelmapMet({}));
const GEMEENTEN = ['3101', '3102', '3103'];

// ------------------------------------------------------------ packs

type Blad = Record<string, unknown>;
const drempel = fc.integer({ min: 0, max: 40 });
/** A number to compare with: a literal, the pack's own parameter or a statutory parameter. */
const getalWaarde = fc.oneof(drempel, fc.constant({ fact: 'pakketDrempel' }), fc.constant({ fact: 'meldplichtUren' }), fc.constant({ fact: 'meldplichtLesweken' }));
const getalOperator = fc.constantFrom('greaterThanInclusive', 'greaterThan', 'lessThan', 'lessThanInclusive', 'equal', 'notEqual');
const lesweken = fc.integer({ min: 1, max: 8 });
const redenen = fc.subarray([...VERZUIMREDENEN], { minLength: 1 });

const getalBlad: fc.Arbitrary<Blad> = fc.oneof(
  fc.record({ fact: fc.constantFrom('maxUrenVierLesweken', 'ongeoorloofdeUrenSchooljaar', 'teLaatAantalSchooljaar', 'leeftijd'), operator: getalOperator, value: getalWaarde }),
  // windows: parameterised facts
  fc.record({ fact: fc.constant('ongeoorloofdeUrenInLesweken'), params: fc.record({ lesweken, redenen }, { requiredKeys: ['lesweken'] }), operator: getalOperator, value: getalWaarde }),
  fc.record({ fact: fc.constant('teLaatAantal'), params: fc.oneof(fc.constant({}), lesweken.map((n) => ({ periode: 'LESWEKEN', lesweken: n }))), operator: getalOperator, value: getalWaarde }),
  fc.record({ fact: fc.constant('aandeelLestijdVerzuimd'), params: fc.record({ lesweken }), operator: getalOperator, value: fc.integer({ min: 0, max: 20 }).map((n) => n / 100) }),
);
const statusBlad: fc.Arbitrary<Blad> = fc.oneof(
  fc.record({ fact: fc.constant('status'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom(...LEERPLICHTSTATUSSEN) }),
  fc.record({ fact: fc.constant('status'), operator: fc.constant('in'), value: fc.subarray([...LEERPLICHTSTATUSSEN], { minLength: 1 }) }),
);
const booleanBlad: fc.Arbitrary<Blad> = fc.record({ fact: fc.constantFrom('meerderjarigVerklaard', 'eerderHaltVoorSchoolverzuim', 'inschrijvingenOpgegeven'), operator: fc.constant('equal'), value: fc.boolean() });
const blad = fc.oneof({ weight: 4, arbitrary: getalBlad }, { weight: 1, arbitrary: statusBlad }, { weight: 1, arbitrary: booleanBlad });
const { conditie } = fc.letrec<{ conditie: Blad }>((tie) => ({
  conditie: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    blad,
    fc.record({ all: fc.array(tie('conditie'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('conditie'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('conditie') })),
}));
const bovenste = fc.oneof(fc.record({ all: fc.array(conditie, { minLength: 1, maxLength: 3 }) }), fc.record({ any: fc.array(conditie, { minLength: 1, maxLength: 3 }) }));

const datum = (van: string, tot: string) => fc.integer({ min: d(van), max: d(tot) }).map((x) => formatDatum(x));
const regel = (map: string, i: number) => fc.record({
  conditions: bovenste, priority: fc.integer({ min: 1, max: 3 }), ernst: fc.constantFrom('INFO', 'AANDACHT', 'ZORG'), vanaf: datum('2023-08-01', '2025-06-01'),
}).map((r) => ({
  id: `beleid${map}.regel-${i}`, beleid: true, bron: { onderdeel: `§ ${i + 1}` }, priority: r.priority, geldig: { vanaf: r.vanaf },
  uitleg: { nl: 'Signaal bij {maxUrenVierLesweken} uur (drempel {pakketDrempel}).', en: 'Signal at {maxUrenVierLesweken} hours.' },
  conditions: r.conditions,
  event: { type: 'signaal', params: { code: `SIGNAAL_${i}`, ernst: r.ernst, omschrijving: { nl: `Signaal ${i}`, en: `Signal ${i}` } } },
}));

interface Pakket { map: string; bestanden: { pad: string; tekst: string }[] }
const pakket: fc.Arbitrary<Pakket> = fc.record({
  regio: fc.boolean(), gemeente: fc.constantFrom(...GEMEENTEN), gemeenten: fc.subarray(GEMEENTEN, { minLength: 1 }),
  vanaf: datum('2023-08-01', '2025-03-01'), duur: fc.option(fc.integer({ min: 30, max: 900 }), { nil: null }), drempel,
  aantal: fc.integer({ min: 1, max: 4 }),
}).chain((p) => {
  const map = p.regio ? 'testregio' : p.gemeente;
  return fc.tuple(...Array.from({ length: p.aantal }, (_, i) => regel(map.replace('-', ''), i))).map((regels) => {
    const pj = {
      naam: `Pakket ${map}`, versie: '1.0.0', omschrijving: 'Gegenereerd.', eigenaar: 'Test', document: { titel: 'Protocol' },
      geldig: { vanaf: p.vanaf, ...(p.duur === null ? {} : { tot: formatDatum(d(p.vanaf) + p.duur) }) }, ...(p.regio ? { gemeenten: p.gemeenten } : {}),
    };
    const parameters = { wet: 'beleid', parameters: { pakketDrempel: { type: 'getal', bron: { onderdeel: '§ 0' }, omschrijving: 'Drempel.', waarden: [{ vanaf: '2023-08-01', waarde: p.drempel }] } } };
    return { map, bestanden: [
      { pad: `beleid/${map}/pakket.json`, tekst: JSON.stringify(pj) },
      { pad: `beleid/${map}/parameters.json`, tekst: JSON.stringify(parameters) },
      { pad: `beleid/${map}/signalen.json`, tekst: JSON.stringify({ wet: 'beleid', regels }) },
    ] };
  });
});

// ------------------------------------------------------------ situaties

const reden = fc.oneof({ weight: 3, arbitrary: fc.constant<Verzuimreden>('ONGEOORLOOFD') }, { weight: 1, arbitrary: fc.constant<Verzuimreden>('TE_LAAT') }, { weight: 1, arbitrary: fc.constantFrom<Verzuimreden>(...VERZUIMREDENEN) });
const verzuim = fc.array(fc.record({ datum: fc.integer({ min: d('2024-09-02'), max: d('2025-06-27') }), uren: fc.integer({ min: 1, max: 12 }).map((n) => n / 2), reden }), { maxLength: 20 });
const inschrijving: fc.Arbitrary<Inschrijving> = fc.record({ onderwijs: fc.constantFrom('PO', 'VMBO', 'HAVO', 'MBO' as const), vanaf: fc.constant(d('2024-08-19')) })
  .map((i) => ({ ...i, tot: null, niveau: i.onderwijs === 'MBO' ? 2 : null, leerweg: null, uitstroomprofiel: null, bekostigd: true, lesdagenPerWeek: null, lesurenPerWeek: null }));
const situatie: fc.Arbitrary<Situatie> = fc.record({
  geboortedatum: fc.integer({ min: d('2006-01-01'), max: d('2019-12-31') }),
  vakantieregio: fc.constantFrom<Vakantieregio | null>(null, 'NOORD', 'MIDDEN', 'ZUID'),
  inschrijvingen: fc.option(fc.array(inschrijving, { maxLength: 1 }), { nil: undefined }),
  verzuim, gemeente: fc.constantFrom<string | null>(...GEMEENTEN, null),
  meerderjarigVerklaard: fc.boolean(), eerderHaltVoorSchoolverzuim: fc.boolean(),
}).map((s) => ({
  geboortedatum: s.geboortedatum, vakantieregio: s.vakantieregio, vrijeDagen: [], schooljaren: [], inschrijvingen: s.inschrijvingen ?? [], diplomas: [], vrijstellingen: [],
  verzuim: s.verzuim, gemeente: s.gemeente, meerderjarigVerklaard: s.meerderjarigVerklaard, eerderHaltVoorSchoolverzuim: s.eerderHaltVoorSchoolverzuim,
  nietOpgegeven: s.inschrijvingen === undefined ? ['schooljaren', 'inschrijvingen', 'diplomas'] : ['schooljaren', 'diplomas'],
}));
const vraag: fc.Arbitrary<Vraag> = fc.record({ situatie, peil: fc.integer({ min: d('2024-09-15'), max: d('2025-07-15') }), wetEerder: fc.integer({ min: 0, max: 400 }) })
  .filter((v) => v.peil >= v.situatie.geboortedatum)
  .map((v) => ({ situatie: v.situatie, peildatum: v.peil, wetsdatum: v.peil - v.wetEerder }));

// ------------------------------------------------------------ answers

/** Every Beoordeling field that is not about policy. */
const WETTELIJK = Object.keys(BEREKENDE_VELDEN).filter((n) => n !== 'signalen' && n !== 'beleidspakketten');
const ALLE = new Set(WETTELIJK);

/** The statutory answer as JSON (verzuim without its signalen); an error is part of the answer. */
function antwoord(f: Feiten): string {
  const b = { feiten: f, taal: 'NL', geselecteerd: ALLE, peildatum: '', wetsdatum: '', leeftijd: 0, regelsetHash: '' } as unknown as Beoordeling;
  const uit: Record<string, unknown> = {};
  for (const naam of WETTELIJK) {
    try {
      const w = JSON.parse(JSON.stringify(BEREKENDE_VELDEN[naam](b))) as Record<string, unknown>;
      if (naam === 'verzuim') delete w.signalen;
      // the trace names the policy rules too (with their pakket): the statutory part must be the same
      if (naam === 'spoor') uit[naam] = (w as unknown as { pakket: unknown }[]).filter((x) => x.pakket === null);
      else uit[naam] = w;
    } catch (e) {
      uit[naam] = { fout: String(e) };
    }
  }
  return JSON.stringify(uit);
}

describe('a policy pack never changes the law', () => {
  it('every statutory field is identical with and without random packs; signaal rules decide as json-rules-engine does', async () => {
    let metSignalen = 0;
    let inGemeente = 0;
    await metDekking((seed) => fc.assert(fc.asyncProperty(fc.uniqueArray(pakket, { selector: (p) => p.map, minLength: 1, maxLength: 2 }), vraag, async (pakketten, v) => {
      const met = bouwRegelsetUitTekst([...zonder.inhoud, ...pakketten.flatMap((p) => p.bestanden)]);
      expect(met.regels.map((r) => r.id)).toEqual(zonder.regels.map((r) => r.id));
      const vooraf = evalueer(met, v);
      // the pack's rules first: they read the statutory facts before any field does
      const s = signalen(vooraf);
      if (pakketEvaluaties(vooraf).length > 0) inGemeente++;
      if (s.length > 0) metSignalen++;
      for (const { feiten } of pakketEvaluaties(vooraf)) {
        const compiled = feiten.beslisAlle('signaal').map((b) => b.regel!.id).sort();
        expect(compiled).toEqual(await beslisSignalenReferentie(feiten));
      }
      expect(antwoord(vooraf)).toBe(antwoord(evalueer(zonder, v)));
      // and with the pack but without reading it
      expect(antwoord(evalueer(met, v))).toBe(antwoord(evalueer(zonder, v)));
    }), { numRuns: 60, seed }), () => inGemeente > 10 && metSignalen > 5);
    // the runs reach the interesting case: the pack applied and gave signalen
    expect(inGemeente).toBeGreaterThan(10);
    expect(metSignalen).toBeGreaterThan(5);
  }, 240_000);

  it('the shipped packs (rules/beleid): compiled signaal rules ≡ json-rules-engine, statutory fields unchanged', async () => {
    const project = laadRegelset();
    const gemeenten = [...new Set(project.pakketten.flatMap((p) => p.gemeenten))];
    expect(gemeenten.length).toBeGreaterThan(0);
    const zonderPakketten = bouwRegelsetUitTekst(project.inhoud.filter((b) => !b.pad.startsWith('beleid/')));
    let gegeven = 0;
    // dense verzuim in the weeks before the peildatum of a 12-to-16-year-old, so the protocols' thresholds are reached
    const dicht = fc.record({
      peil: fc.integer({ min: d('2024-10-01'), max: d('2025-06-30') }), leeftijd: fc.integer({ min: 12 * 365, max: 16 * 365 }),
      regio: fc.constantFrom<Vakantieregio>('NOORD', 'MIDDEN', 'ZUID'),
      records: fc.array(fc.record({ terug: fc.integer({ min: 0, max: 42 }), uren: fc.integer({ min: 1, max: 8 }), reden: fc.constantFrom<Verzuimreden>('ONGEOORLOOFD', 'ONGEOORLOOFD', 'TE_LAAT', 'TE_LAAT', 'ZIEKTE') }), { minLength: 6, maxLength: 25, size: 'max' }),
    }).map((x): Vraag => ({
      peildatum: x.peil, wetsdatum: x.peil,
      situatie: { geboortedatum: x.peil - x.leeftijd, vakantieregio: x.regio, vrijeDagen: [], schooljaren: [], inschrijvingen: [], diplomas: [], vrijstellingen: [],
        verzuim: x.records.map((r) => ({ datum: x.peil - r.terug, uren: r.reden === 'TE_LAAT' ? 0.25 : r.uren, reden: r.reden })) },
    }));
    await metDekking((seed) => fc.assert(fc.asyncProperty(fc.oneof({ weight: 3, arbitrary: dicht }, { weight: 1, arbitrary: vraag }), fc.constantFrom(...gemeenten), async (v, gemeente) => {
      const w = { ...v, situatie: { ...v.situatie, gemeente } };
      const f = evalueer(project, w);
      gegeven += signalen(f).length;
      for (const { feiten } of pakketEvaluaties(f)) expect(feiten.beslisAlle('signaal').map((b) => b.regel!.id).sort()).toEqual(await beslisSignalenReferentie(feiten));
      expect(antwoord(f)).toBe(antwoord(evalueer(zonderPakketten, w)));
    }), { numRuns: 40, seed }), () => gegeven > 0);
    expect(gegeven).toBeGreaterThan(0);
  }, 240_000);
});
