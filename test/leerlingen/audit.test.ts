// The audit trail: every mutation writes audit rows in the same transaction as its change (who,
// when, operation, before and after; the BSN only as whether it changed); the leerplichtambtenaar
// of the leerling's gemeente reads them with auditlog; nobody can change or remove them.
import {
  AuditlogDocument, BeeindigInschrijvingDocument, BehandelIdentiteitsmeldingDocument, ImporteerVerzuimDocument, LegBeoordelingVastDocument,
  MaakLeerlingDocument, MeldIdentiteitsfoutDocument, RegistreerMeldingDocument, VerwijderFeitenDocument, VerwijderLeerlingDocument,
  VoegFeitenToeDocument, WijzigLeerlingDocument, WijzigMeldingstatusDocument, type AuditlogQuery,
} from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

jest.setTimeout(60_000);
const school = nieuweSleutel({ rol: 'SCHOOL', brin: '71AA', naam: 'School 71AA' });
const lpa1 = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7101', naam: 'Leerplicht 7101' });
const lpa2 = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7102' });
const NIET_BESTAAND = '5d0c3f5e-8a43-4c52-9a3c-1b2f0c9e7a10';
const BSN = '111222333';
const BSN2 = '123456782';

let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [school.regel, lpa1.regel, lpa2.regel] }); });
afterAll(async () => { await client.stop(); });

const db = () => client.server.context.orm!.em.fork().getConnection();
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
type Regel = AuditlogQuery['auditlog'][number];
const velden = (r: Regel) => Object.fromEntries(r.velden.map((v) => [v.veld, { voor: v.voor, na: v.na }]));

