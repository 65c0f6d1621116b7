// uitschrijving (art 10, 18), verwijdering (art 18 lid 1), Verzuimmelding.termijn and the reading
// meldplichtScope, through the GraphQL API. Expected values from the statute (law.md, §12);
// the per-date cases are in rules/cases/art-10-18-uitschrijving.json and art-21a-meldtermijn.json.
import type { GraphQLFormattedError } from 'graphql';
import { BeoordelingDocument, UitschrijvingDocument, VerwijderingDocument } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

const KIND = { geboortedatum: '2012-03-10' };
const SCHOOL = { onderwijs: 'VMBO' as const };

async function geweigerd(query: string, variables: unknown): Promise<GraphQLFormattedError> {
  const a = await client.ruw({ query, variables });
  expect(a.status).toBeLessThan(500);
  expect(a.errors).toHaveLength(1);
  expect(a.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  return a.errors![0];
}

describe('uitschrijving (art 10, art 18)', () => {
  it('allows the uitschrijving for enrolment elsewhere, cites art 10 onder a and gives the report with its deadline', async () => {
    const a = await client.vraag(UitschrijvingDocument, { situatie: KIND, verzoek: { grond: 'ANDERE_SCHOOL', datum: '2024-10-15', school: SCHOOL, opAanvraag: true, gebleken: true } });
    expect(a.errors).toBeUndefined();
    const u = a.data!.uitschrijving;
    expect(u.toegestaan).toBe(true);
    expect(u.grond).toBe('ANDERE_SCHOOL');
    expect(u.uitleg[0].bron).toMatchObject({ artikel: '10', lid: null, onderdeel: 'a' });
    expect(u.uitleg[0].bron.jci).toContain('g=2024-10-15');
    // since 2023-08-01 no seven-day notice to B&W: the register, a practice term of 7 days
    expect(u.meldingen).toEqual([expect.objectContaining({ wat: 'UITSCHRIJVING', aan: 'REGISTER', termijnSoort: 'PRAKTIJK', uiterlijk: '2024-10-22', parameter: 'registerMeldtermijnDagen' })]);
    expect(u.meldingen[0].uitleg.tekst).toContain('22 oktober 2024');
    expect(u.aannames).toEqual([]);
  });

  it('says which input is missing when it cannot answer (toegestaan null)', async () => {
    const a = await client.vraag(UitschrijvingDocument, { situatie: KIND, verzoek: { grond: 'VRIJSTELLING_ART_5', datum: '2024-10-15', school: SCHOOL, opAanvraag: true } });
    expect(a.data!.uitschrijving.toegestaan).toBeNull();
    expect(a.data!.uitschrijving.meldingen).toEqual([]);
    expect(a.data!.uitschrijving.aannames).toEqual([{ invoer: 'verzoek.gebleken', tekst: expect.stringContaining('art 6 tot en met 9') }]);
  });

  it('refuses another ground within the leerplicht: the inschrijving continues', async () => {
    const a = await client.vraag(UitschrijvingDocument, { situatie: KIND, verzoek: { grond: 'ANDERS', datum: '2024-10-15', school: SCHOOL, opAanvraag: true, gebleken: true }, taal: 'EN' });
    expect(a.data!.uitschrijving).toMatchObject({ toegestaan: false, grond: null, meldingen: [] });
    expect(a.data!.uitschrijving.uitleg[0].tekst).toContain('the enrolment continues');
  });

  it('before 2023-08-01 a non-funded school gives B&W notice within seven days (art 18 lid 1), after it not', async () => {
    const verzoek = (datum: string) => ({ grond: 'ANDERE_SCHOOL' as const, datum, school: { onderwijs: 'PO' as const, bekostigd: false }, opAanvraag: true, gebleken: true });
    const voor = await client.vraag(UitschrijvingDocument, { situatie: KIND, verzoek: verzoek('2023-07-31') });
    expect(voor.data!.uitschrijving.meldingen).toEqual([expect.objectContaining({ aan: 'COLLEGE_BW', termijnSoort: 'WET', termijn: 'binnen zeven dagen', uiterlijk: '2023-08-07' })]);
    expect(voor.data!.uitschrijving.meldingen[0].uitleg.bron).toMatchObject({ artikel: '18', lid: '1' });
    const na = await client.vraag(UitschrijvingDocument, { situatie: KIND, verzoek: verzoek('2023-08-01') });
    expect(na.data!.uitschrijving.meldingen.map((m) => m.aan)).toEqual(['REGISTER']);
  });

  it('refuses bad input naming the field', async () => {
    const Q = 'query($s: SituatieInput!, $v: UitschrijvingInput!) { uitschrijving(situatie: $s, verzoek: $v) { toegestaan } }';
    expect((await geweigerd(Q, { s: KIND, v: { grond: 'ANDERE_SCHOOL', datum: '2024-02-30', school: SCHOOL } })).message).toContain('2024-02-30');
    const e = await geweigerd(Q, { s: KIND, v: { grond: 'ANDERE_SCHOOL', datum: '2010-01-01', school: SCHOOL } });
    expect(e.extensions?.veld).toBe('verzoek.datum');
    expect((await geweigerd(Q, { s: KIND, v: { grond: 'GEEN_GROND', datum: '2024-10-15', school: SCHOOL } })).message).toContain('GEEN_GROND');
  });
});

describe('verwijdering (art 18 lid 1)', () => {
  const besluit = { datum: '2024-03-12', school: SCHOOL };
  it('reports terstond to B&W; the reading of "terstond" is a named parameter', async () => {
    const a = await client.vraag(VerwijderingDocument, { situatie: { geboortedatum: '2010-01-01' }, besluit });
    expect(a.data!.verwijdering.meldingen).toEqual([expect.objectContaining({ wat: 'VERWIJDERING', aan: 'COLLEGE_BW', termijnSoort: 'WET', termijn: 'terstond', uiterlijk: '2024-03-12', parameter: 'verwijderingMeldtermijnDagen' })]);
    expect(a.data!.verwijdering.meldingen[0].uitleg.bron).toMatchObject({ artikel: '18', lid: '1' });
    const b = await client.vraag(VerwijderingDocument, { situatie: { geboortedatum: '2010-01-01' }, besluit, parameters: { verwijderingMeldtermijnDagen: 2 } });
    expect(b.data!.verwijdering.meldingen[0].uiterlijk).toBe('2024-03-14');
  });

  it('refuses a reading outside 0–365 days, naming the field', async () => {
    const Q = 'query($s: SituatieInput!, $b: VerwijderingsbesluitInput!, $p: ParametersInput) { verwijdering(situatie: $s, besluit: $b, parameters: $p) { meldingen { uiterlijk } } }';
    const e = await geweigerd(Q, { s: { geboortedatum: '2010-01-01' }, b: besluit, p: { verwijderingMeldtermijnDagen: -1 } });
    expect(e.extensions?.veld).toBe('parameters.verwijderingMeldtermijnDagen');
  });
});

describe('Verzuimmelding.termijn and meldplichtScope (art 21a)', () => {
  // 4 h unexcused Monday to Thursday 2–5 October 2023: 16 h reached on Thursday 5 October
  const verzuim = ['2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' as const }));

  it('every melding has a deadline: practice (5 schooldagen) since art 21a became a leveringsverplichting', async () => {
    const a = await client.vraag(BeoordelingDocument, { situatie: { geboortedatum: '2012-05-05', vakantieregio: 'NOORD', verzuim }, peildatum: '2023-10-20' });
    expect(a.errors).toBeUndefined();
    const m = a.data!.beoordeling.verzuim!.meldingen;
    expect(m).toHaveLength(1);
    expect(m[0].termijn).toMatchObject({ soort: 'PRAKTIJK', uiterlijk: '2023-10-12', parameter: 'verzuimMeldtermijnSchooldagen' });
    expect(m[0].termijn!.uitleg!.tekst).toContain('12 oktober 2023');
  });

  it('the reading is selectable per request and the answer names it', async () => {
    // havo diploma (startkwalificatie) at 17: neither leer- nor kwalificatieplichtig
    const situatie = { geboortedatum: '2006-06-01', vakantieregio: 'NOORD' as const, diplomas: [{ soort: 'HAVO' as const, datum: '2023-07-01' }], inschrijvingen: [{ onderwijs: 'VWO' as const, vanaf: '2023-08-01' }], verzuim };
    const status = await client.vraag(BeoordelingDocument, { situatie, peildatum: '2023-10-20' });
    expect(status.data!.beoordeling.verzuim!.meldplicht).toBe(false);
    const onder18 = await client.vraag(BeoordelingDocument, { situatie, peildatum: '2023-10-20', parameters: { meldplichtScope: 'ONDER_18' } });
    expect(onder18.data!.beoordeling.verzuim!.meldplicht).toBe(true);
    expect(onder18.data!.beoordeling.verzuim!.meldingen[0].uitleg[0].tekst).toContain('meldplichtScope: elke leerling jonger dan 18 (DUO)');
  });
});
