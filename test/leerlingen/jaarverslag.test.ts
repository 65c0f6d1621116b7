// The jaarverslag tables of the seeds rebuilt from a hand-computed fixture (gemeente 4301, vakantieregio
// MIDDEN, schooljaar 2024/2025). Calendar used below: zomervakantie 2024 until 25 Aug, herfstvakantie
// 26 Oct – 3 Nov 2024, kerstvakantie 21 Dec – 5 Jan, voorjaarsvakantie 22 Feb – 2 Mar 2025.
// Thuiszitter: more than 20 schooldagen (rules/parameters/thuiszitter.json), "> 3 maanden": 3 months.
//
// Expected tables, written before running anything:
// Purmerend-Beemster "Thuiszitters" (one column):
//   T1 not enrolled since 2024-06-01 (30 schooldagen 3 Jun – 12 Jul 2024): thuiszitter on 1 Aug → bij aanvang;
//      never enrolled again → still at the end (monitoren); 3 months from 1 Jun reached → > 3 maanden.
//   T2 as T1, enrolled again from 2024-10-01 → bij aanvang, opgelost; on 2024-09-01 still thuis → > 3 maanden.
//   T3 vmbo until 2024-09-30: 1–25 Oct = 19 schooldagen, 4 Nov the 20th, 5 Nov the 21st → nieuw (lived in
//      4301); moved to 4302 on 2025-03-01 → verhuisd; on 2025-01-01 (3 months) still thuis → > 3 maanden.
//   T4 enrolled, absent (ONGEOORLOOFD) 6 Jan – 7 Feb 2025 (25 schooldagen): the 21st day 3 Feb → nieuw,
//      langdurig relatief verzuim; back at school after → opgelost; not thuis on 6 Apr → not > 3 maanden.
//   T5 born 2007-01-15, mbo until 2024-09-30: kwalificatieplichtig, 21st schooldag 5 Nov → nieuw;
//      18 on 2025-01-15, not thuis any more on 31 Jul → 18 jaar geworden; on 2025-01-01 still thuis → > 3 maanden.
//   T6 absent 6–31 Jan 2025: 20 schooldagen only → no thuiszitter.
//   → bijAanvang 2, nieuw 3, totaal 5, > 3 maanden 4, verhuisd 1, 18 jaar 1, opgelost 2, monitoren 1;
//     per categorie: absoluut verzuim 4 (T1 T2 T3 T5), langdurig relatief 1 (T4).
//   absoluut verzuim on at least one day: T1 T2 T3 T5 = 4.
// IJssel-Vecht "89 meldingen over 55 jongeren" and Purmerend meldingen per school type:
//   M1 vmbo (43AA) ZESTIEN_UUR ending 14 Nov 2024 and 13 Mar 2025; M2 vmbo (43AA) 14 Nov; M3 mbo (43BB)
//   14 Nov; M4 po (43CC) LUXE_VERZUIM 3 Mar 2025 → 5 meldingen over 4 jongeren;
//   rows: ZESTIEN_UUR/VMBO/43AA 3 meldingen 2 leerlingen, ZESTIEN_UUR/MBO/43BB 1/1, LUXE_VERZUIM/PO/43CC 1/1.
// Purmerend "Maatregelen ingezet per schooljaar": preventief gesprek 2 (M1, M2), Haltverwijzing 1 (M2), proces verbaal 1 (M3).
// Vrijstellingen per grond and age: V1 5 a from 2024-09-01, aged 12 → 12-15; V2 5 a since 2023, aged 6 on
//   1 Aug 2024 → 5-11; V3 5 b since 2020, aged 16 on 1 Aug 2024 → 16-17.
// Vsv per bestemming: W1 in mbo on 1 Oct 2024 (17), enrolled until 31 Jul 2025, with a job → WERK 1.
import { D3OpenAfhandelingDocument, D3VoegMaatregelToeDocument, ExportJaarcijfersDocument, JaarverslagCijfersDocument, LeerlingThuiszitterDocument, MaakLeerlingDocument, RegistreerMeldingDocument, VerhuisLeerlingDocument, type NieuweLeerlingInput, type VerzuimInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

const G = '4301';
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: G, naam: 'Leerplicht 4301' });
const lpaB = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '4302' });
jest.setTimeout(120_000);
let client: Client;
afterAll(async () => { await client?.stop(); });

