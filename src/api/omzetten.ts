// SituatieInput → Situatie: parse dates into day numbers and reject impossible input with the
// path of the offending field. Nothing here decides anything legal.
import type { Situatie } from '../facts/situatie';
import { parseDatum, type Dag } from '../time/dag';
import { parseSchooljaar } from '../time/schooljaar';
import { invoerFout } from './fouten';
import type { SituatieInput } from './invoer';

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
  // validated now so that bad records are rejected even before their issue lands
  (s.verzuim ?? []).forEach((x, i) => {
    naGeboorte(`${veld}.verzuim[${i}].datum`, datum(`${veld}.verzuim[${i}].datum`, x.datum), x.datum);
    getal(`${veld}.verzuim[${i}].uren`, x.uren, 0, 24);
  });
  (s.verlof ?? []).forEach((x, i) => periode(`${veld}.verlof[${i}]`, x.vanaf, x.tot));
  return { geboortedatum, vakantieregio: s.vakantieregio ?? null, vrijeDagen, schooljaren, inschrijvingen, diplomas, vrijstellingen };
}
