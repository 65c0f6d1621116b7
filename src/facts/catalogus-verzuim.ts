// Facts about verzuim, meldingen, verlof and aansprakelijkheid. As everywhere: facts compute
// (sums, dates, counts); rules decide (which reasons excuse, what must be reported, who decides).
import type { Dag } from '../time/dag';
import { leeftijd, type Feb29Verjaardag } from '../time/leeftijd';
import { beginSchooljaar, formatSchooljaar, schooljaarVan } from '../time/schooljaar';
import { Feiten } from './feiten';
import { loopt, type Situatie, type Verlofaanvraag, type Verzuimregistratie } from './situatie';
import { tijdvakken, type Periode } from './tijdvakken';
import { isSchooldagVoor } from './schooldag';
import { LEERPLICHTSTATUSSEN, MELDINGSOORTEN, ONDERWIJSSOORTEN, VERLOFSOORTEN, VERZUIMREDENEN, type FeitDefinitie } from './typen';
import { dagenTussen, verlofDelen, type VerlofDeel } from './verlof-schooljaren';
import { analyseerVerzuim, type BeoordeeldVerzuim, type Kandidaat, type Verzuimanalyse, type VerzuimParameters } from './verzuim';

const p = <T>(f: Feiten, naam: string) => f.ctx.parameters.get(naam) as T;
const sit = (f: Feiten): Situatie => f.ctx.situatie;
const feb29 = (f: Feiten) => p<Feb29Verjaardag>(f, 'feb29Verjaardag');
const reg = (f: Feiten) => f.onderwerp as Verzuimregistratie;
const kand = (f: Feiten) => f.onderwerp as Kandidaat;
const aanvraag = (f: Feiten): Verlofaanvraag | null => sit(f).aanvraag ?? null;
const schooldagenIn = (f: Feiten, van: Dag, tot: Dag) => f.ctx.kalender.schooldagenTussen(van, tot);
const onderwijsOp = (f: Feiten, d: Dag) => sit(f).inschrijvingen.filter((i) => loopt(i.vanaf, i.tot, d)).map((i) => i.onderwijs);
/** The status on a day, as statusOp (facts/tijdvakken.ts), from the periods computed once per situatie. */
const statusOpDag = (f: Feiten, d: Dag) => {
  for (const x of (f.ouder ?? f).get('verzuimTijdvakken') as Periode[]) if (x.vanaf <= d && (x.tot === null || d <= x.tot)) return x.status;
  return 'NOG_NIET_LEERPLICHTIG';
};
const GEEN_VERLOF: string[] = [];

export const VERZUIM_FEITEN: FeitDefinitie[] = [
  { naam: 'verzuimDatum', type: 'datum', omschrijving: 'Dag van de verzuimregistratie.', bereken: (f) => reg(f).datum },
  { naam: 'verzuimUren', type: 'getal', omschrijving: 'Verzuimde uren (lesuren van ten hoogste 60 minuten tellen als uur).', bereken: (f) => reg(f).uren },
  { naam: 'verzuimReden', type: 'tekst', enum: VERZUIMREDENEN, omschrijving: 'Door de school geregistreerde reden.', bereken: (f) => reg(f).reden },
  {
    naam: 'verzuimOpSchooldag', type: 'boolean', nullable: true,
    omschrijving: "De verzuimdag is een schooldag (geen weekend, feestdag, schoolvakantie van de vakantieregio of vrije dag; zonder vakantieregio: geen schoolvakantie in alle drie de regio's); null als de officiële vakanties voor die dag niet bekend zijn.",
    bereken: (f) => isSchooldagVoor(f.ctx.kalender, reg(f).datum),
  },
  {
    naam: 'verlofOpDatum', type: 'lijst', enum: VERLOFSOORTEN, omschrijving: 'Soorten verleend verlof die deze dag dekken.',
    bereken: (f) => {
      const verlof = sit(f).verlof;
      if (verlof === undefined) return GEEN_VERLOF;
      const d = reg(f).datum;
      let uit: string[] | null = null;
      for (const v of verlof) if (v.vanaf <= d && d <= v.tot) (uit ??= []).push(v.soort);
      return uit ?? GEEN_VERLOF;
    },
  },
  { naam: 'leeftijdOpDatum', type: 'getal', omschrijving: 'Leeftijd op de verzuimdag.', bereken: (f) => leeftijd(sit(f).geboortedatum, reg(f).datum, feb29(f)) },
  { naam: 'statusOpDatum', type: 'tekst', enum: LEERPLICHTSTATUSSEN, omschrijving: 'Status volgens de tijdlijn op de verzuimdag.', bereken: (f) => statusOpDag(f, reg(f).datum) },
];

