// The thuiszitter verdict (rules/regelingen/thuiszitter.json): a practice definition, read from the
// outcome facts thuiszitterOordeel and thuiszitterDuur. No counting here: the facts measure, the rules decide.
import type { Feiten } from '../facts/feiten';
import type { ThuiszitterCategorie } from '../facts/catalogus-thuiszitter';
import type { Dag } from '../time/dag';
import { uitleg, type Taal, type UitlegUitvoer } from './uitleg';

/** The definition applied, as Thuiszitter.definitie states it (its source: practice, not law). */
export const THUISZITTER_DEFINITIE = 'Praktijkdefinitie (Thuiszitterspact 2016, Ingrado; geen wettelijk begrip): een leer- of kwalificatieplichtige die langer dan vier weken (parameter thuiszitterDrempelSchooldagen: meer dan 20 aaneengesloten schooldagen) zonder geldige reden niet naar school gaat, ingeschreven (langdurig relatief verzuim) of niet (absoluut verzuim); een vrijstelling is een eigen categorie (lezing thuiszitterMetVrijstelling). — Practice definition, not a legal term.';

export interface ThuiszitterUitkomst {
  thuiszitter: boolean;
  categorie: ThuiszitterCategorie | null;
  sinds: Dag | null;
  schooldagen: number | null;
  langerDanDrieMaanden: boolean;
  /** rendered on first read */
  readonly uitleg: UitlegUitvoer[];
}

export function thuiszitter(f: Feiten, taal: Taal): ThuiszitterUitkomst {
  const o = f.beslis('thuiszitterOordeel');
  const d = f.beslis('thuiszitterDuur');
  let tekst: UitlegUitvoer[] | undefined;
  const ja = o.params.thuiszitter === true;
  return {
    thuiszitter: ja,
    categorie: (o.params.thuiszitterCategorie ?? null) as ThuiszitterCategorie | null,
    sinds: (o.params.thuiszitterSinds ?? null) as Dag | null,
    schooldagen: (o.params.thuiszitterDuurSchooldagen ?? null) as number | null,
    langerDanDrieMaanden: d.params.thuiszitterLangdurig === true,
    get uitleg() {
      if (tekst === undefined) tekst = [uitleg(o, taal), ja ? uitleg(d, taal) : undefined].filter((u): u is UitlegUitvoer => u !== undefined && u !== null);
      return tekst;
    },
  };
}
