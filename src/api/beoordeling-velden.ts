// The computed parts of a Beoordeling as output objects, shared by the GraphQL field resolvers and
// the streaming bulk path, so both answer the same. No law here: engine → output.
// Every uitleg (Tijdvak: grond) is a getter on the class: its texts are rendered only when a query
// reads it, once; a calendar error in it is still BAD_USER_INPUT; toJSON includes it, so
// JSON.stringify gives the same object as before. (A getter in an object literal made every
// object slow to build: a class keeps one shape.)
import { aansprakelijkheid, type AansprakelijkheidUitkomst } from '../engine/aansprakelijkheid';
import { spoorVan } from './spoor-velden';
import { doorstroompuntOverlegVan, vervangendeLeerplichtVan } from './vervangend-velden';
import { thuiszitterVan } from './thuiszitter-velden';
import { beleidspakkettenVan, signalenVan } from './beleid-velden';
import type { Beleidssignaal } from './beleid-typen';
import { doorstroompunt, kwetsbarePositie, type OordeelUitkomst } from '../engine/doelgroepen';
import { leerplicht, leerplichtUitleg } from '../engine/leerplicht';
import { startkwalificatieKern, startkwalificatieUitleg } from '../engine/startkwalificatie';
import { tijdlijnKern } from '../engine/tijdlijn';
import { uitleg as uitlegVan, type UitlegUitvoer } from '../engine/uitleg';
import { meldingen, meldingUitleg, registratieUitleg } from '../engine/verzuim';
import type { Dag } from '../time/dag';
import type { Feiten } from '../facts/feiten';
import { beginPerRegio, eerlijkheid, genegeerdVerzuim, type Eerlijkheid } from '../engine/aannames';
import type { GenegeerdVerzuim, GeenSchooldag, RegioDatum } from './aannames';
import type { Vakantieregio, Verzuimreden } from './enums';
import { datumTekst } from './datum-tekst';
import type { Diplomasoort, Eindgrond, Kwalificatieplichtuitzondering, LeerplichtStatus, Meldingsoort } from './enums';
import { metKalender } from './met-kalender';
import { iso, MetUitleg } from './met-uitleg';
import type { Aansprakelijkheid, Beoordeling, Leerplicht, Meldtermijn, Oordeel, Startkwalificatie, Tijdvak, Verzuim, Verzuimmelding } from './uitvoer';
import { meldtermijnVan } from './meldtermijn';

