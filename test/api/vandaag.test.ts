// The API's default "today" is the calendar day in Europe/Amsterdam (issue 13 item 7), through the
// API with the clock set: between 00:00 and 01:00 (winter) or 02:00 (summer) Amsterdam time the UTC
// day is still the day before. Offsets: CET = UTC+1, CEST = UTC+2 (EU directive 2000/84/EC).
import { MaakLeerlingDocument, RegelsDocument } from '../generated/graphql';
import { nieuweSleutel } from '../../src/toegang/toegang';
import { startClient, type Client } from './client';

const lpa = nieuweSleutel({ rol: 'LEERPLICHTAMBTENAAR', gemeente: '5601', naam: 'Leerplicht 5601' });

let client: Client;
beforeAll(async () => { client = await startClient({ sleutels: [lpa.regel] }); });
afterAll(async () => { await client.stop(); });

/** Runs f with Date.now() fixed at instant (the server runs in this process). */
async function om<T>(instant: string, f: () => Promise<T>): Promise<T> {
  const spion = jest.spyOn(Date, 'now').mockReturnValue(Date.parse(instant));
  try {
    return await f();
  } finally {
    spion.mockRestore();
  }
}

/** The wetsdatum regels() used without one: every citation carries it as g=… */
async function wetsdatumVan(instant: string): Promise<string> {
  const { data, errors } = await om(instant, () => client.vraag(RegelsDocument, {}));
  expect(errors).toBeUndefined();
  // a regeling without a known BWB id (the vsv-regeling 2020–2024, rules/wetten.json) has no jci to carry it
  const g = new Set(data!.regels.filter((r) => r.bron.jci !== '').map((r) => /&g=(\d{4}-\d{2}-\d{2})$/.exec(r.bron.jci)?.[1]));
  expect(g.size).toBe(1);
  return [...g][0]!;
}

describe('regels() without wetsdatum: the law of today in Amsterdam', () => {
  it('winter: 31 December 23:30 in Amsterdam is still 2025-12-31; 00:30 (23:30 UTC) is 2026-01-01, with the Doorstroompunt rules that start then', async () => {
    expect(await wetsdatumVan('2025-12-31T22:30:00Z')).toBe('2025-12-31');
    expect(await wetsdatumVan('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    const ids = async (instant: string) => (await om(instant, () => client.vraag(RegelsDocument, {}))).data!.regels.filter((r) => r.geldigVanaf === '2026-01-01').length;
    expect(await ids('2025-12-31T22:30:00Z')).toBe(0);
    expect(await ids('2025-12-31T23:30:00Z')).toBeGreaterThan(0);
  });

  it('summer: 31 July 23:30 CEST is 2024-07-31; 00:30 CEST (22:30 UTC) is 2024-08-01', async () => {
    expect(await wetsdatumVan('2024-07-31T21:30:00Z')).toBe('2024-07-31');
    expect(await wetsdatumVan('2024-07-31T22:30:00Z')).toBe('2024-08-01');
  });
});

describe('stored schooljaren are checked against today in Amsterdam', () => {
  // stored facts have no peildatum: a schooljaar may not begin after the schooljaar of today.
  // Schooljaar 2026/2027 begins on 1 August 2026 (1 August – 31 July).
  const nieuw = { leerling: { geboortedatum: '2010-01-10', gemeente: '5601', feiten: { schooljaren: [{ schooljaar: '2026/2027', volledig: false, onderwijs: 'VMBO' as const }] } } };

  it('refuses 2026/2027 at 23:30 CEST on 31 July 2026, and accepts it at 00:30 CEST on 1 August (22:30 UTC on 31 July)', async () => {
    const voor = await om('2026-07-31T21:30:00Z', () => client.vraag(MaakLeerlingDocument, nieuw, lpa.sleutel));
    expect(voor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(voor.errors?.[0].message).toMatch(/^leerling\.feiten\.schooljaren\[0\]\.schooljaar: .*2025\/2026.*2026-07-31/);
    const na = await om('2026-07-31T22:30:00Z', () => client.vraag(MaakLeerlingDocument, nieuw, lpa.sleutel));
    expect(na.errors).toBeUndefined();
    expect(na.data!.maakLeerling.schooljaren.map((j) => j.schooljaar)).toEqual(['2026/2027']);
  });
});
