// SituatieInput → Situatie: parse dates into day numbers and reject impossible input with the
// path of the offending field. Nothing here decides anything legal.
import type { Situatie } from '../facts/situatie';
import { parseDatum, type Dag } from '../time/dag';
import { parseSchooljaar } from '../time/schooljaar';
import { invoerFout } from './fouten';
import type { SituatieInput, VerlofaanvraagInput, VrijstellingsberoepInput } from './invoer';
import type { Verlofaanvraag, Vrijstellingsberoep } from '../facts/situatie';

export function datum(veld: string, w: string): Dag {
  const d = parseDatum(w);
  if (d === null) throw invoerFout(veld, `${w} is not a date`);
  return d;
}

function periode(veld: string, vanaf: string, tot: string | null | undefined): { vanaf: Dag; tot: Dag | null } {
  const v = datum(`${veld}.vanaf`, vanaf);
  const t = tot == null ? null : datum(`${veld}.tot`, tot);
  if (t !== null && t < v) throw invoerFout(`${veld}.tot`, `${tot} lies before vanaf ${vanaf}`);
  return { vanaf: v, tot: t };
}

function getal(veld: string, w: number | null | undefined, min: number, max: number): number | null {
  if (w == null) return null;
  if (!Number.isFinite(w) || w < min || w > max) throw invoerFout(veld, `${w} is outside ${min}–${max}`);
  return w;
}

export function situatie(s: SituatieInput, veld = 'situatie'): Situatie {
  const geboortedatum = datum(`${veld}.geboortedatum`, s.geboortedatum);
  // the calendar model covers 1900-2099; a leerplicht must start and end inside it
  if (s.geboortedatum < '1900-01-01' || s.geboortedatum > '2080-12-31') throw invoerFout(`${veld}.geboortedatum`, `${s.geboortedatum} lies outside 1900-01-01 – 2080-12-31, the years this API answers for`);
  const naGeboorte = (pad: string, d: Dag, tekst: string) => {
    if (d < geboortedatum) throw invoerFout(pad, `${tekst} lies before geboortedatum ${s.geboortedatum}`);
    return d;
  };
  const schooljaren = (s.schooljaren ?? []).map((j, i) => {
    const pad = `${veld}.schooljaren[${i}].schooljaar`;
    const jaar = parseSchooljaar(j.schooljaar);
    if (jaar === null) throw invoerFout(pad, `${JSON.stringify(j.schooljaar)} is not a schooljaar (YYYY/YYYY+1, e.g. "2019/2020")`);
    return { schooljaar: jaar, volledig: j.volledig, onderwijs: j.onderwijs, teltMee: j.teltMee ?? null };
  });
  const inschrijvingen = (s.inschrijvingen ?? []).map((x, i) => {
    const pad = `${veld}.inschrijvingen[${i}]`;
    const p = periode(pad, x.vanaf, x.tot);
    naGeboorte(`${pad}.vanaf`, p.vanaf, x.vanaf);
    return {
      onderwijs: x.onderwijs, ...p, niveau: getal(`${pad}.niveau`, x.niveau, 1, 4), leerweg: x.leerweg ?? null,
      uitstroomprofiel: x.uitstroomprofiel ?? null, bekostigd: x.bekostigd ?? true,
      lesdagenPerWeek: getal(`${pad}.lesdagenPerWeek`, x.lesdagenPerWeek, 0, 7), lesurenPerWeek: getal(`${pad}.lesurenPerWeek`, x.lesurenPerWeek, 0, 168),
    };
  });
  const diplomas = (s.diplomas ?? []).map((x, i) => ({
    soort: x.soort,
    datum: naGeboorte(`${veld}.diplomas[${i}].datum`, datum(`${veld}.diplomas[${i}].datum`, x.datum), x.datum),
    gelijkwaardigAan: x.gelijkwaardigAan ?? null,
  }));
  const vrijstellingen = (s.vrijstellingen ?? []).map((x, i) => ({ grond: x.grond, ...periode(`${veld}.vrijstellingen[${i}]`, x.vanaf, x.tot) }));
  const vrijeDagen = (s.vrijeDagen ?? []).map((x, i) => datum(`${veld}.vrijeDagen[${i}]`, x));
  const perDag = new Map<Dag, number>();
  const verzuim = (s.verzuim ?? []).map((x, i) => {
    const pad = `${veld}.verzuim[${i}]`;
    const d = naGeboorte(`${pad}.datum`, datum(`${pad}.datum`, x.datum), x.datum);
    const uren = getal(`${pad}.uren`, x.uren, 0, 24)!;
    const totaal = (perDag.get(d) ?? 0) + uren;
    if (totaal > 24) throw invoerFout(`${pad}.uren`, `the records of ${x.datum} add up to ${totaal} hours, more than 24 on one day`);
    perDag.set(d, totaal);
    return { datum: d, uren, reden: x.reden };
  });
  const verlof = (s.verlof ?? []).map((x, i) => {
    const pad = `${veld}.verlof[${i}]`;
    const p = periode(pad, x.vanaf, x.tot);
    return { soort: x.soort, vanaf: p.vanaf, tot: p.tot!, dagen: getal(`${pad}.dagen`, x.dagen, 0, 366), uren: getal(`${pad}.uren`, x.uren, 0, 168) };
  });
  const arbeid = s.arbeid ? { arbeidsovereenkomst: s.arbeid.arbeidsovereenkomst, urenPerWeek: getal(`${veld}.arbeid.urenPerWeek`, s.arbeid.urenPerWeek, 0, 168) } : null;
  return {
    geboortedatum, vakantieregio: s.vakantieregio ?? null, vrijeDagen, schooljaren, inschrijvingen, diplomas, vrijstellingen, verzuim, verlof, arbeid,
    meerderjarigVerklaard: s.meerderjarigVerklaard ?? false, oudersNietVerwijtbaar: s.oudersNietVerwijtbaar ?? false, eerderHaltVoorSchoolverzuim: s.eerderHaltVoorSchoolverzuim ?? false,
  };
}

