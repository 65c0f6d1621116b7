// SCHOOL visibility per period: an inschrijving at a BRIN the key covers that runs or ended at most one
// schooljaar ago (LEERPLICHT_SCHOOL_ZICHT_SCHOOLJAREN), and then only the facts dated inside it.
import { MaakLeerlingDocument, ZichtBeoordelingenDocument, ZichtJaarcijfersDocument, ZichtLeerlingDocument, ZichtLeerlingenDocument, type NieuweLeerlingInput } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { schoolZichtGrens, vandaagDatum, zetSchoolZichtSchooljaren } from '../../src/store/zichtbaarheid';
import { startClient, type Client } from '../api/client';

jest.setTimeout(60_000);
const k = {
  aa: nieuweSleutel({ rol: 'SCHOOL', brin: '72AA' }), aa01: nieuweSleutel({ rol: 'SCHOOL', brin: '72AA01' }), bb: nieuweSleutel({ rol: 'SCHOOL', brin: '72BB' }),
  lpa: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7201' }),
};
let client: Client;
afterAll(async () => { await client?.stop(); });

const dag = (s: string, n: number) => new Date(Date.parse(`${s}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
const grens = schoolZichtGrens(vandaagDatum());
async function maak(feiten: NieuweLeerlingInput['feiten']): Promise<string> {
  const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2012-03-01', gemeente: '7201', feiten } }, k.lpa.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}
const po = (brin: string, vanaf: string, tot?: string) => ({ brin, onderwijs: 'PO' as const, vanaf, tot });
let opGrens: string; let dagTeLaat: string; let vestiging: string;

beforeAll(async () => {
  client = await startClient({ sleutels: Object.values(k).map((x) => x.regel) });
  // ended exactly one schooljaar ago (visible to 72AA), then at 72BB
  opGrens = await maak({
    inschrijvingen: [po('72AA', '2020-08-17', grens), po('72BB', dag(grens, 1))],
    diplomas: [{ soort: 'DEELCERTIFICAAT', datum: dag(grens, -10) }, { soort: 'DEELCERTIFICAAT', datum: dag(grens, 10) }],
    vrijstellingen: [{ grond: 'ART_5_A', vanaf: dag(grens, 5), tot: dag(grens, 20) }],
  });
  // ended one day more ago: no longer visible to 72AA
  dagTeLaat = await maak({ inschrijvingen: [po('72AA', '2020-08-17', dag(grens, -1)), po('72BB', grens)] });
  vestiging = await maak({ inschrijvingen: [po('72AA01', '2020-08-17')] });
});
afterEach(() => zetSchoolZichtSchooljaren(null));

const lees = (id: string, sleutel: string) => client.vraag(ZichtLeerlingDocument, { id }, sleutel);
const ids = async (sleutel: string) => (await client.vraag(ZichtLeerlingenDocument, {}, sleutel)).data!.leerlingen.map((l) => l.id);
const verboden = (id: string) => [{ message: `id: leerling ${id} does not exist or is not accessible with this key`, code: 'FORBIDDEN' }];
const fouten = (r: { errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }) => r.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }));

describe('SCHOOL window', () => {
  it('sees an inschrijving that ended exactly one schooljaar ago, not one that ended a day earlier', async () => {
    expect((await lees(opGrens, k.aa.sleutel)).errors).toBeUndefined();
    expect(fouten(await lees(dagTeLaat, k.aa.sleutel))).toEqual(verboden(dagTeLaat));
    // the same answer as an id that does not exist
    const onbekend = '00000000-0000-4000-8000-000000000000';
    expect(fouten(await lees(onbekend, k.aa.sleutel))).toEqual(verboden(onbekend));
    const lijst = await ids(k.aa.sleutel);
    expect(lijst).toContain(opGrens);
    expect(lijst).not.toContain(dagTeLaat);
    // the other school (running inschrijving) sees both
    expect(await ids(k.bb.sleutel)).toEqual(expect.arrayContaining([opGrens, dagTeLaat]));
  });

  it('the window is configurable (LEERPLICHT_SCHOOL_ZICHT_SCHOOLJAREN)', async () => {
    zetSchoolZichtSchooljaren(2);
    expect((await lees(dagTeLaat, k.aa.sleutel)).errors).toBeUndefined();
    zetSchoolZichtSchooljaren(0);
    expect(fouten(await lees(opGrens, k.aa.sleutel))).toEqual(verboden(opGrens));
  });

  it('shows a SCHOOL only its own inschrijvingen and the facts dated inside them', async () => {
    const aa = (await lees(opGrens, k.aa.sleutel)).data!.leerling;
    expect(aa.inschrijvingen.map((i) => i.brin)).toEqual(['72AA']);
    expect(aa.diplomas.map((d) => d.datum)).toEqual([dag(grens, -10)]);
    expect(aa.vrijstellingen).toEqual([]);
    const bb = (await lees(opGrens, k.bb.sleutel)).data!.leerling;
    expect(bb.inschrijvingen.map((i) => i.brin)).toEqual(['72BB']);
    expect(bb.diplomas.map((d) => d.datum)).toEqual([dag(grens, 10)]);
    expect(bb.vrijstellingen).toHaveLength(1);
    // the leerplichtambtenaar sees everything of its gemeente
    const lpa = (await lees(opGrens, k.lpa.sleutel)).data!.leerling;
    expect(lpa.inschrijvingen).toHaveLength(2);
    expect(lpa.diplomas).toHaveLength(2);
    expect(lpa.woonperiodes).toEqual([{ gemeente: '7201', vanaf: '2012-03-01', tot: null }]);
  });

  it('a BRIN key covers its vestigingen; a vestiging key only itself', async () => {
    expect((await lees(vestiging, k.aa.sleutel)).errors).toBeUndefined();
    expect((await lees(vestiging, k.aa01.sleutel)).errors).toBeUndefined();
    expect(fouten(await lees(opGrens, k.aa01.sleutel))).toEqual(verboden(opGrens));
    expect(await ids(k.aa01.sleutel)).toEqual([vestiging]);
    // the brin filter narrows within the key's own inschrijvingen
    expect((await client.vraag(ZichtLeerlingenDocument, { brin: '72AA01' }, k.aa.sleutel)).data!.leerlingen.map((l) => l.id)).toEqual([vestiging]);
    expect((await client.vraag(ZichtLeerlingenDocument, { brin: '72BB' }, k.aa.sleutel)).data!.leerlingen).toEqual([]);
  });
});

describe('a leerling that cannot be evaluated', () => {
  it('does not break leerlingen { beoordeling }: the others answer, it is named in errors', async () => {
    const goed = await maak({ inschrijvingen: [po('72BB', '2020-08-17')] });
    const slecht = await maak({ inschrijvingen: [po('72BB', '2020-08-17')] });
    // a record outside the covered calendar, as older versions could store (written past the API's checks)
    await client.server.context.orm!.em.fork().getConnection().execute(
      `update leerling set vakantieregio = 'ZUID' where id = ?`, [slecht]);
    await client.server.context.orm!.em.fork().getConnection().execute(
      `insert into verzuimregistratie (leerling_id, datum, uren, reden, vastgelegd_door, vastgelegd_rol, vastgelegd_op) values (?, '2012-01-02', 2, 'ONGEOORLOOFD', 'onbekend', 'ONBEKEND', now())`, [slecht]);
    const r = await client.vraag(ZichtBeoordelingenDocument, { peildatum: '2024-03-01' }, k.lpa.sleutel);
    const per = new Map(r.data!.leerlingen.map((l) => [l.id, l.beoordeling]));
    expect(per.get(goed)).toEqual({ leeftijd: 12 });
    expect(per.get(slecht)).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0].extensions).toMatchObject({ leerlingId: slecht });
    expect(r.errors![0].path).toEqual(['leerlingen', expect.any(Number), 'beoordeling']);
    // jaarcijfers answers too, listing it in fouten
    const c = await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7201', schooljaar: '2023/2024' }, k.lpa.sleutel);
    expect(c.errors).toBeUndefined();
    expect(c.data!.jaarcijfers.fouten).toEqual([{ leerlingId: slecht, code: expect.any(String), bericht: expect.any(String) }]);
  });
});