export const MELDING_FEITEN: FeitDefinitie[] = [
  { naam: 'meldingSoort', type: 'tekst', enum: MELDINGSOORTEN, omschrijving: 'Soort mogelijke melding.', bereken: (f) => kand(f).soort },
  { naam: 'meldingBegindatum', type: 'datum', omschrijving: 'Eerste verzuimdag die de melding omvat.', bereken: (f) => kand(f).begindatum },
  { naam: 'meldingEinddatum', type: 'datum', omschrijving: 'Dag waarop de grens werd bereikt (DUO: einddatum).', bereken: (f) => kand(f).einddatum },
  { naam: 'meldingUren', type: 'getal', omschrijving: 'Ongeoorloofde uren die de melding omvat.', bereken: (f) => kand(f).uren },
  { naam: 'statusOpEinddatum', type: 'tekst', enum: LEERPLICHTSTATUSSEN, omschrijving: 'Status op de einddatum.', bereken: (f) => statusOpDag(f, kand(f).einddatum) },
  { naam: 'leeftijdOpEinddatum', type: 'getal', omschrijving: 'Leeftijd op de einddatum.', bereken: (f) => leeftijd(sit(f).geboortedatum, kand(f).einddatum, feb29(f)) },
  {
    naam: 'startkwalificatieOpEinddatum', type: 'boolean', omschrijving: 'Startkwalificatie behaald op of voor de einddatum.',
    bereken: (f) => { const d = f.get('startkwalificatieDatum') as Dag | null; return d !== null && d <= kand(f).einddatum; },
  },
  { naam: 'onderwijsOpEinddatum', type: 'lijst', enum: ONDERWIJSSOORTEN, omschrijving: 'Onderwijssoorten van de inschrijvingen op de einddatum.', bereken: (f) => onderwijsOp(f, kand(f).einddatum) },
];

/**
 * One evaluation per registration, in the order of the registrations; registrations equal in
 * datum, uren and reden share one (a schooljaar of lesson-level registrations has many such):
 * the facts of a verzuim evaluation read nothing else of the registration. A fact that reads
 * another field of Verzuimregistratie must add it to this comparison.
 */
function beoordelingen(f: Feiten): Feiten[] {
  const lijst = sit(f).verzuim ?? [];
  const uit: Feiten[] = new Array(lijst.length);
  // by datum and reden the last evaluation made (equal records usually follow each other)
  const laatste = new Map<number, Feiten>();
  for (let i = 0; i < lijst.length; i++) {
    const r = lijst[i];
    const k = REDEN_INDEX.get(r.reden);
    const sleutel = k === undefined ? NaN : r.datum * VERZUIMREDENEN.length + k;
    let v = laatste.get(sleutel);
    if (v === undefined || reg(v).uren !== r.uren) laatste.set(sleutel, (v = new Feiten(f.ctx.catalogi.verzuim, f.ctx, f, r)));
    uit[i] = v;
  }
  return uit;
}
const REDEN_INDEX = new Map<string, number>(VERZUIMREDENEN.map((r, i) => [r, i]));

