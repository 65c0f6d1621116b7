// jaarcijfers on a small gemeente whose figures are worked out by hand below (MIDDEN, 2023/2024:
// voorjaarsvakantie 17–25 Feb 2024, Easter Monday 1 April 2024).
import { JaarcijfersDocument, MaakLeerlingDocument, RegistreerMeldingDocument, VerwijderFeitenDocument, WijzigMeldingstatusDocument, type NieuweLeerlingInput, type VerzuimInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(6);
jest.setTimeout(60_000); // several requests per test; the suite shares 2 cores
let client: Client;
afterAll(async () => { await client?.stop(); });

const ZESTIEN = (maand: string): VerzuimInput[] => ['08', '09', '10', '11'].map((d) => ({ datum: `${maand}-${d}`, uren: 4, reden: 'ONGEOORLOOFD' }));
/** every schooldag 4 March – 2 April 2024 absent: 4 whole lesweken and one day more → LANGDURIG_RELATIEF ending 2 April */
const VIJF_WEKEN: VerzuimInput[] = [];
for (let d = Date.UTC(2024, 2, 4); d <= Date.UTC(2024, 3, 2); d += 864e5) {
  const dag = new Date(d);
  if (dag.getUTCDay() % 6 !== 0 && dag.toISOString().slice(0, 10) !== '2024-04-01') VIJF_WEKEN.push({ datum: dag.toISOString().slice(0, 10), uren: 6, reden: 'ONGEOORLOOFD' });
}

async function leerling(geboortedatum: string, feiten: NieuweLeerlingInput['feiten'], gemeente = s.gemeenteA): Promise<string> {
  const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum, gemeente, vakantieregio: 'MIDDEN', feiten } }, gemeente === s.gemeenteA ? s.lpaA : s.lpaB);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}
const vmbo = (vanaf: string, tot?: string) => ({ brin: s.brinA, onderwijs: 'VMBO' as const, vanaf, tot });
async function registreer(leerlingId: string, soort: 'ZESTIEN_UUR' | 'LUXE_VERZUIM' | 'LANGDURIG_RELATIEF', einddatum: string, peildatum: string): Promise<string> {
  const r = await client.vraag(RegistreerMeldingDocument, { leerlingId, soort, einddatum, peildatum }, s.lpaA);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.registreerMelding.id;
}