export function verlofaanvraag(a: VerlofaanvraagInput, veld = 'aanvraag'): Verlofaanvraag {
  const p = periode(veld, a.vanaf, a.tot);
  return {
    soort: a.soort, vanaf: p.vanaf, tot: p.tot!, dagen: getal(`${veld}.dagen`, a.dagen, 0, 366), uren: getal(`${veld}.uren`, a.uren, 0, 168),
    aangevraagdOp: datum(`${veld}.aangevraagdOp`, a.aangevraagdOp), vooraf: a.vooraf ?? true, beroepOuderVerhindertVakantie: a.beroepOuderVerhindertVakantie ?? null,
  };
}

export function vrijstellingsberoep(b: VrijstellingsberoepInput, veld = 'beroep'): Vrijstellingsberoep {
  const voorSchooljaar = b.voorSchooljaar == null ? null : parseSchooljaar(b.voorSchooljaar);
  if (b.voorSchooljaar != null && voorSchooljaar === null) throw invoerFout(`${veld}.voorSchooljaar`, `${JSON.stringify(b.voorSchooljaar)} is not a schooljaar (YYYY/YYYY+1)`);
  const vanaf = b.vanaf == null ? null : datum(`${veld}.vanaf`, b.vanaf);
  const tot = b.tot == null ? null : datum(`${veld}.tot`, b.tot);
  if (vanaf !== null && tot !== null && tot < vanaf) throw invoerFout(`${veld}.tot`, `${b.tot} lies before vanaf ${b.vanaf}`);
  const v = b.verklaring;
  return {
    grond: b.grond, kennisgevingOp: datum(`${veld}.kennisgevingOp`, b.kennisgevingOp),
    verklaring: v ? { datum: datum(`${veld}.verklaring.datum`, v.datum), deskundige: v.deskundige, aangewezenDoorBW: v.aangewezenDoorBW, behandelend: v.behandelend ?? false, nooitGeschikt: v.nooitGeschikt ?? false } : null,
    richtingBezwaar: b.richtingBezwaar ?? null,
    plaatsingen: (b.plaatsingen ?? []).map((p, i) => ({ richting: p.richting, ...periode(`${veld}.plaatsingen[${i}]`, p.vanaf, p.tot) })),
    voorSchooljaar, vanaf, tot, voldoendeOnderwijsAangetoond: b.voldoendeOnderwijsAangetoond ?? null,
    trekkend: b.trekkend ? { beroep: b.trekkend.beroep, reistMee: b.trekkend.reistMee, afstandRijdendeSchoolKm: getal(`${veld}.trekkend.afstandRijdendeSchoolKm`, b.trekkend.afstandRijdendeSchoolKm, 0, 100000) } : null,
  };
}
