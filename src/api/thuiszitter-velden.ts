// Beoordeling.thuiszitter as an output object (engine → output; no law here).
import type { Feiten } from '../facts/feiten';
import { THUISZITTER_DEFINITIE, thuiszitter as oordeel } from '../engine/thuiszitter';
import type { Taal } from '../engine/uitleg';
import { datumTekst } from './datum-tekst';
import { metKalender } from './met-kalender';
import type { Thuiszitter, ThuiszitterCategorie } from './thuiszitter';

export function thuiszitterVan(f: Feiten, taal: Taal): Thuiszitter {
  const t = metKalender(() => oordeel(f, taal));
  return {
    thuiszitter: t.thuiszitter,
    categorie: t.categorie as ThuiszitterCategorie | null,
    sinds: t.sinds === null ? null : datumTekst(t.sinds),
    schooldagen: t.schooldagen,
    langerDanDrieMaanden: t.langerDanDrieMaanden,
    definitie: THUISZITTER_DEFINITIE,
    get uitleg() { return metKalender(() => t.uitleg); },
  } as Thuiszitter;
}