const schooldagen = (van: string, tot: string, vrij: string[] = []): string[] => {
  const uit: string[] = [];
  for (let d = Date.parse(`${van}T00:00:00Z`); d <= Date.parse(`${tot}T00:00:00Z`); d += 864e5) {
    const dag = new Date(d);
    const s = dag.toISOString().slice(0, 10);
    if (dag.getUTCDay() % 6 !== 0 && !vrij.includes(s)) uit.push(s);
  }
  return uit;
};
const afwezig = (dagen: string[]): VerzuimInput[] => dagen.map((datum) => ({ datum, uren: 6, reden: 'ONGEOORLOOFD' }));
const zestien = (dagen: string[]): VerzuimInput[] => dagen.map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));

async function leerling(geboortedatum: string, feiten: NieuweLeerlingInput['feiten'], extra: Partial<NieuweLeerlingInput> = {}): Promise<string> {
  const r = await client.vraag(MaakLeerlingDocument, { leerling: { geboortedatum, gemeente: G, vakantieregio: 'MIDDEN', feiten, ...extra } }, lpa.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}
async function registreer(leerlingId: string, soort: 'ZESTIEN_UUR' | 'LUXE_VERZUIM', einddatum: string): Promise<string> {
  const r = await client.vraag(RegistreerMeldingDocument, { leerlingId, soort, einddatum, peildatum: einddatum }, lpa.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.registreerMelding.id;
}
const vmbo = (vanaf: string, tot?: string) => ({ brin: '43AA', onderwijs: 'VMBO' as const, vanaf, tot, leerweg: 'TL' as const });

let t1 = '';
const meldingIds: Record<string, string> = {};
beforeAll(async () => {
  client = await startClient({ sleutels: [lpa.regel, lpaB.regel] });
  // thuiszitters
  t1 = await leerling('2012-03-10', { inschrijvingen: [{ brin: '43CC', onderwijs: 'PO', vanaf: '2016-04-01', tot: '2024-05-31' }] });
  await leerling('2012-03-10', { inschrijvingen: [{ brin: '43CC', onderwijs: 'PO', vanaf: '2016-04-01', tot: '2024-05-31' }, vmbo('2024-10-01')] });
  const t3 = await leerling('2011-03-10', { inschrijvingen: [vmbo('2023-08-01', '2024-09-30')] });
  const verhuis = await client.vraag(VerhuisLeerlingDocument, { leerlingId: t3, gemeente: '4302', datum: '2025-03-01' }, lpa.sleutel);
  if (verhuis.errors) throw new Error(JSON.stringify(verhuis.errors));
  await leerling('2011-06-01', { inschrijvingen: [vmbo('2023-08-01')], verzuim: afwezig(schooldagen('2025-01-06', '2025-02-07')) });
  await leerling('2007-01-15', { inschrijvingen: [{ brin: '43BB', onderwijs: 'MBO', vanaf: '2023-08-01', tot: '2024-09-30', niveau: 2 }], diplomas: [] });
  await leerling('2011-06-01', { inschrijvingen: [vmbo('2023-08-01')], verzuim: afwezig(schooldagen('2025-01-06', '2025-01-31')) });
  // meldingen
  const m1 = await leerling('2011-09-01', { inschrijvingen: [vmbo('2023-08-01')], verzuim: [...zestien(schooldagen('2024-11-11', '2024-11-14')), ...zestien(schooldagen('2025-03-10', '2025-03-13'))] });
  meldingIds.m1 = await registreer(m1, 'ZESTIEN_UUR', '2024-11-14');
  await registreer(m1, 'ZESTIEN_UUR', '2025-03-13');
  const m2 = await leerling('2011-09-01', { inschrijvingen: [vmbo('2023-08-01')], verzuim: zestien(schooldagen('2024-11-11', '2024-11-14')) });
  meldingIds.m2 = await registreer(m2, 'ZESTIEN_UUR', '2024-11-14');
  const m3 = await leerling('2008-02-01', { inschrijvingen: [{ brin: '43BB', onderwijs: 'MBO', vanaf: '2024-08-01', niveau: 2 }], diplomas: [], verzuim: zestien(schooldagen('2024-11-11', '2024-11-14')) });
  meldingIds.m3 = await registreer(m3, 'ZESTIEN_UUR', '2024-11-14');
  const m4 = await leerling('2015-05-01', { inschrijvingen: [{ brin: '43CC', onderwijs: 'PO', vanaf: '2019-06-03' }], verzuim: [{ datum: '2025-03-03', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' }] });
  await registreer(m4, 'LUXE_VERZUIM', '2025-03-03');
  // vrijstellingen
  await leerling('2012-03-10', { inschrijvingen: [{ brin: '43CC', onderwijs: 'PO', vanaf: '2016-04-01', tot: '2024-08-31' }], vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2024-09-01' }] });
  await leerling('2018-01-10', { vrijstellingen: [{ grond: 'ART_5_A', vanaf: '2023-01-01' }] });
  await leerling('2008-02-01', { vrijstellingen: [{ grond: 'ART_5_B', vanaf: '2020-01-01' }] });
  // vsv with a job
  await leerling('2007-06-01', { inschrijvingen: [{ brin: '43BB', onderwijs: 'MBO', vanaf: '2023-08-01', tot: '2025-07-31', niveau: 2 }], diplomas: [] }, { arbeid: { arbeidsovereenkomst: true, urenPerWeek: 32 } });
}, 120_000);

const vraag = async () => {
  const r = await client.vraag(JaarverslagCijfersDocument, { gemeente: G, schooljaar: '2024/2025' }, lpa.sleutel);
  expect(r.errors).toBeUndefined();
  return r.data!.jaarcijfers;
};

describe('jaarverslag tables (hand-computed fixture)', () => {
  it('Purmerend-Beemster thuiszitters table', async () => {
    const c = await vraag();
    expect(c.fouten).toEqual([]);
    expect(c.thuiszitterstelling).toEqual({
      bijAanvang: 2, nieuw: 3, totaal: 5, langerDanDrieMaanden: 4, verhuisd: 1, achttienGeworden: 1, opgelost: 2, bijEinde: 1,
      perCategorie: [{ categorie: 'LANGDURIG_RELATIEF_VERZUIM', aantal: 1 }, { categorie: 'ABSOLUUT_VERZUIM', aantal: 4 }, { categorie: 'VRIJSTELLING', aantal: 0 }],
    });
    expect(c.absoluutVerzuim).toBe(4);
  });

  it('meldingen per soort, onderwijssoort and school, and unique jongeren', async () => {
    const c = await vraag();
    expect(c.leerlingenMetMelding).toBe(4);
    expect(c.meldingen.reduce((s, m) => s + m.aantal, 0)).toBe(5);
    const rijen = [...c.meldingenPerSchool].sort((a, b) => `${a.soort}${a.brin}`.localeCompare(`${b.soort}${b.brin}`));
    expect(rijen).toEqual([
      { soort: 'LUXE_VERZUIM', onderwijssoort: 'PO', brin: '43CC', meldingen: 1, leerlingen: 1 },
      { soort: 'ZESTIEN_UUR', onderwijssoort: 'VMBO', brin: '43AA', meldingen: 3, leerlingen: 2 },
      { soort: 'ZESTIEN_UUR', onderwijssoort: 'MBO', brin: '43BB', meldingen: 1, leerlingen: 1 },
    ]);
  });

  it('vrijstellingen per grond and age band; vsv per bestemming', async () => {
    const c = await vraag();
    expect([...c.vrijstellingenPerLeeftijd].sort((a, b) => `${a.grond}${a.leeftijd}`.localeCompare(`${b.grond}${b.leeftijd}`))).toEqual([
      { grond: 'ART_5_A', leeftijd: '12-15', aantal: 1 }, { grond: 'ART_5_A', leeftijd: '5-11', aantal: 1 }, { grond: 'ART_5_B', leeftijd: '16-17', aantal: 1 },
    ]);
    const vsvRegels = client.server.context.regelset.regels.some((x) => x.onderwerp === 'vsv');
    expect(c.vsvPerBestemming).toEqual([{ bestemming: 'WEER_OP_SCHOOL', aantal: 0 }, { bestemming: 'WERK', aantal: vsvRegels ? 1 : 0 }, { bestemming: 'ONBEKEND', aantal: 0 }]);
  });

  it('Purmerend-Beemster maatregelen table (case work of the afhandelingen)', async () => {
    for (const [m, op] of [['m1', '2024-11-18'], ['m2', '2024-11-18'], ['m3', '2024-11-18']] as const) {
      const r = await client.vraag(D3OpenAfhandelingDocument, { meldingId: meldingIds[m], geopendOp: op }, lpa.sleutel);
      expect(r.errors).toBeUndefined();
    }
    const maatregel = async (m: string, soort: string, datum: string, betrokkene?: string) => {
      const r = await client.vraag(D3VoegMaatregelToeDocument, { meldingId: meldingIds[m], maatregel: { soort, datum, betrokkene } as never }, lpa.sleutel);
      expect(r.errors).toBeUndefined();
    };
    await maatregel('m1', 'PREVENTIEF_GESPREK', '2024-11-20');
    await maatregel('m2', 'PREVENTIEF_GESPREK', '2024-11-21');
    await maatregel('m2', 'HALT_VERWIJZING', '2024-12-10');
    await maatregel('m3', 'PROCES_VERBAAL', '2025-01-15', 'JONGERE');
    const c = await vraag();
    expect(c.maatregelen).toEqual([{ soort: 'HALT_VERWIJZING', aantal: 1 }, { soort: 'PREVENTIEF_GESPREK', aantal: 2 }, { soort: 'PROCES_VERBAAL', aantal: 1 }]);
  });

  it('exports the same figures as CSV (long format)', async () => {
    const r = await client.vraag(ExportJaarcijfersDocument, { gemeente: G, schooljaar: '2024/2025' }, lpa.sleutel);
    expect(r.errors).toBeUndefined();
    const regels = r.data!.exportJaarcijfers.trim().split('\n');
    expect(regels[0]).toBe('schooljaar;gebied;sectie;kenmerk1;kenmerk2;kenmerk3;aantal');
    expect(regels).toContain('2024/2025;4301;thuiszitterstelling.bijAanvang;;;;2');
    expect(regels).toContain('2024/2025;4301;meldingenPerSchool.meldingen;ZESTIEN_UUR;VMBO;43AA;3');
    expect(regels).toContain('2024/2025;4301;meldingenPerSchool.leerlingen;ZESTIEN_UUR;VMBO;43AA;2');
    expect(regels).toContain('2024/2025;4301;leerlingenMetMelding;;;;4');
  });

  it('refuses a gemeente the key is not for, and a regio export without an RMC key', async () => {
    const r = await client.vraag(ExportJaarcijfersDocument, { gemeente: '4302', schooljaar: '2024/2025' }, lpa.sleutel);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const s = await client.vraag(ExportJaarcijfersDocument, { schooljaar: '2024/2025' }, lpa.sleutel);
    expect(s.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('leerling { thuiszitter(peildatum) } on the stored facts', async () => {
    const r = await client.vraag(LeerlingThuiszitterDocument, { id: t1, peildatum: '2024-08-01' }, lpa.sleutel);
    expect(r.errors).toBeUndefined();
    // not enrolled since 2024-06-01: 30 schooldagen (3 June – 12 July 2024), then the zomervakantie
    expect(r.data!.leerling!.thuiszitter).toEqual({ thuiszitter: true, categorie: 'ABSOLUUT_VERZUIM', sinds: '2024-06-01', schooldagen: 30, langerDanDrieMaanden: false });
  });
});
