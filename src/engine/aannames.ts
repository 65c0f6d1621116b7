// What an answer assumed because the caller did not give it, and what may be wrong because of it:
// only for the selected parts of the answer that depend on it. Reads decided facts; decides nothing.
import type { Feiten } from '../facts/feiten';
import type { RegioDag } from '../facts/regio';
import { isSchooldagVoor, vakantieRegios, waaromGeenSchooldag, type GeenSchooldag } from '../facts/schooldag';
import { opgegeven, type Verzuimreden } from '../facts/situatie';
import type { Dag } from '../time/dag';
import { AANNAME_TEKST, genegeerdTekst, WAARSCHUWING_TEKST } from './aannames-teksten';
import type { Taal } from './uitleg';
import { geldtOp, pakkettenVan } from './beleid/toepassing';

export type AannameCode = keyof typeof AANNAME_TEKST;
export type WaarschuwingCode = keyof typeof WAARSCHUWING_TEKST;
export interface AannameUit { code: AannameCode; tekst: string; invoer: string; velden: string[] }
export interface WaarschuwingUit { code: WaarschuwingCode; tekst: string; velden: string[]; invoer: string[] }
export interface Eerlijkheid { aannames: AannameUit[]; waarschuwingen: WaarschuwingUit[] }

/** The leerplicht start per regio (the given one, or all three) and whether it depends on the regio. */
export function beginPerRegio(f: Feiten): { lijst: RegioDag[]; afhankelijk: boolean; onbekend: boolean } {
  const lijst = f.get('leerplichtBeginPerRegio') as RegioDag[];
  const onbekend = lijst.some((r) => r.datum === null);
  const afhankelijk = f.ctx.situatie.vakantieregio === null && (onbekend || lijst.some((r) => r.datum !== lijst[0].datum));
  return { lijst, afhankelijk, onbekend };
}