async function log(id: string, van?: string, tot?: string): Promise<Regel[]> {
  const r = await client.vraag(AuditlogDocument, { leerlingId: id, van, tot }, lpa1.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.auditlog;
}
const ZESTIEN = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' as const }));

async function nieuw(sleutel = school.sleutel) {
  const r = await client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum: '2011-09-01', gemeente: '7101', vakantieregio: 'MIDDEN', bsn: BSN, feiten: { inschrijvingen: [{ brin: '71AA', onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim: ZESTIEN } },
  }, sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling;
}

describe('audit rows', () => {
  it('record who, when, the operation and before/after; the BSN only as whether it changed', async () => {
    const voor = Date.now();
    const l = await nieuw();
    await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging: { bsn: BSN2, geboortedatum: '2011-08-01', vakantieregio: 'NOORD' } }, lpa1.sleutel);
    const rijen = await log(l.id);
    const maak = rijen.filter((r) => r.operatie === 'maakLeerling');
    expect(maak.map((r) => r.onderwerp).sort()).toEqual(['inschrijving', 'leerling', 'verzuimregistratie', 'verzuimregistratie', 'verzuimregistratie', 'verzuimregistratie']);
    const m = maak.find((r) => r.onderwerp === 'leerling')!;
    expect(m).toMatchObject({ rol: 'SCHOOL', brin: '71AA', gemeente: null, naam: 'School 71AA', sleutelId: school.regel.sha256.slice(0, 16), leerlingId: l.id, onderwerpId: l.id });
    expect(new Date(m.tijdstip).getTime()).toBeGreaterThanOrEqual(voor - 1000);
    expect(velden(m)).toMatchObject({ geboortedatum: { voor: null, na: '2011-09-01' }, gemeente: { voor: null, na: '7101' }, bsn: { voor: null, na: '•••' } });
    expect(velden(maak.find((r) => r.onderwerp === 'inschrijving')!)).toMatchObject({ brin: { voor: null, na: '71AA' }, vanaf: { voor: null, na: '2023-08-21' } });
    const w = rijen.find((r) => r.operatie === 'wijzigLeerling')!;
    expect(w).toMatchObject({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7101', brin: null });
    expect(velden(w)).toEqual({ bsn: { voor: '•••', na: '•••' }, geboortedatum: { voor: '2011-09-01', na: '2011-08-01' }, vakantieregio: { voor: 'MIDDEN', na: 'NOORD' } });
    // never in clear text, neither in the answer nor in the table
    expect(JSON.stringify(rijen)).not.toContain(BSN);
    expect(JSON.stringify(rijen)).not.toContain(BSN2);
    const tabel = await db().execute<{ velden: unknown }[]>('select velden from audit where leerling_id = ?', [l.id]);
    expect(JSON.stringify(tabel)).not.toMatch(new RegExp(`${BSN}|${BSN2}`));
  });

  it('every mutation writes its rows; an import one per leerling with count and dates', async () => {
    const l = await nieuw();
    const fout = (r: { errors?: unknown }) => { if (r.errors) throw new Error(JSON.stringify(r.errors)); return r; };
    const f = fout(await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { diplomas: [{ soort: 'VMBO_TL', datum: '2027-07-01' }] } }, school.sleutel)) as { data: { voegFeitenToe: { diplomas: { id: string }[] } } };
    fout(await client.vraag(VerwijderFeitenDocument, { leerlingId: l.id, ids: [f.data.voegFeitenToe.diplomas[0].id] }, school.sleutel));
    fout(await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: l.id, datum: '2024-02-05', uren: 1, reden: 'ZIEKTE' }, { leerlingId: l.id, datum: '2024-02-07', uren: 2, reden: 'ZIEKTE' }, { leerlingId: l.id, datum: '2024-02-06', uren: 1, reden: 'TE_LAAT' }], idempotentieSleutel: `audit-${l.id}` }, school.sleutel));
    const melding = (fout(await client.vraag(RegistreerMeldingDocument, { leerlingId: l.id, soort: 'ZESTIEN_UUR', einddatum: '2024-01-11', peildatum: '2024-03-15' }, school.sleutel)) as { data: { registreerMelding: { id: string } } }).data.registreerMelding.id;
    fout(await client.vraag(WijzigMeldingstatusDocument, { id: melding, status: 'IN_BEHANDELING', toelichting: `gesprek, BSN ${BSN}` }, lpa1.sleutel));
    fout(await client.vraag(LegBeoordelingVastDocument, { leerlingId: l.id, peildatum: '2024-02-01' }, lpa1.sleutel));
    const im = (fout(await client.vraag(MeldIdentiteitsfoutDocument, { leerlingId: l.id, veld: 'BSN', toelichting: `het is ${BSN2}` }, school.sleutel)) as { data: { meldIdentiteitsfout: { id: string } } }).data.meldIdentiteitsfout.id;
    fout(await client.vraag(BehandelIdentiteitsmeldingDocument, { id: im, besluit: 'AFGEWEZEN', toelichting: 'klopt' }, lpa1.sleutel));
    fout(await client.vraag(BeeindigInschrijvingDocument, { inschrijvingId: l.inschrijvingen[0].id, tot: '2026-07-31' }, school.sleutel));

    const rijen = await log(l.id);
    const per = (op: string) => rijen.filter((r) => r.operatie === op);
    expect(per('voegFeitenToe').map((r) => r.onderwerp)).toEqual(['diploma']);
    expect(velden(per('verwijderFeiten')[0])).toEqual({ soort: { voor: 'VMBO_TL', na: null }, datum: { voor: '2027-07-01', na: null } });
    const imp = per('importeerVerzuim');
    expect(imp).toHaveLength(1);
    expect(velden(imp[0])).toEqual({ aantal: { voor: null, na: 3 }, van: { voor: null, na: '2024-02-05' }, tot: { voor: null, na: '2024-02-07' }, uren: { voor: null, na: 4 } });
    expect(per('registreerMelding')[0]).toMatchObject({ onderwerp: 'melding', onderwerpId: melding });
    expect(velden(per('wijzigMeldingstatus')[0])).toEqual({ status: { voor: 'GEREGISTREERD', na: 'IN_BEHANDELING' } });
    expect(per('legBeoordelingVast')[0]).toMatchObject({ onderwerp: 'beslissing' });
    expect(per('legBeoordelingVast')[0].onderwerpId).toMatch(/^[0-9a-f-]{36}$/);
    expect(per('meldIdentiteitsfout')[0]).toMatchObject({ onderwerp: 'identiteitsmelding', onderwerpId: im });
    expect(velden(per('behandelIdentiteitsmelding')[0])).toEqual({ status: { voor: 'OPEN', na: 'AFGEWEZEN' } });
    expect(velden(per('beeindigInschrijving')[0])).toEqual({ tot: { voor: null, na: '2026-07-31' } });
    // free text (which may hold a BSN) stays with its row, not in the audit trail
    expect(JSON.stringify(rijen)).not.toMatch(new RegExp(`${BSN}|${BSN2}`));
    // oldest first; van/tot narrow it
    const tijden = rijen.map((r) => r.tijdstip);
    expect([...tijden].sort()).toEqual(tijden);
    expect(await log(l.id, '2000-01-01', '2000-12-31')).toEqual([]);
    expect((await log(l.id, rijen[rijen.length - 1].tijdstip)).length).toBeGreaterThanOrEqual(1);
    expect(codes(await client.vraag(AuditlogDocument, { leerlingId: l.id, van: 'gisteren' }, lpa1.sleutel))).toEqual(['BAD_USER_INPUT']);

    // removing the leerling (AVG) is audited too, and its trail stays readable for the gemeente
    fout(await client.vraag(VerwijderLeerlingDocument, { id: l.id }, lpa1.sleutel));
    const na = await log(l.id);
    expect(na.length).toBe(rijen.length + 1);
    expect(velden(na[na.length - 1])).toMatchObject({ geboortedatum: { voor: '2011-09-01', na: null }, bsn: { voor: '•••', na: null } });
    expect(codes(await client.vraag(AuditlogDocument, { leerlingId: l.id }, lpa2.sleutel))).toEqual(['FORBIDDEN']);
  });

  it('a change that fails leaves no audit row', async () => {
    const l = await nieuw(lpa1.sleutel);
    const voor = (await log(l.id)).length;
    // facts before the new geboortedatum: refused at commit
    expect(codes(await client.vraag(WijzigLeerlingDocument, { id: l.id, wijziging: { geboortedatum: '2024-09-01' } }, lpa1.sleutel))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await client.vraag(ImporteerVerzuimDocument, { records: [{ leerlingId: l.id, datum: '2024-02-05', uren: 1, reden: 'ZIEKTE' }, { leerlingId: l.id, datum: '2024-02-05', uren: 24, reden: 'ZIEKTE' }], idempotentieSleutel: `fout-${l.id}` }, lpa1.sleutel))).toEqual(['BAD_USER_INPUT']);
    // the other way round: when the audit row cannot be written, the change is not stored either
    await db().execute(`create or replace function weiger_audit() returns trigger language plpgsql as $$ begin raise exception 'geweigerd'; end $$`);
    await db().execute(`create trigger weiger_audit before insert on audit for each row when (new.leerling_id = '${l.id}' and new.onderwerp = 'diploma') execute function weiger_audit()`);
    try {
      expect(codes(await client.vraag(VoegFeitenToeDocument, { leerlingId: l.id, feiten: { diplomas: [{ soort: 'PRO', datum: '2027-07-01' }] } }, lpa1.sleutel))).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await db().execute('drop trigger weiger_audit on audit');
    }
    expect(await db().execute('select id from diploma where leerling_id = ?', [l.id])).toEqual([]);
    expect((await log(l.id)).length).toBe(voor);
  });
});

