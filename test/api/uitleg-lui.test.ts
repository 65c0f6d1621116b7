// Issue 10 part 2: uitleg texts are rendered only when selected, Beoordeling resolvers take
// graphql-js's arguments directly, and the calendar path returns values instead of throwing.
// These check that the answers did not change with it: the same texts selected apart or together,
// the calendar fallback and the calendar error as the README describes them, bulk in input order.
import 'reflect-metadata';
import { startClient, type Client } from './client';
import { laadRegelset } from '../../src/engine/regelset';
import { evalueer } from '../../src/engine/evaluatie';
import { leerplichtUitleg } from '../../src/engine/leerplicht';
import { maakVraag } from '../../src/api/vraag';
import { maakBeoordeling } from '../../src/api/beoordeling.resolver';
import { leerplichtVan, tijdlijnVan, verzuimVan } from '../../src/api/beoordeling-velden';
import { Taal } from '../../src/api/enums';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
async function vraag(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; data?: Data | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] }> {
  return (await client.ruw({ query, variables })) as never;
}

// README "Example": born 1 March 2019, regio MIDDEN; 1 April 2024 is Tweede Paasdag
const README = '{ geboortedatum: "2019-03-01", vakantieregio: MIDDEN }';
const BEGIN_TEKST = 'De leerplicht begint op de eerste schooldag van de maand na die waarin het kind 5 jaar wordt (1 maart 2024): 2 april 2024.';

// Lpw art 21a lid 1, case VZ-01 (rules/cases/art-21a-melding.json): exactly 16 uur in four lesweken, regio ZUID
const VZ01 = {
  geboortedatum: '2012-05-01', vakantieregio: 'ZUID', inschrijvingen: [{ onderwijs: 'HAVO', vanaf: '2024-08-19' }],
  verzuim: ['2024-10-07', '2024-10-09', '2024-10-14', '2024-10-16', '2024-10-28', '2024-10-30', '2024-11-04', '2024-11-06'].map((datum) => ({ datum, uren: 2, reden: 'ONGEOORLOOFD' })),
};