function analyse(f: Feiten): Verzuimanalyse {
  // one object per evaluation (shared by the equal registrations that follow each other)
  let vorige: Feiten | null = null;
  let vorigeReg: BeoordeeldVerzuim | null = null;
  const regs: BeoordeeldVerzuim[] = [];
  const { peildatum, kalender } = f.ctx;
  for (const v of f.get('verzuimBeoordelingen') as Feiten[]) {
    // only schooldagen up to the peildatum count ("vakantiedagen tellen niet mee"): another record
    // needs no verdict (a list asks the first day of a schooljaar of verzuim too)
    if (reg(v).datum > peildatum || !kalender.isSchooldag(reg(v).datum)) continue;
    if (v !== vorige) {
      vorige = v;
      vorigeReg = { datum: reg(v).datum, uren: reg(v).uren, beoordeling: v.beslis('verzuimOordeel').params.verzuimBeoordeling as BeoordeeldVerzuim['beoordeling'], reden: reg(v).reden };
    }
    regs.push(vorigeReg!);
  }
  const params: VerzuimParameters = {
    meldplichtUren: p(f, 'meldplichtUren'), meldplichtLesweken: p(f, 'meldplichtLesweken'), meldplichtSchooldagen: p(f, 'meldplichtSchooldagen'),
    meldplichtFractieLestijd: p(f, 'meldplichtFractieLestijd'), meldingMinimumDagen: p(f, 'meldingMinimumDagen'),
    langdurigVerzuimLesweken: p(f, 'langdurigVerzuimLesweken'), doorstroompuntLesweken: p(f, 'doorstroompuntLesweken'), doorstroompuntVakantieweken: p(f, 'doorstroompuntVakantieweken'),
    art11aUrenKennisgeving: p(f, 'art11aUrenKennisgeving'), art11aUrenHoofd: p(f, 'art11aUrenHoofd'),
  };
  // hours the head consented to under art 11a lid 2, per week (granted verlof records of that kind)
  const extra = (ma: Dag) => (sit(f).verlof ?? []).filter((v) => v.soort === 'VIJFJARIGE_11A' && v.vanaf <= ma + 6 && ma <= v.tot).reduce((s, v) => s + (v.uren ?? 0), 0);
  const lesuren = (d: Dag) => sit(f).inschrijvingen.find((i) => loopt(i.vanaf, i.tot, d) && i.lesurenPerWeek !== null)?.lesurenPerWeek ?? null;
  return analyseerVerzuim(regs, f.ctx.kalender, f.ctx.peildatum, params, extra, lesuren);
}

const inSchooljaarTotPeildatum = (f: Feiten, d: Dag) => d <= f.ctx.peildatum && d >= beginSchooljaar(schooljaarVan(f.ctx.peildatum));

export const SITUATIE_VERZUIM_FEITEN: FeitDefinitie[] = [
  { naam: 'verzuimBeoordelingen', type: 'intern', omschrijving: 'Beoordeling per verzuimregistratie (gelijke registraties delen er een).', bereken: beoordelingen },
  { naam: 'verzuimTijdvakken', type: 'intern', omschrijving: 'De tijdvakken van de tijdlijn, voor de status op een verzuim- of einddatum.', bereken: (f) => tijdvakken(f) },
  { naam: 'verzuimAnalyse', type: 'intern', omschrijving: 'Uren per dag en lesweek, vensters en mogelijke meldingen.', bereken: analyse },
  { naam: 'meldingBeoordelingen', type: 'intern', omschrijving: 'Beoordeling per mogelijke melding.', bereken: (f) => (f.get('verzuimAnalyse') as Verzuimanalyse).kandidaten.map((k) => new Feiten(f.ctx.catalogi.melding, f.ctx, f, k)) },
  { naam: 'maxUrenVierLesweken', type: 'getal', omschrijving: 'Hoogste som ongeoorloofde uren over opeenvolgende lesweken (meldplichtLesweken).', bereken: (f) => (f.get('verzuimAnalyse') as Verzuimanalyse).maxUrenVierLesweken },
  {
    naam: 'ongeoorloofdeUrenSchooljaar', type: 'getal', omschrijving: 'Ongeoorloofde uren in het schooljaar van de peildatum, tot en met de peildatum.',
    // rounded to 1e-9 h: 90 × 0.1 h must be 9 (the Halt threshold), not 8.999999999999984
    bereken: (f) => { let s = 0; for (const [d, u] of (f.get('verzuimAnalyse') as Verzuimanalyse).perDag) if (inSchooljaarTotPeildatum(f, d)) s += u; return Math.round(s * 1e9) / 1e9; },
  },
  {
    naam: 'teLaatAantalSchooljaar', type: 'getal', omschrijving: 'Aantal keren te laat in het schooljaar van de peildatum.',
    bereken: (f) => (sit(f).verzuim ?? []).filter((r) => r.reden === 'TE_LAAT' && inSchooljaarTotPeildatum(f, r.datum)).length,
  },
  { naam: 'meerderjarigVerklaard', type: 'boolean', omschrijving: 'Meerderjarig verklaard (BW 1:253ha).', bereken: (f) => sit(f).meerderjarigVerklaard ?? false },
  { naam: 'oudersNietVerwijtbaar', type: 'boolean', omschrijving: 'De ouders tonen aan dat het hun niet te verwijten is (art 2 lid 2).', bereken: (f) => sit(f).oudersNietVerwijtbaar ?? false },
  { naam: 'eerderHaltVoorSchoolverzuim', type: 'boolean', omschrijving: 'Eerder naar Halt verwezen voor schoolverzuim.', bereken: (f) => sit(f).eerderHaltVoorSchoolverzuim ?? false },
];

