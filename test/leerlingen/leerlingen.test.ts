// Stored leerlingen through the GraphQL API: create with facts, read back, change, remove facts,
// validation that names the field, and batching (no N+1).
import { BeeindigInschrijvingDocument, LeerlingDocument, LeerlingenMetBeoordelingDocument, MaakLeerlingDocument, VerwijderFeitenDocument, VoegFeitenToeDocument, WijzigLeerlingDocument, type NieuweLeerlingInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(1);
jest.setTimeout(60_000); // several requests per test; the suite shares 2 cores
const queries: string[] = [];
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: s.regels, opQuery: (q) => queries.push(q) }); });
afterAll(async () => { await client.stop(); });

const nieuw = (extra: Partial<NieuweLeerlingInput> = {}): NieuweLeerlingInput => ({
  geboortedatum: '2012-05-14', gemeente: s.gemeenteA, vakantieregio: 'MIDDEN',
  feiten: {
    inschrijvingen: [{ brin: s.brinA, onderwijs: 'VMBO', vanaf: '2024-08-19' }],
    schooljaren: [{ schooljaar: '2023/2024', volledig: true, onderwijs: 'PO' }],
    verzuim: [{ datum: '2024-10-01', uren: 2, reden: 'ONGEOORLOOFD' }],
    verlof: [{ soort: 'GEWICHTIG_14', vanaf: '2024-11-04', tot: '2024-11-05', dagen: 2 }],
  },
  ...extra,
});

describe('stored leerlingen', () => {
  it('creates a leerling with its facts and reads it back', async () => {
    const r = await client.vraag(MaakLeerlingDocument, { leerling: nieuw({ bsn: '111222333' }) }, s.schoolA);
    expect(r.errors).toBeUndefined();
    const l = r.data!.maakLeerling;
    expect(l).toMatchObject({ geboortedatum: '2012-05-14', gemeente: s.gemeenteA, vakantieregio: 'MIDDEN', heeftBsn: true });
    expect(l.inschrijvingen).toEqual([expect.objectContaining({ brin: s.brinA, onderwijs: 'VMBO', vanaf: '2024-08-19', tot: null })]);
    expect(l.verzuim).toEqual([expect.objectContaining({ datum: '2024-10-01', uren: 2, reden: 'ONGEOORLOOFD', importId: null })]);
    const terug = await client.vraag(LeerlingDocument, { id: l.id }, s.schoolA);
    expect(terug.data!.leerling).toEqual(l);
  });

  it('adds, ends and removes facts; changes personal fields', async () => {
    const { id } = (await client.vraag(MaakLeerlingDocument, { leerling: nieuw() }, s.schoolA)).data!.maakLeerling;
    const na = await client.vraag(VoegFeitenToeDocument, { leerlingId: id, feiten: { diplomas: [{ soort: 'VMBO_TL', datum: '2028-07-01' }], vrijstellingen: [{ grond: 'ART_15', vanaf: '2029-01-01' }] } }, s.schoolA);
    expect(na.errors).toBeUndefined();
    expect(na.data!.voegFeitenToe.diplomas).toEqual([expect.objectContaining({ soort: 'VMBO_TL', datum: '2028-07-01' })]);
    const inschrijving = na.data!.voegFeitenToe.inschrijvingen[0].id;
    const geeindigd = await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: inschrijving, tot: '2028-07-31' }, s.schoolA);
    expect(geeindigd.data!.beeindigInschrijving.inschrijvingen[0].tot).toBe('2028-07-31');
    const weg = await client.vraag(VerwijderFeitenDocument, { leerlingId: id, ids: [na.data!.voegFeitenToe.vrijstellingen[0].id] }, s.schoolA);
    expect(weg.data!.verwijderFeiten.vrijstellingen).toEqual([]);
    // the geboortedatum is identity: the leerplichtambtenaar's (a SCHOOL key gets FORBIDDEN, see eigenaarschap.test.ts)
    const w = await client.vraag(WijzigLeerlingDocument, { id, wijziging: { vakantieregio: null, geboortedatum: '2012-06-01' } }, s.lpaA);
    expect(w.errors).toBeUndefined();
    expect(w.data!.wijzigLeerling).toMatchObject({ vakantieregio: null, geboortedatum: '2012-06-01' });
  });

  it('rejects bad input naming the field, and writes nothing', async () => {
    const fout = async (leerling: NieuweLeerlingInput) => (await client.vraag(MaakLeerlingDocument, { leerling }, s.lpaA)).errors![0];
    expect(await fout(nieuw({ gemeente: 'Amsterdam' }))).toMatchObject({ message: 'leerling.gemeente: "Amsterdam" is not a CBS gemeentecode (4 digits, e.g. "0363")', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await fout(nieuw({ bsn: '123456789' }))).message).toBe('leerling.bsn: not a valid BSN (9 digits passing the elfproef)');
    const slecht = nieuw();
    slecht.feiten!.verzuim = [{ datum: '2024-10-01', uren: 2, reden: 'ZIEKTE' }, { datum: '2024-02-30', uren: 1, reden: 'ZIEKTE' }];
    expect((await fout(slecht)).message).toBe('leerling.feiten.verzuim[1].datum: 2024-02-30 is not a date');
    const brin = nieuw();
    brin.feiten!.inschrijvingen![0].brin = 'school';
    expect((await fout(brin)).message).toBe('leerling.feiten.inschrijvingen[0].brin: "school" is not a BRIN (two digits and two capitals, e.g. "12AB", optionally a two-digit vestiging, e.g. "12AB01")');
    // a changed geboortedatum after stored facts: the whole leerling is checked before commit
    const { id } = (await client.vraag(MaakLeerlingDocument, { leerling: nieuw() }, s.schoolA)).data!.maakLeerling;
    const later = await client.vraag(WijzigLeerlingDocument, { id, wijziging: { geboortedatum: '2024-09-01' } }, s.lpaA);
    expect(later.errors![0].message).toMatch(/^leerling\.(schooljaren|verzuim|inschrijvingen)/);
    expect((await client.vraag(LeerlingDocument, { id }, s.schoolA)).data!.leerling.geboortedatum).toBe('2012-05-14');
    const dubbel = await client.vraag(VoegFeitenToeDocument, { leerlingId: id, feiten: { schooljaren: [{ schooljaar: '2023/2024', volledig: false, onderwijs: 'PO' }] } }, s.schoolA);
    expect(dubbel.errors![0].message).toBe('feiten.schooljaren[0].schooljaar: 2023/2024 is already stored for this leerling');
    const vreemd = await client.vraag(VerwijderFeitenDocument, { leerlingId: id, ids: ['00000000-0000-4000-8000-000000000000'] }, s.schoolA);
    expect(vreemd.errors![0].message).toBe(`ids[0]: 00000000-0000-4000-8000-000000000000 is not a fact of leerling ${id}`);
  });

  it('loads the facts of a page of leerlingen with one query per table (no N+1)', async () => {
    for (let i = 0; i < 12; i++) await client.vraag(MaakLeerlingDocument, { leerling: nieuw() }, s.schoolA);
    queries.length = 0;
    const r = await client.vraag(LeerlingenMetBeoordelingDocument, { eerste: 12, peildatum: '2024-12-01' }, s.schoolA);
    expect(r.errors).toBeUndefined();
    expect(r.data!.leerlingen).toHaveLength(12);
    const selects = queries.filter((q) => /select/i.test(q));
    // the page of ids, the leerling rows, then one per fact table (inschrijvingen, schooljaren, diplomas, vrijstellingen, verlof, verzuim, meldingen)
    expect(selects.length).toBeLessThanOrEqual(9);
  });
});
