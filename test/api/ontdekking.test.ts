// Issue 12 part 6: what the rules know is discoverable through the API — parameters with their
// sources, one rule's JSON, the fact catalogue and the school calendar. Expected values come from
// the law (rules/parameters cite it), the rule files as written, and the official calendar data in
// /work/shared/data, counted here without the product's calendar code.
import fs from 'node:fs';
import path from 'node:path';
import { FeitenDocument, KalenderDocument, ParametersDocument, RegelOpIdDocument } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

const REGELS = path.join(__dirname, '..', '..', 'rules');
const DATA = '/work/shared/data';
const json = (p: string) => JSON.parse(fs.readFileSync(p, 'utf8'));

describe('parameters(wetsdatum, gemeente)', () => {
  it('gives art 21a lid 1 (16 uur in vier lesweken) with its source on the wetsdatum, sorted by name', async () => {
    const { data, errors } = await client.vraag(ParametersDocument, { wetsdatum: '2024-08-01' });
    expect(errors).toBeUndefined();
    const lijst = data!.parameters;
    const namen = lijst.map((p) => p.naam);
    expect(namen).toEqual([...namen].sort());
    const uren = lijst.find((p) => p.naam === 'meldplichtUren')!;
    expect(uren).toMatchObject({ waarde: 16, geldigVanaf: '2009-08-01', type: 'getal', lezing: false, enum: null, pakket: null, beleidsbron: null });
    expect(uren.bron).toMatchObject({ wet: 'Leerplichtwet 1969', bwbId: 'BWBR0002628', artikel: '21a', lid: '1', jci: 'jci1.3:c:BWBR0002628&artikel=21a&lid=1&g=2024-08-01' });
    expect(lijst.find((p) => p.naam === 'meldplichtLesweken')!.waarde).toBe(4);
    // art 21 (old): the three-schooldagen rule ended on 2009-08-01: the parameter is there, without a value
    expect(lijst.find((p) => p.naam === 'meldplichtSchooldagen')).toMatchObject({ waarde: null, geldigVanaf: '2009-08-01' });
    // a reading ([A]) with its allowed values: 29 February birthdays
    expect(lijst.find((p) => p.naam === 'feb29Verjaardag')).toMatchObject({ lezing: true, enum: ['MAART_1', 'FEB_28'], type: 'tekst' });
  });

  it('answers the law as it stood: in 2008 three schooldagen and 1/8 of the lestijd, no 16-uur rule yet', async () => {
    const { data } = await client.vraag(ParametersDocument, { wetsdatum: '2008-01-01' });
    const lijst = data!.parameters;
    expect(lijst.find((p) => p.naam === 'meldplichtSchooldagen')).toMatchObject({ waarde: 3, geldigVanaf: '2004-02-13' });
    expect(lijst.find((p) => p.naam === 'meldplichtFractieLestijd')!.waarde).toBe(0.125);
    expect(lijst.find((p) => p.naam === 'meldplichtUren')).toBeUndefined();
  });

  it('with a gemeente adds the parameters of the policy packs in force there, after the law, with their document', async () => {
    // Zwolle (0193) is one of the gemeenten of the IJssel-Vecht pack (rules/beleid/ijssel-vecht/pakket.json)
    const pakket = json(path.join(REGELS, 'beleid', 'ijssel-vecht', 'pakket.json'));
    const eigen = json(path.join(REGELS, 'beleid', 'ijssel-vecht', 'parameters.json')).parameters as Record<string, { waarden: { vanaf: string; waarde: unknown }[]; bron: { onderdeel: string } }>;
    const wet = (await client.vraag(ParametersDocument, { wetsdatum: '2025-10-01' })).data!.parameters;
    const { data, errors } = await client.vraag(ParametersDocument, { wetsdatum: '2025-10-01', gemeente: '0193' });
    expect(errors).toBeUndefined();
    const lijst = data!.parameters;
    expect(lijst.slice(0, wet.length)).toEqual(wet);
    const extra = lijst.slice(wet.length);
    expect(extra.map((p) => p.naam)).toEqual(Object.keys(eigen).sort());
    for (const p of extra) {
      const w = eigen[p.naam].waarden.filter((x) => x.vanaf <= '2025-10-01').at(-1)!;
      expect(p).toMatchObject({ waarde: w.waarde, geldigVanaf: w.vanaf, bron: null, pakket: { naam: pakket.naam, versie: pakket.versie, gemeente: '0193' } });
      expect(p.beleidsbron).toEqual({ document: pakket.document.titel, eigenaar: pakket.eigenaar, onderdeel: eigen[p.naam].bron.onderdeel });
    }
    // a gemeente without a pack, and a day before the pack began: the law only
    expect((await client.vraag(ParametersDocument, { wetsdatum: '2025-10-01', gemeente: '0363' })).data!.parameters).toEqual(wet);
    const vroeg = (await client.vraag(ParametersDocument, { wetsdatum: '2021-07-31', gemeente: '0193' })).data!.parameters;
    expect(vroeg.every((p) => p.pakket === null)).toBe(true);
  });

  it('refuses a gemeente that is no CBS code, and a wetsdatum before the rules, naming the field', async () => {
    const g = await client.vraag(ParametersDocument, { wetsdatum: '2024-08-01', gemeente: 'Zwolle' });
    expect(g.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(g.errors![0].message).toMatch(/^gemeente: /);
    const w = await client.vraag(ParametersDocument, { wetsdatum: '2003-12-31' });
    expect(w.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(w.errors![0].message).toMatch(/^wetsdatum: 2003-12-31 lies before 2004-02-13/);
  });
});

describe('regel(id)', () => {
  it('gives the rule exactly as its file has it, with source and validity', async () => {
    const bestand = json(path.join(REGELS, 'leerplichtwet', 'art-3-leerplicht.json'));
    const inFile = bestand.regels.find((r: { id: string }) => r.id === 'lpw.art3.begin');
    const { data, errors } = await client.vraag(RegelOpIdDocument, { id: 'lpw.art3.begin' });
    expect(errors).toBeUndefined();
    const r = data!.regel!;
    expect(r.json).toEqual(inFile);
    expect(r.geldig).toEqual({ vanaf: inFile.geldig.vanaf, tot: inFile.geldig.tot ?? null });
    expect(r).toMatchObject({ id: 'lpw.art3.begin', onderwerp: 'situatie', type: 'leerplichtBegin', uitkomst: 'leerplichtBegin', bestand: path.join('leerplichtwet', 'art-3-leerplicht.json') });
    expect(r.uitleg).toEqual(inFile.uitleg);
    expect(r.bron).toMatchObject({ wet: 'Leerplichtwet 1969', artikel: '3', lid: '1' });
  });

  it('gives a rule no longer in force with a citation of its last day', async () => {
    // art 21 before 2009-08-01: three consecutive schooldagen
    const { data } = await client.vraag(RegelOpIdDocument, { id: 'lpw.oud.art21.drie-schooldagen' });
    const r = data!.regel!;
    expect(r.geldig.tot).not.toBeNull();
    expect(r.bron.jci).toBe(`jci1.3:c:BWBR0002628&artikel=21&lid=1&g=${r.geldig.tot}`);
  });

  it('refuses a hostile id as bad input naming the argument, never as an internal error', async () => {
    for (const id of ['x'.repeat(100_000), 'lpw.art3.begin\u0000']) {
      const { errors } = await client.vraag(RegelOpIdDocument, { id });
      expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toMatch(/^id: /);
    }
  });

  it('answers null for an id no rule has', async () => {
    const { data, errors } = await client.vraag(RegelOpIdDocument, { id: 'lpw.bestaat.niet' });
    expect(errors).toBeUndefined();
    expect(data!.regel).toBeNull();
  });
});

describe('feiten(onderwerp)', () => {
  it('lists the facts a melding rule can read, with type and allowed values, no helper values', async () => {
    const { data, errors } = await client.vraag(FeitenDocument, { onderwerp: 'melding' });
    expect(errors).toBeUndefined();
    const soort = data!.feiten.find((f) => f.naam === 'meldingSoort')!;
    expect(soort).toMatchObject({ onderwerp: 'melding', type: 'tekst', nullable: false, soort: 'FEIT' });
    // the DUO meldingsoorten, 16 uur of art 21a lid 1 among them
    expect(soort.enum).toEqual(expect.arrayContaining(['ZESTIEN_UUR', 'LUXE_VERZUIM', 'LANGDURIG_RELATIEF']));
    expect(data!.feiten.every((f) => f.onderwerp === 'melding')).toBe(true);
  });

  it('marks parameters and outcomes in the situatie catalogue and leaves out what rules cannot read', async () => {
    const { data } = await client.vraag(FeitenDocument, {});
    const situatie = data!.feiten.filter((f) => f.onderwerp === 'situatie');
    expect(situatie.find((f) => f.naam === 'meldplichtUren')).toMatchObject({ soort: 'PARAMETER', type: 'getal' });
    // leerplichtStatus's event param
    expect(situatie.find((f) => f.naam === 'status')).toMatchObject({ soort: 'UITKOMST', type: 'tekst' });
    expect(situatie.find((f) => f.naam === 'geboortedatum')).toMatchObject({ soort: 'FEIT', type: 'datum' });
    expect(data!.feiten.map((f) => f.naam)).not.toContain('verzuimAnalyse');
    expect(new Set(data!.feiten.map((f) => f.onderwerp))).toEqual(new Set(['situatie', 'diploma', 'inschrijving', 'verzuim', 'melding', 'vsv']));
  });
});

// ---- the calendar, counted from the official data alone ----
const DAG = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const tijd = (s: string) => Date.parse(`${s}T00:00:00Z`);
const vakantieData = json(path.join(DATA, 'schoolvakanties.json'));
const feestdagData = json(path.join(DATA, 'feestdagen.json'));
type Periode = { van: string; tot: string };

function verwacht(regio: 'noord' | 'midden' | 'zuid', schooljaar: string) {
  const [y] = schooljaar.split('/').map(Number);
  const van = tijd(`${y}-08-01`);
  const tot = tijd(`${y + 1}-07-31`);
  // every holiday of the data, also the zomervakantie that opens the schooljaar (listed under the one before)
  const vakanties: Periode[] = Object.values(vakantieData.schooljaren as Record<string, Record<string, Record<string, Periode>>>).flatMap((s) => Object.values(s).map((v) => v[regio]));
  const feestdagen = [y, y + 1].flatMap((j) => feestdagData.jaren[String(j)] as { datum: string; naam: string; verplichtVrij: boolean }[])
    .filter((f) => tijd(f.datum) >= van && tijd(f.datum) <= tot);
  const dicht = new Set(feestdagen.filter((f) => f.verplichtVrij).map((f) => f.datum));
  const schooldag = (t: number) => {
    const wd = new Date(t).getUTCDay();
    const d = iso(t);
    return wd >= 1 && wd <= 5 && !dicht.has(d) && !vakanties.some((v) => v.van <= d && d <= v.tot);
  };
  let schooldagen = 0;
  for (let t = van; t <= tot; t += DAG) if (schooldag(t)) schooldagen++;
  let lesweken = 0;
  const eersteMaandag = van - ((new Date(van).getUTCDay() + 6) % 7) * DAG;
  for (let ma = eersteMaandag; ma <= tot; ma += 7 * DAG) {
    let les = false;
    for (let t = Math.max(ma, van); t <= Math.min(ma + 4 * DAG, tot); t += DAG) if (schooldag(t)) les = true;
    if (les) lesweken++;
  }
  return { feestdagen, schooldagen, lesweken };
}

describe('kalender(vakantieregio, schooljaar)', () => {
  it('gives the herfstvakantie of regio noord 2025/2026 and the official holidays, feestdagen, schooldagen and lesweken', async () => {
    const { data, errors } = await client.vraag(KalenderDocument, { vakantieregio: 'NOORD', schooljaar: '2025/2026' });
    expect(errors).toBeUndefined();
    const k = data!.kalender;
    // Rijksoverheid: herfstvakantie regio noord 18 t/m 26 oktober 2025 (adviesdata)
    expect(k.vakanties.find((v) => v.naam === 'herfstvakantie')).toEqual({ naam: 'herfstvakantie', van: '2025-10-18', tot: '2025-10-26', verplicht: false });
    const officieel = vakantieData.schooljaren['2025/2026'] as Record<string, Record<string, Periode>>;
    expect([...k.vakanties].sort((a, b) => a.naam.localeCompare(b.naam))).toEqual(Object.entries(officieel).map(([naam, v]) => ({ naam, ...v.noord, verplicht: naam !== 'herfstvakantie' && naam !== 'voorjaarsvakantie' })).sort((a, b) => a.naam.localeCompare(b.naam)));
    expect(k.vakanties.map((v) => v.van)).toEqual([...k.vakanties.map((v) => v.van)].sort());
    const e = verwacht('noord', '2025/2026');
    expect(k.feestdagen).toEqual(e.feestdagen.map((f) => ({ naam: f.naam, datum: f.datum, scholenDicht: f.verplichtVrij })));
    // Bevrijdingsdag 2026 is no lustrum year: a schooldag; Koningsdag 27 April 2026 (a Monday) is not
    expect(k.feestdagen.find((f) => f.datum === '2026-05-05')!.scholenDicht).toBe(false);
    expect(k.schooldagen).toBe(e.schooldagen);
    expect(k.lesweken).toBe(e.lesweken);
    expect(k.waarschuwingen).toEqual([]);
    expect(k).toMatchObject({ schooljaar: '2025/2026', vakantieregio: 'NOORD' });
  });

  it('counts each regio from its own holidays (zuid 2024/2025)', async () => {
    const { data } = await client.vraag(KalenderDocument, { vakantieregio: 'ZUID', schooljaar: '2024/2025' });
    const e = verwacht('zuid', '2024/2025');
    expect(data!.kalender.schooldagen).toBe(e.schooldagen);
    expect(data!.kalender.lesweken).toBe(e.lesweken);
    // 2025 is a lustrum year: Bevrijdingsdag is a day off
    expect(data!.kalender.feestdagen.find((f) => f.datum === '2025-05-05')!.scholenDicht).toBe(true);
  });

  it('does not count a schooljaar whose opening zomervakantie the data lacks, and says so', async () => {
    const { data, errors } = await client.vraag(KalenderDocument, { vakantieregio: 'MIDDEN', schooljaar: '2019/2020', taal: 'NL' });
    expect(errors).toBeUndefined();
    expect(data!.kalender.vakanties.find((v) => v.naam === 'herfstvakantie')).toMatchObject(vakantieData.schooljaren['2019/2020'].herfstvakantie.midden);
    expect(data!.kalender.schooldagen).toBeNull();
    expect(data!.kalender.lesweken).toBeNull();
    expect(data!.kalender.waarschuwingen).toEqual(['De zomervakantie waarmee schooljaar 2019/2020 begint is niet bekend in de officiële gegevens: schooldagen en lesweken zijn daarom niet berekend.']);
  });

  it('refuses a schooljaar without official holidays and a malformed one, naming the field', async () => {
    const onbekend = await client.vraag(KalenderDocument, { vakantieregio: 'NOORD', schooljaar: '2030/2031' });
    expect(onbekend.data ?? null).toBeNull();
    expect(onbekend.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(onbekend.errors![0].message).toBe('schooljaar: er zijn geen officiële schoolvakanties bekend voor schooljaar 2030/2031 (bekend: 2019/2020–2027/2028)');
    const en = await client.vraag(KalenderDocument, { vakantieregio: 'NOORD', schooljaar: '2030/2031', taal: 'EN' });
    expect(en.errors![0].message).toBe('schooljaar: no official school holidays are known for schooljaar 2030/2031 (known: 2019/2020–2027/2028)');
    const fout = await client.vraag(KalenderDocument, { vakantieregio: 'NOORD', schooljaar: '2025-2026' });
    expect(fout.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(fout.errors![0].message).toMatch(/^schooljaar: "2025-2026" /);
  });
});