class LeerplichtUitvoer extends MetUitleg implements Leerplicht {
  #feiten: Feiten;
  #perRegio: ReturnType<typeof beginPerRegio> | null = null;
  constructor(
    readonly status: LeerplichtStatus, readonly leerplichtigVanaf: string, readonly leerplichtigTot: string, readonly eindgrond: Eindgrond,
    readonly kwalificatieplichtigVanaf: string | null, readonly kwalificatieplichtigTot: string | null, readonly uitzondering: Kwalificatieplichtuitzondering | null,
    readonly inschrijfplichtVrijgesteld: boolean, readonly absoluutVerzuim: boolean | null, readonly inschrijvingVoldoet: boolean | null, bereken: () => UitlegUitvoer[], feiten: Feiten,
  ) { super(bereken); this.#feiten = feiten; }
  // computed only when selected (three regional calendars without a vakantieregio)
  private get regio(): ReturnType<typeof beginPerRegio> { return (this.#perRegio ??= metKalender(() => beginPerRegio(this.#feiten))); }
  get leerplichtigVanafPerRegio(): RegioDatum[] { return this.regio.lijst.map((r) => ({ regio: r.regio as Vakantieregio, datum: iso(r.datum) })); }
  get afhankelijkVanRegio(): boolean { return this.regio.afhankelijk; }
  /** old art 4b lid 1 (before 2007-08-01), read only when selected */
  get partieelLeerplichtigTot(): string | null { return this.#feiten.get('regime') === 'PARTIELE_LEERPLICHT' ? iso(this.#feiten.get('partieelLeerplichtigTot') as Dag | null) : null; }
  toJSON(): object { return { ...super.toJSON(), leerplichtigVanafPerRegio: this.leerplichtigVanafPerRegio, afhankelijkVanRegio: this.afhankelijkVanRegio, partieelLeerplichtigTot: this.partieelLeerplichtigTot }; }
}

export function leerplichtVan(b: Beoordeling): Leerplicht {
  const l = leerplicht(b.feiten);
  const { feiten, taal } = b;
  return new LeerplichtUitvoer(
    l.status as LeerplichtStatus, datumTekst(l.leerplichtigVanaf), datumTekst(l.leerplichtigTot), l.eindgrond as Eindgrond,
    iso(l.kwalificatieplichtigVanaf), iso(l.kwalificatieplichtigTot), l.uitzondering as Kwalificatieplichtuitzondering | null,
    l.inschrijfplichtVrijgesteld, l.absoluutVerzuim, l.inschrijvingVoldoet, () => leerplichtUitleg(feiten, taal), feiten,
  );
}

class MeldingUitvoer extends MetUitleg implements Verzuimmelding {
  #termijn: (() => Meldtermijn | null) | null;
  #termijnWaarde: Meldtermijn | null = null;
  constructor(readonly soort: Meldingsoort, readonly verplicht: boolean, readonly begindatum: string, readonly einddatum: string, readonly uren: number, bereken: () => UitlegUitvoer[], termijn: () => Meldtermijn | null) { super(bereken); this.#termijn = termijn; }
  /** the reporting deadline (rules of art-21a-meldtermijn.json), computed only when selected */
  get termijn(): Meldtermijn | null {
    if (this.#termijn !== null) { this.#termijnWaarde = metKalender(this.#termijn); this.#termijn = null; }
    return this.#termijnWaarde;
  }
  toJSON(): object { return { ...super.toJSON(), termijn: this.termijn }; }
}

class VerzuimUitvoer extends MetUitleg implements Verzuim {
  #genegeerd: (() => GenegeerdVerzuim[]) | null;
  #lijst: GenegeerdVerzuim[] | null = null;
  #signalen: (() => Beleidssignaal[]) | null;
  #signaallijst: Beleidssignaal[] | null = null;
  constructor(readonly meldplicht: boolean, readonly meldingen: MeldingUitvoer[], readonly maxUrenVierLesweken: number, bereken: () => UitlegUitvoer[], genegeerd: () => GenegeerdVerzuim[], signalen: () => Beleidssignaal[]) { super(bereken); this.#genegeerd = genegeerd; this.#signalen = signalen; }
  /** the policy signalen about verzuim, computed only when selected */
  get signalen(): Beleidssignaal[] {
    if (this.#signalen !== null) { this.#signaallijst = this.#signalen(); this.#signalen = null; }
    return this.#signaallijst!;
  }
  /** computed only when selected */
  get genegeerd(): GenegeerdVerzuim[] {
    if (this.#genegeerd !== null) { this.#lijst = metKalender(this.#genegeerd); this.#genegeerd = null; }
    return this.#lijst!;
  }
  toJSON(): object { return { ...super.toJSON(), genegeerd: this.genegeerd, signalen: this.signalen }; }
}

export function verzuimVan(b: Beoordeling): Verzuim {
  const { feiten: f, taal } = b;
  const gemeld = meldingen(f);
  const lijst = gemeld.map((m) => new MeldingUitvoer(
    m.kandidaat.soort as Meldingsoort, m.verplicht, datumTekst(m.kandidaat.begindatum), datumTekst(m.kandidaat.einddatum), m.kandidaat.uren, () => meldingUitleg(m.feiten, taal), () => meldtermijnVan(m.feiten, taal),
  ));
  return new VerzuimUitvoer(
    gemeld.some((m) => m.verplicht && m.kandidaat.einddatum <= f.ctx.peildatum), lijst, f.get('maxUrenVierLesweken') as number,
    () => [...registratieUitleg(f, taal), ...lijst.flatMap((m) => m.uitleg)],
    () => genegeerdVerzuim(f, taal).map((g) => ({ datum: datumTekst(g.datum), uren: g.uren, reden: g.reden as Verzuimreden, geenSchooldag: g.geenSchooldag as GeenSchooldag, toelichting: g.toelichting })),
    () => signalenVan(f, taal, true),
  );
}

class StartkwalificatieUitvoer extends MetUitleg implements Startkwalificatie {
  constructor(readonly behaald: boolean, readonly datum: string | null, readonly diploma: Diplomasoort | null, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

export function startkwalificatieVan(b: Beoordeling): Startkwalificatie {
  const s = startkwalificatieKern(b.feiten);
  const { feiten, taal } = b;
  return new StartkwalificatieUitvoer(s.behaald, iso(s.datum), s.diploma as Diplomasoort | null, () => startkwalificatieUitleg(feiten, taal));
}

class TijdvakUitvoer implements Tijdvak {
  #grond: (() => UitlegUitvoer) | null;
  #tekst: UitlegUitvoer | null = null;
  constructor(readonly status: LeerplichtStatus, readonly vanaf: string, readonly tot: string | null, grond: () => UitlegUitvoer) { this.#grond = grond; }
  get grond(): UitlegUitvoer {
    if (this.#grond !== null) { this.#tekst = metKalender(this.#grond); this.#grond = null; }
    return this.#tekst!;
  }
  toJSON(): object { return { ...this, grond: this.grond }; }
}

export function tijdlijnVan(b: Beoordeling): Tijdvak[] {
  const taal = b.taal;
  return tijdlijnKern(b.feiten).map((t) => new TijdvakUitvoer(t.status as LeerplichtStatus, datumTekst(t.vanaf), iso(t.tot), () => t.grond(taal)));
}

class OordeelUitvoer extends MetUitleg implements Oordeel {
  constructor(readonly vanToepassing: boolean, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

/** An Oordeel of the engine (its uitleg a getter) whose uitleg answers a calendar error as BAD_USER_INPUT. */
export function oordeelVan(o: OordeelUitkomst): Oordeel {
  return new OordeelUitvoer(o.vanToepassing, () => o.uitleg);
}

class AansprakelijkheidUitvoer extends MetUitleg implements Aansprakelijkheid {
  constructor(readonly ouders: boolean, readonly jongere: boolean, readonly haltMogelijk: boolean, bereken: () => UitlegUitvoer[]) { super(bereken); }
}

export function aansprakelijkheidVan(a: AansprakelijkheidUitkomst): Aansprakelijkheid {
  return new AansprakelijkheidUitvoer(a.ouders, a.jongere, a.haltMogelijk, () => a.uitleg);
}

/** The top-level uitleg: every rule that decided something in the selected fields, each once. */
export function uitlegVanBeoordeling(b: Beoordeling): UitlegUitvoer[] {
  const uit: UitlegUitvoer[] = [];
  const zie = (lijst: UitlegUitvoer[]) => { for (const u of lijst) if (!uit.some((x) => x.regel === u.regel && x.tekst === u.tekst)) uit.push(u); };
  if (b.geselecteerd.has('leerplicht')) zie(leerplichtVan(b).uitleg);
  if (b.geselecteerd.has('tijdlijn')) zie(tijdlijnVan(b).map((t) => t.grond));
  if (b.geselecteerd.has('startkwalificatie')) zie(startkwalificatieVan(b).uitleg);
  if (b.geselecteerd.has('verzuim')) zie(verzuimVan(b).uitleg);
  if (b.geselecteerd.has('aansprakelijkheid')) zie(aansprakelijkheid(b.feiten, b.taal).uitleg);
  if (b.geselecteerd.has('kwetsbarePositie')) zie(kwetsbarePositie(b.feiten, b.taal).uitleg);
  if (b.geselecteerd.has('doorstroompunt')) zie(doorstroompunt(b.feiten, b.taal).uitleg);
  if (b.geselecteerd.has('doorstroompuntOverleg')) zie(doorstroompuntOverlegVan(b)?.uitleg ?? []);
  if (b.geselecteerd.has('vervangendeLeerplicht')) zie(vervangendeLeerplichtVan(b).uitleg);
  if (b.geselecteerd.has('thuiszitter')) zie(thuiszitterVan(b.feiten, b.taal).uitleg);
  if (uit.length === 0) {
    // only plain fields selected: explain the status, the core verdict
    const u = uitlegVan(b.feiten.beslis('leerplichtStatus'), b.taal);
    if (u) uit.push(u);
  }
  return uit;
}

// aannames and waarschuwingen come from one pass over the answer's selected parts
const eerlijk = new WeakMap<Beoordeling, Eerlijkheid>();
function eerlijkheidVan(b: Beoordeling): Eerlijkheid {
  let e = eerlijk.get(b);
  if (e === undefined) eerlijk.set(b, (e = metKalender(() => eerlijkheid(b.feiten, b.geselecteerd, b.taal))));
  return e;
}

/** The computed fields of a Beoordeling by name: the GraphQL field resolvers and the bulk projection use these. */
export const BEREKENDE_VELDEN: Readonly<Record<string, (b: Beoordeling) => unknown>> = {
  leerplicht: leerplichtVan,
  tijdlijn: tijdlijnVan,
  startkwalificatie: startkwalificatieVan,
  verzuim: verzuimVan,
  kwetsbarePositie: (b) => oordeelVan(kwetsbarePositie(b.feiten, b.taal)),
  doorstroompunt: (b) => oordeelVan(doorstroompunt(b.feiten, b.taal)),
  doorstroompuntOverleg: doorstroompuntOverlegVan,
  // arts 3a/3b (api/vervangend-velden.ts)
  vervangendeLeerplicht: vervangendeLeerplichtVan,
  thuiszitter: (b) => thuiszitterVan(b.feiten, b.taal),
  aansprakelijkheid: (b) => aansprakelijkheidVan(aansprakelijkheid(b.feiten, b.taal)),
  uitleg: uitlegVanBeoordeling,
  // the trace of the rules behind the selected fields and their uitleg (api/spoor-velden.ts)
  spoor: (b) => spoorVan(b, uitlegVanBeoordeling),
  aannames: (b) => eerlijkheidVan(b).aannames,
  waarschuwingen: (b) => eerlijkheidVan(b).waarschuwingen,
  // local policy (api/beleid-velden.ts): computed only when selected
  signalen: (b) => signalenVan(b.feiten, b.taal),
  beleidspakketten: (b) => beleidspakkettenVan(b.feiten),
};
