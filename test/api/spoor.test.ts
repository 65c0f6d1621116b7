// Issue 12 part 7: Beoordeling.spoor — for each deciding rule the facts and parameters it read with
// their values, and for a verzuimmelding the lesweken and hours its window counted. Expected values
// from the law (art 2 lid 3: twaalf jaren; art 21a lid 1: 16 uur in vier lesweken) and the official
// calendar (herfstvakantie regio noord 18 t/m 26 oktober 2025), counted by hand.
import { SpoorAlleenSpoorDocument, SpoorBeleidDocument, SpoorDocument, SpoorVerzuimAndersomDocument, SpoorVerzuimDocument } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

// born 10 May 2011: 12 on 1 March 2024, leerplichtig until 31 July of the schooljaar in which 16 (2026/2027)
const TWAALF = { geboortedatum: '2011-05-10', inschrijvingen: [{ onderwijs: 'VMBO' as const, vanaf: '2023-08-21' }] };

describe('spoor of leerplicht and aansprakelijkheid', () => {
  it('gives each deciding rule with the facts and parameters it read', async () => {
    const { data, errors } = await client.vraag(SpoorDocument, { situatie: TWAALF, peildatum: '2024-03-01' });
    expect(errors).toBeUndefined();
    const b = data!.beoordeling;
    expect(b.aansprakelijkheid.jongere).toBe(true);
    const stap = (regel: string) => b.spoor.find((s) => s.regel === regel);
    // art 2 lid 3: the jongere is accountable from twelve
    expect(stap('lpw.art2.lid3.jongere')).toEqual({
      regel: 'lpw.art2.lid3.jongere', uitkomst: 'jongereAansprakelijk', onderwerp: 'situatie', aantal: 1, bron: { artikel: '2', lid: '3' },
      feiten: [{ naam: 'status', params: null, waarde: 'LEERPLICHTIG' }, { naam: 'leeftijd', params: null, waarde: 12 }],
      parameters: [{ naam: 'jongereEigenPlichtLeeftijd', waarde: 12 }],
    });
    // art 3 lid 1: leerplichtig on the peildatum, until 31 July 2027
    expect(stap('lpw.status.leerplichtig')!.feiten).toEqual([{ naam: 'peildatum', params: null, waarde: '2024-03-01' }, { naam: 'leerplichtigTot', params: null, waarde: '2027-07-31' }]);
    // rules that were tried but did not decide are not in the spoor
    expect(stap('lpw.status.nog-niet-leerplichtig')).toBeUndefined();
    expect(stap('lpw.art1b.jongere-meerderjarig')).toBeUndefined();
    // a rule without conditions read nothing
    expect(stap('halt.niet')).toMatchObject({ feiten: [], parameters: [] });
    // every step is a rule of the uitleg: the deciding rules, each decision once
    expect(new Set(b.spoor.map((s) => `${s.regel}|${s.uitkomst}`)).size).toBe(b.spoor.length);
  });

  it('reads the value of a chosen reading, and the record it was about', async () => {
    // art 1 f: a foreign diploma declared equal to havo counts only under the reading buitenlandsDiplomaGelijkwaardig
    const situatie = { geboortedatum: '2006-05-10', diplomas: [{ soort: 'BUITENLANDS', datum: '2023-07-01', gelijkwaardigAan: 'HAVO' }] } as const;
    const met = await client.vraag(SpoorDocument, { situatie: situatie as never, peildatum: '2024-03-01', parameters: { buitenlandsDiplomaGelijkwaardig: true } });
    expect(met.errors).toBeUndefined();
    expect(met.data!.beoordeling.leerplicht.status).toBe('NIET_LEERPLICHTIG');
    expect(met.data!.beoordeling.spoor.find((s) => s.onderwerp === 'diploma')).toEqual({
      regel: 'lpw.art1f.buitenlands-gelijkwaardig', uitkomst: 'startkwalificatie', onderwerp: 'diploma', aantal: 1, bron: { artikel: '1', lid: null },
      feiten: [{ naam: 'diplomaSoort', params: null, waarde: 'BUITENLANDS' }, { naam: 'gelijkwaardigAan', params: null, waarde: 'HAVO' }],
      parameters: [{ naam: 'buitenlandsDiplomaGelijkwaardig', waarde: true }],
    });
    // the default reading: no startkwalificatie, kwalificatieplichtig until the day before the 18th birthday
    const zonder = await client.vraag(SpoorDocument, { situatie: situatie as never, peildatum: '2024-03-01' });
    expect(zonder.data!.beoordeling.leerplicht.status).toBe('KWALIFICATIEPLICHTIG');
    expect(zonder.data!.beoordeling.spoor.find((s) => s.onderwerp === 'diploma')).toMatchObject({ regel: 'lpw.art1f.geen-startkwalificatie', feiten: [], parameters: [] });
  });

  it('with only plain fields selected, traces the status (as uitleg does)', async () => {
    const { data, errors } = await client.vraag(SpoorAlleenSpoorDocument, { situatie: TWAALF, peildatum: '2024-03-01' });
    expect(errors).toBeUndefined();
    expect(data!.beoordeling.spoor.map((s) => s.regel)).toContain('lpw.status.leerplichtig');
    expect(data!.beoordeling.spoor.map((s) => s.uitkomst)).not.toContain('jongereAansprakelijk');
  });
});