describe('auditlog', () => {
  it('only the LEERPLICHTAMBTENAAR of the leerling\'s gemeente; others get the answer of an id that does not exist', async () => {
    const l = await nieuw();
    expect((await log(l.id)).length).toBeGreaterThan(0);
    for (const sleutel of [lpa2.sleutel, school.sleutel]) {
      const ander = await client.vraag(AuditlogDocument, { leerlingId: l.id }, sleutel);
      const geen = await client.vraag(AuditlogDocument, { leerlingId: NIET_BESTAAND }, sleutel);
      expect(codes(ander)).toEqual(['FORBIDDEN']);
      expect(ander.errors![0].message.replace(l.id, 'ID')).toBe(geen.errors![0].message.replace(NIET_BESTAAND, 'ID'));
    }
    expect(codes(await client.vraag(AuditlogDocument, { leerlingId: NIET_BESTAAND }, lpa1.sleutel))).toEqual(['FORBIDDEN']);
    expect(codes(await client.vraag(AuditlogDocument, { leerlingId: l.id }))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('append-only', () => {
  it('the API\'s own database connection cannot UPDATE, DELETE or TRUNCATE audit rows (the trigger refuses)', async () => {
    const l = await nieuw();
    const voor = await log(l.id);
    await expect(db().execute(`update audit set rol = 'X' where leerling_id = ?`, [l.id])).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(db().execute('delete from audit where leerling_id = ?', [l.id])).rejects.toThrow(/append-only: DELETE refused/);
    await expect(db().execute('truncate audit')).rejects.toThrow(/append-only: TRUNCATE refused/);
    expect(await log(l.id)).toEqual(voor);
  });

  it('no mutation changes or removes audit rows', async () => {
    const r = await client.ruw({ query: '{ __schema { mutationType { fields { name } } } }' });
    const namen = (r.data as { __schema: { mutationType: { fields: { name: string }[] } } }).__schema.mutationType.fields.map((f) => f.name);
    expect(namen.length).toBeGreaterThan(5);
    expect(namen.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
