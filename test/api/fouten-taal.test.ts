// Error messages follow `taal`: Dutch on a field whose taal is NL (the default), English with taal
// EN, English on fields without a taal argument. The field path at the start and extensions.code
// stay the same in both languages, so a client can match on them.
import { inHetNederlands } from '../../src/api/fout-vertaling';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { bulkPost } from '../bulk/http-hulp';
import { startClient, type Client } from './client';

const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '5501' });
let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [lpa.regel] }); });
afterAll(async () => { await client.stop(); });

const BEOORDELING = 'query($s: SituatieInput!, $taal: Taal) { beoordeling(situatie: $s, peildatum: "2024-03-15", taal: $taal) { leeftijd } }';
const fout = async (query: string, variables?: unknown) => {
  const a = await client.ruw({ query, variables });
  expect(a.errors).toHaveLength(1);
  return a.errors![0];
};

describe('a refusal by our own check', () => {
  const s = { geboortedatum: '2019-02-29' };
  it('is Dutch by default, Dutch with taal NL, English with taal EN; same path and code', async () => {
    for (const taal of [undefined, 'NL']) {
      expect(await fout(BEOORDELING, { s, taal })).toMatchObject({ message: 'situatie.geboortedatum: 2019-02-29 is geen datum', extensions: { code: 'BAD_USER_INPUT', veld: 'situatie.geboortedatum' } });
    }
    expect(await fout(BEOORDELING, { s, taal: 'EN' })).toMatchObject({ message: 'situatie.geboortedatum: 2019-02-29 is not a date', extensions: { code: 'BAD_USER_INPUT', veld: 'situatie.geboortedatum' } });
  });

  it('an alias, and a field inside a fragment, are found by their path', async () => {
    const alias = await fout('{ nl: beoordeling(situatie: { geboortedatum: "2019-02-29" }, peildatum: "2024-03-15") { leeftijd } }');
    expect([alias.path, alias.message]).toEqual([['nl'], 'situatie.geboortedatum: 2019-02-29 is geen datum']);
    const fragment = await fout(`{ ...F }
      fragment F on Query { en: beoordeling(situatie: { geboortedatum: "2019-02-29" }, peildatum: "2024-03-15", taal: EN) { leeftijd } }`);
    expect([fragment.path, fragment.message]).toEqual([['en'], 'situatie.geboortedatum: 2019-02-29 is not a date']);
  });

  it('below the field too: an argument of a subfield follows the taal of beoordeling', async () => {
    const q = (taal: string) => `{ beoordeling(situatie: { geboortedatum: "2006-01-01" }, peildatum: "2024-01-01", taal: ${taal}) { voortijdigSchoolverlater(schooljaar: "2023-2024") { vanToepassing } } }`;
    expect((await fout(q('NL'))).message).toBe('voortijdigSchoolverlater.schooljaar: "2023-2024" is geen schooljaar (JJJJ/JJJJ+1, bijvoorbeeld "2023/2024")');
    expect((await fout(q('EN'))).message).toBe('voortijdigSchoolverlater.schooljaar: "2023-2024" is not a schooljaar (YYYY/YYYY+1, e.g. "2023/2024")');
  });

  it('a nested field with taal: leerling(id) { beoordeling(taal) }; the mutation without taal stays English', async () => {
    const auth = { authorization: `Bearer ${lpa.sleutel}` };
    const maak = await client.ruw({ query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }', variables: { l: { geboortedatum: '2012-05-14', gemeente: '5501' } } }, auth);
    expect(maak.errors).toBeUndefined();
    const id = (maak.data as { maakLeerling: { id: string } }).maakLeerling.id;
    const q = (taal: string) => `query($id: ID!) { leerling(id: $id) { beoordeling(peildatum: "2024-02-30"${taal}) { leeftijd } } }`;
    const nl = await client.ruw({ query: q(''), variables: { id } }, auth);
    expect(nl.errors![0]).toMatchObject({ message: 'peildatum: 2024-02-30 is geen datum', path: ['leerling', 'beoordeling'], extensions: { code: 'BAD_USER_INPUT', leerlingId: id } });
    const en = await client.ruw({ query: q(', taal: EN'), variables: { id } }, auth);
    expect(en.errors![0]).toMatchObject({ message: 'peildatum: 2024-02-30 is not a date', path: ['leerling', 'beoordeling'], extensions: { code: 'BAD_USER_INPUT', leerlingId: id } });
    const slecht = await client.ruw({ query: 'mutation($l: NieuweLeerlingInput!) { maakLeerling(leerling: $l) { id } }', variables: { l: { geboortedatum: '2012-02-30', gemeente: '5501' } } }, auth);
    expect(slecht.errors![0]).toMatchObject({ message: 'leerling.geboortedatum: 2012-02-30 is not a date', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('a field without a taal argument keeps English', async () => {
    const e = await fout('{ regels(wetsdatum: "2003-12-31") { id } }');
    expect(e).toMatchObject({ message: 'wetsdatum: 2003-12-31 lies before 2004-02-13, the earliest version of the law these rules encode', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe("graphql-js's checks of variables and the document", () => {
  it('a bad variable value: the path first, then the problem in the taal of the field using the variable', async () => {
    const s = { geboortedatum: '2010-01-01', verzuim: [{ datum: '2023-10-02', uren: 1, reden: 'SPIJBELEN' }] };
    expect(await fout(BEOORDELING, { s })).toMatchObject({ message: 's.verzuim[0].reden: waarde "SPIJBELEN" bestaat niet in de opsomming "Verzuimreden".', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await fout(BEOORDELING, { s, taal: 'EN' })).toMatchObject({ message: 's.verzuim[0].reden: Value "SPIJBELEN" does not exist in "Verzuimreden" enum.', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await fout(BEOORDELING, { s: { geboortedatum: '1-2-2020' } })).message).toBe('s.geboortedatum: "1-2-2020" is geen LocalDate (JJJJ-MM-DD)');
    expect((await fout(BEOORDELING, { s: { verzuim: [] } })).message).toBe('s: veld "geboortedatum" van het verplichte type "LocalDate!" ontbreekt.');
  });

  it('a malformed literal and an unknown field', async () => {
    expect(await fout('{ beoordeling(situatie: { geboortedatum: "2020-1-1" }, peildatum: "2024-01-01", taal: EN) { leeftijd } }')).toMatchObject({ message: '"2020-1-1" is not a LocalDate (YYYY-MM-DD)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await fout('{ beoordeling(situatie: { geboortedatum: "2020-01-01" }, peildatum: "2024-01-01") { leeftijdx } }')).toMatchObject({
      message: 'veld "leeftijdx" bestaat niet op type "Beoordeling". Bedoelde u "leeftijd"?', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect((await fout('{ beoordeling(situatie: { geboortedatum: "2020-01-01" }, peildatum: "2024-01-01", taal: EN) { leeftijdx } }')).message).toBe('Cannot query field "leeftijdx" on type "Beoordeling". Did you mean "leeftijd"?');
  });
});

describe('bulk lines follow the taal parameter', () => {
  it('Dutch by default, English with taal=EN', async () => {
    const invoer = '{"geboortedatum":"2019-02-29"}\ngeen json\n';
    const nl = await bulkPost(client.server.url, invoer, '?peildatum=2024-03-15&velden=leeftijd');
    expect(nl.regels).toEqual([
      { regel: 1, fout: { code: 'BAD_USER_INPUT', veld: 'situatie.geboortedatum', message: 'situatie.geboortedatum: 2019-02-29 is geen datum' } },
      { regel: 2, fout: { code: 'BAD_USER_INPUT', veld: 'situatie', message: 'situatie: de regel is geen geldige JSON' } },
    ]);
    const en = await bulkPost(client.server.url, invoer, '?peildatum=2024-03-15&velden=leeftijd&taal=EN');
    expect(en.regels.map((r) => r.fout.message)).toEqual(['situatie.geboortedatum: 2019-02-29 is not a date', 'situatie: the line is not valid JSON']);
  });
});

describe('the Dutch table', () => {
  it('keeps every path as it is, also one with a colon in it', () => {
    expect(inHetNederlands('wetsdatum (default: peildatum): 2003-06-01 lies before 2004-02-13, the earliest version of the law these rules encode'))
      .toBe('wetsdatum (default: peildatum): 2003-06-01 ligt voor 2004-02-13, de oudste versie van de wet in deze regels');
    expect(inHetNederlands('situatie.schooljaren[0].schooljaar: 2090/2091 starts after schooljaar 2089/2090 (of 2090-03-01, the peildatum): a schooljaar cannot be known before it begins'))
      .toBe('situatie.schooljaren[0].schooljaar: 2090/2091 begint na schooljaar 2089/2090 (van 2090-03-01, de peildatum): een schooljaar kan niet bekend zijn voordat het begint');
  });

  it('leaves a message it does not know untranslated (English, not half Dutch)', () => {
    expect(inHetNederlands('situatie: something nobody wrote down yet')).toBeNull();
  });
});
