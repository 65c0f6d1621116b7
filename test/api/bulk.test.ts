// beoordelingen: many situaties, one peildatum — same answers as one by one, in input order.
import fc from 'fast-check';
import { BulkDocument, type SituatieInput } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

const iso = (d: Date) => d.toISOString().slice(0, 10);
const datum = (van: string, tot: string) => fc.integer({ min: Date.parse(van) / 864e5, max: Date.parse(tot) / 864e5 }).map((n) => iso(new Date(n * 864e5)));
const situatie: fc.Arbitrary<SituatieInput> = fc.record({
  geboortedatum: datum('1995-01-01', '2020-12-31'),
  vakantieregio: fc.constantFrom(undefined, 'NOORD', 'MIDDEN', 'ZUID' as const),
  diplomas: fc.array(fc.record({ soort: fc.constantFrom('HAVO', 'VWO', 'MBO_2', 'MBO_ENTREE', 'PRO', 'VMBO_TL' as const), datum: datum('2021-01-01', '2024-06-30') }), { maxLength: 2 }),
  inschrijvingen: fc.array(fc.record({ onderwijs: fc.constantFrom('PO', 'VMBO', 'MBO', 'VSO', 'AVONDONDERWIJS' as const), vanaf: datum('2021-01-01', '2023-01-01') }), { maxLength: 2 }),
  verzuim: fc.array(fc.record({ datum: datum('2024-01-08', '2024-03-29'), uren: fc.constantFrom(1, 2, 4, 6), reden: fc.constantFrom('ONGEOORLOOFD', 'ZIEKTE', 'TE_LAAT', 'VAKANTIE_ZONDER_VERLOF' as const) }), { maxLength: 12 }),
}, { requiredKeys: ['geboortedatum'] }).map((s) => ({
  ...s,
  diplomas: s.diplomas?.filter((d) => d.datum >= s.geboortedatum),
  inschrijvingen: s.inschrijvingen?.filter((d) => d.vanaf >= s.geboortedatum),
  verzuim: s.verzuim?.filter((d, i, all) => d.datum >= s.geboortedatum && all.findIndex((x) => x.datum === d.datum) === i),
}));

describe('beoordelingen (bulk)', () => {
  it('answers exactly as beoordeling one by one, in input order', async () => {
    await fc.assert(fc.asyncProperty(fc.array(situatie, { minLength: 1, maxLength: 25 }), async (situaties) => {
      const peildatum = '2024-04-01';
      const bulk = await client.vraag(BulkDocument, { situaties, peildatum });
      expect(bulk.errors).toBeUndefined();
      const los = await Promise.all(situaties.map((s) => client.vraag(BulkDocument, { situaties: [s], peildatum })));
      expect(bulk.data!.beoordelingen).toEqual(los.map((l) => l.data!.beoordelingen[0]));
    }), { numRuns: 25 });
  });

  it('rejects more than the documented maximum, and names a bad situatie', async () => {
    const te = await client.vraag(BulkDocument, { situaties: Array.from({ length: 10_001 }, () => ({ geboortedatum: '2015-01-01' })), peildatum: '2024-01-01' });
    expect(te.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(te.errors![0].message).toBe('situaties: 10001 situaties; at most 10000 per request (summed over every field and alias)');
    const fout = await client.vraag(BulkDocument, { situaties: [{ geboortedatum: '2015-01-01' }, { geboortedatum: '2015-02-30' }], peildatum: '2024-01-01' });
    expect(fout.errors![0].message).toBe('situaties[1].geboortedatum: 2015-02-30 is geen datum'); // taal NL (default)
  });
});
