// No existence leak through the answer: for every operation that takes an id, a leerling (melding,
// inschrijving) the key may not see, a random uuid that does not exist and an id that is no uuid at
// all get the same response — status, data, message, code, path — apart from the id itself.
// They also do the same work: the same SQL statements with the same (empty) results, because the
// visibility check is inside the query that looks the id up. (Timing: gelijke-tijd.test.ts.)
import { randomUUID } from 'node:crypto';
import { RawQueryFragment } from '@mikro-orm/core';
import { startClient, type Client } from '../api/client';
import { maakSleutels } from './sleutels';

const s = maakSleutels(8);
jest.setTimeout(60_000);
let client: Client;
let sql: string[] = [];
let vanB: { leerling: string; inschrijving: string; melding: string }; // school B, gemeente B

async function vraag<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, sleutel: string): Promise<{ status: number; data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }> {
  return client.ruw({ query, variables }, { authorization: `Bearer ${sleutel}` }) as never;
}

beforeAll(async () => {
  client = await startClient({ sleutels: s.regels, opQuery: (q) => sql.push(q) });
  const verzuim = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));
  const l = await vraag<{ maakLeerling: { id: string; inschrijvingen: { id: string }[] } }>(
    'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id inschrijvingen { id } } }',
    { l: { geboortedatum: '2011-09-01', gemeente: s.gemeenteB, vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: s.brinB, onderwijs: 'VMBO', vanaf: '2023-08-21' }], verzuim } } },
    s.schoolB,
  );
  if (l.errors) throw new Error(JSON.stringify(l.errors));
  const m = await vraag<{ registreerMelding: { id: string } }>(
    'mutation($id: ID!) { registreerMelding(leerlingId: $id, soort: ZESTIEN_UUR, einddatum: "2024-01-11", peildatum: "2024-03-15") { id } }',
    { id: l.data!.maakLeerling.id }, s.schoolB,
  );
  if (m.errors) throw new Error(JSON.stringify(m.errors));
  vanB = { leerling: l.data!.maakLeerling.id, inschrijving: l.data!.maakLeerling.inschrijvingen[0].id, melding: m.data!.registreerMelding.id };
});
afterAll(async () => { await client.stop(); });

type Soort = keyof typeof vanB;
/** Every entry point that takes the id of a leerling, or of something of a leerling. */
const OPERATIES: { naam: string; soort: Soort; query: string; variabelen?: () => Record<string, unknown> }[] = [
  { naam: 'leerling(id)', soort: 'leerling', query: 'query($id: ID!) { leerling(id: $id) { id geboortedatum beoordeling(peildatum: "2024-03-15") { leeftijd } } }' },
  { naam: 'wijzigLeerling', soort: 'leerling', query: 'mutation($id: ID!) { wijzigLeerling(id: $id, wijziging: { geboortedatum: "2011-10-01" }) { id } }' },
  { naam: 'voegFeitenToe', soort: 'leerling', query: 'mutation($id: ID!) { voegFeitenToe(leerlingId: $id, feiten: { verzuim: [{ datum: "2024-01-15", uren: 2, reden: ONGEOORLOOFD }] }) { id } }' },
  { naam: 'verwijderFeiten', soort: 'leerling', query: 'mutation($id: ID!, $f: [ID!]!) { verwijderFeiten(leerlingId: $id, ids: $f) { id } }', variabelen: () => ({ f: [vanB.inschrijving] }) },
  { naam: 'registreerMelding', soort: 'leerling', query: 'mutation($id: ID!) { registreerMelding(leerlingId: $id, soort: ZESTIEN_UUR, einddatum: "2024-01-11", peildatum: "2024-03-15") { id } }' },
  { naam: 'legBeoordelingVast', soort: 'leerling', query: 'mutation($id: ID!) { legBeoordelingVast(leerlingId: $id, peildatum: "2024-03-15") { beslissing { id } } }' },
  { naam: 'importeerVerzuim', soort: 'leerling', query: 'mutation($id: ID!, $k: String!) { importeerVerzuim(records: [{ leerlingId: $id, datum: "2024-01-16", uren: 1, reden: ZIEKTE }], idempotentieSleutel: $k) { id } }', variabelen: () => ({ k: randomUUID() }) },
  { naam: 'verwijderLeerling', soort: 'leerling', query: 'mutation($id: ID!) { verwijderLeerling(id: $id) }' },
  { naam: 'melding(id)', soort: 'melding', query: 'query($id: ID!) { melding(id: $id) { id status } }' },
  { naam: 'wijzigMeldingstatus', soort: 'melding', query: 'mutation($id: ID!) { wijzigMeldingstatus(id: $id, status: INGETROKKEN) { id status } }' },
  { naam: 'beeindigInschrijving', soort: 'inschrijving', query: 'mutation($id: ID!) { beeindigInschrijving(inschrijvingId: $id, tot: "2024-06-30") { id } }' },
];

