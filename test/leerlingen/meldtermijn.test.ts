// TeMelden.termijn: the stored leerlingen' meldingen carry the same reporting deadline as
// Beoordeling.verzuim.meldingen (art 21a; practice since 2020-07-01). Tenant codes of helper l3 (37xx).
import { MaakLeerlingDocument } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(60_000);
const school = nieuweSleutel({ rol: 'SCHOOL', brin: '37AA' });
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [school.regel] }); });
afterAll(async () => { await client.stop(); });

it('a stored leerling\'s 16-hour melding has its deadline: 5 schooldagen after the einddatum', async () => {
  // 4 h unexcused Monday to Thursday 8–11 January 2024 (MIDDEN): 16 h reached Thursday 11 January;
  // Fri 12, Mon 15, Tue 16, Wed 17, Thu 18 January
  const verzuim = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' as const }));
  const m = await client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum: '2011-09-01', gemeente: '3701', vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: '37AA', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim } },
  }, school.sleutel);
  expect(m.errors).toBeUndefined();
  const id = m.data!.maakLeerling.id;
  const r = await client.ruw({ query: 'query { meldingen(peildatum: "2024-03-15") { leerlingId soort einddatum termijn { soort termijn uiterlijk parameter uitleg { regel } } } }' }, { authorization: `Bearer ${school.sleutel}` });
  expect(r.errors).toBeUndefined();
  const eigen = (r.data as { meldingen: { leerlingId: string }[] }).meldingen.filter((x) => x.leerlingId === id);
  expect(eigen).toEqual([{
    leerlingId: id, soort: 'ZESTIEN_UUR', einddatum: '2024-01-11',
    termijn: { soort: 'PRAKTIJK', termijn: expect.stringContaining('geen termijn'), uiterlijk: '2024-01-18', parameter: 'verzuimMeldtermijnSchooldagen', uitleg: { regel: 'lpw.art21a.termijn.praktijk' } },
  }]);
  // the list computes termijn and uitleg only when selected: asked through meldingenOverzicht and a
  // fragment they are there, and a list that does not ask for them gives the rest unchanged
  const o = await client.ruw({
    query: `query { meldingenOverzicht(peildatum: "2024-03-15") { meldingen { ...M } } }
      fragment M on TeMelden { leerlingId einddatum termijn { uiterlijk } uitleg { regel } }`,
  }, { authorization: `Bearer ${school.sleutel}` });
  expect(o.errors).toBeUndefined();
  expect((o.data as { meldingenOverzicht: { meldingen: { leerlingId: string }[] } }).meldingenOverzicht.meldingen.filter((x) => x.leerlingId === id))
    .toEqual([{ leerlingId: id, einddatum: '2024-01-11', termijn: { uiterlijk: '2024-01-18' }, uitleg: [{ regel: 'lpw.art21a.lid1.zestien-uur' }] }]);
  const zonder = await client.ruw({ query: 'query { meldingenOverzicht(peildatum: "2024-03-15") { meldingen { leerlingId einddatum verplicht } } }' }, { authorization: `Bearer ${school.sleutel}` });
  expect((zonder.data as { meldingenOverzicht: { meldingen: { leerlingId: string }[] } }).meldingenOverzicht.meldingen.filter((x) => x.leerlingId === id))
    .toEqual([{ leerlingId: id, einddatum: '2024-01-11', verplicht: true }]);
});
