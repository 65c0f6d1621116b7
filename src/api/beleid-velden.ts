// The policy parts of a Beoordeling as output objects: its signalen (all, or those about verzuim)
// and the packs applied. Computed only when selected; engine → output, no policy here.
import { signaalUitleg, signalen, toegepastePakketten, type SignaalUitkomst } from '../engine/beleid/toepassing';
import type { Beleidspakket as Pakket } from '../engine/beleid/pakket';
import type { Feiten } from '../facts/feiten';
import { formatDatum } from '../time/dag';
import type { Taal } from '../engine/uitleg';
import type { Beleidspakket, Beleidssignaal, Signaalernst, ToegepastBeleidspakket } from './beleid-typen';
import { metKalender } from './met-kalender';
import { iso } from './met-uitleg';


function toegepast(p: Pakket, gemeente: string): ToegepastBeleidspakket {
  return { naam: p.naam, versie: p.versie, hash: p.hash, gemeente };
}

function signaalUitvoer(s: SignaalUitkomst, gemeente: string, taal: Taal): Beleidssignaal {
  const { pakket: p, regel: r } = s;
  const tot = p.tot === null ? r.tot : r.tot === null ? p.tot : Math.min(p.tot, r.tot);
  return {
    code: s.code, ernst: s.ernst as Signaalernst, omschrijving: taal === 'EN' ? s.omschrijving.en : s.omschrijving.nl,
    uitleg: signaalUitleg(s, taal), regel: r.id,
    bron: { document: p.document.titel, url: p.document.url, referentie: p.document.referentie, eigenaar: p.eigenaar, onderdeel: r.onderdeel },
    geldig: { vanaf: formatDatum(Math.max(p.vanaf, r.vanaf)), tot: iso(tot) },
    pakket: toegepast(p, gemeente),
  };
}

/** Every signaal of the packs that apply; `alleenVerzuim`: only those of rules that read verzuim facts. */
export function signalenVan(f: Feiten, taal: Taal, alleenVerzuim = false): Beleidssignaal[] {
  const gemeente = f.ctx.situatie.gemeente;
  if (!gemeente) return [];
  return metKalender(() => signalen(f).filter((s) => !alleenVerzuim || s.regel.overVerzuim).map((s) => signaalUitvoer(s, gemeente, taal)));
}

export function beleidspakkettenVan(f: Feiten): ToegepastBeleidspakket[] {
  const gemeente = f.ctx.situatie.gemeente;
  return gemeente ? toegepastePakketten(f).map((p) => toegepast(p, gemeente)) : [];
}

export function pakketUitvoer(p: Pakket): Beleidspakket {
  return {
    naam: p.naam, versie: p.versie, hash: p.hash, omschrijving: p.omschrijving, eigenaar: p.eigenaar, document: { ...p.document },
    geldig: { vanaf: formatDatum(p.vanaf), tot: iso(p.tot) }, gemeenten: [...p.gemeenten], regels: p.regels.map((r) => r.id),
  };
}