/** The request per schooljaar it touches (art 13a lid 2, 14 lid 3: "per schooljaar"). */
const delen = (f: Feiten) => f.get('verlofDelen') as VerlofDeel[] | null;
/** The part with the most of `waarde` (the first on a tie): the schooljaar a limit is judged in. */
const zwaarste = (f: Feiten, waarde: (d: VerlofDeel) => number): VerlofDeel | null => {
  const l = delen(f);
  if (l === null) return null;
  return l.reduce((m, d) => (waarde(d) > waarde(m) ? d : m), l[0]);
};
const gewichtigTotaal = (d: VerlofDeel) => d.eerderDagen + d.dagen;
// the reading of "een evenredig deel" (art 13a lid 2, 14 lid 3): maximum × lesdagen per week / 5, rounded as chosen
const AFRONDING: Record<string, (x: number) => number> = {
  HELE_DAGEN_OMLAAG: Math.floor,
  HELE_DAGEN_OMHOOG: Math.ceil,
  // to hundredths: 10 × 2.3 / 5 must read 4.6, not 4.6000000000000005
  EXACT: (x) => Math.round(x * 100) / 100,
};
/** The evenredig deel of the maximum in parameter `parameter` for `lesdagen` lesdagen per week, by the chosen reading. */
export const evenredigDeel = (f: Feiten, parameter: string, lesdagen: number | null): number | null =>
  lesdagen === null ? null : AFRONDING[p<string>(f, 'evenredigDeel')]((p<number>(f, parameter) * lesdagen) / 5);
const evenredig = (f: Feiten, parameter: string) => evenredigDeel(f, parameter, f.get('lesdagenPerWeekOpVerlof') as number | null);
const termijn = (f: Feiten, van: Dag, tot: Dag) => dagenTussen(f.ctx.kalender, van, tot, p<'KALENDERDAGEN' | 'SCHOOLDAGEN'>(f, 'verlofTermijnDagen'));

