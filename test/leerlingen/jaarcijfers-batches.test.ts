// jaarcijfers over more leerlingen than one batch (250): a generated gemeente (bench/genereer-gemeente,
// pattern 'schooljaar'), evaluated batch after batch; every leerling counted once.
import { genereerGemeente } from '../../bench/genereer-gemeente';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(240_000);
const GEMEENTE = '7003';
const N = 1_100; // five batches of 250 (the last one partial)
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: GEMEENTE });
const rmc = nieuweSleutel({ rol: 'RMC', regio: 'Regio 70', gemeenten: [GEMEENTE, '7004'] });
let client: Client;

beforeAll(async () => {
  client = await startClient({ sleutels: [lpa.regel, rmc.regel] });
  const db = client.server.context.orm!.em.fork().getConnection();
  await genereerGemeente((sql) => db.execute(sql), { n: N, gemeente: GEMEENTE, brin: '70BB', patroon: 'schooljaar' });
});
afterAll(async () => { await client?.stop(); });

const VELDEN = 'gemeente schooljaar leerlingen meldingen { soort aantal } luxeVerzuim thuiszitters voortijdigSchoolverlaters fouten { leerlingId code }';

it('counts every leerling once across batches', async () => {
  const r = await client.ruw({ query: `{ jaarcijfers(gemeente: "${GEMEENTE}", schooljaar: "2023/2024") { ${VELDEN} } }` }, { authorization: `Bearer ${lpa.sleutel}` }) as { errors?: unknown; data: { jaarcijfers: Record<string, unknown> } };
  expect(r.errors).toBeUndefined();
  const j = r.data.jaarcijfers;
  expect(j).toMatchObject({ gemeente: GEMEENTE, schooljaar: '2023/2024', leerlingen: N, luxeVerzuim: 0, fouten: [] });
  // every twentieth leerling (55 of 1100) is unenrolled from 23 December 2023 while leerplichtig or
  // kwalificatieplichtig (born 2006-10 … 2017-09, no vrijstelling, no startkwalificatie): absoluut verzuim
  // from 8 January 2024 (after the MIDDEN Christmas holiday) to the end of the schooljaar, far more than
  // 20 schooldagen. Nobody else: enrolled all year, at most 16 unexcused hours in a week.
  expect(j.thuiszitters).toBe(N / 20);
  // the regio, one pass over its leerlingen: the same figures for this gemeente, and as a whole
  const g = await client.ruw({ query: `{ regiocijfers(schooljaar: "2023/2024") { gemeenten { ${VELDEN} } totaal { leerlingen thuiszitters voortijdigSchoolverlaters fouten { leerlingId } } } }` }, { authorization: `Bearer ${rmc.sleutel}` }) as { errors?: unknown; data: { regiocijfers: { gemeenten: Record<string, unknown>[]; totaal: Record<string, unknown> } } };
  expect(g.errors).toBeUndefined();
  expect(g.data.regiocijfers.gemeenten.find((x) => x.gemeente === GEMEENTE)).toEqual(j);
  expect(g.data.regiocijfers.totaal).toMatchObject({ leerlingen: N, thuiszitters: N / 20, voortijdigSchoolverlaters: j.voortijdigSchoolverlaters, fouten: [] });
});
