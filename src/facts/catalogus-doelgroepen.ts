// Facts for the target groups (JiKP, VSV, RMC/Doorstroompunt) and for a beroep op vrijstelling.
// They classify records and compute dates; which classes and dates count is decided by the rules.
import { dagInJaar, jmd, plusMaanden, type Dag } from '../time/dag';
import { leeftijd, type Feb29Verjaardag } from '../time/leeftijd';
import { schooljaarVan } from '../time/schooljaar';
import { loopt, type Inschrijving, type Situatie, type Vrijstellingsberoep } from './situatie';
import type { Feiten } from './feiten';
import { DIPLOMASOORTEN, ONDERWIJSSOORTEN, VRIJSTELLINGSGRONDEN, type FeitDefinitie } from './typen';
import type { Verzuimanalyse } from './verzuim';

const p = <T>(f: Feiten, naam: string) => f.ctx.parameters.get(naam) as T;
const sit = (f: Feiten): Situatie => f.ctx.situatie;
const feb29 = (f: Feiten) => p<Feb29Verjaardag>(f, 'feb29Verjaardag');
const beroep = (f: Feiten): Vrijstellingsberoep | null => sit(f).beroep ?? null;

export const JIKP_HERKOMSTEN = ['VSO', 'VSO_DAGBESTEDING', 'PRO', 'VMBO_BB', 'LWT', 'ENTREE', 'OVERIG', 'GEEN'] as const;
export const JIKP_BESTEMMINGEN = ['ENTREE', 'BASISBEROEPSOPLEIDING', 'UITSTROOM', 'OVERIG', 'GEEN'] as const;

/** Where an inschrijving sits in the JiKP vocabulary (regeling vsv art 1.1: herkomst 1°-5°, bestemming). */
function categorie(i: Inschrijving): string {
  if (i.onderwijs === 'VSO') return i.uitstroomprofiel === 'DAGBESTEDING' ? 'VSO_DAGBESTEDING' : 'VSO';
  if (i.onderwijs === 'PRO') return 'PRO';
  if (i.onderwijs === 'VMBO' && i.leerweg === 'BB') return 'VMBO_BB';
  if (i.onderwijs === 'VMBO' && i.leerweg === 'LWT') return 'LWT';
  if (i.onderwijs === 'MBO' && i.niveau === 1) return 'ENTREE';
  if (i.onderwijs === 'MBO' && i.niveau === 2) return 'BASISBEROEPSOPLEIDING';
  return 'OVERIG';
}

/** The last transition up to the peildatum: the inschrijving left (herkomst) and what followed (bestemming). */
function overgang(f: Feiten): { herkomst: string; bestemming: string } {
  const peil = f.ctx.peildatum;
  const gestart = sit(f).inschrijvingen.filter((i) => i.vanaf <= peil).sort((a, b) => a.vanaf - b.vanaf);
  const huidig = gestart.filter((i) => loopt(i.vanaf, i.tot, peil)).pop();
  if (huidig !== undefined) {
    const vorige = gestart.filter((i) => i !== huidig && i.tot !== null && i.tot < huidig.vanaf).pop();
    return { herkomst: vorige ? herkomstVan(vorige) : 'GEEN', bestemming: categorie(huidig) };
  }
  const laatste = gestart.filter((i) => i.tot !== null).sort((a, b) => a.tot! - b.tot!).pop();
  return laatste ? { herkomst: herkomstVan(laatste), bestemming: 'UITSTROOM' } : { herkomst: 'GEEN', bestemming: 'GEEN' };
}
const herkomstVan = (i: Inschrijving) => { const c = categorie(i); return c === 'BASISBEROEPSOPLEIDING' ? 'OVERIG' : c; };

