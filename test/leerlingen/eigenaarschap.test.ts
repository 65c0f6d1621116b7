// Ownership: every fact row records who recorded it; a SCHOOL key changes only its own facts, adds
// verzuim only inside its own inschrijvingen, withdraws only its own meldingen and never changes
// identity (it reports a suspected error instead); rows of owner "onbekend" are the leerplichtambtenaar's.
import {
  BeeindigInschrijvingDocument, BehandelIdentiteitsmeldingDocument, IdentiteitsmeldingenDocument, ImporteerVerzuimDocument, LeerlingDocument,
  MaakLeerlingDocument, MeldIdentiteitsfoutDocument, RegistreerMeldingDocument, VerwijderFeitenDocument, VoegFeitenToeDocument, WijzigLeerlingDocument,
  WijzigMeldingstatusDocument, type NieuweLeerlingInput, type VerzuimInput,
} from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { brinHoortBij } from '../../src/toegang/eigenaarschap';

jest.setTimeout(60_000);
const schoolA = nieuweSleutel({ rol: 'SCHOOL', brin: '71AA', naam: 'School 71AA' });
const schoolA01 = nieuweSleutel({ rol: 'SCHOOL', brin: '71AA01', naam: 'Vestiging 71AA01' });
const schoolB = nieuweSleutel({ rol: 'SCHOOL', brin: '71BB' });
const lpa1 = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7101', naam: 'Leerplicht 7101' });
const lpa2 = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7102' });
const id16 = (r: { regel: { sha256: string } }) => r.regel.sha256.slice(0, 16);
const NIET_BESTAAND = '5d0c3f5e-8a43-4c52-9a3c-1b2f0c9e7a10';

let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [schoolA, schoolA01, schoolB, lpa1, lpa2].map((k) => k.regel) }); });
afterAll(async () => { await client.stop(); });

const db = () => client.server.context.orm!.em.fork().getConnection();
const aantalAudit = async (leerlingId: string) => (await db().execute<{ n: number }[]>('select count(*)::int as n from audit where leerling_id = ?', [leerlingId]))[0].n;
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