// 4 uur ongeoorloofd on Mon 13, Tue 14, Mon 27 and Tue 28 October 2025, regio noord: the herfstvakantie
// (18–26 October) is no lesweek, so the 16 hours fall in two of the four lesweken ending in the week of
// 27 October: 29 Sep, 6 Oct, 13 Oct, 27 Oct. Art 21a lid 1: 16 uur → melden, on 28 October.
const VIER_MAAL_VIER = {
  geboortedatum: '2011-05-10', vakantieregio: 'NOORD', inschrijvingen: [{ onderwijs: 'VMBO', vanaf: '2023-08-21' }],
  verzuim: ['2025-10-13', '2025-10-14', '2025-10-27', '2025-10-28'].map((datum) => ({ datum, uren: 4, reden: 'ONGEOORLOOFD' })),
} as const;

describe('spoor of a verzuimmelding', () => {
  it('gives the window of lesweken and the hours counted in each, and the parameters counted with', async () => {
    const { data, errors } = await client.vraag(SpoorVerzuimDocument, { situatie: VIER_MAAL_VIER as never, peildatum: '2025-11-14' });
    expect(errors).toBeUndefined();
    const b = data!.beoordeling;
    expect(b.verzuim.meldingen).toEqual([{ soort: 'ZESTIEN_UUR', begindatum: '2025-10-13', einddatum: '2025-10-28', uren: 16 }]);
    const melding = b.spoor.filter((s) => s.onderwerp === 'melding');
    expect(melding).toHaveLength(1);
    expect(melding[0]).toMatchObject({
      regel: 'lpw.art21a.lid1.zestien-uur', uitkomst: 'meldingOordeel', aantal: 1,
      feiten: [{ naam: 'meldingSoort', waarde: 'ZESTIEN_UUR' }, { naam: 'statusOpEinddatum', waarde: 'LEERPLICHTIG' }, { naam: 'onderwijsOpEinddatum', waarde: ['VMBO'] }],
      parameters: [],
    });
    expect(melding[0].venster).toEqual({
      soort: 'ZESTIEN_UUR', van: '2025-10-13', tot: '2025-10-28', uren: 16,
      lesweken: [{ maandag: '2025-09-29', uren: 0 }, { maandag: '2025-10-06', uren: 0 }, { maandag: '2025-10-13', uren: 8 }, { maandag: '2025-10-27', uren: 8 }],
      parameters: [{ naam: 'meldplichtUren', waarde: 16 }, { naam: 'meldplichtLesweken', waarde: 4 }, { naam: 'meldingMinimumDagen', waarde: 7 }],
    });
    // each of the four registrations was judged by a rule: together four records
    const perRegistratie = b.spoor.filter((s) => s.onderwerp === 'verzuim');
    expect(perRegistratie.reduce((n, s) => n + s.aantal, 0)).toBe(4);
    // situatie steps come first, then the records
    const eersteRecord = b.spoor.findIndex((s) => s.onderwerp !== 'situatie');
    expect(b.spoor.slice(eersteRecord).every((s) => s.onderwerp !== 'situatie')).toBe(true);
  });

  it('is the same answer every time, whatever the order of the selected fields', async () => {
    const a = await client.vraag(SpoorVerzuimDocument, { situatie: VIER_MAAL_VIER as never, peildatum: '2025-11-14' });
    const b = await client.vraag(SpoorVerzuimDocument, { situatie: VIER_MAAL_VIER as never, peildatum: '2025-11-14' });
    const c = await client.vraag(SpoorVerzuimAndersomDocument, { situatie: VIER_MAAL_VIER as never, peildatum: '2025-11-14' });
    expect(a.data!.beoordeling.spoor.length).toBeGreaterThan(0);
    expect(JSON.stringify(b.data!.beoordeling.spoor)).toBe(JSON.stringify(a.data!.beoordeling.spoor));
    expect(JSON.stringify(c.data!.beoordeling.spoor)).toBe(JSON.stringify(a.data!.beoordeling.spoor));
  });
});

describe('spoor of a policy signal', () => {
  it('gives the policy rule with its pack, the window fact with its params and the pack parameter', async () => {
    // rules/beleid/ijssel-vecht case IV-SPIJBELEN-12: 3 uur ongeoorloofd on 30 Sep, 7, 14 and 28 Oct 2025 in Zwolle,
    // regio noord: 12 uur in 4 lesweken (the herfstvakantie week does not count), the pack's signaalSpijbelUren is 12
    const situatie = {
      geboortedatum: '2011-03-15', vakantieregio: 'NOORD', gemeente: '0193', inschrijvingen: [{ onderwijs: 'VMBO', vanaf: '2023-08-01' }],
      verzuim: ['2025-09-30', '2025-10-07', '2025-10-14', '2025-10-28'].map((datum) => ({ datum, uren: 3, reden: 'ONGEOORLOOFD' })),
    };
    const { data, errors } = await client.vraag(SpoorBeleidDocument, { situatie: situatie as never, peildatum: '2025-10-31' });
    expect(errors).toBeUndefined();
    expect(data!.beoordeling.signalen.map((s) => s.code)).toEqual(['SIGNAALVERZUIM_SPIJBELEN']);
    const beleid = data!.beoordeling.spoor.filter((s) => s.pakket !== null);
    expect(beleid).toEqual([{
      regel: 'beleid.ijssel-vecht.spijbelen', uitkomst: 'signaal', onderwerp: 'situatie', aantal: 1, bron: null,
      pakket: { naam: 'Signaalverzuim regio IJssel-Vecht', versie: '1.0.0', gemeente: '0193' },
      feiten: [{ naam: 'status', params: null, waarde: 'LEERPLICHTIG' }, { naam: 'ongeoorloofdeUrenInLesweken', params: { lesweken: 4, redenen: ['ONGEOORLOOFD'] }, waarde: 12 }],
      parameters: [{ naam: 'signaalSpijbelUren', waarde: 12 }],
    }]);
    // the policy steps come after the law's
    expect(data!.beoordeling.spoor.at(-1)!.regel).toBe('beleid.ijssel-vecht.spijbelen');
  });
});