/** Consecutive lesweken, up to the peildatum, on every schooldag of which the jongere was absent without valid reason. */
function afwezigeLesweken(f: Feiten): number {
  const perDag = (f.get('verzuimAnalyse') as Verzuimanalyse).perDag;
  if (perDag.size === 0) return 0;
  const k = f.ctx.kalender;
  const weken = k.lesweekMaandagen(Math.min(...perDag.keys()), f.ctx.peildatum);
  let n = 0;
  let eerste: Dag | null = null;
  let laatste: Dag | null = null;
  for (let i = weken.length - 1; i >= 0; i--) {
    const dagen = [0, 1, 2, 3, 4].map((x) => weken[i] + x).filter((d) => d <= f.ctx.peildatum && k.isSchooldag(d));
    if (dagen.length === 0 || !dagen.every((d) => (perDag.get(d) ?? 0) > 0)) {
      if (i === weken.length - 1 && weken[i] + 4 > f.ctx.peildatum && n === 0) continue; // the current, unfinished week does not break a run
      break;
    }
    n++;
    laatste ??= weken[i];
    eerste = weken[i];
  }
  // reading [A] (WEB 8.1.8a / 9.2.2 say nothing): holiday weeks inside the run count as weeks too
  if (n > 0 && p<string>(f, 'doorstroompuntVakantieweken') === 'KALENDERWEKEN') return (laatste! - eerste!) / 7 + 1;
  return n;
}

export const DOELGROEP_FEITEN: FeitDefinitie[] = [
  { naam: 'jikpHerkomst', type: 'tekst', enum: JIKP_HERKOMSTEN, omschrijving: 'Herkomst bij de laatste overgang tot de peildatum (vso, pro, vmbo-bb, leerwerktraject, entree, overig).', bereken: (f) => overgang(f).herkomst },
  { naam: 'jikpBestemming', type: 'tekst', enum: JIKP_BESTEMMINGEN, omschrijving: 'Bestemming bij die overgang (entree, basisberoepsopleiding, uitstroom uit het onderwijs, overig).', bereken: (f) => overgang(f).bestemming },
  { naam: 'diplomasOpPeildatum', type: 'lijst', enum: DIPLOMASOORTEN, omschrijving: 'Diploma’s behaald op of voor de peildatum.', bereken: (f) => sit(f).diplomas.filter((d) => d.datum <= f.ctx.peildatum).map((d) => d.soort) },
  {
    naam: 'startkwalificatieOpPeildatum', type: 'boolean', omschrijving: 'Startkwalificatie behaald op of voor de peildatum.',
    bereken: (f) => { const d = f.get('startkwalificatieDatum') as Dag | null; return d !== null && d <= f.ctx.peildatum; },
  },
  { naam: 'arbeidsovereenkomst', type: 'boolean', omschrijving: 'Werkt op een arbeidsovereenkomst.', bereken: (f) => sit(f).arbeid?.arbeidsovereenkomst ?? false },
  { naam: 'afwezigeLesweken', type: 'getal', omschrijving: 'Aaneengesloten lesweken tot de peildatum zonder deelname en zonder geldige reden.', bereken: afwezigeLesweken },
];

// --- voortijdig schoolverlaten: one evaluation per schooljaar asked (onderwerp 'vsv') ---
const vsvJaar = (f: Feiten) => (f.onderwerp as { schooljaar: number }).schooljaar;
/** the vsv peildag (1 oktober, a parameter) of a year */
const peildag = (f: Feiten, jaar: number) => dagInJaar(jaar, p<string>(f, 'vsvPeildag'));
const bekostigdOp = (f: Feiten, d: Dag) => sit(f).inschrijvingen.filter((i) => i.bekostigd && loopt(i.vanaf, i.tot, d)).map((i) => i.onderwijs);