async function maak(leerling: NieuweLeerlingInput, sleutel: string) {
  const r = await client.vraag(MaakLeerlingDocument, { leerling }, sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling;
}
const bijA = (extra: Partial<NieuweLeerlingInput> = {}): NieuweLeerlingInput => ({
  geboortedatum: '2011-09-01', gemeente: '7101', vakantieregio: 'MIDDEN',
  feiten: { inschrijvingen: [{ brin: '71AA', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: [{ datum: '2024-01-08', uren: 1, reden: 'ZIEKTE' }] }, ...extra,
});

describe('brinHoortBij', () => {
  it('a key for a BRIN covers its vestigingen; a vestiging key only itself', () => {
    expect(brinHoortBij('12AB', '12AB')).toBe(true);
    expect(brinHoortBij('12AB', '12AB01')).toBe(true);
    expect(brinHoortBij('12AB01', '12AB01')).toBe(true);
    expect(brinHoortBij('12AB01', '12AB')).toBe(false);
    expect(brinHoortBij('12AB01', '12AB02')).toBe(false);
    expect(brinHoortBij('12AB', '12AC01')).toBe(false);
    expect(brinHoortBij(undefined, '12AB')).toBe(false);
  });
});

describe('ownership per fact row', () => {
  it('records who recorded each row (key id, rol, BRIN or gemeente, when)', async () => {
    const l = await maak(bijA(), schoolA.sleutel);
    const [i] = await db().execute<{ vastgelegd_door: string; vastgelegd_rol: string; vastgelegd_brin: string | null; vastgelegd_gemeente: string | null; vastgelegd_op: Date }[]>('select * from inschrijving where leerling_id = ?', [l.id]);
    expect(i).toMatchObject({ vastgelegd_door: id16(schoolA), vastgelegd_rol: 'SCHOOL', vastgelegd_brin: '71AA', vastgelegd_gemeente: null });
    expect(Date.now() - new Date(i.vastgelegd_op).getTime()).toBeLessThan(60_000);
    const [v] = await db().execute<{ vastgelegd_rol: string }[]>('select vastgelegd_rol, vastgelegd_door from verzuimregistratie where leerling_id = ?', [l.id]);
    expect(v).toMatchObject({ vastgelegd_rol: 'SCHOOL', vastgelegd_door: id16(schoolA) });
    const [ll] = await db().execute('select vastgelegd_rol, vastgelegd_brin from leerling where id = ?', [l.id]);
    expect(ll).toMatchObject({ vastgelegd_rol: 'SCHOOL', vastgelegd_brin: '71AA' });
    await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { vrijstellingen: [{ grond: 'ART_15', vanaf: '2029-01-01' }] } }, lpa1.sleutel);
    const [vr] = await db().execute('select vastgelegd_rol, vastgelegd_gemeente, vastgelegd_door from vrijstelling where leerling_id = ?', [l.id]);
    expect(vr).toMatchObject({ vastgelegd_rol: 'LEERPLICHTAMBTENAAR', vastgelegd_gemeente: '7101', vastgelegd_door: id16(lpa1) });
  });

  it('a SCHOOL removes and ends only facts it recorded; another key\'s fact answers as an unknown id, changes nothing, audits nothing', async () => {
    const l = await maak(bijA(), schoolA.sleutel);
    const met = await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { vrijstellingen: [{ grond: 'ART_15', vanaf: '2029-01-01' }], inschrijvingen: [{ brin: '71AA', onderwijs: 'HAVO', vanaf: '2024-08-19' }] } }, lpa1.sleutel);
    expect(met.errors).toBeUndefined();
    const vanLpa = met.data!.voegFeitenToe.vrijstellingen[0].id;
    const inschrijvingLpa = met.data!.voegFeitenToe.inschrijvingen.find((i) => i.onderwijs === 'HAVO')!.id;
    const eigen = l.verzuim[0].id;
    const voor = await aantalAudit(l.id);

    const vreemd = await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [vanLpa] }, schoolA.sleutel);
    const geen = await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [NIET_BESTAAND] }, schoolA.sleutel);
    expect(codes(vreemd)).toEqual(['FORBIDDEN']);
    expect(codes(geen)).toEqual(['FORBIDDEN']);
    expect(vreemd.errors![0].message.replace(vanLpa, 'ID')).toBe(geen.errors![0].message.replace(NIET_BESTAAND, 'ID'));
    // all or nothing: its own fact together with a foreign one removes neither
    expect(codes(await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [eigen, vanLpa] }, schoolA.sleutel))).toEqual(['FORBIDDEN']);
    const eind = await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: inschrijvingLpa, tot: '2025-07-31' }, schoolA.sleutel);
    const eindGeen = await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: NIET_BESTAAND, tot: '2025-07-31' }, schoolA.sleutel);
    expect(codes(eind)).toEqual(['FORBIDDEN']);
    expect(eind.errors![0].message.replace(inschrijvingLpa, 'ID')).toBe(eindGeen.errors![0].message.replace(NIET_BESTAAND, 'ID'));
    const na = (await client.vraag(LeerlingDocument, { id: l.id }, lpa1.sleutel)).data!.leerling;
    expect(na.vrijstellingen.map((v) => v.id)).toEqual([vanLpa]);
    expect(na.verzuim.map((v) => v.id)).toEqual([eigen]);
    expect(na.inschrijvingen.find((i) => i.id === inschrijvingLpa)!.tot).toBeNull();
    expect(await aantalAudit(l.id)).toBe(voor);

    // its own: allowed
    const weg = await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [eigen] }, schoolA.sleutel);
    expect(weg.errors).toBeUndefined();
    expect(weg.data!.verwijderFeiten.verzuim).toEqual([]);
    // the leerplichtambtenaar removes its own, not the school's
    const eigenInschrijving = l.inschrijvingen[0].id;
    expect(codes(await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: eigenInschrijving, tot: '2025-07-31' }, lpa1.sleutel))).toEqual(['FORBIDDEN']);
    expect((await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [vanLpa] }, lpa1.sleutel)).errors).toBeUndefined();
    expect((await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: eigenInschrijving, tot: '2025-07-31' }, schoolA.sleutel)).errors).toBeUndefined();
  });

  it('a key for the whole BRIN owns the facts of its vestigingen; a vestiging key not those of the BRIN', async () => {
    const l = await maak(bijA({ feiten: { inschrijvingen: [{ brin: '71AA01', onderwijs: 'VMBO', vanaf: '2023-08-21' }] } }), schoolA01.sleutel);
    // the vestiging key may not record at the whole BRIN (nor another vestiging)
    const elders = await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { inschrijvingen: [{ brin: '71AA02', onderwijs: 'VMBO', vanaf: '2024-08-19' }] } }, schoolA01.sleutel);
    expect(codes(elders)).toEqual(['FORBIDDEN']);
    const doorA = await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { inschrijvingen: [{ brin: '71AA01', onderwijs: 'HAVO', vanaf: '2024-08-19' }] } }, schoolA.sleutel);
    expect(doorA.errors).toBeUndefined();
    const vanA = doorA.data!.voegFeitenToe.inschrijvingen.find((i) => i.onderwijs === 'HAVO')!.id;
    expect(codes(await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: vanA, tot: '2025-07-31' }, schoolA01.sleutel))).toEqual(['FORBIDDEN']);
    expect((await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: l.inschrijvingen[0].id, tot: '2025-07-31' }, schoolA.sleutel)).errors).toBeUndefined();
  });

  it('rows of owner "onbekend" (from before ownership) only a LEERPLICHTAMBTENAAR may change or remove', async () => {
    const l = await maak(bijA(), schoolA.sleutel);
    const [v] = await db().execute<{ id: string }[]>(`insert into vrijstelling (leerling_id, grond, vanaf, vastgelegd_door, vastgelegd_rol, vastgelegd_op) values (?, 'ART_15', '2029-01-01', 'onbekend', 'ONBEKEND', now()) returning id`, [l.id]);
    const [i] = await db().execute<{ id: string }[]>(`insert into inschrijving (leerling_id, brin, onderwijs, vanaf, bekostigd, vastgelegd_door, vastgelegd_rol, vastgelegd_op) values (?, '71AA', 'PO', '2015-08-17', true, 'onbekend', 'ONBEKEND', now()) returning id`, [l.id]);
    expect(codes(await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [v.id] }, schoolA.sleutel))).toEqual(['FORBIDDEN']);
    expect(codes(await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: i.id, tot: '2023-07-31' }, schoolA.sleutel))).toEqual(['FORBIDDEN']);
    expect((await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: i.id, tot: '2023-07-31' }, lpa1.sleutel)).errors).toBeUndefined();
    expect((await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [v.id] }, lpa1.sleutel)).errors).toBeUndefined();
  });
});

