// The computed parts of a Beoordeling as plain output objects, shared by the GraphQL field
// resolvers and the streaming bulk path, so both answer the same. No law here: engine → output.
import { leerplicht, leerplichtUitleg } from '../engine/leerplicht';
import { startkwalificatie } from '../engine/startkwalificatie';
import { tijdlijn } from '../engine/tijdlijn';
import { verzuim } from '../engine/verzuim';
import { formatDatum, type Dag } from '../time/dag';
import type { Diplomasoort, Eindgrond, Kwalificatieplichtuitzondering, LeerplichtStatus, Meldingsoort } from './enums';
import type { Beoordeling, Leerplicht, Startkwalificatie, Tijdvak, Verzuim } from './uitvoer';

const iso = (d: Dag | null) => (d === null ? null : formatDatum(d));

export function leerplichtVan(b: Beoordeling): Leerplicht {
  const l = leerplicht(b.feiten);
  return {
    status: l.status as LeerplichtStatus,
    leerplichtigVanaf: formatDatum(l.leerplichtigVanaf),
    leerplichtigTot: formatDatum(l.leerplichtigTot),
    eindgrond: l.eindgrond as Eindgrond,
    kwalificatieplichtigVanaf: iso(l.kwalificatieplichtigVanaf),
    kwalificatieplichtigTot: iso(l.kwalificatieplichtigTot),
    uitzondering: l.uitzondering as Kwalificatieplichtuitzondering | null,
    inschrijfplichtVrijgesteld: l.inschrijfplichtVrijgesteld,
    absoluutVerzuim: l.absoluutVerzuim,
    inschrijvingVoldoet: l.inschrijvingVoldoet,
    uitleg: leerplichtUitleg(b.feiten, b.taal),
  };
}

export function verzuimVan(b: Beoordeling): Verzuim {
  const v = verzuim(b.feiten, b.taal);
  return {
    meldplicht: v.meldplicht, maxUrenVierLesweken: v.maxUrenVierLesweken, uitleg: v.uitleg,
    meldingen: v.meldingen.map((m) => ({ soort: m.soort as Meldingsoort, verplicht: m.verplicht, begindatum: formatDatum(m.begindatum), einddatum: formatDatum(m.einddatum), uren: m.uren, uitleg: m.uitleg })),
  };
}

export function startkwalificatieVan(b: Beoordeling): Startkwalificatie {
  const s = startkwalificatie(b.feiten, b.taal);
  return { behaald: s.behaald, datum: iso(s.datum), diploma: s.diploma as Diplomasoort | null, uitleg: s.uitleg };
}

export function tijdlijnVan(b: Beoordeling): Tijdvak[] {
  return tijdlijn(b.feiten, b.taal).map((t) => ({ status: t.status as LeerplichtStatus, vanaf: formatDatum(t.vanaf), tot: iso(t.tot), grond: t.grond }));
}
