// Local policy through GraphQL: Beoordeling.signalen, verzuim.signalen and beleidspakketten for a
// situatie.gemeente, the query beleidspakketten, the GEEN_GEMEENTE aanname, a bad gemeente as
// BAD_USER_INPUT, and every statutory field the same with and without the packs (random situaties).
import 'reflect-metadata';
import fc from 'fast-check';
import { startClient, type Client } from './client';
import { PAKKET, pakketMap, regelmapMet, signaalRegel } from '../engine/beleid/hulp';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const regels = (...r: unknown[]) => ({ wet: 'beleid', regels: r });
const PAKKETTEN = pakketMap({
  '3101/pakket.json': { ...PAKKET, naam: 'Protocol 3101', document: { titel: 'Verzuimprotocol 3101', url: 'https://example.nl/3101.pdf', referentie: 'kenmerk 2024-17' }, geldig: { vanaf: '2024-08-01', tot: '2026-07-31' } },
  '3101/parameters.json': { wet: 'beleid', parameters: { signaalUren: { type: 'getal', bron: { onderdeel: '§ 2' }, omschrijving: 'Drempel van het protocol.', waarden: [{ vanaf: '2024-08-01', waarde: 12 }] } } },
  '3101/signalen.json': regels(
    signaalRegel('beleid3101.signaal-12-uur', {
      conditions: { all: [{ fact: 'maxUrenVierLesweken', operator: 'greaterThanInclusive', value: { fact: 'signaalUren' } }] },
      uitleg: { nl: '{maxUrenVierLesweken} uur ongeoorloofd verzuim in vier lesweken; het protocol vraagt aandacht vanaf {signaalUren} uur.', en: '{maxUrenVierLesweken} hours in four school weeks; the protocol asks for attention from {signaalUren} hours.' },
      geldig: { vanaf: '2024-09-01' },
    }),
    // not about verzuim: only in Beoordeling.signalen
    signaalRegel('beleid3101.leerplichtig', {
      bron: { onderdeel: '§ 1' }, conditions: { all: [{ fact: 'status', operator: 'equal', value: 'LEERPLICHTIG' }] }, uitleg: { nl: 'Leerplichtig.', en: 'Of compulsory school age.' },
      event: { type: 'signaal', params: { code: 'LEERPLICHTIG', ernst: 'INFO', omschrijving: { nl: 'De jongere is leerplichtig', en: 'Of compulsory school age' } } },
    }),
  ),
});

let met: Client;
let zonder: Client;
beforeAll(async () => {
  met = await startClient({ instellingen: { beleidMappen: [PAKKETTEN] } });
  zonder = await startClient({ instellingen: { regelmap: regelmapMet({}), beleidMappen: [] } });
});
afterAll(async () => { await met?.stop(); await zonder?.stop(); });

async function beoordeling(c: Client, selectie: string, situatie: unknown, peildatum: string, taal = 'NL'): Promise<Json> {
  const r = await c.ruw({ query: `query($s: SituatieInput!, $p: LocalDate!, $t: Taal) { beoordeling(situatie: $s, peildatum: $p, taal: $t) { ${selectie} } }`, variables: { s: situatie, p: peildatum, t: taal } });
  expect(r.errors).toBeUndefined();
  return (r.data as Json).beoordeling;
}

// 3 × 5 hours unexcused on 1–3 October 2024 (region NOORD, no holiday): 15 hours in four lesweken
const kind = (gemeente?: string) => ({
  geboortedatum: '2012-03-01', vakantieregio: 'NOORD', ...(gemeente ? { gemeente } : {}),
  verzuim: ['2024-10-01', '2024-10-02', '2024-10-03'].map((datum) => ({ datum, uren: 5, reden: 'ONGEOORLOOFD' })),
});
const SIGNAAL = 'code ernst omschrijving uitleg regel bron { document url referentie eigenaar onderdeel } geldig { vanaf tot } pakket { naam versie hash gemeente }';

