// Property: for random situaties (valid and not), each NDJSON answer of POST /bulk/beoordelingen
// equals what GraphQL `beoordeling(situatie, peildatum, wetsdatum, taal)` answers for the same
// input and the same fields with all their subfields: data.beoordeling, or the first error's
// code and message. Both through the same running server.
import fc from 'fast-check';
import { getNamedType, isObjectType, type GraphQLOutputType } from 'graphql';
import { bulkSchema } from '../../src/bulk/schema';
import { bulkVelden } from '../../src/bulk/velden';
import { startClient, type Client } from '../api/client';
import { bulkPost } from './http-hulp';

let client: Client;
beforeAll(async () => { client = await startClient({ instellingen: { bulkWerkers: 1 } }); });
afterAll(async () => { await client?.stop(); });

/** every subfield, as GraphQL text (the bulk answer for a veld holds all of them) */
function alles(type: GraphQLOutputType): string {
  const t = getNamedType(type);
  if (!isObjectType(t)) return '';
  return `{ ${Object.values(t.getFields()).filter((f) => f.args.length === 0).map((f) => `${f.name} ${alles(f.type)}`).join(' ')} }`;
}

const iso = (d: number) => new Date(d * 864e5).toISOString().slice(0, 10);
const dag = (s: string) => Date.parse(s) / 864e5;
const datum = (van: string, tot: string) => fc.integer({ min: dag(van), max: dag(tot) }).map(iso);

const inschrijving = fc.record({
  onderwijs: fc.constantFrom('PO', 'SO', 'VSO', 'PRO', 'VMBO', 'HAVO', 'VWO', 'MBO', 'BUITENLAND'),
  vanaf: datum('2008-08-01', '2026-08-01'),
  tot: fc.option(datum('2010-07-31', '2027-07-31'), { nil: undefined }),
  niveau: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
}, { requiredKeys: ['onderwijs', 'vanaf'] });
const diploma = fc.record({ soort: fc.constantFrom('HAVO', 'VWO', 'MBO_2', 'MBO_ENTREE', 'VMBO_TL', 'PRO'), datum: datum('2015-06-01', '2026-07-01') });
const verzuim = fc.record({ datum: datum('2023-09-01', '2025-06-30'), uren: fc.integer({ min: 1, max: 12 }).map((n) => n / 2), reden: fc.constantFrom('ONGEOORLOOFD', 'TE_LAAT', 'ZIEKTE', 'VAKANTIE_ZONDER_VERLOF') });
const situatie = fc.record({
  geboortedatum: datum('1998-01-01', '2021-12-31'),
  vakantieregio: fc.option(fc.constantFrom('NOORD', 'MIDDEN', 'ZUID'), { nil: undefined }),
  inschrijvingen: fc.option(fc.array(inschrijving, { maxLength: 2 }), { nil: undefined }),
  diplomas: fc.option(fc.array(diploma, { maxLength: 1 }), { nil: undefined }),
  verzuim: fc.option(fc.array(verzuim, { maxLength: 6 }), { nil: undefined }),
  meerderjarigVerklaard: fc.option(fc.boolean(), { nil: undefined }),
}, { requiredKeys: ['geboortedatum'] });
// now and then input GraphQL refuses: an impossible day, an unknown enum value, a wrong type, an unknown field
const kapot = fc.oneof(
  situatie.map((s) => ({ ...s, geboortedatum: '2015-02-30' })),
  situatie.map((s) => ({ ...s, vakantieregio: 'OOST' })),
  situatie.map((s) => ({ ...s, meerderjarigVerklaard: 'ja' })),
  situatie.map((s) => ({ ...s, bsn: 1 })),
  fc.constant({}),
);
const invoer = fc.oneof({ weight: 9, arbitrary: situatie }, { weight: 1, arbitrary: kapot });

