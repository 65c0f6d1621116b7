// Bad input: BAD_USER_INPUT naming the field and the problem; never a crash. These operations
// leave taal at its default NL, so the problem is in Dutch (English with taal EN: fouten-taal.test.ts).
import { BeoordelingDocument, StatusDocument, VerzuimDocument } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

async function fout(variabelen: Parameters<Client['vraag']>[1]) {
  const a = await client.vraag(StatusDocument, variabelen as never);
  expect(a.errors).toBeDefined();
  return a.errors![0];
}

describe('bad input', () => {
  it.each([
    [{ situatie: { geboortedatum: '2023-02-30' }, peildatum: '2024-01-01' }, /^situatie\.geboortedatum: 2023-02-30 is geen datum$/],
    [{ situatie: { geboortedatum: '2019-01-01' }, peildatum: '2021-02-29' }, /^peildatum: 2021-02-29 is geen datum$/],
    [{ situatie: { geboortedatum: '2019-01-01' }, peildatum: '2018-12-31' }, /^peildatum: peildatum 2018-12-31 ligt voor geboortedatum 2019-01-01$/],
    [{ situatie: { geboortedatum: '2010-01-01', schooljaren: [{ schooljaar: '2019-2020', volledig: true, onderwijs: 'PO' }] }, peildatum: '2024-01-01' }, /^situatie\.schooljaren\[0\]\.schooljaar: "2019-2020" is geen schooljaar \(JJJJ\/JJJJ\+1, bijvoorbeeld "2019\/2020"\)$/],
    [{ situatie: { geboortedatum: '2010-01-01', schooljaren: [{ schooljaar: '2019/2021', volledig: true, onderwijs: 'PO' }] }, peildatum: '2024-01-01' }, /^situatie\.schooljaren\[0\]\.schooljaar/],
    [{ situatie: { geboortedatum: '1990-01-01' }, peildatum: '2003-06-01' }, /^wetsdatum \(default: peildatum\): 2003-06-01 ligt voor 2004-02-13, de oudste versie van de wet in deze regels$/],
    [{ situatie: { geboortedatum: '2010-01-01' }, peildatum: '2024-01-01', wetsdatum: '2000-01-01' }, /^wetsdatum: 2000-01-01 ligt voor 2004-02-13/],
    [{ situatie: { geboortedatum: '2010-01-01', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2015-08-01', tot: '2015-07-01' }] }, peildatum: '2024-01-01' }, /^situatie\.inschrijvingen\[0\]\.tot: 2015-07-01 ligt voor vanaf 2015-08-01$/],
    [{ situatie: { geboortedatum: '2010-01-01', diplomas: [{ soort: 'HAVO', datum: '2009-06-01' }] }, peildatum: '2024-01-01' }, /^situatie\.diplomas\[0\]\.datum: 2009-06-01 ligt voor geboortedatum 2010-01-01$/],
    [{ situatie: { geboortedatum: '2010-01-01', verzuim: [{ datum: '2024-01-08', uren: 25, reden: 'ONGEOORLOOFD' }] }, peildatum: '2024-01-10' }, /^situatie\.verzuim\[0\]\.uren: 25 ligt buiten 0–24$/],
    [{ situatie: { geboortedatum: '2010-01-01', verzuim: [{ datum: '2023-10-02', uren: 4, reden: 'ONGEOORLOOFD' }, { datum: '2023-10-02', uren: 21, reden: 'ZIEKTE' }] }, peildatum: '2024-01-10' }, /^situatie\.verzuim\[1\]\.uren: de opgaven van 2023-10-02 tellen op tot 25 uur, meer dan 24 op één dag$/],
    [{ situatie: { geboortedatum: '2010-01-01', verzuim: [{ datum: '2023-10-02', uren: -1, reden: 'ONGEOORLOOFD' }] }, peildatum: '2024-01-10' }, /^situatie\.verzuim\[0\]\.uren: -1 ligt buiten 0–24$/],
    [{ situatie: { geboortedatum: '2010-01-01', verzuim: [{ datum: '2009-12-31', uren: 1, reden: 'ONGEOORLOOFD' }] }, peildatum: '2024-01-10' }, /^situatie\.verzuim\[0\]\.datum: 2009-12-31 ligt voor geboortedatum 2010-01-01$/],
  ])('%j → %s', async (variabelen, bericht) => {
    const e = await fout(variabelen);
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(bericht);
  });

  it('a malformed date in a variable names the path', async () => {
    const e = await fout({ situatie: { geboortedatum: '1-2-2020' }, peildatum: '2024-01-01' });
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('situatie.geboortedatum');
  });

  it('a malformed date literal is BAD_USER_INPUT too', async () => {
    const a = await client.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2020-1-1" }, peildatum: "2024-01-01") { leeftijd } }' });
    expect(a.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(a.errors![0].message).toBe('"2020-1-1" is geen LocalDate (JJJJ-MM-DD)');
  });

  it('a school calendar outside the covered years is the caller\'s input problem', async () => {
    const a = await client.vraag(VerzuimDocument, { situatie: { geboortedatum: '2000-01-01', vakantieregio: 'NOORD', verzuim: [{ datum: '2012-01-09', uren: 2, reden: 'ONGEOORLOOFD' }] }, peildatum: '2012-02-01' });
    expect(a.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(a.errors![0].message).toMatch(/^situatie\.vakantieregio: vakantieregio NOORD: de officiële schoolvakanties zijn alleen bekend voor de schooljaren 2020\/2021–2027\/2028 \(gevraagd: 2012-01-09\); geef in plaats daarvan vrijeDagen op$/);
  });

  it('an unknown verzuim reden is rejected naming the record', async () => {
    const a = await client.vraag(VerzuimDocument, { situatie: { geboortedatum: '2010-01-01', verzuim: [{ datum: '2023-10-02', uren: 1, reden: 'SPIJBELEN' as never }] }, peildatum: '2024-01-10' });
    expect(a.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(a.errors![0].message).toContain('situatie.verzuim[0].reden');
  });

  it('a malformed schooljaar argument names the field', async () => {
    const a = await client.ruw({ query: '{ beoordeling(situatie: { geboortedatum: "2006-01-01" }, peildatum: "2024-01-01") { voortijdigSchoolverlater(schooljaar: "2023-2024") { vanToepassing } } }' });
    expect(a.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(a.errors![0].message).toBe('voortijdigSchoolverlater.schooljaar: "2023-2024" is geen schooljaar (JJJJ/JJJJ+1, bijvoorbeeld "2023/2024")');
  });

  it('explains in English on request', async () => {
    const a = await client.vraag(BeoordelingDocument, { situatie: { geboortedatum: '2019-03-01' }, peildatum: '2024-03-15', taal: 'EN' });
    expect(a.data!.beoordeling.leerplicht.uitleg[0].tekst).toBe('Compulsory education starts on the first school day of the month after the child turns 5 (1 March 2024): 2 April 2024.');
  });
});
