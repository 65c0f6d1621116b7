import { RegelsDocument, StatusDocument } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

describe('regels(wetsdatum)', () => {
  it('lists the rules in force with a JuriConnect citation valid on that day', async () => {
    const { data, errors } = await client.vraag(RegelsDocument, { wetsdatum: '2024-08-01' });
    expect(errors).toBeUndefined();
    const begin = data!.regels.find((r) => r.id === 'lpw.art3.begin')!;
    expect(begin.bron).toMatchObject({ wet: 'Leerplichtwet 1969', bwbId: 'BWBR0002628', artikel: '3', lid: '1', jci: 'jci1.3:c:BWBR0002628&artikel=3&lid=1&g=2024-08-01' });
    expect(begin.bron.url).toBe('https://wetten.overheid.nl/jci1.3:c:BWBR0002628&artikel=3&lid=1&g=2024-08-01');
    expect(data!.regelset!.hash).toBe(begin.regelsetHash);
    expect(data!.regelset!.aantalRegels).toBeGreaterThan(data!.regels.length - 1);
  });

  it('answers the law as it stood: the 2022 art 4a lid 2 wording is absent in 2015, partiële leerplicht present in 2006', async () => {
    const in2015 = (await client.vraag(RegelsDocument, { wetsdatum: '2015-01-01' })).data!.regels.map((r) => r.id);
    expect(in2015).toContain('lpw.art4a.lid2.pro-2007');
    expect(in2015).not.toContain('lpw.art4a.lid2.pro-2022');
    expect(in2015).not.toContain('lpw.art4a.lid2.vso-2007');
    const in2006 = (await client.vraag(RegelsDocument, { wetsdatum: '2006-09-01' })).data!.regels.map((r) => r.id);
    expect(in2006).toContain('lpw.oud.art4a.partiele-leerplicht');
    expect(in2006).not.toContain('lpw.art4a.kwalificatieplicht');
  });

  it('rejects a wetsdatum before the rules begin', async () => {
    const { errors } = await client.vraag(RegelsDocument, { wetsdatum: '2003-12-31' });
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/^wetsdatum: 2003-12-31 lies before 2004-02-13/);
  });
});

describe('old and far dates', () => {
  it('answers for someone born in 1980 (leerplicht started in 1985) and rejects a geboortedatum before 1900', async () => {
    const oud = await client.vraag(StatusDocument, { situatie: { geboortedatum: '1980-06-01' }, peildatum: '2010-06-01' });
    expect(oud.errors).toBeUndefined();
    expect(oud.data!.beoordeling.leerplicht.status).toBe('NIET_LEERPLICHTIG');
    const teOud = await client.vraag(StatusDocument, { situatie: { geboortedatum: '1899-12-31' }, peildatum: '2004-06-01' });
    expect(teOud.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(teOud.errors![0].message).toBe('situatie.geboortedatum: "1899-12-31" is geen LocalDate tussen 1900-01-01 en 2100-12-31'); // taal NL (default)
  });
});