describe('verzuim only inside the school\'s own inschrijving', () => {
  it('voegFeitenToe and importeerVerzuim refuse a day outside it, naming the record', async () => {
    // at 71BB until January, at 71AA from February (recorded by the leerplichtambtenaar)
    const l = await maak({
      geboortedatum: '2011-09-01', gemeente: '7101', vakantieregio: 'MIDDEN',
      feiten: { inschrijvingen: [{ brin: '71BB', onderwijs: 'VMBO', vanaf: '2023-08-21', tot: '2024-01-31' }, { brin: '71AA', onderwijs: 'VMBO', vanaf: '2024-02-01' }] },
    }, lpa1.sleutel);
    const januari: VerzuimInput = { datum: '2024-01-15', uren: 2, reden: 'ONGEOORLOOFD' };
    const februari: VerzuimInput = { datum: '2024-02-05', uren: 2, reden: 'ONGEOORLOOFD' };
    const f = await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { verzuim: [februari, januari] } }, schoolA.sleutel);
    expect(f.errors![0]).toMatchObject({ message: 'feiten.verzuim[1].datum: 2024-01-15 lies outside this school\'s inschrijving (BRIN 71AA)', extensions: { code: 'BAD_USER_INPUT' } });
    const imp = await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: l.id, ...februari }, { leerlingId: l.id, ...januari }], idempotentieSleutel: 'buiten-inschrijving' }, schoolA.sleutel);
    expect(imp.errors![0]).toMatchObject({ message: 'records[1].datum: 2024-01-15 lies outside this school\'s inschrijving (BRIN 71AA)', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await client.vraag(LeerlingDocument, { id: l.id }, lpa1.sleutel)).data!.leerling.verzuim).toEqual([]);
    expect((await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: l.id, ...februari }], idempotentieSleutel: 'binnen-inschrijving' }, schoolA.sleutel)).errors).toBeUndefined();
    expect((await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { verzuim: [{ ...februari, datum: '2024-02-06' }] } }, schoolA.sleutel)).errors).toBeUndefined();
    // the leerplichtambtenaar is not bound to an inschrijving
    expect((await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { verzuim: [januari] } }, lpa1.sleutel)).errors).toBeUndefined();
  });

  it('records outside the covered school calendar are refused at import and in voegFeitenToe, naming the record', async () => {
    const l = await maak({ geboortedatum: '2011-09-01', gemeente: '7101', vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: '71AA', onderwijs: 'PO', vanaf: '2015-08-17' }] } }, lpa1.sleutel);
    const oud = { datum: '2019-10-01', uren: 1, reden: 'ZIEKTE' as const };
    const imp = await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: l.id, datum: '2024-01-08', uren: 1, reden: 'ZIEKTE' }, { leerlingId: l.id, ...oud }], idempotentieSleutel: 'buiten-kalender' }, schoolA.sleutel);
    expect(imp.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(imp.errors![0].message).toMatch(/^records\[1\]\.datum: 2019-10-01 lies outside the school calendar this API covers/);
    const f = await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { verzuim: [oud] } }, lpa1.sleutel);
    expect(f.errors![0].message).toMatch(/^feiten\.verzuim\[0\]\.datum: 2019-10-01 lies outside the school calendar/);
    expect((await client.vraag(LeerlingDocument, { id: l.id }, lpa1.sleutel)).data!.leerling.verzuim).toEqual([]);
  });
});

