// verhuisLeerling: a dated move kept as woonperiodes; the old gemeente sees up to the day before, the
// new one from the day; figures count by the woongemeente on each figure's day.
import { MaakLeerlingDocument, VerhuisLeerlingDocument, ZichtJaarcijfersDocument, ZichtLeerlingDocument } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(60_000);
const k = {
  oud: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7203' }), nieuw: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7204' }),
  school: nieuweSleutel({ rol: 'SCHOOL', brin: '72BB' }),
};
let client: Client;
let id: string;
afterAll(async () => { await client?.stop(); });

beforeAll(async () => {
  client = await startClient({ sleutels: Object.values(k).map((x) => x.regel) });
  const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2012-02-01', gemeente: '7203', vakantieregio: 'MIDDEN', feiten: {
    inschrijvingen: [{ brin: '72BB', onderwijs: 'VMBO', vanaf: '2023-08-21' }],
    verzuim: [{ datum: '2024-03-04', uren: 2, reden: 'ONGEOORLOOFD' }, { datum: '2024-03-05', uren: 2, reden: 'ONGEOORLOOFD' }],
    vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2024-01-01', tot: '2024-03-04' }],
  } } }, k.oud.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  id = r.data!.maakLeerling.id;
});

describe('verhuisLeerling', () => {
  it('is refused to a SCHOOL and to the gemeente it does not live in', async () => {
    expect((await client.vraag(VerhuisLeerlingDocument, { leerlingId: id, gemeente: '7204', datum: '2024-03-05' }, k.school.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const nieuw = await client.vraag(VerhuisLeerlingDocument, { leerlingId: id, gemeente: '7204', datum: '2024-03-05' }, k.nieuw.sleutel);
    expect(nieuw.errors![0]).toMatchObject({ message: `leerlingId: leerling ${id} does not exist or is not accessible with this key`, extensions: { code: 'FORBIDDEN' } });
    expect((await client.vraag(VerhuisLeerlingDocument, { leerlingId: id, gemeente: '7203', datum: '2024-03-05' }, k.oud.sleutel)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('closes the current period the day before and opens the new one', async () => {
    const r = await client.vraag(VerhuisLeerlingDocument, { leerlingId: id, gemeente: '7204', datum: '2024-03-05' }, k.oud.sleutel);
    expect(r.errors).toBeUndefined();
    expect(r.data!.verhuisLeerling).toMatchObject({ gemeente: '7204', woonperiodes: [{ gemeente: '7203', vanaf: '2012-02-01', tot: '2024-03-04' }, { gemeente: '7204', vanaf: '2024-03-05', tot: null }] });
    // the old gemeente no longer records moves
    expect((await client.vraag(VerhuisLeerlingDocument, { leerlingId: id, gemeente: '7205', datum: '2024-06-03' }, k.oud.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('the old gemeente sees the facts up to the day before, the new one from the day', async () => {
    const oud = (await client.vraag(ZichtLeerlingDocument, { id }, k.oud.sleutel)).data!.leerling;
    expect(oud.verzuim.map((v) => v.datum)).toEqual(['2024-03-04']);
    expect(oud.vrijstellingen).toHaveLength(1);
    const nieuw = (await client.vraag(ZichtLeerlingDocument, { id }, k.nieuw.sleutel)).data!.leerling;
    expect(nieuw.verzuim.map((v) => v.datum)).toEqual(['2024-03-05']);
    expect(nieuw.vrijstellingen).toEqual([]);
    expect(nieuw.gemeente).toBe('7204');
  });

  it('counts for each gemeente by the woongemeente on the day of the figure', async () => {
    const oud = (await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7203', schooljaar: '2023/2024' }, k.oud.sleutel)).data!.jaarcijfers;
    const nieuw = (await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7204', schooljaar: '2023/2024' }, k.nieuw.sleutel)).data!.jaarcijfers;
    // lived in both in 2023/2024: counted in both; the vrijstelling ended on the last day in 7203
    expect(oud.leerlingen).toBe(1);
    expect(nieuw.leerlingen).toBe(1);
    expect(oud.vrijstellingen.find((v) => v.grond === 'ART_5_A')!.aantal).toBe(1);
    expect(nieuw.vrijstellingen.find((v) => v.grond === 'ART_5_A')!.aantal).toBe(0);
    // the year before: only the old gemeente (no longer lost after the move)
    expect((await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7203', schooljaar: '2022/2023' }, k.oud.sleutel)).data!.jaarcijfers.leerlingen).toBe(1);
    expect((await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7204', schooljaar: '2022/2023' }, k.nieuw.sleutel)).data!.jaarcijfers.leerlingen).toBe(0);
  });
});

describe('after the move', () => {
  const ruw = (query: string, variables: Record<string, unknown>, sleutel: string) => client.ruw({ query, variables }, { authorization: `Bearer ${sleutel}` });

  it('the old gemeente reads but changes nothing: the same FORBIDDEN as for an unknown id', async () => {
    const onbekend = '00000000-0000-4000-8000-000000000000';
    for (const [query, vars] of [
      ['mutation($id: ID!) { voegFeitenToe(leerlingId: $id, feiten: { verlof: [{ soort: GEWICHTIG_14, vanaf: "2024-03-01", tot: "2024-03-01" }] }) { id } }', {}],
      ['mutation($id: ID!) { legBeoordelingVast(leerlingId: $id, peildatum: "2024-03-01") { beslissing { id } } }', {}],
      ['mutation($id: ID!) { verwijderLeerling(id: $id) }', {}],
    ] as const) {
      const a = await ruw(query, { id, ...vars }, k.oud.sleutel);
      const b = await ruw(query, { id: onbekend, ...vars }, k.oud.sleutel);
      expect(a.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(a.errors![0].message.replace(id, '<id>')).toBe(b.errors![0].message.replace(onbekend, '<id>'));
    }
    expect((await client.vraag(ZichtLeerlingDocument, { id }, k.nieuw.sleutel)).data!.leerling.id).toBe(id);
  });

  it('lists meldingen only about its own period: the old gemeente those ending before the move', async () => {
    // 16 unexcused hours in four lesweken, all after the move (2024-03-05): a melding for the new gemeente only
    const verzuim = ['2024-03-11', '2024-03-12', '2024-03-13', '2024-03-14'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
    const v = await ruw('mutation($id: ID!, $f: FeitenInput!) { voegFeitenToe(leerlingId: $id, feiten: $f) { id } }', { id, f: { verzuim } }, k.nieuw.sleutel);
    expect(v.errors).toBeUndefined();
    const lijst = async (sleutel: string) => ((await ruw('{ meldingen(peildatum: "2024-03-29") { leerlingId soort einddatum } }', {}, sleutel)).data as { meldingen: { leerlingId: string; einddatum: string }[] }).meldingen.filter((m) => m.leerlingId === id);
    const nieuw = await lijst(k.nieuw.sleutel);
    expect(nieuw.length).toBeGreaterThan(0);
    expect(nieuw.every((m) => m.einddatum >= '2024-03-05')).toBe(true);
    expect((await lijst(k.oud.sleutel)).filter((m) => m.einddatum >= '2024-03-05')).toEqual([]);
  });
});