/** Aannames in the order of their codes (pushed in that order); waarschuwingen sorted by code. */
export function eerlijkheid(f: Feiten, geselecteerd: ReadonlySet<string>, taal: Taal): Eerlijkheid {
  const s = f.ctx.situatie;
  const sel = (n: string) => geselecteerd.has(n);
  const aannames: AannameUit[] = [];
  const waarschuwingen: WaarschuwingUit[] = [];
  const leerplichtDeel = sel('leerplicht') || sel('tijdlijn');
  const begin = [...(sel('leerplicht') ? ['leerplicht.leerplichtigVanaf'] : []), ...(sel('tijdlijn') ? ['tijdlijn.vanaf', 'tijdlijn.tot'] : [])];

  // vakantieregio
  const zonderRegio = s.vakantieregio === null;
  const regioVelden: string[] = [];
  if (leerplichtDeel || sel('aansprakelijkheid')) {
    const { lijst, afhankelijk, onbekend } = beginPerRegio(f);
    const vanaf = f.get('leerplichtigVanaf') as Dag;
    if (afhankelijk && !onbekend) {
      if (begin.length > 0) {
        regioVelden.push(...begin);
        waarschuwingen.push({ code: 'BEGIN_HANGT_AF_VAN_REGIO', tekst: WAARSCHUWING_TEKST.BEGIN_HANGT_AF_VAN_REGIO(taal, lijst, vanaf), velden: begin, invoer: ['situatie.vakantieregio'] });
      }
      const laatste = Math.max(...lijst.map((r) => r.datum!));
      const p = f.ctx.peildatum;
      if (vanaf <= p && p < laatste && (sel('leerplicht') || sel('aansprakelijkheid'))) {
        const velden = [...(sel('leerplicht') ? ['leerplicht.status', 'leerplicht.absoluutVerzuim', 'leerplicht.inschrijvingVoldoet'] : []), ...(sel('aansprakelijkheid') ? ['aansprakelijkheid.ouders'] : [])];
        regioVelden.push(...velden.filter((v) => !regioVelden.includes(v)));
        waarschuwingen.push({ code: 'STATUS_VERSCHILT_PER_REGIO', tekst: WAARSCHUWING_TEKST.STATUS_VERSCHILT_PER_REGIO(taal, p), velden, invoer: ['situatie.vakantieregio'] });
      }
    }
    if (onbekend && begin.length > 0) {
      if (zonderRegio) regioVelden.push(...begin);
      waarschuwingen.push({ code: 'KALENDER_ONBEKEND', tekst: WAARSCHUWING_TEKST.KALENDER_ONBEKEND(taal, vanaf), velden: begin, invoer: zonderRegio ? ['situatie.vakantieregio', 'situatie.vrijeDagen'] : ['situatie.vrijeDagen'] });
    }
  }
  const verzuim = s.verzuim ?? [];
  let verzuimWaarschuwing: WaarschuwingUit | null = null;
  if (zonderRegio && sel('verzuim') && verzuim.length > 0) {
    const velden = ['verzuim.meldplicht', 'verzuim.meldingen', 'verzuim.maxUrenVierLesweken'];
    regioVelden.push(...velden);
    // counted days (schooldagen without regio) that are a school holiday in one or two regio's
    const dagen = new Set<Dag>();
    for (const r of verzuim) if (r.datum <= f.ctx.peildatum && isSchooldagVoor(f.ctx.kalender, r.datum) === true && vakantieRegios(s, r.datum).length > 0) dagen.add(r.datum);
    verzuimWaarschuwing = { code: 'VERZUIM_ZONDER_SCHOOLVAKANTIES', tekst: WAARSCHUWING_TEKST.VERZUIM_ZONDER_SCHOOLVAKANTIES(taal, dagen.size), velden, invoer: ['situatie.vakantieregio'] };
  }
  if (zonderRegio && regioVelden.length > 0) aannames.push({ code: 'GEEN_VAKANTIEREGIO', tekst: AANNAME_TEKST.GEEN_VAKANTIEREGIO(taal), invoer: 'situatie.vakantieregio', velden: regioVelden });

  // schooljaren
  if (leerplichtDeel && !opgegeven(s, 'schooljaren') && f.get('eindgrond') === 'ZESTIEN_JAAR') {
    const velden = [...(sel('leerplicht') ? ['leerplicht.leerplichtigTot', 'leerplicht.eindgrond', 'leerplicht.kwalificatieplichtigVanaf'] : []), ...(sel('tijdlijn') ? ['tijdlijn.vanaf', 'tijdlijn.tot'] : [])];
    aannames.push({ code: 'GEEN_SCHOOLGESCHIEDENIS', tekst: AANNAME_TEKST.GEEN_SCHOOLGESCHIEDENIS(taal), invoer: 'situatie.schooljaren', velden });
    waarschuwingen.push({ code: 'EINDE_NAAR_LEEFTIJD_AANGENOMEN', tekst: WAARSCHUWING_TEKST.EINDE_NAAR_LEEFTIJD_AANGENOMEN(taal, f.get('leerplichtigTot') as Dag), velden, invoer: ['situatie.schooljaren'] });
  }

  // inschrijvingen
  if (!opgegeven(s, 'inschrijvingen')) {
    const velden: string[] = [];
    if (sel('leerplicht') && f.get('absoluutVerzuim') === null) {
      const v = ['leerplicht.absoluutVerzuim', 'leerplicht.inschrijvingVoldoet'];
      velden.push(...v);
      waarschuwingen.push({ code: 'ABSOLUUT_VERZUIM_ONBEKEND', tekst: WAARSCHUWING_TEKST.ABSOLUUT_VERZUIM_ONBEKEND(taal), velden: v, invoer: ['situatie.inschrijvingen'] });
    }
    const doelgroep = ['kwetsbarePositie', 'doorstroompunt', 'voortijdigSchoolverlater'].filter(sel).map((n) => `${n}.vanToepassing`);
    if (doelgroep.length > 0) {
      velden.push(...doelgroep);
      waarschuwingen.push({ code: 'NIET_INGESCHREVEN_AANGENOMEN', tekst: WAARSCHUWING_TEKST.NIET_INGESCHREVEN_AANGENOMEN(taal), velden: doelgroep, invoer: ['situatie.inschrijvingen'] });
    }
    if (velden.length > 0) aannames.push({ code: 'GEEN_INSCHRIJVINGEN', tekst: AANNAME_TEKST.GEEN_INSCHRIJVINGEN(taal), invoer: 'situatie.inschrijvingen', velden });
  }

  // diplomas
  if (!opgegeven(s, 'diplomas')) {
    const velden: string[] = [];
    if (sel('startkwalificatie')) velden.push('startkwalificatie.behaald', 'startkwalificatie.datum', 'startkwalificatie.diploma');
    if (f.get('regime') === 'KWALIFICATIEPLICHT') {
      if (sel('leerplicht')) velden.push('leerplicht.kwalificatieplichtigTot', ...(f.get('status') === 'KWALIFICATIEPLICHTIG' ? ['leerplicht.status'] : []));
      if (sel('tijdlijn')) velden.push('tijdlijn.tot');
    }
    if (sel('doorstroompunt')) velden.push('doorstroompunt.vanToepassing');
    if (velden.length > 0) {
      aannames.push({ code: 'GEEN_DIPLOMAS', tekst: AANNAME_TEKST.GEEN_DIPLOMAS(taal), invoer: 'situatie.diplomas', velden });
      waarschuwingen.push({ code: 'GEEN_STARTKWALIFICATIE_AANGENOMEN', tekst: WAARSCHUWING_TEKST.GEEN_STARTKWALIFICATIE_AANGENOMEN(taal), velden, invoer: ['situatie.diplomas'] });
    }
  }
  // gemeente: without it no policy pack applies (engine/beleid), said only where packs are in force
  const beleid = ['signalen', 'beleidspakketten'].filter(sel);
  if (!s.gemeente && beleid.length > 0 && pakkettenVan(f).some((p) => geldtOp(p, f.ctx.wetsdatum))) {
    aannames.push({ code: 'GEEN_GEMEENTE', tekst: AANNAME_TEKST.GEEN_GEMEENTE(taal), invoer: 'situatie.gemeente', velden: beleid });
  }
  // JiKP (law.md §15): no regeling defines it before 2016-09-18 or from 2026-01-01, so no rule is in force
  if (sel('kwetsbarePositie') && f.ctx.regels.voor('situatie', 'jikp').length === 0) {
    waarschuwingen.push({ code: 'JIKP_NIET_GEDEFINIEERD', tekst: WAARSCHUWING_TEKST.JIKP_NIET_GEDEFINIEERD(taal, f.ctx.wetsdatum), velden: ['kwetsbarePositie.vanToepassing'], invoer: ['wetsdatum'] });
  }
  if (verzuimWaarschuwing !== null) waarschuwingen.push(verzuimWaarschuwing);
  return { aannames, waarschuwingen: sorteer(waarschuwingen) };
}