describe('bulk NDJSON = GraphQL beoordeling', () => {
  it('answers the same for the same input and velden (fast-check)', async () => {
    let beoordelingen = 0;
    let fouten = 0;
    const typen = bulkSchema().getType('Beoordeling') as import('graphql').GraphQLObjectType;
    const velden = bulkVelden();
    await fc.assert(fc.asyncProperty(
      fc.array(invoer, { minLength: 1, maxLength: 12 }),
      fc.subarray(velden, { minLength: 1 }),
      datum('2021-09-01', '2027-06-30'),
      fc.option(datum('2009-08-01', '2027-06-30'), { nil: null }),
      fc.constantFrom('NL', 'EN'),
      async (situaties, gekozen, peildatum, wetsdatum, taal) => {
        const q = `?peildatum=${peildatum}&velden=${gekozen.join(',')}&taal=${taal}${wetsdatum ? `&wetsdatum=${wetsdatum}` : ''}`;
        const bulk = await bulkPost(client.server.url, situaties.map((s) => JSON.stringify(s)).join('\n'), q);
        expect(bulk.status).toBe(200);
        expect(bulk.regels.map((r) => r.regel)).toEqual(situaties.map((_, i) => i + 1));
        // variables named as the arguments, so GraphQL names a bad field situatie.… as bulk does
        const query = `query($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal) { beoordeling(situatie: $situatie, peildatum: $peildatum, wetsdatum: $wetsdatum, taal: $taal) { ${gekozen.map((v) => `${v} ${alles(typen.getFields()[v].type)}`).join(' ')} } }`;
        for (let i = 0; i < situaties.length; i++) {
          const g = await client.ruw({ query, variables: { situatie: situaties[i], peildatum, wetsdatum, taal } });
          const b = bulk.regels[i];
          if (g.errors?.length) {
            fouten++;
            expect({ regel: i + 1, code: b.fout?.code, message: b.fout?.message }).toEqual({ regel: i + 1, code: g.errors[0].extensions?.code, message: g.errors[0].message });
          } else {
            beoordelingen++;
            expect(b).toEqual({ regel: i + 1, beoordeling: (g.data as { beoordeling: unknown }).beoordeling });
          }
        }
      },
    ), { numRuns: 40 });
    // the property compared real answers, not only refusals
    expect(beoordelingen).toBeGreaterThan(fouten);
  }, 120_000);

  it('a velden path (leerplicht.status) answers as the GraphQL selection of that subfield', async () => {
    const situaties = [{ geboortedatum: '2019-03-01', vakantieregio: 'MIDDEN' }, { geboortedatum: '2008-01-15', inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2024-08-01', niveau: 2 }] }];
    const bulk = await bulkPost(client.server.url, situaties.map((s) => JSON.stringify(s)).join('\n'), '?peildatum=2025-03-03&velden=leeftijd,leerplicht.status,leerplicht.uitleg.regel,tijdlijn.vanaf,uitleg.regel');
    const query = 'query($situatie: SituatieInput!) { beoordeling(situatie: $situatie, peildatum: "2025-03-03") { leeftijd leerplicht { status uitleg { regel } } tijdlijn { vanaf } uitleg { regel } } }';
    for (let i = 0; i < situaties.length; i++) {
      const g = await client.ruw({ query, variables: { situatie: situaties[i] } });
      expect(g.errors).toBeUndefined();
      expect(bulk.regels[i]).toEqual({ regel: i + 1, beoordeling: (g.data as { beoordeling: unknown }).beoordeling });
    }
  });

  it('aannames, waarschuwingen, the dates per regio and ignored verzuim (issue 13) answer as GraphQL, for the same selection', async () => {
    // no vakantieregio: the start differs per regio (zomervakantie 2025), a Saturday's verzuim is ignored
    const situaties = [
      { geboortedatum: '2020-07-20', verzuim: [{ datum: '2025-09-06', uren: 2, reden: 'ONGEOORLOOFD' }] },
      { geboortedatum: '2012-05-01', vakantieregio: 'NOORD', inschrijvingen: [] },
    ];
    const bulk = await bulkPost(client.server.url, situaties.map((s) => JSON.stringify(s)).join('\n'), '?peildatum=2025-09-10&velden=leerplicht.absoluutVerzuim,leerplicht.leerplichtigVanafPerRegio,leerplicht.afhankelijkVanRegio,verzuim.genegeerd,aannames,waarschuwingen');
    const query = 'query($situatie: SituatieInput!) { beoordeling(situatie: $situatie, peildatum: "2025-09-10") { leerplicht { absoluutVerzuim leerplichtigVanafPerRegio { regio datum } afhankelijkVanRegio } verzuim { genegeerd { datum uren reden geenSchooldag toelichting } } aannames { code tekst invoer velden } waarschuwingen { code tekst velden invoer } } }';
    for (let i = 0; i < situaties.length; i++) {
      const g = await client.ruw({ query, variables: { situatie: situaties[i] } });
      expect(g.errors).toBeUndefined();
      expect(bulk.regels[i]).toEqual({ regel: i + 1, beoordeling: (g.data as { beoordeling: unknown }).beoordeling });
    }
    expect(bulk.regels[0].beoordeling.leerplicht).toMatchObject({ absoluutVerzuim: null, afhankelijkVanRegio: true });
    expect(bulk.regels[0].beoordeling.verzuim.genegeerd).toMatchObject([{ datum: '2025-09-06', geenSchooldag: 'WEEKEND' }]);
    expect(bulk.regels[1].beoordeling.leerplicht).toEqual({ absoluutVerzuim: true, leerplichtigVanafPerRegio: [{ regio: 'NOORD', datum: null }], afhankelijkVanRegio: false });
  });
});