beforeAll(async () => {
  client = await startClient({ sleutels: s.regels });
  // vrijstellingen (leerlingen with one in force on a day of 2023/2024)
  await leerling('2012-02-01', { vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2023-01-01', tot: '2024-12-31' }] }); // L1: 5 a
  await leerling('2012-02-01', { vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2022-08-01', tot: '2023-07-31' }], inschrijvingen: [vmbo('2023-08-01')] }); // L2: ended before → 0
  await leerling('2012-02-01', { vrijstellingen: [{ grond: 'ART_5_B', vanaf: '2020-01-01' }, { grond: 'ART_5_B', vanaf: '2018-01-01', tot: '2019-12-31' }] }); // L3: 5 b, once
  await leerling('2012-02-01', { inschrijvingen: [{ brin: s.brinA, onderwijs: 'PO', vanaf: '2016-08-22', tot: '2024-06-30' }], vrijstellingen: [{ grond: 'ART_15', vanaf: '2024-07-01' }] }); // L4: 15
  await leerling('2012-02-01', { vrijstellingen: [{ grond: 'ART_5_C', vanaf: '2023-06-01', tot: '2024-08-31' }] }); // L13: 5 c
  // thuiszitters
  await leerling('2010-05-01', { inschrijvingen: [vmbo('2022-08-22', '2023-12-22')] }); // L5: not enrolled from the Christmas holiday on → yes
  await leerling('2011-03-01', { inschrijvingen: [vmbo('2023-08-21', '2024-01-19'), vmbo('2024-02-26')] }); // L6: 22 Jan – 16 Feb = 20 schooldagen → no
  await leerling('2011-03-01', { inschrijvingen: [vmbo('2023-08-21', '2024-01-19'), vmbo('2024-02-27')] }); // L7: 20 + Monday 26 Feb = 21 → yes
  await leerling('2011-06-01', { inschrijvingen: [vmbo('2023-08-21')], verzuim: VIJF_WEKEN }); // L8: langdurig relatief, computed → yes
  const l14 = await leerling('2011-06-01', { inschrijvingen: [vmbo('2023-08-21')], verzuim: VIJF_WEKEN }); // L14: langdurig relatief, recorded → yes
  await registreer(l14, 'LANGDURIG_RELATIEF', '2024-04-02', '2024-04-05');
  const weg = (await client.vraag(VerwijderFeitenDocument, { leerlingId: l14, ids: [] }, s.lpaA)).data!.verwijderFeiten.verzuim.map((v) => v.id);
  await client.vraag(VerwijderFeitenDocument, { leerlingId: l14, ids: weg }, s.lpaA); // only the recorded melding is left
  // recorded meldingen
  const l9 = await leerling('2011-06-01', { inschrijvingen: [vmbo('2023-08-21')], verzuim: [...ZESTIEN('2024-01'), { datum: '2024-03-04', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }] });
  await registreer(l9, 'ZESTIEN_UUR', '2024-01-11', '2024-03-15'); // counts
  await registreer(l9, 'LUXE_VERZUIM', '2024-03-04', '2024-03-15'); // counts, also as luxe verzuim
  const l10 = await leerling('2011-06-01', { inschrijvingen: [vmbo('2023-08-21')], verzuim: ZESTIEN('2024-01') });
  const ingetrokken = await registreer(l10, 'ZESTIEN_UUR', '2024-01-11', '2024-03-15');
  await client.vraag(WijzigMeldingstatusDocument, { id: ingetrokken, status: 'INGETROKKEN' }, s.lpaA); // withdrawn: does not count
  const l11 = await leerling('2011-06-01', { inschrijvingen: [vmbo('2022-08-22')], verzuim: ZESTIEN('2023-05') });
  await registreer(l11, 'ZESTIEN_UUR', '2023-05-11', '2023-06-01'); // 2022/2023: does not count
  // voortijdig schoolverlater: in mbo on 1 Oct 2023 (17), left without diploma, not enrolled on 1 Oct 2024
  await leerling('2006-03-01', { inschrijvingen: [{ brin: s.brinA, onderwijs: 'MBO', vanaf: '2022-08-22', tot: '2024-02-29' }] }); // L12
  // another gemeente: none of it counts
  await leerling('2012-02-01', { vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2023-01-01' }] }, s.gemeenteB);
}, 60_000);

describe('jaarcijfers', () => {
  it('counts by hand-computed definitions', async () => {
    const r = await client.vraag(JaarcijfersDocument, { gemeente: s.gemeenteA, schooljaar: '2023/2024' }, s.lpaA);
    expect(r.errors).toBeUndefined();
    const c = r.data!.jaarcijfers;
    expect(c).toMatchObject({ gemeente: s.gemeenteA, schooljaar: '2023/2024', leerlingen: 14, luxeVerzuim: 1, thuiszitters: 4 });
    expect(c.vrijstellingen).toEqual([
      { grond: 'ART_5_A', aantal: 1 }, { grond: 'ART_5_B', aantal: 1 }, { grond: 'ART_5_C', aantal: 1 }, { grond: 'ART_5A', aantal: 0 }, { grond: 'ART_15', aantal: 1 },
    ]);
    expect(Object.fromEntries(c.meldingen.map((m) => [m.soort, m.aantal]))).toEqual({
      ZESTIEN_UUR: 1, LUXE_VERZUIM: 1, LANGDURIG_RELATIEF: 1, DOORSTROOMPUNT: 0, OVERIG: 0, DRIE_SCHOOLDAGEN: 0, ACHTSTE_LESTIJD: 0,
    });
    // L12 (mbo, 17, left in February) and L5 (vmbo, left at Christmas) are new vsv'ers of 2023/2024
    // once the vsv rules (regelingen/vsv.json) are loaded; without them the field is false for everyone.
    const vsvRegels = client.server.context.regelset.regels.some((x) => x.onderwerp === 'vsv');
    expect(c.voortijdigSchoolverlaters).toBe(vsvRegels ? 2 : 0);
  });

  it('the year before counts its own meldingen; bad schooljaar is BAD_USER_INPUT', async () => {
    const r = await client.vraag(JaarcijfersDocument, { gemeente: s.gemeenteA, schooljaar: '2022/2023' }, s.lpaA);
    expect(r.errors).toBeUndefined();
    expect(r.data!.jaarcijfers.meldingen.find((m) => m.soort === 'ZESTIEN_UUR')!.aantal).toBe(1);
    expect(r.data!.jaarcijfers.luxeVerzuim).toBe(0);
    const fout = await client.vraag(JaarcijfersDocument, { gemeente: s.gemeenteA, schooljaar: '2023-2024' }, s.lpaA);
    expect(fout.errors![0]).toMatchObject({ message: 'schooljaar: "2023-2024" is not a schooljaar (YYYY/YYYY+1, e.g. "2023/2024")', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
