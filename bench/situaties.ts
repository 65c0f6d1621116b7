// The bulk benchmarks' population: deterministic situaties (births 2003–2022, half with a
// vakantieregio, some inschrijvingen and diplomas), the same generator bench/bulk.ts started with.
export const PEILDATUM = '2025-03-03';

export function maakSituaties(n: number, seed = 20250303): Record<string, unknown>[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const iso = (d: number) => new Date(d * 864e5).toISOString().slice(0, 10);
  const dag = (t: string) => Date.parse(t) / 864e5;
  const kies = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: n }, () => {
    const geboren = dag('2003-01-01') + Math.floor(rnd() * 365 * 20);
    const sit: Record<string, unknown> = { geboortedatum: iso(geboren) };
    if (rnd() < 0.5) sit.vakantieregio = kies(['NOORD', 'MIDDEN', 'ZUID']);
    if (rnd() < 0.6) sit.inschrijvingen = [{ onderwijs: kies(['PO', 'VMBO', 'HAVO', 'MBO', 'VSO']), vanaf: iso(geboren + 365 * 4 + Math.floor(rnd() * 365 * 12)) }];
    if (rnd() < 0.2) sit.diplomas = [{ soort: kies(['HAVO', 'VWO', 'MBO_2', 'VMBO_TL', 'PRO']), datum: iso(geboren + 365 * 16 + Math.floor(rnd() * 365 * 3)) }];
    return sit;
  });
}
