// One code path: leerling(id) { beoordeling } answers exactly what the stateless beoordeling answers
// for the same facts (fast-check); only the mutation legBeoordelingVast logs a verdict, a query never writes.
import fc from 'fast-check';
import { BeoordelingDocument, LeerlingBeoordelingDocument, LeerlingBeslissingenDocument, LegBeoordelingVastDocument, MaakLeerlingDocument, type SituatieInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(3);
jest.setTimeout(60_000); // several requests per test; the suite shares 2 cores
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: s.regels }); });
afterAll(async () => { await client.stop(); });

const iso = (d: Date) => d.toISOString().slice(0, 10);
const datum = (van: string, tot: string) => fc.integer({ min: Date.parse(van) / 864e5, max: Date.parse(tot) / 864e5 }).map((n) => iso(new Date(n * 864e5)));
/** sorted by a date and one per date (stored facts come back in date order; same-day order is not kept) */
function opDatum<T>(xs: T[] | undefined, sleutel: (x: T) => string): T[] | undefined {
  return xs && [...xs].sort((a, b) => sleutel(a).localeCompare(sleutel(b))).filter((x, i, all) => i === 0 || sleutel(all[i - 1]) !== sleutel(x));
}

const situatie: fc.Arbitrary<SituatieInput> = fc.record({
  geboortedatum: datum('2004-01-01', '2019-12-31'),
  vakantieregio: fc.constantFrom(undefined, 'NOORD', 'MIDDEN', 'ZUID' as const),
  schooljaren: fc.array(fc.record({ schooljaar: fc.constantFrom('2019/2020', '2020/2021', '2021/2022'), volledig: fc.boolean(), onderwijs: fc.constantFrom('PO', 'VMBO' as const) }), { maxLength: 2 }),
  diplomas: fc.array(fc.record({ soort: fc.constantFrom('HAVO', 'MBO_2', 'VMBO_TL', 'PRO' as const), datum: datum('2021-01-01', '2024-06-30') }), { maxLength: 2 }),
  inschrijvingen: fc.array(fc.record({ onderwijs: fc.constantFrom('PO', 'VMBO', 'MBO', 'VSO' as const), vanaf: datum('2021-01-01', '2023-12-01') }), { maxLength: 2 }),
  vrijstellingen: fc.array(fc.record({ grond: fc.constantFrom('ART_5_A', 'ART_15' as const), vanaf: datum('2022-01-01', '2024-01-01') }), { maxLength: 1 }),
  verzuim: fc.array(fc.record({ datum: datum('2024-01-08', '2024-03-29'), uren: fc.constantFrom(1, 2, 4, 6), reden: fc.constantFrom('ONGEOORLOOFD', 'ZIEKTE', 'TE_LAAT', 'VAKANTIE_ZONDER_VERLOF' as const) }), { maxLength: 15 }),
  verlof: fc.array(fc.record({ soort: fc.constantFrom('GEWICHTIG_14', 'VAKANTIE_13A' as const), vanaf: datum('2024-02-01', '2024-02-20') }), { maxLength: 1 }),
}, { requiredKeys: ['geboortedatum'] }).map((x) => ({
  ...x,
  schooljaren: opDatum(x.schooljaren, (j) => j.schooljaar),
  diplomas: opDatum(x.diplomas?.filter((d) => d.datum >= x.geboortedatum), (d) => d.datum),
  inschrijvingen: opDatum(x.inschrijvingen?.filter((d) => d.vanaf >= x.geboortedatum), (d) => d.vanaf),
  vrijstellingen: opDatum(x.vrijstellingen, (d) => d.vanaf),
  verzuim: opDatum(x.verzuim?.filter((d) => d.datum >= x.geboortedatum), (d) => d.datum),
  verlof: x.verlof?.map((v) => ({ ...v, tot: v.vanaf, dagen: 1 })),
}));

async function bewaar(sit: SituatieInput): Promise<string> {
  const { geboortedatum, vakantieregio, ...feiten } = sit;
  const r = await client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum, vakantieregio, gemeente: s.gemeenteA, feiten: { ...feiten, inschrijvingen: feiten.inschrijvingen?.map((i) => ({ ...i, brin: s.brinA })) } },
  }, s.lpaA);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}

async function beslissingen(id: string) {
  const r = await client.vraag(LeerlingBeslissingenDocument, { id }, s.lpaA);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.leerling.beslissingen;
}

/** GET /graphql?query=… with the header Apollo's CSRF prevention asks of a GET, and the key. */
async function haal(query: string): Promise<{ status: number; body: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(`${client.server.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${s.lpaA}` } });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