const SLEUTELS: [string, () => string][] = [['SCHOOL A', () => s.schoolA], ['LEERPLICHTAMBTENAAR A', () => s.lpaA]];
const gevallen = SLEUTELS.flatMap(([wie, sleutel]) => OPERATIES.map((o) => [o.naam, wie, o, sleutel] as const));

describe('a foreign id answers exactly as an id that does not exist', () => {
  it.each(gevallen)('%s with %s', async (_naam, wie, o, sleutel) => {
    let statements: string[] = [];
    const antwoord = async (id: string) => {
      const variabelen: Record<string, unknown> = { id, ...o.variabelen?.() };
      sql = [];
      const r = await vraag(o.query, variabelen, sleutel());
      // the id itself is the only difference allowed (it is in the message); the import's random key is in its SQL
      const weg = (x: string) => [id, variabelen.k as string | undefined].reduce<string>((t, w) => (w ? t.split(w).join('<id>') : t), x);
      statements = sql.map((q) => weg(q).replace(/took \d+ ms/g, 'took … ms'));
      return JSON.parse(weg(JSON.stringify(r)));
    };
    const vreemd = await antwoord(vanB[o.soort]);
    const vreemdSql = statements;
    const onbekend = await antwoord(randomUUID());
    expect(statements).toEqual(vreemdSql);
    expect(vreemdSql.length).toBeLessThanOrEqual(o.naam === 'importeerVerzuim' ? 6 : 1);
    const geenUuid = await antwoord('12345');
    const onzin = await antwoord("x' or '1'='1");
    if (!(o.naam === 'verwijderLeerling' && wie.startsWith('SCHOOL'))) {
      // (a SCHOOL key may not remove leerlingen at all: that FORBIDDEN names the role, for every id alike)
      expect(vreemd.errors).toEqual([expect.objectContaining({ message: expect.stringContaining('<id> does not exist or is not accessible with this key') })]);
    }
    expect(vreemd.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(vreemd.errors[0].path).toEqual([o.naam.replace('(id)', '')]);
    expect(onbekend).toEqual(vreemd);
    expect(geenUuid).toEqual(vreemd);
    expect(onzin).toEqual(vreemd);
  });

  it('and the raw SQL fragments of the visibility check are released after each query (no leak)', () => {
    expect(RawQueryFragment.checkCacheSize()).toBe(0);
  });

  it('and none of those requests changed the foreign leerling', async () => {
    const r = await vraag<{ leerling: Record<string, unknown> }>(
      'query($id: ID!) { leerling(id: $id) { geboortedatum verzuim { datum } inschrijvingen { id tot } meldingen { id status } beslissingen { vraag } } }',
      { id: vanB.leerling }, s.lpaB,
    );
    expect(r.data!.leerling).toEqual({
      geboortedatum: '2011-09-01', verzuim: ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum })),
      inschrijvingen: [{ id: vanB.inschrijving, tot: null }], meldingen: [{ id: vanB.melding, status: 'GEREGISTREERD' }], beslissingen: [{ vraag: 'registreerMelding' }],
    });
  });
});
