// meldingen in pages and batches: a generated gemeente of more leerlingen than one batch (250), read
// unpaged and in pages (eerste, na); the pages together are the unpaged answer, each leerling's
// meldingen are what the law gives for its verzuim, and a cursor is bound to its key and list.
import { genereerGemeente } from '../../bench/genereer-gemeente';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from '../api/client';

jest.setTimeout(180_000);
const GEMEENTE = '7001';
const BRIN = '70AA';
const N = 1_100; // five batches of 250 (the last one partial)
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: GEMEENTE });
const lpaAnder = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7002' });
const lpaTweede = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: GEMEENTE }); // the same tenant, another key
const school = nieuweSleutel({ rol: 'SCHOOL', brin: BRIN });
let client: Client;
let klein: Client;
/** leerling id → whether it got 16 unexcused hours in the week of 8 January 2024 */
const zestien = new Map<string, boolean>();

interface TeMelden { leerlingId: string; soort: string; verplicht: boolean; begindatum: string; einddatum: string; uren: number; melding: null | { id: string } }
interface Overzicht { meldingen: TeMelden[]; fouten: { leerlingId: string }[]; volgende: string | null }
const VELDEN = 'meldingen { leerlingId soort verplicht begindatum einddatum uren melding { id } } fouten { leerlingId code } volgende';

