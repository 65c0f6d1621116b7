// Jaarcijfers of a schooljaar before the vsv count existed (parameter vsvPeildag, WEB 8.3.1, from
// 2004-02-13): the other figures are answered and nobody is counted as a voortijdig
// schoolverlater — not an internal error (found by the fuzz test, FUZZ_SEED=894307268).
import { startClient, type Client } from '../api/client';
import { nieuweSleutel } from '../../src/toegang/toegang';

const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '7201' });
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [lpa.regel] }); });
afterAll(async () => { await client.stop(); });

const vraag = (schooljaar: string) => client.ruw(
  { query: 'query($s: String!) { jaarcijfers(gemeente: "7201", schooljaar: $s) { schooljaar leerlingen thuiszitters voortijdigSchoolverlaters } }', variables: { s: schooljaar } },
  { authorization: `Bearer ${lpa.sleutel}` },
);

it.each(['1951/1952', '2002/2003'])('answers %s with no voortijdig schoolverlaters', async (schooljaar) => {
  const r = await vraag(schooljaar);
  expect(r.errors).toBeUndefined();
  expect(r.data).toEqual({ jaarcijfers: { schooljaar, leerlingen: 0, thuiszitters: 0, voortijdigSchoolverlaters: 0 } });
});

it('still answers the schooljaar whose 1 October T+1 the parameter covers (2003/2004)', async () => {
  const r = await vraag('2003/2004');
  expect(r.errors).toBeUndefined();
});
