// Beoordeling.spoor as output: for each rule that decided something in the selected fields, what it
// read. The trace is taken on a fresh evaluation of the same question that computes exactly the
// selected fields and their uitleg, so it does not depend on what else the query selected or in
// which order graphql-js resolved it: the same question gives the same spoor every time.
// (Only type imports of the GraphQL classes: the bulk path loads this without type-graphql's metadata.)
import { signalen } from '../engine/beleid/toepassing';
import { spoor, type GelezenWaarde as GelezenWaardeKern, type Spoorstap as SpoorstapKern } from '../engine/spoor';
import { bronUitvoer } from '../engine/uitleg';
import { Feiten } from '../facts/feiten';
import { datumTekst } from './datum-tekst';
import type { Meldingsoort, Onderwerp } from './enums';
import type { GelezenWaarde, Spoorstap } from './spoor';
import type { Beoordeling } from './uitvoer';

const waarden = (l: GelezenWaardeKern[]): GelezenWaarde[] => l.map((g) => ({ naam: g.naam, params: g.params, waarde: g.waarde }));

function stapUitvoer(s: SpoorstapKern, wetsdatum: number): Spoorstap {
  const v = s.venster;
  return {
    regel: s.regel.id, uitkomst: s.type, onderwerp: s.onderwerp as Onderwerp,
    bron: s.regel.bron?.wet ? bronUitvoer(s.regel.bron, wetsdatum) : null,
    feiten: waarden(s.feiten), parameters: waarden(s.parameters), aantal: s.aantal, pakket: null,
    venster: v === null ? null : {
      soort: v.soort as Meldingsoort, van: datumTekst(v.van), tot: datumTekst(v.tot), uren: v.uren,
      lesweken: v.lesweken.map((w) => ({ maandag: datumTekst(w.maandag), uren: w.uren })), parameters: waarden(v.parameters),
    },
  };
}

/**
 * The spoor of b: `bereken` computes the selected fields with their uitleg (uitlegVanBeoordeling);
 * the signalen of the policy packs applied come last: all of them with `signalen` selected, those
 * about verzuim with `verzuim` (its signalen).
 */
export function spoorVan(b: Beoordeling, bereken: (b: Beoordeling) => unknown): Spoorstap[] {
  const vers = new Feiten(b.feiten.catalogus, b.feiten.ctx);
  bereken(Object.assign(Object.create(Object.getPrototypeOf(b) as object) as Beoordeling, b, { feiten: vers }));
  const alle = b.geselecteerd.has('signalen');
  const beleid = alle || b.geselecteerd.has('verzuim') ? signalen(vers).filter((s) => alle || s.regel.overVerzuim) : [];
  const pakketVan = new Map(beleid.map((s) => [s.regel.id, s.pakket]));
  const gemeente = vers.ctx.situatie.gemeente ?? '';
  return spoor(vers, beleid.map((s) => s.beslissing)).map((s) => {
    const uit = stapUitvoer(s, vers.ctx.wetsdatum);
    const p = pakketVan.get(s.regel.id);
    if (p) uit.pakket = { naam: p.naam, versie: p.versie, hash: p.hash, gemeente };
    return uit;
  });
}
