// One bad record never breaks a list: a leerling whose stored facts cannot be evaluated (verzuim
// outside the covered calendar, put there behind the API's back) is reported, the rest answered.
import { MaakLeerlingDocument, MeldingenLijstDocument, MeldingenOverzichtDocument, type VerzuimInput } from '../generated/graphql';
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

jest.setTimeout(60_000);
// own tenants: a vestiging BRIN and a gemeente no other file uses for lists
const school = nieuweSleutel({ rol: 'SCHOOL', brin: '73AA01' });
const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7302' });
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [school.regel, lpa.regel] }); });
afterAll(async () => { await client.stop(); });
const db = () => client.server.context.orm!.em.getConnection();

const ZESTIEN: VerzuimInput[] = ['2024-01-08', '2024-01-09', '2024-01-10', '2024-01-11'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' }));

async function leerling(): Promise<string> {
  const r = await client.vraag(MaakLeerlingDocument, {
    leerling: { geboortedatum: '2011-09-01', gemeente: '7302', vakantieregio: 'MIDDEN', feiten: { inschrijvingen: [{ brin: '73AA01', onderwijs: 'PO', vanaf: '2018-08-20' }], verzuim: ZESTIEN } },
  }, school.sleutel);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.maakLeerling.id;
}

/** A verzuim row the API would refuse: a day after the covered calendar (written with SQL). */
const slechtVerzuim = (leerlingId: string) => db().execute(
  `insert into verzuimregistratie (leerling_id, datum, uren, reden, vastgelegd_door, vastgelegd_rol, vastgelegd_brin, vastgelegd_op) values (?, '2019-03-01', 4, 'ONGEOORLOOFD', 'test', 'SCHOOL', '73AA01', now())`, [leerlingId]);

describe('a list with a leerling that cannot be evaluated', () => {
  let goed1: string; let goed2: string; let slecht: string;
  beforeAll(async () => {
    goed1 = await leerling();
    slecht = await leerling();
    goed2 = await leerling();
  });

  it('before the bad record: every leerling answered, no fouten', async () => {
    const r = await client.vraag(MeldingenOverzichtDocument, { peildatum: '2024-03-15' }, school.sleutel);
    expect(r.errors).toBeUndefined();
    expect(r.data!.meldingenOverzicht.fouten).toEqual([]);
    expect(new Set(r.data!.meldingenOverzicht.meldingen.map((m) => m.leerlingId))).toEqual(new Set([goed1, slecht, goed2]));
  });

  it('meldingenOverzicht answers the rest and lists that leerling as a typed fout', async () => {
    await slechtVerzuim(slecht);
    for (const sleutel of [school.sleutel, lpa.sleutel]) {
      const r = await client.vraag(MeldingenOverzichtDocument, { peildatum: '2024-03-15' }, sleutel);
      expect(r.errors).toBeUndefined();
      const { meldingen, fouten } = r.data!.meldingenOverzicht;
      expect(new Set(meldingen.map((m) => m.leerlingId))).toEqual(new Set([goed1, goed2]));
      expect(meldingen.filter((m) => m.leerlingId === goed1).map((m) => [m.soort, m.einddatum])).toEqual([['ZESTIEN_UUR', '2024-01-11']]);
      expect(fouten).toHaveLength(1);
      expect(fouten[0]).toMatchObject({ leerlingId: slecht, code: 'BAD_USER_INPUT' });
      expect(fouten[0].bericht).toContain('2019-03-01');
    }
  });

  it('meldingen answers the rest as data and reports the leerling as a GraphQL error with its id', async () => {
    const r = await client.vraag(MeldingenLijstDocument, { peildatum: '2024-03-15' }, school.sleutel);
    expect(r.status).toBe(200);
    expect(new Set(r.data!.meldingen.map((m) => m.leerlingId))).toEqual(new Set([goed1, goed2]));
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]).toMatchObject({ path: ['meldingen'], extensions: { code: 'BAD_USER_INPUT', leerlingId: slecht } });
    expect(r.errors![0].message).toMatch(new RegExp(`^meldingen: leerling ${slecht} could not be evaluated: .*2019-03-01`));
  });

  it('arguments are still checked for the whole list (a bad argument fails it, no partial answer)', async () => {
    const r = await client.vraag(MeldingenOverzichtDocument, { peildatum: '2024-03-15', brin: '73BB' }, school.sleutel);
    expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
    const v = await client.vraag(MeldingenOverzichtDocument, { peildatum: '2024-03-15', brin: 'XX' }, school.sleutel);
    expect(v.errors![0].message).toBe('brin: "XX" is geen BRIN (twee cijfers en twee hoofdletters, bijvoorbeeld "12AB", eventueel met een vestiging van twee cijfers, bijvoorbeeld "12AB01")'); // taal NL (default)
  });
});
