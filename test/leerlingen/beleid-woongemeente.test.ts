// A stored leerling is judged by the policy packs of its woongemeente on the peildatum
// (woonperiodes), not of where it lives today.
import 'reflect-metadata';
import { MaakLeerlingDocument, VerhuisLeerlingDocument } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';
import { PAKKET, pakketMap, signaalRegel } from '../engine/beleid/hulp';

jest.setTimeout(60_000);
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const k = { oud: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '3111' }), nieuw: nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '3112' }) };
// a pack for 3112 only
const pakketten = pakketMap({ '3112/pakket.json': { ...PAKKET, naam: 'Protocol 3112' }, '3112/signalen.json': { wet: 'beleid', regels: [signaalRegel('beleid3112.twaalf')] } });
let client: Client;
let id: string;
afterAll(async () => { await client?.stop(); });

beforeAll(async () => {
  client = await startClient({ sleutels: Object.values(k).map((x) => x.regel), instellingen: { beleidMappen: [pakketten] } });
  // 3 × 5 hours unexcused on 1–3 October 2024 (NOORD, no holiday): 15 hours in four lesweken
  const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum: '2012-03-01', gemeente: '3111', vakantieregio: 'NOORD', feiten: {
    verzuim: ['2024-10-01', '2024-10-02', '2024-10-03'].map((datum) => ({ datum, uren: 5, reden: 'ONGEOORLOOFD' as never })),
  } } }, k.oud.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  id = r.data!.maakLeerling.id;
  const v = await client.vraag(VerhuisLeerlingDocument, { leerlingId: id, gemeente: '3112', datum: '2024-11-01' }, k.oud.sleutel);
  if (v.errors) throw new Error(JSON.stringify(v.errors));
});

async function beleid(peildatum: string): Promise<Json> {
  const r = await client.ruw({ query: `query($id: ID!, $p: LocalDate!) { leerling(id: $id) { beoordeling(peildatum: $p) { beleidspakketten { naam gemeente } signalen { code } } } }`, variables: { id, p: peildatum } }, { authorization: `Bearer ${k.nieuw.sleutel}` });
  expect(r.errors).toBeUndefined();
  return (r.data as Json).leerling.beoordeling;
}

describe('the packs of the woongemeente on the peildatum', () => {
  it('before the move: the old gemeente, which has no pack', async () => {
    expect(await beleid('2024-10-20')).toEqual({ beleidspakketten: [], signalen: [] });
  });

  it('from the day of the move: the new gemeente\'s pack', async () => {
    expect(await beleid('2024-11-01')).toEqual({ beleidspakketten: [{ naam: 'Protocol 3112', gemeente: '3112' }], signalen: [{ code: 'SIGNAAL_12_UUR' }] });
  });
});
