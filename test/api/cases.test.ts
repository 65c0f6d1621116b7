// Every legal case in rules/cases runs through the GraphQL API over HTTP.
import path from 'node:path';
import { leesCases, verschillen } from '../../src/cli/cases';
import { UitschrijvingDocument, VerwijderingDocument, type UitschrijvingQueryVariables, type VerwijderingQueryVariables } from '../generated/graphql';
import { BeoordelingDocument, HandhavingDocument, VerlofaanvraagDocument, VrijstellingsberoepDocument, type BeoordelingQueryVariables, type HandhavingQueryVariables, type VerlofaanvraagQueryVariables, type VrijstellingsberoepQueryVariables } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

const bestanden = leesCases(path.resolve(__dirname, '..', '..', 'rules'));

test('the case files hold the vetted cases', () => {
  const ids = bestanden.flatMap((b) => b.cases.map((c) => c.id));
  expect(ids.length).toBeGreaterThanOrEqual(25);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(bestanden.map((b) => [b.bestand, b.cases] as const))('%s', (_bestand, cases) => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    if (c.vraag === 'verlofaanvraag') {
      const a = await client.vraag(VerlofaanvraagDocument, c.variabelen as VerlofaanvraagQueryVariables);
      expect(a.errors).toBeUndefined();
      expect(verschillen(c.verwacht, a.data!.verlofaanvraag)).toEqual([]);
    } else if (c.vraag === 'uitschrijving') {
      const a = await client.vraag(UitschrijvingDocument, c.variabelen as UitschrijvingQueryVariables);
      expect(a.errors).toBeUndefined();
      expect(verschillen(c.verwacht, a.data!.uitschrijving)).toEqual([]);
    } else if (c.vraag === 'verwijdering') {
      const a = await client.vraag(VerwijderingDocument, c.variabelen as VerwijderingQueryVariables);
      expect(a.errors).toBeUndefined();
      expect(verschillen(c.verwacht, a.data!.verwijdering)).toEqual([]);
    } else if (c.vraag === 'handhaving') {
      const a = await client.vraag(HandhavingDocument, c.variabelen as HandhavingQueryVariables);
      expect(a.errors).toBeUndefined();
      expect(verschillen(c.verwacht, a.data!.handhaving)).toEqual([]);
    } else if (c.vraag === 'vrijstellingsberoep') {
      const a = await client.vraag(VrijstellingsberoepDocument, c.variabelen as VrijstellingsberoepQueryVariables);
      expect(a.errors).toBeUndefined();
      expect(verschillen(c.verwacht, a.data!.vrijstellingsberoep)).toEqual([]);
    } else {
      const a = await client.vraag(BeoordelingDocument, c.variabelen as BeoordelingQueryVariables);
      expect(a.errors).toBeUndefined();
      expect(verschillen(c.verwacht, a.data!.beoordeling)).toEqual([]);
    }
  });
});
