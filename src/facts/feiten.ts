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
  /** the decision types taken per record of this onderwerp; a decision's slot is its position here */
  typen: readonly string[];
  typeIndex: ReadonlyMap<string, number>;
}

export function maakCatalogus(onderwerp: Onderwerp, definities: FeitDefinitie[], typen: readonly string[] = []): Catalogus {
  const index = new Map<string, number>();
  definities.forEach((d, i) => {
    if (index.has(d.naam)) throw new Error(`fact ${d.naam} is declared twice (${onderwerp})`);
    index.set(d.naam, i);
  });
  return { onderwerp, definities, index, typen, typeIndex: new Map(typen.map((t, i) => [t, i])) };
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
  /** the same lists by the decision's slot in the onderwerp's catalogue (Catalogus.typen) */
  perSlot?: Readonly<Partial<Record<Onderwerp, readonly (readonly BeslisRegel[])[]>>>;
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

/** Marks a fact whose value is being computed (a cycle check); `undefined` marks one not yet computed. */
const BEZIG: unique symbol = Symbol('bezig');

export class Feiten {
  /** fact values by id; computed values are never undefined (absent is null) */
  private readonly waarden: unknown[];
  /** decisions by slot in catalogus.typen, allocated on the first decision */
  private besluiten: (Beslissing | undefined)[] | null = null;
  /** decisions of types outside catalogus.typen (they have no rules) */
  private overige: Map<string, Beslissing> | null = null;
  /** decisions in the order they were taken, allocated on the first decision */
  private volgorde: Beslissing[] | null = null;
  /** values of parameterised facts by id and canonical params (allocated on first use) */
  private metParams: Map<number, Map<string, unknown>> | null = null;

  constructor(
    readonly catalogus: Catalogus,
    readonly ctx: Context,
    /** the situatie's facts, for a diploma or inschrijving evaluated within it */
    readonly ouder: Feiten | null = null,
    /** the record this evaluation is about (a diploma, an inschrijving) */
    readonly onderwerp: unknown = null,
  ) {
    this.waarden = new Array(catalogus.definities.length);
  }

  /** A fact by id in this catalogue (the compiled rules' fast path). */
  id(i: number): unknown {
    const w = this.waarden[i];
    if (w !== undefined && w !== BEZIG) return w;
    const def = this.catalogus.definities[i];
    if (w === BEZIG) throw new Error(`fact ${def.naam} depends on itself`);
    this.waarden[i] = BEZIG;
    let v: unknown;
    try {
      v = def.bereken(this);
    } catch (e) {
      this.waarden[i] = undefined;
      throw e;
    }
    return (this.waarden[i] = v === undefined ? null : v);
  }

  /** A parameterised fact by id for normalised params (sleutel: their canonical JSON), memoised per (fact, params). */
  idMet(i: number, sleutel: string, params: Readonly<Record<string, unknown>>): unknown {
    let perFeit = (this.metParams ??= new Map()).get(i);
    if (perFeit === undefined) this.metParams.set(i, (perFeit = new Map()));
    const w = perFeit.get(sleutel);
    if (w !== undefined) return w;
    const def = this.catalogus.definities[i];
    const v = def.berekenMet === undefined ? def.bereken(this) : def.berekenMet(this, params);
    const uit = v === undefined ? null : v;
    perFeit.set(sleutel, uit);
    return uit;
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
    const slot = this.catalogus.typeIndex.get(type);
    if (slot !== undefined) return this.beslisSlot(slot);
    let b = this.overige?.get(type);
    if (b !== undefined) return b;
    b = { type, regel: null, params: {}, feiten: this };
    for (const r of this.ctx.regels.voor(this.catalogus.onderwerp, type)) {
      if (r.conditie(this)) {
        b = { type, regel: r, params: r.params(this), feiten: this };
        break;
      }
    }
    (this.overige ??= new Map()).set(type, b);
    this.neem(b);
    return b;
  }

  /** beslis by the type's slot in catalogus.typen (outcome facts know their slot). */
  beslisSlot(slot: number): Beslissing {
    let besluiten = this.besluiten;
    if (besluiten === null) besluiten = this.besluiten = new Array(this.catalogus.typen.length);
    let b = besluiten[slot];
    if (b !== undefined) return b;
    const type = this.catalogus.typen[slot];
    const regels = this.ctx.regels.perSlot?.[this.catalogus.onderwerp]?.[slot] ?? this.ctx.regels.voor(this.catalogus.onderwerp, type);
    for (let k = 0; k < regels.length; k++) {
      const r = regels[k];
      if (r.conditie(this)) {
        b = { type, regel: r, params: r.params(this), feiten: this };
        break;
      }
    }
    if (b === undefined) b = { type, regel: null, params: {}, feiten: this };
    besluiten[slot] = b;
    this.neem(b);
    return b;
  }

  /** Every rule in force of an 'alle' outcome whose conditions hold, highest priority first. */
  beslisAlle(type: string): Beslissing[] {
    const sleutel = `*${type}`;
    const bekend = this.overige?.get(sleutel) as unknown as Beslissing[] | undefined;
    if (bekend !== undefined) return bekend;
    const uit: Beslissing[] = [];
    for (const r of this.ctx.regels.voor(this.catalogus.onderwerp, type)) {
      if (r.conditie(this)) uit.push({ type, regel: r, params: r.params(this), feiten: this });
    }
    (this.overige ??= new Map()).set(sleutel, uit as unknown as Beslissing);
    for (const b of uit) this.neem(b);
    return uit;
  }

  /** Records a decision taken (most evaluations of a record take one: an array of exactly one). */
  private neem(b: Beslissing): void {
    if (this.volgorde === null) this.volgorde = [b];
    else this.volgorde.push(b);
  }

  /** Decisions taken so far, in the order they were taken. */
  genomen(): Beslissing[] {
    return this.volgorde === null ? [] : this.volgorde.slice();
  }

  /** The 'alle' types beslisAlle was asked for so far (also those where no rule held). */
  alleGenomen(): string[] {
    const uit: string[] = [];
    if (this.overige !== null) for (const k of this.overige.keys()) if (k.startsWith('*')) uit.push(k.slice(1));
    return uit;
  }

  /** A fact of this catalogue if it has been computed already, else undefined; computes nothing. */
  berekend(naam: string): unknown {
    const i = this.catalogus.index.get(naam);
    if (i === undefined) return undefined;
    const w = this.waarden[i];
    return w === BEZIG ? undefined : w;
  }
}
