// Facts of the vervangende leerplicht (arts 3a, 3b), the partiële leerplicht of before 2007-08-01
// (old arts 4a-4c) and the consultation of WEB 9.2.5 lid 5: dates and plain data only; whether a
// programme counts, which term applies and whether consultation is needed is decided by rules.
import { jmd, dag, dagenInMaand, type Dag } from '../time/dag';
import { beginSchooljaar, eindeSchooljaar, schooljaarVan } from '../time/schooljaar';
import { leeftijd, type Feb29Verjaardag } from '../time/leeftijd';
import type { Feiten } from './feiten';
import { loopt, type Diploma, type VervangendeLeerplicht } from './situatie';
import { LEERWEGEN, type Diplomasoort, type FeitDefinitie } from './typen';

export const VERVANGENDE_LEERPLICHT_ARTIKELEN = ['ART_3A', 'ART_3B'] as const;

const p = <T>(f: Feiten, naam: string) => f.ctx.parameters.get(naam) as T;
const programma = (f: Feiten) => f.get('vervangendeLeerplichtProgramma') as VervangendeLeerplicht | null;
const plusWeken = (d: Dag | null, weken: number | null) => (d === null || weken == null ? null : d + 7 * weken);

/** The day a calendar year after d (29 February: 28 February), the day "een jaar" after a diploma ends. */
function plusJaren(d: Dag, n: number): Dag {
  const { jaar, maand, dag: dg } = jmd(d);
  return dag(jaar + n, maand, Math.min(dg, dagenInMaand(jaar + n, maand)));
}

/** The latest diploma of that kind awarded on or before the peildatum. */
function laatsteDiploma(f: Feiten, soort: Diplomasoort): Dag | null {
  let best: Dag | null = null;
  for (const d of f.ctx.situatie.diplomas as Diploma[]) if (d.soort === soort && d.datum <= f.ctx.peildatum && (best === null || d.datum > best)) best = d.datum;
  return best;
}

export const VERVANGEND_FEITEN: FeitDefinitie[] = [
  {
    naam: 'vervangendeLeerplichtProgramma', type: 'intern',
    omschrijving: 'Het programma van art 3a/3b waar de vraag over gaat: het programma dat op de peildatum loopt, anders het laatst beginnende.',
    bereken: (f) => {
      const lijst = f.ctx.situatie.vervangendeLeerplicht ?? [];
      const lopend = lijst.find((v) => loopt(v.vanaf, v.tot, f.ctx.peildatum));
      if (lopend !== undefined) return lopend;
      let laatste: VervangendeLeerplicht | null = null;
      for (const v of lijst) if (laatste === null || v.vanaf > laatste.vanaf) laatste = v;
      return laatste;
    },
  },
  { naam: 'vervangendeLeerplichtArtikel', type: 'tekst', nullable: true, enum: VERVANGENDE_LEERPLICHT_ARTIKELEN, omschrijving: 'Het artikel (3a of 3b) van het programma; null zonder programma.', bereken: (f) => programma(f)?.artikel ?? null },
  { naam: 'vervangendeLeerplichtVanaf', type: 'datum', nullable: true, omschrijving: 'Eerste dag van het toegestane programma.', bereken: (f) => programma(f)?.vanaf ?? null },
  { naam: 'vervangendeLeerplichtTot', type: 'datum', nullable: true, omschrijving: 'Laatste dag (inclusief) van de periode waarvoor toestemming is verleend.', bereken: (f) => programma(f)?.tot ?? null },
  { naam: 'vervangendeLeerplichtAangevraagdOp', type: 'datum', nullable: true, omschrijving: 'Dag waarop burgemeester en wethouders de aanvraag (tot 2017: het verzoek) ontvingen; null als niet opgegeven.', bereken: (f) => programma(f)?.aangevraagdOp ?? null },
  { naam: 'vervangendeLeerplichtBesluitOp', type: 'datum', nullable: true, omschrijving: 'Dag van het besluit van burgemeester en wethouders; null als niet opgegeven.', bereken: (f) => programma(f)?.besluitOp ?? null },
  {
    naam: 'vervangendeLeerplichtLoopt', type: 'boolean',
    omschrijving: 'Op de peildatum loopt de periode van het programma en is het besluit (als de datum is opgegeven) al genomen.',
    bereken: (f) => { const v = programma(f); return v !== null && loopt(v.vanaf, v.tot, f.ctx.peildatum) && (v.besluitOp === null || v.besluitOp <= f.ctx.peildatum); },
  },
  {
    naam: 'leeftijdBijBeginVervangendeLeerplicht', type: 'getal', nullable: true, omschrijving: 'Leeftijd in hele jaren op de eerste dag van het programma.',
    bereken: (f) => { const v = programma(f); return v === null ? null : leeftijd(f.ctx.situatie.geboortedatum, v.vanaf, p<Feb29Verjaardag>(f, 'feb29Verjaardag')); },
  },
  {
    naam: 'laatsteLeerplichtigSchooljaarVanaf', type: 'datum', omschrijving: '1 augustus van het laatste schooljaar van de leerplicht (art 3 lid 1 onder a of b), het schooljaar dat art 3b vervangt.',
    bereken: (f) => beginSchooljaar(schooljaarVan(f.datum('leerplichtigTot')!)),
  },
  {
    naam: 'besluittermijnEinde', type: 'datum', nullable: true, omschrijving: 'Laatste dag van de besluittermijn: de ontvangst van de aanvraag plus vervangendeLeerplichtBesluitWeken weken; null zonder aanvraagdatum.',
    bereken: (f) => plusWeken(f.datum('vervangendeLeerplichtAangevraagdOp'), p<number | null>(f, 'vervangendeLeerplichtBesluitWeken')),
  },
  {
    naam: 'afschrifttermijnEinde', type: 'datum', nullable: true,
    omschrijving: 'Laatste dag om het afschrift van het besluit te zenden: de besluitdatum (of, zonder, het einde van de besluittermijn) plus vervangendeLeerplichtAfschriftWeken weken; null als die termijn niet geldt of de data ontbreken.',
    bereken: (f) => plusWeken(f.datum('vervangendeLeerplichtBesluitOp') ?? f.datum('besluittermijnEinde'), p<number | null>(f, 'vervangendeLeerplichtAfschriftWeken')),
  },
  {
    naam: 'verlengingstermijnEinde', type: 'datum', nullable: true, omschrijving: 'Laatste dag om verlenging aan te vragen: vervangendeLeerplichtVerlengingWeken weken vóór het verstrijken van de periode (einde van de laatste dag); null zonder programma.',
    bereken: (f) => { const tot = f.datum('vervangendeLeerplichtTot'); const w = p<number>(f, 'vervangendeLeerplichtVerlengingWeken'); return tot === null ? null : tot - 7 * w; },
  },
];