describe('meldingen', () => {
  const ZESTIEN: VerzuimInput[] = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
  const registreer = (leerlingId: string, sleutel: string) => client.vraag(RegistreerMeldingDocument, { leerlingId, soort: 'ZESTIEN_UUR', einddatum: '2024-01-11', peildatum: '2024-03-15' }, sleutel);

  it('a SCHOOL withdraws only the meldingen it registered', async () => {
    const a = await maak(bijA({ feiten: { inschrijvingen: [{ brin: '71AA', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: ZESTIEN } }), schoolA.sleutel);
    const b = await maak(bijA({ feiten: { inschrijvingen: [{ brin: '71AA', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: ZESTIEN } }), schoolA.sleutel);
    const eigen = (await registreer(a.id, schoolA.sleutel)).data!.registreerMelding;
    const vanLpa = (await registreer(b.id, lpa1.sleutel)).data!.registreerMelding;
    const voor = await aantalAudit(b.id);
    const vreemd = await client.vraag(WijzigMeldingstatusDocument, { id: vanLpa.id, status: 'INGETROKKEN' }, schoolA.sleutel);
    const geen = await client.vraag(WijzigMeldingstatusDocument, { id: NIET_BESTAAND, status: 'INGETROKKEN' }, schoolA.sleutel);
    expect(codes(vreemd)).toEqual(['FORBIDDEN']);
    expect(vreemd.errors![0].message.replace(vanLpa.id, 'ID')).toBe(geen.errors![0].message.replace(NIET_BESTAAND, 'ID'));
    expect(await aantalAudit(b.id)).toBe(voor);
    expect((await client.vraag(WijzigMeldingstatusDocument, { id: eigen.id, status: 'INGETROKKEN' }, schoolA.sleutel)).data!.wijzigMeldingstatus.status).toBe('INGETROKKEN');
    // the leerplichtambtenaar takes any melding of its gemeente through the lifecycle
    expect((await client.vraag(WijzigMeldingstatusDocument, { id: vanLpa.id, status: 'INGETROKKEN' }, lpa1.sleutel)).errors).toBeUndefined();
  });
});

describe('identity', () => {
  it('a SCHOOL never changes geboortedatum, bsn or gemeente (FORBIDDEN naming the field); other personal fields it may', async () => {
    const l = await maak(bijA({ bsn: '111222333' }), schoolA.sleutel);
    for (const [veld, wijziging] of [['geboortedatum', { geboortedatum: '2011-10-01' }], ['bsn', { bsn: '123456782' }], ['bsn', { bsn: null }], ['gemeente', { gemeente: '7102' }]] as const) {
      const r = await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging }, schoolA.sleutel);
      expect(r.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(r.errors![0].message).toMatch(new RegExp(`^wijziging\\.${veld}: a SCHOOL key may not change ${veld}`));
    }
    expect((await client.vraag(LeerlingDocument, { id: l.id }, lpa1.sleutel)).data!.leerling).toMatchObject({ geboortedatum: '2011-09-01', gemeente: '7101', heeftBsn: true });
    expect((await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging: { vakantieregio: 'NOORD' } }, schoolA.sleutel)).errors).toBeUndefined();
  });

  it('the LEERPLICHTAMBTENAAR changes identity (and then owns it); a new gemeente is a verhuizing', async () => {
    const l = await maak(bijA(), schoolA.sleutel);
    const w = await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging: { geboortedatum: '2011-10-01', bsn: '123456782' } }, lpa1.sleutel);
    expect(w.errors).toBeUndefined();
    expect(w.data!.wijzigLeerling.geboortedatum).toBe('2011-10-01');
    const [ll] = await db().execute('select vastgelegd_rol, vastgelegd_gemeente from leerling where id = ?', [l.id]);
    expect(ll).toEqual({ vastgelegd_rol: 'LEERPLICHTAMBTENAAR', vastgelegd_gemeente: '7101' });
    const g = await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging: { gemeente: '7102' } }, lpa1.sleutel);
    expect(g.errors![0]).toMatchObject({ message: 'wijziging.gemeente: a change of woongemeente is a verhuizing: use verhuisLeerling(leerlingId, gemeente, datum)', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a SCHOOL reports a suspected error; the leerplichtambtenaar of the gemeente lists and resolves it', async () => {
    const l = await maak(bijA(), schoolA.sleutel);
    const m = await client.vraag(MeldIdentiteitsfoutDocument, { leerlingId: l.id, veld: 'GEBOORTEDATUM', toelichting: 'volgens het paspoort 2011-10-01' }, schoolA.sleutel);
    expect(m.errors).toBeUndefined();
    expect(m.data!.meldIdentiteitsfout).toMatchObject({ leerlingId: l.id, veld: 'GEBOORTEDATUM', status: 'OPEN', doorRol: 'SCHOOL', doorBrin: '71AA', doorNaam: 'School 71AA', afgehandeldDoor: null });
    const id = m.data!.meldIdentiteitsfout.id;
    // others: not theirs
    expect(codes(await client.vraag(MeldIdentiteitsfoutDocument, { leerlingId: l.id, veld: 'BSN', toelichting: 'x' }, schoolB.sleutel))).toEqual(['FORBIDDEN']);
    expect(codes(await client.vraag(MeldIdentiteitsfoutDocument, { leerlingId: l.id, veld: 'BSN', toelichting: '  ' }, schoolA.sleutel))).toEqual(['BAD_USER_INPUT']);
    expect((await client.vraag(IdentiteitsmeldingenDocument, {}, lpa2.sleutel)).data!.identiteitsmeldingen.map((x) => x.id)).not.toContain(id);
    expect(codes(await client.vraag(IdentiteitsmeldingenDocument, {}, schoolA.sleutel))).toEqual(['FORBIDDEN']);
    const vreemd = await client.vraag(BehandelIdentiteitsmeldingDocument, { id, besluit: 'OPGELOST', toelichting: 'x' }, lpa2.sleutel);
    const geen = await client.vraag(BehandelIdentiteitsmeldingDocument, { id: NIET_BESTAAND, besluit: 'OPGELOST', toelichting: 'x' }, lpa2.sleutel);
    expect(codes(vreemd)).toEqual(['FORBIDDEN']);
    expect(vreemd.errors![0].message.replace(id, 'ID')).toBe(geen.errors![0].message.replace(NIET_BESTAAND, 'ID'));
    expect(codes(await client.vraag(BehandelIdentiteitsmeldingDocument, { id, besluit: 'OPGELOST', toelichting: 'x' }, schoolA.sleutel))).toEqual(['FORBIDDEN']);
    // the own gemeente
    const open = (await client.vraag(IdentiteitsmeldingenDocument, { status: 'OPEN' }, lpa1.sleutel)).data!.identiteitsmeldingen;
    expect(open.find((x) => x.id === id)).toMatchObject({ veld: 'GEBOORTEDATUM', toelichting: 'volgens het paspoort 2011-10-01', doorBrin: '71AA' });
    expect((await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging: { geboortedatum: '2011-10-01' } }, lpa1.sleutel)).errors).toBeUndefined();
    const b = await client.vraag(BehandelIdentiteitsmeldingDocument, { id, besluit: 'OPGELOST', toelichting: 'gecorrigeerd na BRP' }, lpa1.sleutel);
    expect(b.data!.behandelIdentiteitsmelding).toMatchObject({ status: 'OPGELOST', afgehandeldDoor: 'Leerplicht 7101', afgehandeldToelichting: 'gecorrigeerd na BRP' });
    expect((await client.vraag(BehandelIdentiteitsmeldingDocument, { id, besluit: 'AFGEWEZEN', toelichting: 'x' }, lpa1.sleutel)).errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect((await client.vraag(IdentiteitsmeldingenDocument, { status: 'OPEN' }, lpa1.sleutel)).data!.identiteitsmeldingen.map((x) => x.id)).not.toContain(id);
  });
});
