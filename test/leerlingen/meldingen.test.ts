// Meldingen: computed for every visible leerling, recorded once, and moved through DUO's lifecycle.
import { LeerlingBeslissingenDocument, MaakLeerlingDocument, MeldingDocument, RegistreerMeldingDocument, TeMeldenDocument, WijzigMeldingstatusDocument, type Meldingstatus, type VerzuimInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(5);
jest.setTimeout(60_000); // several requests per test; the suite shares 2 cores
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: s.regels }); });
afterAll(async () => { await client.stop(); });

// 16 unexcused hours in one lesweek (MIDDEN, January 2024) and a day of holiday absence in March
const ZESTIEN: VerzuimInput[] = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
const LUXE: VerzuimInput = { datum: '2024-03-04', uren: 5, reden: 'VAKANTIE_ZONDER_VERLOF' };

async function leerling(verzuim: VerzuimInput[], school: 'A' | 'B' = 'A'): Promise<string> {
  const r = await client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum: '2011-09-01', gemeente: school === 'A' ? s.gemeenteA : s.gemeenteB, vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: school === 'A' ? s.brinA : s.brinB, onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim } },
  }, school === 'A' ? s.schoolA : s.schoolB);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}

const registreer = (leerlingId: string, sleutel = s.schoolA) => client.vraag(RegistreerMeldingDocument, { leerlingId, soort: 'ZESTIEN_UUR', einddatum: '2024-01-11', peildatum: '2024-03-15' }, sleutel);