export const PARTIEEL_FEITEN: FeitDefinitie[] = [
  {
    naam: 'eindeSchooljaarNaLeerplicht', type: 'datum', omschrijving: '31 juli van het schooljaar dat begint op de dag na het einde van de leerplicht.',
    bereken: (f) => eindeSchooljaar(schooljaarVan(f.datum('dagNaLeerplicht')!)),
  },
  {
    naam: 'leerwegenOpPeildatum', type: 'lijst', enum: LEERWEGEN, omschrijving: 'Leerwegen van de inschrijvingen die op de peildatum lopen.',
    bereken: (f) => f.ctx.situatie.inschrijvingen.filter((i) => i.leerweg !== null && loopt(i.vanaf, i.tot, f.ctx.peildatum)).map((i) => i.leerweg as string),
  },
];

export const OVERLEG_FEITEN: FeitDefinitie[] = [
  ...(['MBO_ENTREE', 'VSO', 'PRO'] as const).map((soort): FeitDefinitie => ({
    naam: `laatsteDiploma${soort === 'MBO_ENTREE' ? 'Entree' : soort === 'VSO' ? 'Vso' : 'Pro'}`, type: 'datum', nullable: true,
    omschrijving: `Datum van het laatste ${soort}-diploma (of verklaring) op of vóór de peildatum; null als er geen is.`,
    bereken: (f) => laatsteDiploma(f, soort),
  })),
  ...(['Entree', 'Vso', 'Pro'] as const).map((naam): FeitDefinitie => ({
    naam: `overleg${naam}Tot`, type: 'datum', nullable: true,
    omschrijving: `De laatste dag waarop het laatste ${naam}-diploma korter dan overleg${naam}Jaren jaar geleden is gehaald; null zonder zo'n diploma.`,
    bereken: (f) => { const d = f.datum(`laatsteDiploma${naam}`); const n = p<number | undefined>(f, `overleg${naam}Jaren`); return d === null || n == null ? null : plusJaren(d, n) - 1; },
  })),
];