export const VSV_FEITEN: FeitDefinitie[] = [
  { naam: 'peildatumT', type: 'datum', omschrijving: '1 oktober van jaar T (begin van het schooljaar).', bereken: (f) => peildag(f, vsvJaar(f)) },
  { naam: 'peildatumT1', type: 'datum', omschrijving: '1 oktober van jaar T+1.', bereken: (f) => peildag(f, vsvJaar(f) + 1) },
  { naam: 'bekostigdOnderwijsOpT', type: 'lijst', enum: ONDERWIJSSOORTEN, omschrijving: 'Bekostigde inschrijvingen op 1 oktober T.', bereken: (f) => bekostigdOp(f, peildag(f, vsvJaar(f))) },
  { naam: 'bekostigdOnderwijsOpT1', type: 'lijst', enum: ONDERWIJSSOORTEN, omschrijving: 'Bekostigde inschrijvingen op 1 oktober T+1.', bereken: (f) => bekostigdOp(f, peildag(f, vsvJaar(f) + 1)) },
  {
    naam: 'vsvLeeftijd', type: 'getal', omschrijving: 'Leeftijd op de peildatum die vsvLeeftijdOp kiest (1 oktober T of T+1).',
    bereken: (f) => leeftijd(sit(f).geboortedatum, peildag(f, vsvJaar(f) + (p<string>(f, 'vsvLeeftijdOp') === 'EEN_OKTOBER_T1' ? 1 : 0)), feb29(f)),
  },
  {
    naam: 'startkwalificatieOpT1', type: 'boolean', omschrijving: 'Startkwalificatie behaald op of voor 1 oktober T+1.',
    bereken: (f) => { const d = f.get('startkwalificatieDatum') as Dag | null; return d !== null && d <= peildag(f, vsvJaar(f) + 1); },
  },
];

// --- a beroep op vrijstelling (art 5-9, 5a, 15) ---
const verklaring = (f: Feiten) => beroep(f)?.verklaring ?? null;
/** the last day of the yearly kennisgeving ("voor 1 juli", a parameter) in a year */
const laatsteKennisgevingsdag = (f: Feiten, jaar: number) => dagInJaar(jaar, p<string>(f, 'kennisgevingJaarlijksVoor')) - 1;