export const AANVRAAG_FEITEN: FeitDefinitie[] = [
  { naam: 'aanvraagSoort', type: 'tekst', nullable: true, enum: VERLOFSOORTEN, omschrijving: 'Soort gevraagd verlof.', bereken: (f) => aanvraag(f)?.soort ?? null },
  { naam: 'aanvraagVanaf', type: 'datum', nullable: true, omschrijving: 'Eerste dag van het gevraagde verlof (of van de verhindering).', bereken: (f) => aanvraag(f)?.vanaf ?? null },
  { naam: 'aanvraagTot', type: 'datum', nullable: true, omschrijving: 'Laatste dag van het gevraagde verlof.', bereken: (f) => aanvraag(f)?.tot ?? null },
  { naam: 'aanvraagAangevraagdOp', type: 'datum', nullable: true, omschrijving: 'Dag van de aanvraag, of van de kennisgeving of opgave van redenen.', bereken: (f) => aanvraag(f)?.aangevraagdOp ?? null },
  { naam: 'aanvraagSchooljaar', type: 'tekst', nullable: true, omschrijving: 'Schooljaar van het verlof.', bereken: (f) => { const a = aanvraag(f); return a ? formatSchooljaar(schooljaarVan(a.vanaf)) : null; } },
  {
    naam: 'aanvraagDagen', type: 'getal', nullable: true, omschrijving: 'Gevraagde (school)dagen; zonder opgave de schooldagen in de periode.',
    bereken: (f) => { const a = aanvraag(f); return a ? a.dagen ?? schooldagenIn(f, a.vanaf, a.tot) : null; },
  },
  { naam: 'aanvraagUren', type: 'getal', nullable: true, omschrijving: 'Uren per week (art 11a).', bereken: (f) => aanvraag(f)?.uren ?? null },
  { naam: 'aanvraagVooraf', type: 'boolean', nullable: true, omschrijving: 'Vooraf gevraagd.', bereken: (f) => aanvraag(f)?.vooraf ?? null },
  { naam: 'beroepOuderVerhindertVakantie', type: 'boolean', nullable: true, omschrijving: 'Door de specifieke aard van het beroep van een ouder alleen vakantie buiten de schoolvakanties mogelijk (art 11 f).', bereken: (f) => aanvraag(f)?.beroepOuderVerhindertVakantie ?? null },
  {
    naam: 'aanvraagNaAanvang', type: 'boolean', nullable: true, omschrijving: 'De aanvraag is gedaan na de eerste dag van het verlof (dus niet vooraf).',
    bereken: (f) => { const a = aanvraag(f); return a ? a.aangevraagdOp > a.vanaf : null; },
  },
  { naam: 'dagenVoorAanvang', type: 'getal', nullable: true, omschrijving: 'Dagen tussen aanvraag of kennisgeving en begin, in kalenderdagen of schooldagen naar de lezing verlofTermijnDagen [A].', bereken: (f) => { const a = aanvraag(f); return a ? termijn(f, a.aangevraagdOp, a.vanaf) : null; } },
  { naam: 'dagenNaAanvang', type: 'getal', nullable: true, omschrijving: 'Dagen tussen begin van de verhindering en kennisgeving, in kalenderdagen of schooldagen naar de lezing verlofTermijnDagen [A].', bereken: (f) => { const a = aanvraag(f); return a ? termijn(f, a.vanaf, a.aangevraagdOp) : null; } },
  {
    naam: 'verlofDelen', type: 'intern', omschrijving: 'De aanvraag per schooljaar dat zij raakt: dagen, eerste lesweken en eerder verleend verlof van dezelfde soort in dat schooljaar.',
    bereken: (f) => { const a = aanvraag(f); return a ? verlofDelen(f.ctx.kalender, a, sit(f).verlof ?? [], p<number>(f, 'vakantieverlofUitgeslotenLesweken')) : null; },
  },
  {
    naam: 'aanvraagDagenInSchooljaar', type: 'getal', nullable: true,
    omschrijving: 'De meeste gevraagde dagen in één schooljaar: bij een aanvraag in één schooljaar aanvraagDagen; over twee schooljaren de schooldagen van elk deel (ten hoogste de opgegeven dagen).',
    bereken: (f) => zwaarste(f, (d) => d.dagen)?.dagen ?? null,
  },
  { naam: 'aanvraagDagenSchooljaar', type: 'tekst', nullable: true, omschrijving: 'Het schooljaar van aanvraagDagenInSchooljaar.', bereken: (f) => { const d = zwaarste(f, (x) => x.dagen); return d ? formatSchooljaar(d.jaar) : null; } },
  { naam: 'eerderVakantieverlof', type: 'getal', nullable: true, omschrijving: 'Eerder verleend vakantieverlof (aantal keer) in een schooljaar waarin de aanvraag valt; het hoogste aantal. Verlof over 31 juli/1 augustus valt in een schooljaar als het daar schooldagen heeft.', bereken: (f) => (aanvraag(f)?.soort === 'VAKANTIE_13A' ? zwaarste(f, (d) => d.eerderAantal)!.eerderAantal : aanvraag(f) ? 0 : null) },
  {
    naam: 'eerderVakantieverlofSchooljaar', type: 'tekst', nullable: true, omschrijving: 'Het schooljaar van eerderVakantieverlof.',
    bereken: (f) => (aanvraag(f)?.soort === 'VAKANTIE_13A' ? formatSchooljaar(zwaarste(f, (d) => d.eerderAantal)!.jaar) : f.get('aanvraagSchooljaar')),
  },
  {
    naam: 'eerderGewichtigVerlofDagen', type: 'getal', nullable: true, omschrijving: 'Eerder verleende dagen wegens gewichtige omstandigheden, in het schooljaar van gewichtigVerlofTotaalDagen.',
    bereken: (f) => (aanvraag(f)?.soort === 'GEWICHTIG_14' ? zwaarste(f, gewichtigTotaal)!.eerderDagen : aanvraag(f) ? 0 : null),
  },
  {
    naam: 'gewichtigVerlofSchooljaar', type: 'tekst', nullable: true, omschrijving: 'Het schooljaar van gewichtigVerlofTotaalDagen.',
    bereken: (f) => (aanvraag(f)?.soort === 'GEWICHTIG_14' ? formatSchooljaar(zwaarste(f, gewichtigTotaal)!.jaar) : f.get('aanvraagSchooljaar')),
  },
  {
    naam: 'gewichtigVerlofTotaalDagen', type: 'getal', nullable: true, omschrijving: 'Eerder verleend plus gevraagd, per schooljaar dat de aanvraag raakt; het hoogste totaal.',
    bereken: (f) => (aanvraag(f)?.soort === 'GEWICHTIG_14' ? gewichtigTotaal(zwaarste(f, gewichtigTotaal)!) : aanvraag(f) ? (f.get('aanvraagDagen') as number) : null),
  },
  {
    naam: 'lesdagenPerWeekOpVerlof', type: 'getal', nullable: true, omschrijving: 'Lesdagen per week van de inschrijving bij het begin van het verlof.',
    bereken: (f) => { const a = aanvraag(f); return a ? sit(f).inschrijvingen.find((i) => loopt(i.vanaf, i.tot, a.vanaf) && i.lesdagenPerWeek !== null)?.lesdagenPerWeek ?? null : null; },
  },
  { naam: 'evenredigeVerlofDagen', type: 'getal', nullable: true, omschrijving: 'vakantieverlofMaxDagen × lesdagen per week / 5, afgerond naar de lezing evenredigDeel [A].', bereken: (f) => evenredig(f, 'vakantieverlofMaxDagen') },
  { naam: 'evenredigeGewichtigDagen', type: 'getal', nullable: true, omschrijving: 'gewichtigVerlofMaxDagenHoofd × lesdagen per week / 5, afgerond naar de lezing evenredigDeel [A].', bereken: (f) => evenredig(f, 'gewichtigVerlofMaxDagenHoofd') },
  { naam: 'art11aMaxUren', type: 'getal', omschrijving: 'Uren per week na kennisgeving plus met toestemming van het hoofd.', bereken: (f) => p<number>(f, 'art11aUrenKennisgeving') + p<number>(f, 'art11aUrenHoofd') },
  {
    naam: 'eersteLesweekSchooljaar', type: 'datum', nullable: true,
    omschrijving: 'Maandag van de eerste lesweek (kalender van de vakantieregio) van het schooljaar waarvan de aanvraag de eerste lesweken raakt; raakt zij die van geen schooljaar, dan van het schooljaar van de eerste verlofdag.',
    bereken: (f) => { const l = delen(f); return l ? (l.find((d) => d.inEersteLesweken) ?? l[0]).eersteLesweek : null; },
  },
  {
    naam: 'inEersteLesweken', type: 'boolean', nullable: true,
    omschrijving: 'Het verlof valt (deels) in de eerste vakantieverlofUitgeslotenLesweken lesweken van een schooljaar dat het raakt (over 31 juli/1 augustus: van beide).',
    bereken: (f) => { const l = delen(f); return l ? l.some((d) => d.inEersteLesweken) : null; },
  },
];