describe('signalen of a gemeente pack', () => {
  it('lists every signaal with its uitleg and source; verzuim.signalen only those about verzuim', async () => {
    const b = await beoordeling(met, `signalen { ${SIGNAAL} } verzuim { meldplicht signalen { code } } beleidspakketten { naam versie hash gemeente }`, kind('3101'), '2024-10-20');
    const [pakket] = b.beleidspakketten;
    expect(b.beleidspakketten).toEqual([{ naam: 'Protocol 3101', versie: '1.0.0', hash: expect.stringMatching(/^[0-9a-f]{64}$/), gemeente: '3101' }]);
    expect(b.signalen).toEqual([
      {
        code: 'LEERPLICHTIG', ernst: 'INFO', omschrijving: 'De jongere is leerplichtig', uitleg: 'Leerplichtig.', regel: 'beleid3101.leerplichtig',
        bron: { document: 'Verzuimprotocol 3101', url: 'https://example.nl/3101.pdf', referentie: 'kenmerk 2024-17', eigenaar: 'Gemeente Test, Leerplicht', onderdeel: '§ 1' },
        geldig: { vanaf: '2024-08-01', tot: '2026-07-31' }, pakket,
      },
      {
        code: 'SIGNAAL_12_UUR', ernst: 'AANDACHT', omschrijving: '12 uur in vier lesweken',
        uitleg: '15 uur ongeoorloofd verzuim in vier lesweken; het protocol vraagt aandacht vanaf 12 uur.', regel: 'beleid3101.signaal-12-uur',
        bron: { document: 'Verzuimprotocol 3101', url: 'https://example.nl/3101.pdf', referentie: 'kenmerk 2024-17', eigenaar: 'Gemeente Test, Leerplicht', onderdeel: '§ 3.2' },
        // the rule starts later than its pack
        geldig: { vanaf: '2024-09-01', tot: '2026-07-31' }, pakket,
      },
    ]);
    // 15 hours: below the 16 of art 21a, so no meldplicht; the signaal is no melding
    expect(b.verzuim).toEqual({ meldplicht: false, signalen: [{ code: 'SIGNAAL_12_UUR' }] });
  });

  it('answers in the requested taal', async () => {
    const b = await beoordeling(met, 'signalen { code omschrijving uitleg }', kind('3101'), '2024-10-20', 'EN');
    expect(b.signalen[1]).toEqual({ code: 'SIGNAAL_12_UUR', omschrijving: '12 hours in four school weeks', uitleg: '15 hours in four school weeks; the protocol asks for attention from 12 hours.' });
  });

  it('another gemeente gets no signalen; without a gemeente the answer says no pack was applied', async () => {
    expect(await beoordeling(met, 'signalen { code } beleidspakketten { naam } aannames { code }', kind('3102'), '2024-10-20')).toEqual({ signalen: [], beleidspakketten: [], aannames: [] });
    const b = await beoordeling(met, 'signalen { code } beleidspakketten { naam } aannames { code invoer velden }', kind(), '2024-10-20');
    expect(b.signalen).toEqual([]);
    expect(b.beleidspakketten).toEqual([]);
    expect(b.aannames).toContainEqual({ code: 'GEEN_GEMEENTE', invoer: 'situatie.gemeente', velden: ['signalen', 'beleidspakketten'] });
  });

  it('refuses a gemeente that is no CBS code, naming the field', async () => {
    const r = await met.ruw({ query: 'query($s: SituatieInput!) { beoordeling(situatie: $s, peildatum: "2024-10-20", taal: EN) { signalen { code } } }', variables: { s: kind('363') } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toBe('situatie.gemeente: "363" is not a CBS gemeentecode (4 digits, e.g. "0363")');
  });
});

describe('query beleidspakketten', () => {
  it('lists the packs of a gemeente with their source and rules', async () => {
    const r = await met.ruw({ query: '{ beleidspakketten(gemeente: "3101") { naam versie hash omschrijving eigenaar document { titel url referentie } geldig { vanaf tot } gemeenten regels } }' });
    expect(r.errors).toBeUndefined();
    expect((r.data as Json).beleidspakketten).toEqual([{
      naam: 'Protocol 3101', versie: '1.0.0', hash: expect.stringMatching(/^[0-9a-f]{64}$/), omschrijving: 'Een protocol om te testen.', eigenaar: 'Gemeente Test, Leerplicht',
      document: { titel: 'Verzuimprotocol 3101', url: 'https://example.nl/3101.pdf', referentie: 'kenmerk 2024-17' }, geldig: { vanaf: '2024-08-01', tot: '2026-07-31' },
      gemeenten: ['3101'], regels: ['beleid3101.leerplichtig', 'beleid3101.signaal-12-uur'],
    }]);
    const leeg = await met.ruw({ query: '{ beleidspakketten(gemeente: "3102") { naam } }' });
    expect((leeg.data as Json).beleidspakketten).toEqual([]);
  });

  it('refuses a bad gemeente', async () => {
    const r = await met.ruw({ query: '{ beleidspakketten(gemeente: "abcd") { naam } }' });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const WETTELIJK = `peildatum wetsdatum leeftijd
  leerplicht { status leerplichtigVanaf leerplichtigTot eindgrond kwalificatieplichtigVanaf kwalificatieplichtigTot uitzondering inschrijfplichtVrijgesteld absoluutVerzuim inschrijvingVoldoet afhankelijkVanRegio uitleg { regel tekst bron { jci } } }
  tijdlijn { status vanaf tot grond { regel tekst } }
  startkwalificatie { behaald datum diploma }
  verzuim { meldplicht maxUrenVierLesweken meldingen { soort verplicht begindatum einddatum uren uitleg { regel tekst } } genegeerd { datum uren reden } uitleg { regel tekst } }
  aansprakelijkheid { ouders jongere haltMogelijk uitleg { regel tekst } }
  kwetsbarePositie { vanToepassing } doorstroompunt { vanToepassing }
  uitleg { regel tekst } waarschuwingen { code velden }`;

describe('the packs change no statutory field (GraphQL)', () => {
  it('random situaties in the pack\'s gemeente answer the same with and without it', async () => {
    const situatie = fc.record({
      geboortedatum: fc.constantFrom('2008-02-29', '2010-09-30', '2012-03-01', '2014-07-31', '2018-10-01'),
      vakantieregio: fc.constantFrom('NOORD', 'MIDDEN', 'ZUID'),
      gemeente: fc.constant('3101'),
      verzuim: fc.uniqueArray(fc.record({ datum: fc.integer({ min: 1, max: 60 }).map((n) => new Date(Date.UTC(2024, 8, 1 + n)).toISOString().slice(0, 10)), uren: fc.integer({ min: 1, max: 8 }), reden: fc.constantFrom('ONGEOORLOOFD', 'TE_LAAT', 'ZIEKTE') }), { selector: (r) => r.datum, maxLength: 12 }),
    });
    const monsters = fc.sample(situatie, { numRuns: 8, seed: 31 });
    let signalen = 0;
    for (const s of monsters) {
      const a = await beoordeling(met, `${WETTELIJK} signalen { code }`, s, '2024-11-15');
      signalen += a.signalen.length;
      delete a.signalen;
      expect(a).toEqual(await beoordeling(zonder, WETTELIJK, s, '2024-11-15'));
    }
    expect(signalen).toBeGreaterThan(0);
  });
});
