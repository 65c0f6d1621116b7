// A stored list's batches shared by the server's worker threads (LEERPLICHT_LIST_SHARE=true): with two threads (started in
// advance) every other batch of a meldingen list or of the jaarcijfers is evaluated by the idle
// thread, and the answers are those of a server with sharing off (the default: the
// request's thread evaluates every batch itself) and what the law gives for the generated verzuim
// (bench/genereer-gemeente).
import { genereerGemeente } from '../../bench/genereer-gemeente';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(240_000);
const MELDINGEN_GEMEENTE = '7007';
const CIJFERS_GEMEENTE = '7008';
const N = 1_100; // five batches of 250 (the last one partial)
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: MELDINGEN_GEMEENTE });
const lpaCijfers = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: CIJFERS_GEMEENTE });
let twee: Client;
let zonder: Client;
/** leerling id → whether it got 16 unexcused hours in the week of 8 January 2024 */
const zestien = new Map<string, boolean>();

beforeAll(async () => {
  const sleutels = [lpa.regel, lpaCijfers.regel];
  twee = await startClient({ sleutels, instellingen: { werkers: 2, werkersVooraf: true, lijstenDelen: true } });
  zonder = await startClient({ sleutels, instellingen: { werkers: 2, werkersVooraf: true, lijstenDelen: false } });
  const db = twee.server.context.orm!.em.fork().getConnection();
  await genereerGemeente((sql) => db.execute(sql), { n: N, gemeente: MELDINGEN_GEMEENTE, brin: '70GA', patroon: 'zestien' });
  await genereerGemeente((sql) => db.execute(sql), { n: N, gemeente: CIJFERS_GEMEENTE, brin: '70HA', patroon: 'schooljaar' });
  const rijen = await db.execute<{ id: string; n: number }[]>(`select l.id, count(v.id)::int as n from leerling l join verzuimregistratie v on v.leerling_id = l.id where l.gemeente = '${MELDINGEN_GEMEENTE}' group by l.id`);
  for (const r of rijen) zestien.set(r.id, r.n === 4);
});
afterAll(async () => { await twee?.stop(); await zonder?.stop(); });

async function gedeeld(c: Client): Promise<number> {
  const tekst = await (await fetch(new URL('/metrics', c.server.url))).text();
  return Number(/^leerplicht_list_batches_shared_total (\d+)/m.exec(tekst)?.[1] ?? NaN);
}

const MELDINGEN = `{ meldingenOverzicht(peildatum: "2024-03-15") {
  meldingen { leerlingId soort verplicht begindatum einddatum uren melding { id } uitleg { regel } termijn { uiterlijk } } fouten { leerlingId code } volgende } }`;
interface TeMelden { leerlingId: string; soort: string; uitleg: { regel: string }[]; termijn: { uiterlijk: string } | null }

it('meldingen: batches shared with the idle thread, in id order, the same as without sharing, and what the law gives', async () => {
  const voor = await gedeeld(twee);
  const r = await twee.ruw({ query: MELDINGEN }, { authorization: `Bearer ${lpa.sleutel}` }) as { errors?: unknown; data: { meldingenOverzicht: { meldingen: TeMelden[]; fouten: unknown[] } } };
  expect(r.errors).toBeUndefined();
  expect(await gedeeld(twee)).toBeGreaterThan(voor); // some batch was evaluated by the other thread
  const o = r.data.meldingenOverzicht;
  expect(o.fouten).toEqual([]);
  expect(o.meldingen.map((m) => m.leerlingId)).toEqual([...zestien.keys()].sort());
  for (const m of o.meldingen) {
    // 16 unexcused hours within 4 lesweken (art 21a lid 1): mandatory; reported within 5 schooldagen (practice since
    // 2020-07-01): Fri 12, Mon 15 … Thu 18 January 2024
    if (zestien.get(m.leerlingId)) expect(m).toMatchObject({ soort: 'ZESTIEN_UUR', verplicht: true, einddatum: '2024-01-11', uren: 16, uitleg: [{ regel: 'lpw.art21a.lid1.zestien-uur' }], termijn: { uiterlijk: '2024-01-18' } });
    else expect(m).toMatchObject({ soort: 'OVERIG', verplicht: false });
  }
  const alleen = await zonder.ruw({ query: MELDINGEN }, { authorization: `Bearer ${lpa.sleutel}` });
  expect(alleen.data).toEqual(r.data);
  expect(await gedeeld(zonder)).toBe(0); // sharing off: the request's thread did every batch
});

it('jaarcijfers: batches shared with the idle thread, the same figures as without sharing', async () => {
  const q = `{ jaarcijfers(gemeente: "${CIJFERS_GEMEENTE}", schooljaar: "2023/2024") { leerlingen thuiszitters voortijdigSchoolverlaters absoluutVerzuim luxeVerzuim
    thuiszitterstelling { bijAanvang nieuw totaal langerDanDrieMaanden achttienGeworden verhuisd opgelost bijEinde } fouten { leerlingId code } } }`;
  const voor = await gedeeld(twee);
  const r = await twee.ruw({ query: q }, { authorization: `Bearer ${lpaCijfers.sleutel}` }) as { errors?: unknown; data: { jaarcijfers: Record<string, unknown> } };
  expect(r.errors).toBeUndefined();
  expect(await gedeeld(twee)).toBeGreaterThan(voor);
  // every twentieth leerling is unenrolled from 23 December 2023 while leer- or kwalificatieplichtig: absoluut
  // verzuim from 8 January 2024 to the end of the schooljaar (see jaarcijfers-batches.test.ts); nobody else
  expect(r.data.jaarcijfers).toMatchObject({ leerlingen: N, thuiszitters: N / 20, luxeVerzuim: 0, fouten: [] });
  const alleen = await zonder.ruw({ query: q }, { authorization: `Bearer ${lpaCijfers.sleutel}` });
  expect(alleen.data).toEqual(r.data);
  expect(await gedeeld(zonder)).toBe(0);
});
