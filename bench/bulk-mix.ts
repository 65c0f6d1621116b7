// The realistic mix of bench/bulk: births over 20 years, half with a vakantieregio, 60 % with an
// inschrijving, 20 % with a diploma. Deterministic (seeded), so every path gets the same inputs.
export function bulkMix(n: number, seed0 = 20250303): Record<string, unknown>[] {
  let seed = seed0;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const iso = (d: number) => new Date(d * 864e5).toISOString().slice(0, 10);
  const dag = (s: string) => Date.parse(s) / 864e5;
  const kies = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  return Array.from({ length: n }, () => {
    const geboren = dag('2003-01-01') + Math.floor(rnd() * 365 * 20);
    const s: Record<string, unknown> = { geboortedatum: iso(geboren) };
    if (rnd() < 0.5) s.vakantieregio = kies(['NOORD', 'MIDDEN', 'ZUID']);
    if (rnd() < 0.6) s.inschrijvingen = [{ onderwijs: kies(['PO', 'VMBO', 'HAVO', 'MBO', 'VSO']), vanaf: iso(geboren + 365 * 4 + Math.floor(rnd() * 365 * 12)) }];
    if (rnd() < 0.2) s.diplomas = [{ soort: kies(['HAVO', 'VWO', 'MBO_2', 'VMBO_TL', 'PRO']), datum: iso(geboren + 365 * 16 + Math.floor(rnd() * 365 * 3)) }];
    return s;
  });
}