export const BEROEP_FEITEN: FeitDefinitie[] = [
  { naam: 'beroepGrond', type: 'tekst', nullable: true, enum: VRIJSTELLINGSGRONDEN, omschrijving: 'Grond van het beroep op vrijstelling.', bereken: (f) => beroep(f)?.grond ?? null },
  { naam: 'kennisgevingOp', type: 'datum', nullable: true, omschrijving: 'Dag van de kennisgeving (of aanvraag, art 15).', bereken: (f) => beroep(f)?.kennisgevingOp ?? null },
  { naam: 'beroepBetreftBegin', type: 'boolean', nullable: true, omschrijving: 'De kennisgeving gaat vooraf aan het begin van de leerplicht (art 6 lid 2 a).', bereken: (f) => { const b = beroep(f); return b ? b.kennisgevingOp < (f.get('leerplichtigVanaf') as Dag) && b.voorSchooljaar === null : null; } },
  { naam: 'uiterlijkeKennisgevingBegin', type: 'datum', nullable: true, omschrijving: 'kennisgevingMaandenVoorBegin kalendermaanden voor de eerste leerplichtdag (zelfde dagnummer; bestaat die niet, de laatste dag van de maand).', bereken: (f) => (beroep(f) ? plusMaanden(f.get('leerplichtigVanaf') as Dag, -p<number>(f, 'kennisgevingMaandenVoorBegin')) : null) },
  { naam: 'voorSchooljaarDeadline', type: 'datum', nullable: true, omschrijving: 'Voor 1 juli voorafgaand aan het schooljaar waarvoor de vrijstelling opnieuw wordt ingeroepen (30 juni).', bereken: (f) => { const b = beroep(f); return b && b.voorSchooljaar !== null ? laatsteKennisgevingsdag(f, b.voorSchooljaar) : null; } },
  {
    naam: 'volgendeVerlengingDeadline', type: 'datum', nullable: true, omschrijving: '30 juni voor het volgende schooljaar dat de vrijstelling nog niet dekt (art 6 lid 2 b).',
    bereken: (f) => { const b = beroep(f); if (!b) return null; const gedekt = b.voorSchooljaar ?? schooljaarVan(Math.max(b.kennisgevingOp, f.get('leerplichtigVanaf') as Dag)); return laatsteKennisgevingsdag(f, gedekt + 1); },
  },
  { naam: 'verklaringGegeven', type: 'boolean', nullable: true, omschrijving: 'Er is een verklaring bij de kennisgeving.', bereken: (f) => (beroep(f) ? verklaring(f) !== null : null) },
  { naam: 'verklaringDeskundige', type: 'tekst', nullable: true, enum: ['ARTS', 'PSYCHOLOOG', 'PEDAGOOG', 'SCHOOLHOOFD_BUITENLAND'], omschrijving: 'Wie de verklaring gaf.', bereken: (f) => verklaring(f)?.deskundige ?? null },
  { naam: 'verklaringAangewezenDoorBW', type: 'boolean', nullable: true, omschrijving: 'De deskundige is door B&W aangewezen.', bereken: (f) => verklaring(f)?.aangewezenDoorBW ?? null },
  { naam: 'verklaringBehandelend', type: 'boolean', nullable: true, omschrijving: 'De deskundige is de behandelend arts of behandelaar.', bereken: (f) => verklaring(f)?.behandelend ?? null },
  { naam: 'verklaringNooitGeschikt', type: 'boolean', nullable: true, omschrijving: 'De verklaring zegt dat de jongere nooit geschikt zal zijn (art 6 lid 3).', bereken: (f) => verklaring(f)?.nooitGeschikt ?? null },
  { naam: 'verklaringDatum', type: 'datum', nullable: true, omschrijving: 'Datum van de verklaring.', bereken: (f) => verklaring(f)?.datum ?? null },
  { naam: 'verklaringOudsteDatum', type: 'datum', nullable: true, omschrijving: 'De oudste toegestane datum: verklaringMaxMaanden kalendermaanden voor de kennisgeving [A].', bereken: (f) => { const b = beroep(f); return b ? plusMaanden(b.kennisgevingOp, -p<number>(f, 'verklaringMaxMaanden')) : null; } },
  { naam: 'richtingBezwaar', type: 'tekst', nullable: true, omschrijving: 'De richting waartegen overwegende bedenkingen bestaan.', bereken: (f) => beroep(f)?.richtingBezwaar ?? null },
  {
    naam: 'geplaatstInRichtingVoorafgaandJaar', type: 'boolean', nullable: true, omschrijving: 'Geplaatst op een school van die richting in het jaar voor de dagtekening van de kennisgeving [A: de 12 maanden ervoor].',
    bereken: (f) => {
      const b = beroep(f);
      if (!b || b.richtingBezwaar === null) return null;
      const van = plusMaanden(b.kennisgevingOp, -12 * p<number>(f, 'richtingPlaatsingJaren'));
      const norm = (x: string) => x.trim().toLowerCase();
      return b.plaatsingen.some((pl) => norm(pl.richting) === norm(b.richtingBezwaar!) && pl.vanaf <= b.kennisgevingOp - 1 && (pl.tot === null || pl.tot >= van));
    },
  },
  { naam: 'trekkendBeroep', type: 'tekst', nullable: true, omschrijving: 'Beroep van de ouders die een trekkend bestaan leiden (art 5a).', bereken: (f) => beroep(f)?.trekkend?.beroep.trim().toLowerCase() ?? null },
  { naam: 'trekkendReistMee', type: 'boolean', nullable: true, omschrijving: 'De jongere reist met de ouders mee.', bereken: (f) => beroep(f)?.trekkend?.reistMee ?? null },
  { naam: 'afstandRijdendeSchoolKm', type: 'getal', nullable: true, omschrijving: 'Afstand tot een bereikbare rijdende school (km).', bereken: (f) => beroep(f)?.trekkend?.afstandRijdendeSchoolKm ?? null },
  { naam: 'maandVanKennisgeving', type: 'getal', nullable: true, omschrijving: 'Maand (1-12) van de kennisgeving.', bereken: (f) => { const b = beroep(f); return b ? jmd(b.kennisgevingOp).maand : null; } },
  { naam: 'beroepVanaf', type: 'datum', nullable: true, omschrijving: 'Begin van de gevraagde vrijstelling.', bereken: (f) => beroep(f)?.vanaf ?? null },
  { naam: 'beroepTot', type: 'datum', nullable: true, omschrijving: 'Einde van de gevraagde vrijstelling.', bereken: (f) => beroep(f)?.tot ?? null },
  { naam: 'voldoendeOnderwijsAangetoond', type: 'boolean', nullable: true, omschrijving: 'Aangetoond dat de jongere op andere wijze voldoende onderwijs ontvangt (art 15).', bereken: (f) => beroep(f)?.voldoendeOnderwijsAangetoond ?? null },
];
