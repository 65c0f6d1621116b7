// The streaming bulk path without HTTP: order, line numbers, bad lines answered on their own line,
// blank and overlong lines, CSV, and backpressure (input is not read while the output is full).
import { Readable } from 'node:stream';
import type { GraphQLObjectType } from 'graphql';
import { leesOpdracht } from '../../src/bulk/opdracht';
import { bulkSchema } from '../../src/bulk/schema';
import { bulkVelden } from '../../src/bulk/velden';
import { stroom, StroomAfgebroken } from '../../src/bulk/stroom';
import { BulkWerkers } from '../../src/bulk/werkers';
import { draai, json, trageUitvoer } from './hulp';

let werkers: BulkWerkers;
beforeAll(async () => {
  werkers = new BulkWerkers({ threads: 2, vooraf: true, maxRegelBytes: 4096 });
});
afterAll(async () => { await werkers.stop(); });

const kind = (geboortedatum: string) => JSON.stringify({ geboortedatum, vakantieregio: 'MIDDEN' });

describe('bulk stream', () => {
  it('answers every line in input order with its line number; a bad line in the middle answers BAD_USER_INPUT and the rest goes on', async () => {
    const invoer = [kind('2019-03-01'), kind('2010-05-05'), '{"geboortedatum":"2023-02-30"}', 'geen json', kind('2008-01-15'), '{"geboortedatum":"2019-03-01","onbekend":1}', kind('2012-12-12')].join('\n');
    const { regels, verslag } = await draai(werkers, invoer, { peildatum: '2024-03-15', velden: 'leeftijd,leerplicht.status' });
    const a = json(regels);
    expect(a.map((x) => x.regel)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // BW 1:2: 5 on 2024-03-15 when born 2019-03-01; 13 when born 2010-05-05; 16 when born 2008-01-15
    expect(a[0].beoordeling).toEqual({ leeftijd: 5, leerplicht: { status: 'NOG_NIET_LEERPLICHTIG' } });
    expect(a[1].beoordeling).toEqual({ leeftijd: 13, leerplicht: { status: 'LEERPLICHTIG' } });
    expect(a[2].fout).toEqual({ code: 'BAD_USER_INPUT', veld: 'situatie.geboortedatum', message: 'situatie.geboortedatum: 2023-02-30 is geen datum' }); // taal NL (default)
    expect(a[3].fout).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'situatie' });
    expect(a[4].beoordeling?.leeftijd).toBe(16);
    expect(a[5].fout).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'situatie', message: expect.stringContaining('veld "onbekend" bestaat niet in type "SituatieInput"') });
    expect(a[6].beoordeling?.leeftijd).toBe(11);
    expect(verslag).toMatchObject({ regels: 7, fouten: 3, intern: 0 });
  });

  it('refuses a control character in a text field of a line (the text check of every GraphQL request), naming its path', async () => {
    const stuur = JSON.stringify({ geboortedatum: '2010-05-05', schooljaren: [{ schooljaar: '2016/\u00072017', onderwijs: 'PO', volledig: true }] });
    const { regels } = await draai(werkers, [stuur, kind('2010-05-05')].join('\n'), { peildatum: '2024-03-15', velden: 'leeftijd' });
    const a = json(regels);
    expect(a[0].fout).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'situatie.schooljaren[0].schooljaar', message: expect.stringContaining('bevat stuurteken U+0007') });
    expect(a[1].beoordeling).toEqual({ leeftijd: 13 });
  });

  it('keeps the order over many blocks answered by two threads', async () => {
    const n = 20_000;
    const lijnen = Array.from({ length: n }, (_, i) => kind(`${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`));
    const { regels } = await draai(werkers, `${lijnen.join('\n')}\n`, { peildatum: '2024-03-15', velden: 'leeftijd' }, { blokBytes: 8 * 1024 });
    const a = json(regels);
    expect(a).toHaveLength(n);
    a.forEach((x, i) => {
      expect(x.regel).toBe(i + 1);
      // geboortedatum YYYY-0M-1D with M ≤ 9, D ≤ 9: before 15 March only when M < 3 or (M = 3 and D < 15)
      const jaar = 2000 + (i % 20); const maand = 1 + (i % 9); const d = 10 + (i % 10);
      expect(x.beoordeling?.leeftijd).toBe(2024 - jaar - (maand < 3 || (maand === 3 && d <= 15) ? 0 : 1));
    });
  });

  it('skips blank lines (their numbers too), accepts CRLF and a last line without a line end', async () => {
    const { regels } = await draai(werkers, `${kind('2019-03-01')}\r\n\r\n   \n${kind('2010-05-05')}`, { peildatum: '2024-03-15', velden: 'leeftijd' });
    expect(json(regels).map((x) => [x.regel, x.beoordeling?.leeftijd])).toEqual([[1, 5], [4, 13]]);
  });

  it('answers a line above the limit as a bad line without reading it into memory, and goes on', async () => {
    const lang = `{"geboortedatum":"2019-03-01","vrijeDagen":[${Array.from({ length: 2000 }, () => '"2024-01-02"').join(',')}]}`;
    expect(lang.length).toBeGreaterThan(4096);
    const { regels } = await draai(werkers, [kind('2019-03-01'), lang, kind('2010-05-05')].join('\n'), { peildatum: '2024-03-15', velden: 'leeftijd' });
    const a = json(regels);
    expect(a.map((x) => x.regel)).toEqual([1, 2, 3]);
    expect(a[1].fout).toEqual({ code: 'BAD_USER_INPUT', veld: 'situatie', message: 'situatie: de regel is langer dan 4096 bytes, de grens voor één regel' });
    expect(a[2].beoordeling?.leeftijd).toBe(13);
  });

  it('answers a line that is not UTF-8 as a bad line', async () => {
    const slecht = Buffer.concat([Buffer.from('{"geboortedatum":"2019-03-01","x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    const { regels } = await draai(werkers, Buffer.concat([slecht, Buffer.from(kind('2010-05-05'))]), { peildatum: '2024-03-15', velden: 'leeftijd' });
    const a = json(regels);
    expect(a[0].fout).toEqual({ code: 'BAD_USER_INPUT', veld: 'situatie', message: 'situatie: de regel is geen geldige UTF-8' });
    expect(a[1].beoordeling?.leeftijd).toBe(13);
  });

  it('computes only the velden asked for: a verzuim outside the holiday data fails verzuim, not leeftijd', async () => {
    // holidays are known for 2020/2021–2027/2028 (README): a lesweek count in 2030 cannot be made
    const s = JSON.stringify({ geboortedatum: '2015-05-05', vakantieregio: 'NOORD', verzuim: [{ datum: '2030-09-10', uren: 4, reden: 'ONGEOORLOOFD' }] });
    const alleen = json((await draai(werkers, s, { peildatum: '2030-10-01', velden: 'leeftijd' })).regels);
    expect(alleen).toEqual([{ regel: 1, beoordeling: { leeftijd: 15 } }]);
    const met = json((await draai(werkers, s, { peildatum: '2030-10-01', velden: 'leeftijd,verzuim' })).regels);
    expect(met[0].fout).toMatchObject({ code: 'BAD_USER_INPUT', veld: 'situatie.vakantieregio' });
  });

  it('offers every Beoordeling field without arguments (a new schema field needs its computation in src/bulk/velden.ts)', () => {
    const alle = Object.values((bulkSchema().getType('Beoordeling') as GraphQLObjectType).getFields()).filter((f) => f.args.length === 0).map((f) => f.name);
    expect(bulkVelden()).toEqual(alle);
    expect(alle).toEqual(expect.arrayContaining(['leerplicht', 'verzuim', 'tijdlijn', 'uitleg', 'leeftijd']));
  });

  it('answers an empty input with nothing', async () => {
    const { tekst, verslag } = await draai(werkers, '');
    expect(tekst).toBe('');
    expect(verslag.regels).toBe(0);
  });

  it('CSV: header names the columns, answers are flattened and quoted; errors name the column', async () => {
    const invoer = [
      'geboortedatum,vakantieregio,inschrijving_onderwijs,inschrijving_vanaf',
      '2010-05-05,MIDDEN,VMBO,2022-08-01',
      '2019-03-01,,,',
      '2010-05-05,MIDDEN,VMBO,2022-13-01',
      '"2008-01-15",ZUID,,',
    ].join('\n');
    const { regels } = await draai(werkers, invoer, { peildatum: '2024-03-15', velden: 'leeftijd,leerplicht.status,leerplicht.inschrijvingVoldoet,uitleg.regel' }, { formaat: 'csv' });
    expect(regels[0]).toBe('regel,fout.code,fout.veld,fout.message,leeftijd,leerplicht.inschrijvingVoldoet,leerplicht.status,uitleg');
    // born 2010: leerplicht began in 2015, before the holiday data (2020/2021 on), so the fallback rule explains it (README)
    expect(regels[1]).toMatch(/^2,,,,13,true,LEERPLICHTIG,"\[\{""regel"":""lpw\.art3\.begin\.buiten-vakantiekalender""\}/);
    expect(regels[2]).toMatch(/^3,,,,5,,NOG_NIET_LEERPLICHTIG,"/);
    expect(regels[3]).toBe('4,BAD_USER_INPUT,inschrijving_vanaf,situatie.inschrijvingen[0].vanaf: 2022-13-01 is geen datum,,,,');
    expect(regels[4]).toMatch(/^5,,,,16,/);
  });

  it('CSV: empty inschrijving cells under an inschrijving column are "none"; without the columns "not given" (absoluutVerzuim empty)', async () => {
    // born 2010-05-05: 13 on 2024-03-15, leerplichtig (art 3 lid 1); not enrolled → absoluut verzuim (art 2 lid 1)
    const met = await draai(werkers, 'geboortedatum,vakantieregio,inschrijving_onderwijs,inschrijving_vanaf\n2010-05-05,MIDDEN,,\n', { peildatum: '2024-03-15', velden: 'leerplicht.absoluutVerzuim' }, { formaat: 'csv' });
    expect(met.regels[1]).toBe('2,,,,true');
    const zonder = await draai(werkers, 'geboortedatum,vakantieregio\n2010-05-05,MIDDEN\n', { peildatum: '2024-03-15', velden: 'leerplicht.absoluutVerzuim' }, { formaat: 'csv' });
    expect(zonder.regels[1]).toBe('2,,,,');
  });

  it('CSV: an unknown column in the header fails the whole run, naming it', async () => {
    await expect(draai(werkers, 'geboortedatum,bsn\n2010-05-05,123\n', { peildatum: '2024-03-15' }, { formaat: 'csv' })).rejects.toThrow('csv: unknown column "bsn" in the header');
  });

  it('backpressure: while the output is not read, input reading stops (memory does not grow with the input)', async () => {
    const n = 200_000;
    let gelezen = 0;
    const regel = Buffer.from(`${kind('2012-06-06')}\n`);
    const invoer = new Readable({
      highWaterMark: 16 * 1024,
      read() { for (let k = 0; k < 100 && gelezen < n; k++) { gelezen++; this.push(regel); } if (gelezen >= n) this.push(null); },
    });
    const traag = trageUitvoer();
    const opdracht = leesOpdracht({ peildatum: '2024-03-15', velden: 'leeftijd' });
    const klaar = stroom(invoer, traag.uit, { opdracht, werkers, blokBytes: 64 * 1024 });
    await new Promise((r) => setTimeout(r, 1500));
    const tijdensStilstand = gelezen;
    await new Promise((r) => setTimeout(r, 500));
    // bounded by the blocks in flight (5 × 64 KB), the writable's buffer and the stream buffers: far below 200,000 lines (~10 MB)
    expect(gelezen).toBe(tijdensStilstand);
    expect(gelezen * regel.length).toBeLessThan(2 * 1024 * 1024);
    traag.los();
    const v = await klaar;
    expect(v.regels).toBe(n);
    expect(gelezen).toBe(n);
  }, 60_000);

  it('an abort stops reading and dispatching', async () => {
    let gelezen = 0;
    const invoer = new Readable({ read() { gelezen++; this.push(`${kind('2012-06-06')}\n`); } }); // endless
    const ac = new AbortController();
    const traag = trageUitvoer();
    traag.los();
    const klaar = stroom(invoer, traag.uit, { opdracht: leesOpdracht({ peildatum: '2024-03-15', velden: 'leeftijd' }), werkers, signal: ac.signal });
    await new Promise((r) => setTimeout(r, 300));
    ac.abort();
    await expect(klaar).rejects.toBeInstanceOf(StroomAfgebroken);
    const bijStop = gelezen;
    await new Promise((r) => setTimeout(r, 300));
    expect(gelezen).toBe(bijStop);
  });
});