describe('uitleg only when selected, the same texts either way', () => {
  it('leerplicht { uitleg } alone, with the other fields, and in Beoordeling.uitleg', async () => {
    const alleen = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { leerplicht { uitleg { regel tekst } } } }`);
    const samen = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { leerplicht { status leerplichtigVanaf uitleg { regel tekst } } uitleg { regel tekst } } }`);
    expect(alleen.errors).toBeUndefined();
    expect(samen.errors).toBeUndefined();
    const a = alleen.data!.beoordeling.leerplicht.uitleg;
    expect(a).toContainEqual({ regel: 'lpw.art3.begin', tekst: BEGIN_TEKST });
    expect(samen.data!.beoordeling.leerplicht).toMatchObject({ status: 'NOG_NIET_LEERPLICHTIG', leerplichtigVanaf: '2024-04-02' });
    expect(samen.data!.beoordeling.leerplicht.uitleg).toEqual(a);
    // the top-level uitleg covers the selected leerplicht: every one of its rules, once
    expect(samen.data!.beoordeling.uitleg).toEqual(a);
  });

  it('status only: no uitleg in the answer, and the verdict is the one with uitleg', async () => {
    const r = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { leerplicht { status } } }`);
    expect(r.data).toEqual({ beoordeling: { leerplicht: { status: 'NOG_NIET_LEERPLICHTIG' } } });
  });

  it('Beoordeling.uitleg with only plain fields explains the status; aliases may select uitleg twice', async () => {
    const kaal = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { leeftijd uitleg { regel } } }`);
    expect(kaal.data).toEqual({ beoordeling: { leeftijd: 5, uitleg: [{ regel: 'lpw.status.nog-niet-leerplichtig' }] } });
    const r = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { uitleg { regel } a: leerplicht { uitleg { regel } } b: leerplicht { uitleg { regel } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.beoordeling.a.uitleg).toEqual(r.data!.beoordeling.b.uitleg);
    expect(r.data!.beoordeling.uitleg).toEqual(r.data!.beoordeling.a.uitleg);
    expect(r.data!.beoordeling.a.uitleg.map((u: { regel: string }) => u.regel)).toContain('lpw.art3.begin');
  });

  it('verzuim: melding uitleg and verzuim uitleg, apart and together (VZ-01)', async () => {
    const q = (velden: string) => vraag(`query($s: SituatieInput!) { beoordeling(situatie: $s, peildatum: "2024-11-08") { verzuim { ${velden} } } }`, { s: VZ01 });
    const melding = await q('meldplicht meldingen { soort verplicht begindatum einddatum uren uitleg { regel tekst } }');
    const geheel = await q('uitleg { regel tekst }');
    const beide = await q('meldingen { uitleg { regel tekst } } uitleg { regel tekst }');
    for (const r of [melding, geheel, beide]) expect(r.errors).toBeUndefined();
    const m = melding.data!.beoordeling.verzuim;
    expect(m.meldplicht).toBe(true);
    expect(m.meldingen).toHaveLength(1);
    expect(m.meldingen[0]).toMatchObject({ soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2024-10-07', einddatum: '2024-11-06', uren: 16 });
    expect(m.meldingen[0].uitleg).toHaveLength(1);
    // the verzuim uitleg ends with the meldingen's own explanations
    expect(geheel.data!.beoordeling.verzuim.uitleg.slice(-1)).toEqual(m.meldingen[0].uitleg);
    expect(beide.data!.beoordeling.verzuim).toEqual({ meldingen: [{ uitleg: m.meldingen[0].uitleg }], uitleg: geheel.data!.beoordeling.verzuim.uitleg });
  });

  it('tijdlijn grond: the same with and without the other fields', async () => {
    const a = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { tijdlijn { grond { regel tekst } } } }`);
    const b = await vraag(`{ beoordeling(situatie: ${README}, peildatum: "2024-03-15") { tijdlijn { status vanaf tot grond { regel tekst } } } }`);
    expect(a.errors).toBeUndefined();
    expect(b.data!.beoordeling.tijdlijn.map((t: { grond: unknown }) => ({ grond: t.grond }))).toEqual(a.data!.beoordeling.tijdlijn);
    // NOG_NIET_LEERPLICHTIG until the day before 2 April 2024, decided by lpw.art3.begin
    expect(b.data!.beoordeling.tijdlijn[0]).toMatchObject({ status: 'NOG_NIET_LEERPLICHTIG', vanaf: '2019-03-01', tot: '2024-04-01', grond: { regel: 'lpw.art3.begin', tekst: BEGIN_TEKST } });
  });

  it('the output objects of beoordeling-velden: uitleg read as a property and kept by JSON.stringify', () => {
    const regelset = laadRegelset();
    const f = evalueer(regelset, maakVraag(regelset, { geboortedatum: '2019-03-01', vakantieregio: 'MIDDEN' } as never, '2024-03-15', null, null));
    const b = maakBeoordeling({ regelset, regelsetInfo: null }, f, Taal.NL, new Set());
    const l = leerplichtVan(b);
    const verwacht = leerplichtUitleg(f, 'NL');
    expect(l.uitleg).toEqual(verwacht);
    expect(l.uitleg).toBe(l.uitleg); // rendered once
    const json = JSON.parse(JSON.stringify(l));
    expect(json).toEqual({
      status: 'NOG_NIET_LEERPLICHTIG', leerplichtigVanaf: '2024-04-02', leerplichtigTot: l.leerplichtigTot, eindgrond: l.eindgrond,
      kwalificatieplichtigVanaf: l.kwalificatieplichtigVanaf, kwalificatieplichtigTot: l.kwalificatieplichtigTot, uitzondering: l.uitzondering,
      inschrijfplichtVrijgesteld: l.inschrijfplichtVrijgesteld, absoluutVerzuim: l.absoluutVerzuim, inschrijvingVoldoet: l.inschrijvingVoldoet, uitleg: verwacht,
      // the lazy parts of issue 13: one regio given, so one date and no dependence on the regio
      leerplichtigVanafPerRegio: [{ regio: 'MIDDEN', datum: '2024-04-02' }], afhankelijkVanRegio: false,
      // arts 4a/4b before 2007-08-01 (issue 11): null on a later wetsdatum
      partieelLeerplichtigTot: null,
    });
    expect(Object.keys(JSON.parse(JSON.stringify(verzuimVan(b))))).toEqual(['meldplicht', 'meldingen', 'maxUrenVierLesweken', 'uitleg', 'genegeerd', 'signalen']);
    expect(Object.keys(JSON.parse(JSON.stringify(tijdlijnVan(b)[0])))).toEqual(['status', 'vanaf', 'tot', 'grond']);
  });
});

describe('the calendar path', () => {
  it('a start of leerplicht outside the covered calendar falls back to the first weekday that is not a feestdag, and says so', async () => {
    // born 17 May 2012: 5 on 17 May 2017, before schooljaar 2020/2021; 1 June 2017 is a Thursday (Pinksteren: 4–5 June)
    const r = await vraag('{ beoordeling(situatie: { geboortedatum: "2012-05-17", vakantieregio: MIDDEN }, peildatum: "2024-03-15") { leerplicht { status leerplichtigVanaf uitleg { regel } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data!.beoordeling.leerplicht).toMatchObject({ status: 'LEERPLICHTIG', leerplichtigVanaf: '2017-06-01' });
    expect(r.data!.beoordeling.leerplicht.uitleg.map((u: { regel: string }) => u.regel)).toContain('lpw.art3.begin.buiten-vakantiekalender');
  });

  it('lesweken outside the covered calendar: BAD_USER_INPUT naming situatie.vakantieregio, also in bulk', async () => {
    const oud = { geboortedatum: '2000-01-01', vakantieregio: 'NOORD', verzuim: [{ datum: '2012-01-09', uren: 2, reden: 'ONGEOORLOOFD' }] };
    const een = await vraag('query($s: SituatieInput!) { beoordeling(situatie: $s, peildatum: "2012-02-01") { verzuim { meldplicht } } }', { s: oud });
    expect(een.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(een.errors![0].message).toMatch(/^situatie\.vakantieregio: vakantieregio NOORD: de officiële schoolvakanties zijn alleen bekend voor de schooljaren 2020\/2021–2027\/2028 /); // taal NL (default)
    const bulk = await vraag('query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2012-02-01") { verzuim { meldplicht } } }', { s: [{ geboortedatum: '2000-01-01' }, oud] });
    expect(bulk.data).toBeNull();
    expect(bulk.errors).toHaveLength(1);
    expect(bulk.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bulk.errors![0].message).toMatch(/^situatie\.vakantieregio: vakantieregio NOORD/);
  });
});

describe('bulk through graphql-js arguments', () => {
  it('answers in input order, each as the single query answers it', async () => {
    const situaties = [
      { geboortedatum: '2019-03-01', vakantieregio: 'MIDDEN' }, // leerplichtig from 2 April 2024 (README)
      { geboortedatum: '2012-05-17', vakantieregio: 'MIDDEN' }, // leerplichtig since 1 June 2017
      { geboortedatum: '2019-03-01' }, // no regio: 1 April 2024 is still Tweede Paasdag
    ];
    const r = await vraag('query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15", taal: EN) { leeftijd leerplicht { status leerplichtigVanaf } } }', { s: situaties });
    expect(r.errors).toBeUndefined();
    expect(r.data!.beoordelingen).toEqual([
      { leeftijd: 5, leerplicht: { status: 'NOG_NIET_LEERPLICHTIG', leerplichtigVanaf: '2024-04-02' } },
      { leeftijd: 11, leerplicht: { status: 'LEERPLICHTIG', leerplichtigVanaf: '2017-06-01' } },
      { leeftijd: 5, leerplicht: { status: 'NOG_NIET_LEERPLICHTIG', leerplichtigVanaf: '2024-04-02' } },
    ]);
  });

  it('one bad situatie still rejects the whole request before any is evaluated, naming it', async () => {
    const r = await vraag('query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15") { leerplicht { status } } }', { s: [{ geboortedatum: '2019-03-01' }, { geboortedatum: '2019-02-30' }] });
    expect(r.data).toBeNull();
    expect(r.errors![0].message).toBe('situaties[1].geboortedatum: 2019-02-30 is geen datum'); // taal NL (default)
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('parameters and taal reach every situatie (EN texts, a chosen reading)', async () => {
    const r = await vraag('query($s: [SituatieInput!]!) { beoordelingen(situaties: $s, peildatum: "2024-03-15", taal: EN, parameters: { feb29Verjaardag: FEB_28 }) { leerplicht { uitleg { regel tekst } } } }', { s: [{ geboortedatum: '2019-03-01', vakantieregio: 'MIDDEN' }] });
    expect(r.errors).toBeUndefined();
    const begin = r.data!.beoordelingen[0].leerplicht.uitleg.find((u: { regel: string }) => u.regel === 'lpw.art3.begin');
    expect(begin.tekst).toMatch(/2 April 2024/);
  });
});

describe('Apollo', () => {
  it('answers carry cache-control: no-store (as with Apollo\'s cache-control plugin, now off)', async () => {
    const res = await fetch(client.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a document over the alias limit is refused every time it is sent (the kept verdict)', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: regelset { hash }`).join(' ')} }`;
    for (let k = 0; k < 2; k++) {
      const r = await vraag(query);
      expect(r.status).toBe(400);
      expect(r.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors![0].message).toMatch(/aliases/i);
    }
  });
});
