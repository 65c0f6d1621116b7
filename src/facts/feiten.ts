// Facts of one evaluation: computed lazily on first use and memoised, so only what a query
// needs is computed. Facts that are legal outcomes come from `beslis`: the first rule in
// force (highest priority) whose conditions hold decides, and the decision is kept for the uitleg.
import type { Dag } from '../time/dag';
import type { Schoolkalender } from '../time/kalender';
import type { Situatie } from './situatie';
import type { FeitDefinitie, Onderwerp } from './typen';

export interface Catalogus {
  onderwerp: Onderwerp;
  definities: readonly FeitDefinitie[];
  index: ReadonlyMap<string, number>;
}

export function maakCatalogus(onderwerp: Onderwerp, definities: FeitDefinitie[]): Catalogus {
  const index = new Map<string, number>();
  definities.forEach((d, i) => {
    if (index.has(d.naam)) throw new Error(`fact ${d.naam} is declared twice (${onderwerp})`);
    index.set(d.naam, i);
  });
  return { onderwerp, definities, index };
}

/** A rule as the evaluator needs it: compiled condition and event params. */
export interface BeslisRegel {
  id: string;
  priority: number;
  conditie(f: Feiten): boolean;
  params(f: Feiten): Record<string, unknown>;
}

/** The rules in force on one wetsdatum, per onderwerp and event type, highest priority first. */
export interface RegelsInWerking {
  voor(onderwerp: Onderwerp, type: string): readonly BeslisRegel[];
}

export interface Context {
  situatie: Situatie;
  peildatum: Dag;
  wetsdatum: Dag;
  kalender: Schoolkalender;
  regels: RegelsInWerking;
  /** parameter values in force on wetsdatum, with the request's chosen readings applied */
  parameters: ReadonlyMap<string, unknown>;
  catalogi: Record<Onderwerp, Catalogus>;
}

export interface Beslissing {
  type: string;
  regel: BeslisRegel | null;
  params: Record<string, unknown>;
  feiten: Feiten;
}

const NIET = 0;
const BEZIG = 1;
const KLAAR = 2;

export class Feiten {
  private readonly waarden: unknown[];
  private readonly staat: Uint8Array;
  private readonly beslissingen = new Map<string, Beslissing>();

  constructor(
    readonly catalogus: Catalogus,
    readonly ctx: Context,
    /** the situatie's facts, for a diploma or inschrijving evaluated within it */
    readonly ouder: Feiten | null = null,
    /** the record this evaluation is about (a diploma, an inschrijving) */
    readonly onderwerp: unknown = null,
  ) {
    const n = catalogus.definities.length;
    this.waarden = new Array(n);
    this.staat = new Uint8Array(n);
  }

  /** A fact by id in this catalogue (the compiled rules' fast path). */
  id(i: number): unknown {
    const s = this.staat[i];
    if (s === KLAAR) return this.waarden[i];
    const def = this.catalogus.definities[i];
    if (s === BEZIG) throw new Error(`fact ${def.naam} depends on itself`);
    this.staat[i] = BEZIG;
    try {
      const w = def.bereken(this);
      this.waarden[i] = w === undefined ? null : w;
      this.staat[i] = KLAAR;
    } catch (e) {
      this.staat[i] = NIET;
      throw e;
    }
    return this.waarden[i];
  }

  get(naam: string): unknown {
    const i = this.catalogus.index.get(naam);
    if (i !== undefined) return this.id(i);
    if (this.ouder !== null) return this.ouder.get(naam);
    throw new Error(`unknown fact ${naam} (${this.catalogus.onderwerp})`);
  }

  datum(naam: string): Dag | null {
    return this.get(naam) as Dag | null;
  }

  beslis(type: string): Beslissing {
    let b = this.beslissingen.get(type);
    if (b !== undefined) return b;
    b = { type, regel: null, params: {}, feiten: this };
    for (const r of this.ctx.regels.voor(this.catalogus.onderwerp, type)) {
      if (r.conditie(this)) {
        b = { type, regel: r, params: r.params(this), feiten: this };
        break;
      }
    }
    this.beslissingen.set(type, b);
    return b;
  }

  /** Decisions taken so far, in the order they were taken. */
  genomen(): Beslissing[] {
    return [...this.beslissingen.values()];
  }
}