describe('meldingen', () => {
  it('lists, per visible leerling, the meldingen the rules give up to the peildatum', async () => {
    const a1 = await leerling([...ZESTIEN, LUXE]);
    const a2 = await leerling([{ datum: '2024-01-08', uren: 2, reden: 'ONGEOORLOOFD' }]);
    await leerling(ZESTIEN, 'B');
    await leerling([]);
    const r = await client.vraag(TeMeldenDocument, { peildatum: '2024-03-15' }, s.schoolA);
    expect(r.errors).toBeUndefined();
    const lijst = r.data!.meldingen.filter((m) => m.leerlingId === a1 || m.leerlingId === a2);
    expect(r.data!.meldingen).toHaveLength(lijst.length); // nothing of school B
    expect(lijst.filter((m) => m.leerlingId === a1).map(({ soort, verplicht, begindatum, einddatum, uren, melding }) => ({ soort, verplicht, begindatum, einddatum, uren, melding }))).toEqual([
      { soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2024-01-08', einddatum: '2024-01-11', uren: 16, melding: null },
      { soort: 'LUXE_VERZUIM', verplicht: true, begindatum: '2024-03-04', einddatum: '2024-03-04', uren: 5, melding: null },
    ]);
    expect(lijst.filter((m) => m.leerlingId === a2).map((m) => [m.soort, m.verplicht])).toEqual([['OVERIG', false]]);
    expect(lijst[0].uitleg[0].regel).toMatch(/^lpw\.art21a/);
    // before the fourth day, 12 hours: no ZESTIEN_UUR yet
    const eerder = await client.vraag(TeMeldenDocument, { peildatum: '2024-01-10', alleenVerplicht: true }, s.schoolA);
    expect(eerder.data!.meldingen.filter((m) => m.leerlingId === a1)).toEqual([]);
    const verplicht = await client.vraag(TeMeldenDocument, { peildatum: '2024-03-15', alleenVerplicht: true }, s.schoolA);
    expect(verplicht.data!.meldingen.some((m) => m.leerlingId === a2)).toBe(false);
    expect((await client.vraag(TeMeldenDocument, { peildatum: '2024-03-15', brin: s.brinB }, s.schoolA)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('records a computed melding once, with its verdict in the beslissing log', async () => {
    const id = await leerling([...ZESTIEN, LUXE]);
    const eerste = await registreer(id);
    expect(eerste.errors).toBeUndefined();
    const m = eerste.data!.registreerMelding;
    expect(m).toMatchObject({ leerlingId: id, soort: 'ZESTIEN_UUR', begindatum: '2024-01-08', einddatum: '2024-01-11', uren: 16, verplicht: true, status: 'GEREGISTREERD', brin: s.brinA });
    expect(m.historie).toEqual([{ van: null, naar: 'GEREGISTREERD', door: `School ${s.brinA}`, op: m.geregistreerdOp, toelichting: null }]);
    const tweede = await registreer(id);
    expect(tweede.data!.registreerMelding).toEqual(m);
    const samen = await Promise.all([1, 2, 3].map(() => registreer(id, s.lpaA)));
    expect(samen.map((r) => r.data!.registreerMelding.id)).toEqual([m.id, m.id, m.id]);
    const lijst = await client.vraag(TeMeldenDocument, { peildatum: '2024-03-15' }, s.lpaA);
    expect(lijst.data!.meldingen.filter((x) => x.leerlingId === id).map((x) => x.melding?.id ?? null)).toEqual([m.id, null]);
    const open = await client.vraag(TeMeldenDocument, { peildatum: '2024-03-15', alleenNietGeregistreerd: true }, s.lpaA);
    expect(open.data!.meldingen.filter((x) => x.leerlingId === id).map((x) => x.soort)).toEqual(['LUXE_VERZUIM']);
    const log = (await client.vraag(LeerlingBeslissingenDocument, { id }, s.schoolA)).data!.leerling.beslissingen;
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ vraag: 'registreerMelding', peildatum: '2024-03-15', uitkomst: { melding: { soort: 'ZESTIEN_UUR', einddatum: '2024-01-11' }, verzuim: { meldplicht: true } } });
    // only what the rules give can be recorded
    const niet = await client.vraag(RegistreerMeldingDocument, { leerlingId: id, soort: 'ZESTIEN_UUR', einddatum: '2024-01-12', peildatum: '2024-03-15' }, s.schoolA);
    expect(niet.errors![0]).toMatchObject({ message: 'einddatum: the rules give no ZESTIEN_UUR melding ending on 2024-01-12 for this leerling on 2024-03-15', extensions: { code: 'BAD_USER_INPUT' } });
    // another school can neither see nor move it
    expect((await client.vraag(MeldingDocument, { id: m.id }, s.schoolB)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(WijzigMeldingstatusDocument, { id: m.id, status: 'INGETROKKEN' }, s.schoolB)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await client.vraag(WijzigMeldingstatusDocument, { id: m.id, status: 'IN_BEHANDELING' }, s.lpaB)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('follows the lifecycle: every allowed transition works, every other one is BAD_USER_INPUT naming it', async () => {
    const TOEGESTAAN: Record<Meldingstatus, Meldingstatus[]> = {
      GEREGISTREERD: ['IN_BEHANDELING', 'INGETROKKEN'],
      IN_BEHANDELING: ['AFGESLOTEN', 'TER_KENNISGEVING_AANGENOMEN', 'INGETROKKEN'],
      AFGESLOTEN: [], INGETROKKEN: [], TER_KENNISGEVING_AANGENOMEN: [],
    };
    const naarToestand: Record<Meldingstatus, Meldingstatus[]> = {
      GEREGISTREERD: [], IN_BEHANDELING: ['IN_BEHANDELING'], AFGESLOTEN: ['IN_BEHANDELING', 'AFGESLOTEN'],
      INGETROKKEN: ['INGETROKKEN'], TER_KENNISGEVING_AANGENOMEN: ['IN_BEHANDELING', 'TER_KENNISGEVING_AANGENOMEN'],
    };
    const statussen = Object.keys(TOEGESTAAN) as Meldingstatus[];
    const paren = statussen.flatMap((van) => statussen.map((naar) => [van, naar] as const));
    // each pair on its own melding, all pairs at once
    await Promise.all(paren.map(async ([van, naar]) => {
      const m = (await registreer(await leerling(ZESTIEN))).data!.registreerMelding;
      for (const stap of naarToestand[van]) {
        const r = await client.vraag(WijzigMeldingstatusDocument, { id: m.id, status: stap }, s.lpaA);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
      }
      const r = await client.vraag(WijzigMeldingstatusDocument, { id: m.id, status: naar, toelichting: 'gesprek gevoerd' }, s.lpaA);
      if (TOEGESTAAN[van].includes(naar)) {
        expect(r.errors).toBeUndefined();
        const h = r.data!.wijzigMeldingstatus.historie;
        expect(r.data!.wijzigMeldingstatus.status).toBe(naar);
        expect(h[h.length - 1]).toMatchObject({ van, naar, door: `Leerplicht ${s.gemeenteA}`, toelichting: 'gesprek gevoerd' });
        expect(h).toHaveLength(naarToestand[van].length + 2);
      } else {
        expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
        expect(r.errors![0].message).toContain(`status: ${van} → ${naar} is not an allowed transition`);
        expect((await client.vraag(MeldingDocument, { id: m.id }, s.lpaA)).data!.melding.status).toBe(van);
      }
    }));
  });

  it('a SCHOOL key may only withdraw', async () => {
    const m = (await registreer(await leerling(ZESTIEN))).data!.registreerMelding;
    const r = await client.vraag(WijzigMeldingstatusDocument, { id: m.id, status: 'IN_BEHANDELING' }, s.schoolA);
    expect(r.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const weg = await client.vraag(WijzigMeldingstatusDocument, { id: m.id, status: 'INGETROKKEN', toelichting: 'dubbel gemeld' }, s.schoolA);
    expect(weg.data!.wijzigMeldingstatus).toMatchObject({ status: 'INGETROKKEN' });
  });
});