async function overzicht(vars: Record<string, unknown>, sleutel = lpa.sleutel, c = client) {
  const q = `query($peildatum: LocalDate!, $gemeente: String, $eerste: Int, $na: String) { meldingenOverzicht(peildatum: $peildatum, gemeente: $gemeente, eerste: $eerste, na: $na) { ${VELDEN} } }`;
  return c.ruw({ query: q, variables: { peildatum: '2024-03-15', ...vars } }, { authorization: `Bearer ${sleutel}` }) as Promise<{ status: number; data?: { meldingenOverzicht: Overzicht } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
}

async function allePaginas(eerste: number, sleutel = lpa.sleutel): Promise<{ meldingen: TeMelden[]; paginas: number }> {
  const meldingen: TeMelden[] = [];
  let na: string | null = null;
  let paginas = 0;
  do {
    const r = await overzicht({ eerste, na }, sleutel);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    meldingen.push(...r.data!.meldingenOverzicht.meldingen);
    expect(r.data!.meldingenOverzicht.fouten).toEqual([]);
    na = r.data!.meldingenOverzicht.volgende;
    paginas++;
  } while (na !== null);
  return { meldingen, paginas };
}

beforeAll(async () => {
  client = await startClient({ sleutels: [lpa.regel, lpaAnder.regel, lpaTweede.regel, school.regel] });
  klein = await startClient({ sleutels: [lpa.regel], instellingen: { maxSituaties: 1000 } });
  const db = client.server.context.orm!.em.fork().getConnection();
  await genereerGemeente((sql) => db.execute(sql), { n: N, gemeente: GEMEENTE, brin: BRIN, patroon: 'zestien' });
  const rijen = await db.execute<{ id: string; n: number }[]>(`select l.id, count(v.id)::int as n from leerling l join verzuimregistratie v on v.leerling_id = l.id where l.gemeente = '${GEMEENTE}' group by l.id`);
  for (const r of rijen) zestien.set(r.id, r.n === 4);
});
afterAll(async () => { await client?.stop(); await klein?.stop(); });

describe('meldingen over more leerlingen than one batch', () => {
  let geheel: TeMelden[];

  it('unpaged: every leerling in id order, with the melding the law gives for its verzuim', async () => {
    const r = await overzicht({});
    expect(r.errors).toBeUndefined();
    const o = r.data!.meldingenOverzicht;
    expect(o.fouten).toEqual([]);
    expect(o.volgende).toBeNull();
    geheel = o.meldingen;
    expect(zestien.size).toBe(N);
    const ids = [...zestien.keys()].sort();
    // one melding per leerling, ordered by leerling id
    expect(geheel.map((m) => m.leerlingId)).toEqual(ids);
    expect([...zestien.values()].filter(Boolean)).toHaveLength(N / 10);
    for (const m of geheel) {
      // 16 unexcused hours within 4 lesweken (art 21a lid 1 a): mandatory, from the first to the day the 16th hour fell
      if (zestien.get(m.leerlingId)) expect(m).toMatchObject({ soort: 'ZESTIEN_UUR', verplicht: true, begindatum: '2024-01-08', einddatum: '2024-01-11', uren: 16, melding: null });
      // 2 hours: below the threshold; the school may report it (not mandatory)
      else expect(m).toMatchObject({ soort: 'OVERIG', verplicht: false });
    }
  });

  it.each([[400, 3], [700, 2], [1100, 1], [5000, 1]])('pages of %i: %i pages, together the unpaged answer', async (eerste, aantal) => {
    const { meldingen, paginas } = await allePaginas(eerste);
    expect(paginas).toBe(aantal);
    expect(meldingen).toEqual(geheel);
  });

  it('the plain meldingen list pages with the same cursor, and a SCHOOL sees the same through its window', async () => {
    const eerste = await overzicht({ eerste: 300 });
    const volgende = eerste.data!.meldingenOverzicht.volgende;
    const q = 'query($na: String) { meldingen(peildatum: "2024-03-15", eerste: 300, na: $na) { leerlingId soort einddatum } }';
    const r = await client.ruw({ query: q, variables: { na: volgende } }, { authorization: `Bearer ${lpa.sleutel}` }) as { data: { meldingen: TeMelden[] } };
    expect(r.data.meldingen).toEqual(geheel.slice(300, 600).map(({ leerlingId, soort, einddatum }) => ({ leerlingId, soort, einddatum })));
    const s = await allePaginas(500, school.sleutel);
    expect(s.meldingen).toEqual(geheel);
  });

  it('a cursor of another key, another tenant or other arguments is a bad cursor: BAD_USER_INPUT naming na, nothing else', async () => {
    const volgende = (await overzicht({ eerste: 100 })).data!.meldingenOverzicht.volgende!;
    expect(typeof volgende).toBe('string');
    // meldingenOverzicht has taal (default NL): its errors are in Dutch
    const FOUT = 'na: geen cursor van deze lijst voor deze sleutel (geef volgende van de vorige pagina mee, met dezelfde argumenten)';
    const slecht = [
      overzicht({ eerste: 100, na: volgende }, lpaAnder.sleutel),
      overzicht({ eerste: 100, na: volgende }, lpaTweede.sleutel),
      overzicht({ eerste: 100, na: volgende }, school.sleutel),
      overzicht({ eerste: 100, na: volgende, peildatum: '2024-03-14' }),
      overzicht({ eerste: 100, na: volgende, gemeente: GEMEENTE }),
      overzicht({ eerste: 100, na: volgende.slice(0, -2) }),
      overzicht({ eerste: 100, na: geheel[5].leerlingId }),
      overzicht({ eerste: 100, na: 'x' }),
    ];
    for (const r of await Promise.all(slecht)) {
      expect(r.data ?? null).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({ message: FOUT, extensions: { code: 'BAD_USER_INPUT' } });
    }
    // the cursor still works for its own key and list
    const goed = await overzicht({ eerste: 100, na: volgende });
    expect(goed.data!.meldingenOverzicht.meldingen).toEqual(geheel.slice(100, 200));
  });

  it('eerste outside 1–5000 is BAD_USER_INPUT naming eerste', async () => {
    for (const eerste of [0, -1, 5001]) {
      const r = await overzicht({ eerste });
      expect(r.errors![0]).toMatchObject({ message: `eerste: ${eerste} ligt buiten 1–5000`, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('a page costs its page size; unpaged costs every visible leerling with verzuim', async () => {
    // the limit is 1000 situaties per request: the gemeente has 1100 leerlingen with verzuim
    const geheelTeDuur = await overzicht({}, lpa.sleutel, klein);
    expect(geheelTeDuur.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reden: 'QUERY_TOO_COSTLY' } });
    const pagina = await overzicht({ eerste: 1000 }, lpa.sleutel, klein);
    expect(pagina.errors).toBeUndefined();
    expect(pagina.data!.meldingenOverzicht.meldingen).toEqual(geheel.slice(0, 1000));
    const tweeKeer = await klein.ruw({ query: '{ a: meldingenOverzicht(peildatum: "2024-03-15", eerste: 600) { volgende } b: meldingen(peildatum: "2024-03-15", eerste: 600) { leerlingId } }' }, { authorization: `Bearer ${lpa.sleutel}` });
    expect(tweeKeer.errors![0]).toMatchObject({ message: 'situaties: 1200 situaties; at most 1000 per request (summed over every field and alias)', extensions: { reden: 'QUERY_TOO_COSTLY' } });
  });
});