const WAARSCHUWING_VOLGORDE = Object.keys(WAARSCHUWING_TEKST) as WaarschuwingCode[];
/** Deterministic: in the order of the codes (each code occurs at most once). */
const sorteer = (l: WaarschuwingUit[]) => l.sort((a, b) => WAARSCHUWING_VOLGORDE.indexOf(a.code) - WAARSCHUWING_VOLGORDE.indexOf(b.code));

export interface GenegeerdUit { datum: Dag; uren: number; reden: Verzuimreden; geenSchooldag: GeenSchooldag['reden']; toelichting: string }

/**
 * Verzuim records the rules set aside because their day has no lessons (GEEN_SCHOOLDAG), in date
 * order; records of the same day and reden are summed.
 */
export function genegeerdVerzuim(f: Feiten, taal: Taal): GenegeerdUit[] {
  const lijst = f.ctx.situatie.verzuim ?? [];
  if (lijst.length === 0) return [];
  const beoordelingen = f.get('verzuimBeoordelingen') as Feiten[];
  const perSleutel = new Map<string, { datum: Dag; uren: number; reden: Verzuimreden }>();
  for (let i = 0; i < lijst.length; i++) {
    if (beoordelingen[i].beslis('verzuimOordeel').params.verzuimBeoordeling !== 'GEEN_SCHOOLDAG') continue;
    const r = lijst[i];
    const k = `${r.datum}|${r.reden}`;
    const x = perSleutel.get(k);
    if (x) x.uren = Math.round((x.uren + r.uren) * 1e9) / 1e9;
    else perSleutel.set(k, { datum: r.datum, uren: r.uren, reden: r.reden });
  }
  return [...perSleutel.values()]
    .sort((a, b) => a.datum - b.datum || (a.reden < b.reden ? -1 : a.reden > b.reden ? 1 : 0))
    .map((x) => { const g = waaromGeenSchooldag(f.ctx.situatie, x.datum); return { ...x, geenSchooldag: g.reden, toelichting: genegeerdTekst(taal, x.datum, g) }; });
}
