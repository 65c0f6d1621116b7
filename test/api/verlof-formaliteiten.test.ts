// Issue 11 parts 1 and 4 through the API: which rule decided a verlofaanvraag (the formalities of
// art 13a, 14 lid 3 exactly as the text says) and which reading it used (verlofTermijnDagen,
// evenredigDeel), named in the answer. Expected values come from the statute (see the cases in
// rules/cases/art-11-14-verlof.json for the same dates).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, isInputObjectType } from 'graphql';
import { ParametersDocument, VerlofaanvraagDocument, type VerlofaanvraagQueryVariables } from '../generated/graphql';
import { startClient, type Client } from './client';

let client: Client;
beforeAll(async () => { client = await startClient(); });
afterAll(async () => { await client.stop(); });

const ZUID = { geboortedatum: '2014-03-01', vakantieregio: 'ZUID', inschrijvingen: [{ onderwijs: 'PO', vanaf: '2018-04-01' }] } as VerlofaanvraagQueryVariables['situatie'];
const NOORD = { ...ZUID, vakantieregio: 'NOORD' } as VerlofaanvraagQueryVariables['situatie'];
const BBL = (lesdagenPerWeek: number) => ({ geboortedatum: '2008-01-10', inschrijvingen: [{ onderwijs: 'MBO', vanaf: '2024-08-01', niveau: 2, leerweg: 'BBL', lesdagenPerWeek }] }) as VerlofaanvraagQueryVariables['situatie'];

async function besluit(v: VerlofaanvraagQueryVariables) {
  const a = await client.vraag(VerlofaanvraagDocument, v);
  expect(a.errors).toBeUndefined();
  return a.data!.verlofaanvraag;
}
const reden = <R extends { regel: string }>(b: { redenen: R[] }, regel: string) => b.redenen.find((r) => r.regel === regel);

describe('the two-day terms of art 12, 13 and 14 lid 2: the reading is named in the answer', () => {
  const ziek = { soort: 'ZIEKTE_12', vanaf: '2025-02-07', tot: '2025-02-10', aangevraagdOp: '2025-02-10', vooraf: false } as VerlofaanvraagQueryVariables['aanvraag'];

  it('default: calendar days — ill on Friday, told on Monday is three days: too late, and the answer says it counted calendar days', async () => {
    const b = await besluit({ situatie: ZUID, aanvraag: ziek });
    expect(b.toelaatbaar).toBe(false);
    expect(reden(b, 'lpw.art12.te-laat-gemeld')!.tekst).toContain('3 dag(en)');
    expect(reden(b, 'lpw.art12.te-laat-gemeld')!.tekst).toContain('geteld in kalenderdagen');
  });

  it('SCHOOLDAGEN: the same notice is one schooldag later, in time; in English too', async () => {
    const b = await besluit({ situatie: ZUID, aanvraag: ziek, parameters: { verlofTermijnDagen: 'SCHOOLDAGEN' } });
    expect(b.toelaatbaar).toBe(true);
    expect(reden(b, 'lpw.art12.tijdig-gemeld')!.tekst).toContain('hier 1, geteld in schooldagen');
    const en = await besluit({ situatie: ZUID, aanvraag: ziek, taal: 'EN', parameters: { verlofTermijnDagen: 'SCHOOLDAGEN' } });
    expect(reden(en, 'lpw.art12.tijdig-gemeld')!.tekst).toContain('counted in school days');
  });

  it('art 14 lid 2 (reasons given afterwards) and art 13 (told beforehand) read the same term', async () => {
    const achteraf = { soort: 'GEWICHTIG_14', vanaf: '2025-02-07', tot: '2025-02-07', aangevraagdOp: '2025-02-10', vooraf: false, dagen: 1 } as VerlofaanvraagQueryVariables['aanvraag'];
    expect(reden(await besluit({ situatie: ZUID, aanvraag: achteraf }), 'lpw.art14.lid2.te-laat')!.tekst).toContain('geteld in kalenderdagen');
    expect(reden(await besluit({ situatie: ZUID, aanvraag: achteraf, parameters: { verlofTermijnDagen: 'SCHOOLDAGEN' } }), 'lpw.art14.lid2.te-laat')).toBeUndefined();
    const godsdienst = { soort: 'RELIGIEUS_13', vanaf: '2025-03-10', tot: '2025-03-10', aangevraagdOp: '2025-03-07' } as VerlofaanvraagQueryVariables['aanvraag'];
    const b = await besluit({ situatie: ZUID, aanvraag: godsdienst, parameters: { verlofTermijnDagen: 'SCHOOLDAGEN' } });
    expect(b.toelaatbaar).toBe(false);
    expect(reden(b, 'lpw.art13.te-laat-gemeld')!.tekst).toContain('1 dag(en)');
  });
});

