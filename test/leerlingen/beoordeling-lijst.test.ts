// leerlingen { beoordeling } over a full page: the page's facts are read as plain rows in one batch,
// every leerling gets the verdict the law gives for its verzuim, and one leerling whose stored facts
// cannot be evaluated is null with its own error while the rest of the page is answered.
import { genereerGemeente } from '../../bench/genereer-gemeente';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(180_000);
const GEMEENTE = '7005';
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: GEMEENTE });
let client: Client;
const zestien = new Map<string, boolean>();
let slecht: string;

beforeAll(async () => {
  client = await startClient({ sleutels: [lpa.regel] });
  const db = client.server.context.orm!.em.fork().getConnection();
  await genereerGemeente((sql) => db.execute(sql), { n: 1000, gemeente: GEMEENTE, brin: '70CC', patroon: 'zestien' });
  const rijen = await db.execute<{ id: string; n: number }[]>(`select l.id, count(v.id)::int as n from leerling l join verzuimregistratie v on v.leerling_id = l.id where l.gemeente = '${GEMEENTE}' group by l.id order by l.id`);
  for (const r of rijen) zestien.set(r.id, r.n === 4);
  // a verzuim row the API would refuse (before the covered calendar), written behind its back
  slecht = rijen[500].id;
  await db.execute(`insert into verzuimregistratie (leerling_id, datum, uren, reden, vastgelegd_door, vastgelegd_rol, vastgelegd_gemeente, vastgelegd_op) values ('${slecht}', '2019-03-01', 4, 'ONGEOORLOOFD', 'test', 'LEERPLICHTAMBTENAAR', '${GEMEENTE}', now())`);
});
afterAll(async () => { await client?.stop(); });

it('a page of 1000 leerlingen { beoordeling }: each verdict from its own facts, the bad one null with an error at its place', async () => {
  const q = `{ leerlingen(eerste: 1000, gemeente: "${GEMEENTE}") { id beoordeling(peildatum: "2024-03-15") { verzuim { meldplicht meldingen { soort verplicht einddatum } } } } }`;
  const r = await client.ruw({ query: q }, { authorization: `Bearer ${lpa.sleutel}` }) as { status: number; data: { leerlingen: { id: string; beoordeling: null | { verzuim: { meldplicht: boolean; meldingen: { soort: string; verplicht: boolean; einddatum: string }[] } } }[] }; errors?: { message: string; path: (string | number)[]; extensions: Record<string, unknown> }[] };
  expect(r.status).toBe(200);
  const lijst = r.data.leerlingen;
  expect(lijst.map((l) => l.id)).toEqual([...zestien.keys()]);
  for (const l of lijst) {
    if (l.id === slecht) { expect(l.beoordeling).toBeNull(); continue; }
    // 16 unexcused hours in one lesweek: a mandatory ZESTIEN_UUR melding, so the school must report;
    // 2 hours: only a melding the school may make (not mandatory), no meldplicht
    if (zestien.get(l.id)) expect(l.beoordeling!.verzuim).toEqual({ meldplicht: true, meldingen: [{ soort: 'ZESTIEN_UUR', verplicht: true, einddatum: '2024-01-11' }] });
    else expect(l.beoordeling!.verzuim).toEqual({ meldplicht: false, meldingen: [{ soort: 'OVERIG', verplicht: false, einddatum: '2024-01-08' }] });
  }
  expect(r.errors).toHaveLength(1);
  // the error names the leerling's place in the page. (It is raised lazily by the verzuim field, after
  // the beoordeling resolver returned, so extensions.leerlingId is missing: an open gap against the README.)
  expect(r.errors![0].path.slice(0, 3)).toEqual(['leerlingen', 500, 'beoordeling']);
  expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(r.errors![0].message).toContain('2019-03-01');
});