describe('leerling.beoordeling', () => {
  it('equals the stateless beoordeling for the same facts', async () => {
    await fc.assert(fc.asyncProperty(situatie, datum('2024-04-01', '2024-09-30'), async (sit, peildatum) => {
      const id = await bewaar(sit);
      // a stored leerling's lists are its stored facts, given (an absent list is stored as none):
      // the stateless question with the same facts passes them as lists (issue 13: not given ≠ none)
      const gegeven = { ...sit, schooljaren: sit.schooljaren ?? [], inschrijvingen: sit.inschrijvingen ?? [], diplomas: sit.diplomas ?? [], vrijstellingen: sit.vrijstellingen ?? [] };
      const los = await client.vraag(BeoordelingDocument, { situatie: gegeven, peildatum });
      const opgeslagen = await client.vraag(LeerlingBeoordelingDocument, { id, peildatum }, s.lpaA);
      expect(opgeslagen.errors).toEqual(los.errors);
      expect(opgeslagen.data?.leerling.beoordeling ?? null).toEqual(los.data?.beoordeling ?? null);
    }), { numRuns: 12 });
  });

  it('a stored leerling without inschrijvingen has none (its stored list): absoluutVerzuim is decided, not null', async () => {
    // born 2010-03-01: 14 on 2024-06-03, leerplichtig (art 3 lid 1); nothing stored, so enrolled nowhere (art 2 lid 1)
    const id = await bewaar({ geboortedatum: '2010-03-01', vakantieregio: 'ZUID' });
    const r = await client.vraag(LeerlingBeoordelingDocument, { id, peildatum: '2024-06-03' }, s.lpaA);
    expect(r.errors).toBeUndefined();
    expect(r.data!.leerling.beoordeling!.leerplicht).toMatchObject({ status: 'LEERPLICHTIG', absoluutVerzuim: true });
    expect(r.data!.leerling.beoordeling!.aannames.map((a) => a.code)).not.toContain('GEEN_INSCHRIJVINGEN');
  });

  it('legBeoordelingVast stores exactly one verdict, with rule-set hash and engine version, visible in beslissingen', async () => {
    const id = await bewaar({ geboortedatum: '2010-03-01', vakantieregio: 'ZUID', verzuim: [{ datum: '2024-01-09', uren: 6, reden: 'ONGEOORLOOFD' }] });
    expect(await beslissingen(id)).toEqual([]);
    const r = await client.vraag(LegBeoordelingVastDocument, { leerlingId: id, peildatum: '2024-02-01' }, s.lpaA);
    expect(r.errors).toBeUndefined();
    const { beslissing, beoordeling } = r.data!.legBeoordelingVast;
    // the same verdict the query gives
    expect(beoordeling).toEqual((await client.vraag(LeerlingBeoordelingDocument, { id, peildatum: '2024-02-01' }, s.lpaA)).data!.leerling.beoordeling);
    const log = await beslissingen(id);
    expect(log).toEqual([beslissing]);
    expect(beslissing).toMatchObject({ vraag: 'leerling.beoordeling', peildatum: '2024-02-01', wetsdatum: '2024-02-01', regelsetHash: beoordeling.regelsetHash, engineVersie: client.server.context.regelsetInfo!.engineVersie });
    expect(beslissing.uitkomst).toMatchObject({ leeftijd: 13, leerplicht: { status: 'LEERPLICHTIG' }, verzuim: { meldplicht: false } });
    // a SCHOOL key without an inschrijving at its BRIN: the same FORBIDDEN as any leerling it may not see, nothing written
    const vreemd = await client.vraag(LegBeoordelingVastDocument, { leerlingId: id, peildatum: '2024-02-01' }, s.schoolB);
    expect(vreemd.errors).toEqual([{ message: `leerlingId: leerling ${id} does not exist or is not accessible with this key`, locations: expect.any(Array), path: ['legBeoordelingVast'], extensions: { code: 'FORBIDDEN', veld: 'leerlingId' } }]);
    expect(await beslissingen(id)).toHaveLength(1);
  });

  it('a query with opslaan: true answers BAD_USER_INPUT and writes nothing, over POST and GET', async () => {
    const id = await bewaar({ geboortedatum: '2010-03-01', vakantieregio: 'ZUID' });
    const fout = { message: 'opslaan: a query never writes; use the mutation legBeoordelingVast', locations: expect.any(Array), extensions: { code: 'BAD_USER_INPUT', veld: 'opslaan' } };
    const post = await client.vraag(LeerlingBeoordelingDocument, { id, peildatum: '2024-02-01', opslaan: true }, s.lpaA);
    // Leerling.beoordeling is nullable (a list answers the leerlingen it can evaluate): the error stops at the field
    expect(post.data).toMatchObject({ leerling: { beoordeling: null } });
    expect(post.errors).toEqual([{ ...fout, path: ['leerling', 'beoordeling'] }]);
    const get = await haal(`{ leerling(id: "${id}") { beoordeling(peildatum: "2024-02-01", opslaan: true) { leeftijd } } }`);
    expect(get.status).toBe(200);
    expect(get.body.errors).toEqual([{ ...fout, path: ['leerling', 'beoordeling'] }]);
    // inside a mutation's selection too: the only way to store a verdict is legBeoordelingVast
    const inMutatie = await client.ruw({ query: `mutation { wijzigLeerling(id: "${id}", wijziging: {}) { beoordeling(peildatum: "2024-02-01", opslaan: true) { leeftijd } } }` }, { authorization: `Bearer ${s.lpaA}` });
    expect(inMutatie.errors).toMatchObject([{ ...fout, path: ['wijzigLeerling', 'beoordeling'] }]);
    // opslaan: false (the default) still reads
    expect((await client.vraag(LeerlingBeoordelingDocument, { id, peildatum: '2024-02-01', opslaan: false }, s.lpaA)).errors).toBeUndefined();
    expect(await beslissingen(id)).toEqual([]);
  });

  it('legBeoordelingVast over HTTP GET is refused (mutations need POST) and writes nothing', async () => {
    const id = await bewaar({ geboortedatum: '2010-03-01', vakantieregio: 'ZUID' });
    const vooraf = (await beslissingen(id)).length;
    const r = await haal(`mutation { legBeoordelingVast(leerlingId: "${id}", peildatum: "2024-02-01") { beslissing { id } } }`);
    expect(r.status).toBe(405);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toMatchObject([{ message: 'GET requests only support query operations, not mutation operations', extensions: { code: 'BAD_REQUEST' } }]);
    expect(await beslissingen(id)).toHaveLength(vooraf);
  });
});