describe('the evenredig deel (art 13a lid 2, 14 lid 3): the rounding read is named in the answer', () => {
  const vakantie = { soort: 'VAKANTIE_13A', vanaf: '2025-03-03', tot: '2025-03-21', aangevraagdOp: '2025-01-06', dagen: 3, beroepOuderVerhindertVakantie: true } as VerlofaanvraagQueryVariables['aanvraag'];

  it('1.25 lesdagen a week: 10 × 1.25 / 5 = 2.5, rounded down to 2 by default, up to 3, or 2.5 exactly', async () => {
    const omlaag = await besluit({ situatie: BBL(1.25), aanvraag: vakantie });
    expect([omlaag.maxDagen, omlaag.toelaatbaar]).toEqual([2, false]);
    expect(reden(omlaag, 'lpw.art13a.lid2.evenredig')!.tekst).toContain('gelezen als: naar beneden afgerond op hele dagen');
    const omhoog = await besluit({ situatie: BBL(1.25), aanvraag: vakantie, parameters: { evenredigDeel: 'HELE_DAGEN_OMHOOG' } });
    expect([omhoog.maxDagen, omhoog.toelaatbaar]).toEqual([3, true]);
    const exact = await besluit({ situatie: BBL(1.25), aanvraag: vakantie, parameters: { evenredigDeel: 'EXACT' } });
    expect([exact.maxDagen, exact.toelaatbaar]).toEqual([2.5, false]);
    expect(reden(exact, 'lpw.art13a.lid2.evenredig')!.tekst).toContain('2,5 dagen');
    expect(reden(exact, 'lpw.art13a.lid2.te-veel-dagen')).toBeDefined();
  });

  it('art 14 lid 3: above the share the hoofd still decides and cannot grant; above ten days the ambtenaar, without a maximum', async () => {
    const gewichtig = (dagen: number) => ({ soort: 'GEWICHTIG_14', vanaf: '2025-03-03', tot: '2025-05-19', aangevraagdOp: '2025-02-24', dagen }) as VerlofaanvraagQueryVariables['aanvraag'];
    const drie = await besluit({ situatie: BBL(1), aanvraag: gewichtig(3) });
    expect([drie.beslisser, drie.maxDagen, drie.toelaatbaar]).toEqual(['DIRECTEUR', 2, false]);
    expect(reden(drie, 'lpw.art14.lid3.boven-maximum-hoofd')!.tekst).toContain('3 dagen gevraagd, meer dan de 2');
    const elf = await besluit({ situatie: BBL(1), aanvraag: gewichtig(11) });
    expect([elf.beslisser, elf.maxDagen, elf.toelaatbaar]).toEqual(['LEERPLICHTAMBTENAAR', null, true]);
    expect(reden(elf, 'lpw.art14.lid3.ambtenaar-geen-maximum')).toBeDefined();
  });
});

describe('art 13a: the first two lesweken of either schooljaar, and only beforehand', () => {
  it('a request over 31 July / 1 August is refused for the first lesweek of the new schooljaar, which the answer names', async () => {
    const b = await besluit({ situatie: NOORD, aanvraag: { soort: 'VAKANTIE_13A', vanaf: '2025-07-07', tot: '2025-08-29', aangevraagdOp: '2025-04-14', beroepOuderVerhindertVakantie: true } as VerlofaanvraagQueryVariables['aanvraag'] });
    expect(b.toelaatbaar).toBe(false);
    expect(reden(b, 'lpw.art13a.lid2.eerste-lesweken')!.tekst).toContain('vanaf 25 augustus 2025');
  });

  it('a request made after the leave began: no route afterwards (unlike art 14 lid 2)', async () => {
    const b = await besluit({ situatie: ZUID, aanvraag: { soort: 'VAKANTIE_13A', vanaf: '2024-09-23', tot: '2024-10-04', aangevraagdOp: '2024-09-24', dagen: 10, beroepOuderVerhindertVakantie: true } as VerlofaanvraagQueryVariables['aanvraag'] });
    expect(b.toelaatbaar).toBe(false);
    expect(reden(b, 'lpw.art13a.lid1.niet-vooraf')!.bron).toMatchObject({ artikel: '13a', lid: '1' });
  });
});

describe('the readings are parameters a request may choose', () => {
  it('parameters lists both with their default, lezing true and the allowed values', async () => {
    const { data } = await client.vraag(ParametersDocument, { wetsdatum: '2025-01-01' });
    const lijst = data!.parameters;
    expect(lijst.find((p) => p.naam === 'verlofTermijnDagen')).toMatchObject({ waarde: 'KALENDERDAGEN', lezing: true, enum: ['KALENDERDAGEN', 'SCHOOLDAGEN'], bron: { artikel: '12' } });
    expect(lijst.find((p) => p.naam === 'evenredigDeel')).toMatchObject({ waarde: 'HELE_DAGEN_OMLAAG', lezing: true, enum: ['HELE_DAGEN_OMLAAG', 'HELE_DAGEN_OMHOOG', 'EXACT'], bron: { artikel: '13a', lid: '2' } });
  });

  it('every ParametersInput field of these readings is a parameter with lezing: true, with the same values', async () => {
    const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
    const invoer = schema.getType('ParametersInput');
    if (!isInputObjectType(invoer)) throw new Error('ParametersInput missing');
    const { data } = await client.vraag(ParametersDocument, { wetsdatum: '2025-01-01' });
    for (const naam of ['verlofTermijnDagen', 'evenredigDeel']) {
      const veld = invoer.getFields()[naam];
      const p = data!.parameters.find((x) => x.naam === naam)!;
      expect(p.lezing).toBe(true);
      const type = schema.getType(String(veld.type)) as unknown as { getValues(): { name: string }[] };
      expect(type.getValues().map((v) => v.name).sort()).toEqual([...p.enum!].sort());
    }
  });
});
