// Which policy packs apply to an evaluation, and the signalen they give. A pack applies when the
// situatie's gemeente is one of its gemeenten and the wetsdatum lies in its geldig. Its rules are
// evaluated in a sub-evaluation whose own facts are only the pack's parameters: every other fact
// is read from the situatie, which the pack cannot change (it has no outcome but signaal).
import { Feiten, type Beslissing, type Catalogus } from '../../facts/feiten';
import type { Onderwerp } from '../../facts/typen';
import type { Dag } from '../../time/dag';
import { vulIn, type Taal } from '../uitleg';
import type { Beleidspakket, Beleidsregel } from './pakket';
import { SIGNAAL, type Ernst } from './signaal';

const PAKKETTEN = new WeakMap<Record<Onderwerp, Catalogus>, readonly Beleidspakket[]>();

/** Called by bouwRegelset: the packs of the rule set whose catalogues an evaluation uses. */
export function registreerPakketten(catalogi: Record<Onderwerp, Catalogus>, pakketten: readonly Beleidspakket[]): void {
  PAKKETTEN.set(catalogi, pakketten);
}

/** The packs of the rule set an evaluation was made with. */
export function pakkettenVan(f: Feiten): readonly Beleidspakket[] {
  return PAKKETTEN.get(f.ctx.catalogi) ?? [];
}

export const geldtOp = (p: Beleidspakket, wetsdatum: Dag) => p.vanaf <= wetsdatum && (p.tot === null || wetsdatum <= p.tot);

/** The packs in force on the wetsdatum for a gemeente (null: none). */
export function pakkettenVoor(pakketten: readonly Beleidspakket[], gemeente: string | null | undefined, wetsdatum: Dag): Beleidspakket[] {
  if (!gemeente) return [];
  return pakketten.filter((p) => p.gemeenten.includes(gemeente) && geldtOp(p, wetsdatum));
}

/** The packs that apply to this evaluation. */
export function toegepastePakketten(f: Feiten): Beleidspakket[] {
  return pakkettenVoor(pakkettenVan(f), f.ctx.situatie.gemeente, f.ctx.wetsdatum);
}

export interface SignaalUitkomst {
  code: string;
  ernst: Ernst;
  omschrijving: { nl: string; en: string };
  regel: Beleidsregel;
  pakket: Beleidspakket;
  /** the decision, for its uitleg: the rule's sentence with the facts filled in */
  beslissing: Beslissing;
}

export interface PakketEvaluatie { pakket: Beleidspakket; feiten: Feiten }

const evaluatiesCache = new WeakMap<Feiten, PakketEvaluatie[]>();

/** One sub-evaluation per applying pack, over the situatie's facts (made once per evaluation). */
export function pakketEvaluaties(f: Feiten): PakketEvaluatie[] {
  let uit = evaluatiesCache.get(f);
  if (uit === undefined) {
    uit = toegepastePakketten(f).map((pakket) => ({ pakket, feiten: new Feiten(pakket.catalogus, { ...f.ctx, regels: pakket.inWerking(f.ctx.wetsdatum) }, f) }));
    evaluatiesCache.set(f, uit);
  }
  return uit;
}

const signaalCache = new WeakMap<Feiten, SignaalUitkomst[]>();

/** Every signaal of every applying pack, in pack order, then priority (highest first) and rule id. */
export function signalen(f: Feiten): SignaalUitkomst[] {
  let uit = signaalCache.get(f);
  if (uit === undefined) {
    uit = pakketEvaluaties(f).flatMap(({ pakket, feiten }) => feiten.beslisAlle(SIGNAAL).map((b) => {
      const regel = b.regel as Beleidsregel;
      return { code: regel.signaal.code, ernst: regel.signaal.ernst, omschrijving: regel.signaal.omschrijving, regel, pakket, beslissing: b };
    }));
    signaalCache.set(f, uit);
  }
  return uit;
}

export function signaalUitleg(s: SignaalUitkomst, taal: Taal): string {
  return vulIn(taal === 'NL' ? s.regel.uitleg.nl : s.regel.uitleg.en, s.beslissing.feiten, taal);
}
