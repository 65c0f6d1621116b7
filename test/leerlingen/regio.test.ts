// RMC-regio keys: read across the regio's gemeenten (not others), no writes, no BSN, figures per
// gemeente and for the regio as a whole.
import { MaakLeerlingDocument, RegioToegangDocument, RegiocijfersDocument, VerhuisLeerlingDocument, WijzigLeerlingDocument, ZichtJaarcijfersDocument, ZichtLeerlingDocument, ZichtLeerlingenDocument, LeerlingBsnDocument } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(60_000);
const k = {
  rmc: nieuweSleutel({ rol: 'RMC', regio: 'Test-Vecht', gemeenten: ['7206', '7207'] }),
  a: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7206' }), c: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7208' }),
};
let client: Client;
const ids: Record<string, string> = {};
afterAll(async () => { await client?.stop(); });

async function maak(naam: string, gemeente: string, sleutel: string) {
  const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2012-02-01', gemeente, vakantieregio: 'MIDDEN', feiten: { vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2023-09-01' }] } } }, sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  ids[naam] = r.data!.maakLeerling.id;
}

beforeAll(async () => {
  client = await startClient({ sleutels: Object.values(k).map((x) => x.regel) });
  await maak('in6', '7206', k.a.sleutel);
  await maak('verhuisd', '7206', k.a.sleutel);
  await maak('buiten', '7208', k.c.sleutel);
  // moves within the regio: 7206 → 7207 on 1 March 2024
  const v = await client.vraag(VerhuisLeerlingDocument, { leerlingId: ids.verhuisd, gemeente: '7207', datum: '2024-03-01' }, k.a.sleutel);
  if (v.errors) throw new Error(JSON.stringify(v.errors));
});

describe('RMC-regio key', () => {
  it('says who it is', async () => {
    expect((await client.vraag(RegioToegangDocument, {}, k.rmc.sleutel)).data!.toegang).toMatchObject({ rol: 'RMC', regio: 'Test-Vecht', gemeenten: ['7206', '7207'] });
  });

  it('reads its gemeenten, not others; no BSN', async () => {
    const lijst = (await client.vraag(ZichtLeerlingenDocument, {}, k.rmc.sleutel)).data!.leerlingen.map((l) => l.id);
    expect(lijst).toEqual(expect.arrayContaining([ids.in6, ids.verhuisd]));
    expect(lijst).not.toContain(ids.buiten);
    expect((await client.vraag(ZichtLeerlingDocument, { id: ids.verhuisd }, k.rmc.sleutel)).data!.leerling.woonperiodes).toHaveLength(2);
    expect((await client.vraag(ZichtLeerlingDocument, { id: ids.buiten }, k.rmc.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(LeerlingBsnDocument, { id: ids.in6 }, k.rmc.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('cannot write', async () => {
    expect((await client.vraag(WijzigLeerlingDocument, { id: ids.in6, wijziging: { vakantieregio: 'NOORD' } }, k.rmc.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2012-02-01', gemeente: '7206' } }, k.rmc.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(VerhuisLeerlingDocument, { leerlingId: ids.in6, gemeente: '7207', datum: '2024-03-01' }, k.rmc.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('asks jaarcijfers for its gemeenten only, and regiocijfers per gemeente and as a whole', async () => {
    expect((await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7207', schooljaar: '2023/2024' }, k.rmc.sleutel)).data!.jaarcijfers.leerlingen).toBe(1);
    expect((await client.vraag(ZichtJaarcijfersDocument, { gemeente: '7208', schooljaar: '2023/2024' }, k.rmc.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(RegiocijfersDocument, { schooljaar: '2023/2024' }, k.a.sleutel)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const r = await client.vraag(RegiocijfersDocument, { schooljaar: '2023/2024' }, k.rmc.sleutel);
    expect(r.errors).toBeUndefined();
    const c = r.data!.regiocijfers;
    expect(c.gemeenten.map((g) => [g.gemeente, g.leerlingen])).toEqual([['7206', 2], ['7207', 1]]);
    // the moved leerling counts once for the regio
    expect(c.totaal).toMatchObject({ regio: 'Test-Vecht', gemeenten: ['7206', '7207'], leerlingen: 2, fouten: [] });
    expect(c.totaal.vrijstellingen.find((v) => v.grond === 'ART_5_A')!.aantal).toBe(2);
  });
});
