// The fact catalogue of a situatie. Facts compute dates and sums; they never decide: every
// legal outcome is a fact whose value comes from a rule's event (see uitkomstFeiten).
import { eersteVanVolgendeMaand, type Dag } from '../time/dag';
import { schoolkalender } from '../time/kalender';
import { leeftijd, verjaardag, type Feb29Verjaardag } from '../time/leeftijd';
import { eindeSchooljaar, schooljaarVan } from '../time/schooljaar';
import { Feiten } from './feiten';
import { DIPLOMA_FEITEN, INSCHRIJVING_FEITEN } from './onderwerpen';
import { loopt, opgegeven } from './situatie';
import { eersteSchooldagPerRegio, type RegioDag } from './regio';
import { telVolledigeSchooljaren } from './schooljaren';
import { DIPLOMASOORTEN, ONDERWIJSSOORTEN, UITZONDERINGEN, VRIJSTELLINGSGRONDEN, type FeitDefinitie, type Onderwerp } from './typen';
import { BEROEP_FEITEN, DOELGROEP_FEITEN, VSV_FEITEN } from './catalogus-doelgroepen';
import { AANVRAAG_FEITEN, MELDING_FEITEN, SITUATIE_VERZUIM_FEITEN, VERZUIM_FEITEN } from './catalogus-verzuim';
import { VENSTER_FEITEN } from './catalogus-vensters';
import { OVERLEG_FEITEN, PARTIEEL_FEITEN, VERVANGEND_FEITEN } from './catalogus-vervangend';
import { MELDTERMIJN_FEITEN, SCHOOLBESLUIT_FEITEN } from './catalogus-schoolbesluit';
import { THUISZITTER_FEITEN } from './catalogus-thuiszitter';
import { HANDHAVING_FEITEN } from './catalogus-handhaving';

const p = <T>(f: Feiten, naam: string) => f.ctx.parameters.get(naam) as T;
const feb29 = (f: Feiten) => p<Feb29Verjaardag>(f, 'feb29Verjaardag');
const verjaardagVan = (f: Feiten, parameter: string): Dag => verjaardag(f.ctx.situatie.geboortedatum, p<number>(f, parameter), feb29(f));
const dagVoor = (d: Dag | null) => (d === null ? null : d - 1);

/** Earliest record (by date) that a rule of the given type marks with a non-false value. */
function vroegste(lijst: Feiten[], type: string, veld: string, datum: string): Feiten | null {
  let best: Feiten | null = null;
  for (const sub of lijst) {
    const w = sub.beslis(type).params[veld];
    if (w === undefined || w === null || w === false) continue;
    if (best === null || (sub.get(datum) as Dag) < (best.get(datum) as Dag)) best = sub;
  }
  return best;
}

const SITUATIE_FEITEN: FeitDefinitie[] = [
  { naam: 'peildatum', type: 'datum', omschrijving: 'De dag waarop de vraag wordt beantwoord.', bereken: (f) => f.ctx.peildatum },
  { naam: 'wetsdatum', type: 'datum', omschrijving: 'De dag waarop de toegepaste wetsversie gold.', bereken: (f) => f.ctx.wetsdatum },
  { naam: 'geboortedatum', type: 'datum', omschrijving: 'Geboortedatum.', bereken: (f) => f.ctx.situatie.geboortedatum },
  {
    naam: 'leeftijd', type: 'getal', omschrijving: 'Leeftijd in hele jaren op de peildatum (BW 1:2, 29 februari volgens feb29Verjaardag).',
    bereken: (f) => leeftijd(f.ctx.situatie.geboortedatum, f.ctx.peildatum, feb29(f)),
  },
  { naam: 'leerplichtLeeftijdBereikt', type: 'datum', omschrijving: 'Dag waarop de leerplichtLeeftijd wordt bereikt.', bereken: (f) => verjaardagVan(f, 'leerplichtLeeftijd') },
  {
    naam: 'eersteSchooldagVolgendeMaand', type: 'datum', nullable: true,
    omschrijving: 'Eerste schooldag (kalender van de vakantieregio, feestdagen, vrije dagen) van de maand na die waarin de leerplichtLeeftijd wordt bereikt; null als de officiële vakanties van de vakantieregio voor die maand niet bekend zijn. Zonder vakantieregio: de eerste dag die in een van de drie regio\'s een schooldag is (de vroegste regionale datum).',
    // null by value, not by a caught exception: this is on the path of every evaluation. Without a
    // regio the calendar leaves out the holidays all three regio's share (time/kalender.ts), so this
    // is the earliest of the regional dates (leerplichtBeginPerRegio)
    bereken: (f) => f.ctx.kalender.eersteSchooldagVanafOfNull(eersteVanVolgendeMaand(f.datum('leerplichtLeeftijdBereikt')!)),
  },
  {
    naam: 'leerplichtBeginPerRegio', type: 'intern', omschrijving: 'Eerste schooldag van de maand na die waarin de leerplichtLeeftijd wordt bereikt, in de opgegeven vakantieregio of (zonder) in elk van de drie.',
    bereken: (f) => eersteSchooldagPerRegio(f.ctx.situatie, eersteVanVolgendeMaand(f.datum('leerplichtLeeftijdBereikt')!)),
  },
  ...(['NOORD', 'MIDDEN', 'ZUID'] as const).map((regio): FeitDefinitie => ({
    naam: `leerplichtBegin${regio[0]}${regio.slice(1).toLowerCase()}`, type: 'datum', nullable: true,
    omschrijving: `Eerste schooldag van de maand na die waarin de leerplichtLeeftijd wordt bereikt in vakantieregio ${regio.toLowerCase()} (ook als een andere of geen regio is opgegeven); null als de officiële vakanties van die regio voor die maand niet bekend zijn.`,
    bereken: (f) => schoolkalender(regio, f.ctx.situatie.vrijeDagen).eersteSchooldagVanafOfNull(eersteVanVolgendeMaand(f.datum('leerplichtLeeftijdBereikt')!)),
  })),
  {
    naam: 'leerplichtBeginKalenderBekend', type: 'boolean',
    omschrijving: "De officiële schoolvakanties zijn bekend voor de maand waarin de leerplicht begint: van de opgegeven vakantieregio, of zonder regio van alle drie.",
    bereken: (f) => (f.get('leerplichtBeginPerRegio') as RegioDag[]).every((r) => r.datum !== null),
  },
  {
    naam: 'leerplichtBeginVerschiltPerRegio', type: 'boolean',
    omschrijving: "Er is geen vakantieregio opgegeven en de eerste schooldag van die maand verschilt tussen de drie regio's.",
    bereken: (f) => { const l = f.get('leerplichtBeginPerRegio') as RegioDag[]; return l.length > 1 && l.every((r) => r.datum !== null) && l.some((r) => r.datum !== l[0].datum); },
  },
  {
    naam: 'inschrijvingenOpgegeven', type: 'boolean', omschrijving: 'De inschrijvingen zijn opgegeven (een lege lijst: opgegeven, geen); zonder opgave is niet bekend of de jongere ingeschreven staat.',
    bereken: (f) => opgegeven(f.ctx.situatie, 'inschrijvingen'),
  },
  {
    naam: 'eersteWerkdagVolgendeMaand', type: 'datum',
    omschrijving: 'Eerste weekdag die geen feestdag of vrije dag is, van de maand na die waarin de leerplichtLeeftijd wordt bereikt (zonder schoolvakanties).',
    bereken: (f) => schoolkalender(undefined, f.ctx.situatie.vrijeDagen).eersteSchooldagVanaf(eersteVanVolgendeMaand(f.datum('leerplichtLeeftijdBereikt')!)),
  },
  { naam: 'leerplichtEindLeeftijdBereikt', type: 'datum', omschrijving: 'Dag waarop de leerplichtEindLeeftijd wordt bereikt.', bereken: (f) => verjaardagVan(f, 'leerplichtEindLeeftijd') },
  {
    naam: 'eindeSchooljaarEindleeftijd', type: 'datum', omschrijving: '31 juli van het schooljaar waarin de leerplichtEindLeeftijd wordt bereikt.',
    bereken: (f) => eindeSchooljaar(schooljaarVan(f.datum('leerplichtEindLeeftijdBereikt')!)),
  },
  {
    naam: 'telling', type: 'intern', omschrijving: 'Telling van volledige schooljaren.',
    bereken: (f) => telVolledigeSchooljaren(f.ctx.situatie.schooljaren, {
      volledigeSchooljaren: p(f, 'volledigeSchooljaren'),
      basisschoolSchooljaren: p(f, 'basisschoolSchooljaren'),
      basisschoolOnderwijssoorten: p(f, 'basisschoolOnderwijssoorten'),
      scholen: p(f, 'scholenVoorTwaalfSchooljaren'),
      prognose: p(f, 'prognoseVolledigeSchooljaren'),
    }),
  },
  {
    naam: 'eindeVolledigeSchooljaren', type: 'datum', nullable: true,
    omschrijving: '31 juli van het schooljaar waarin het vereiste aantal volledige schooljaren is bereikt; null zonder schoolgeschiedenis.',
    bereken: (f) => (f.get('telling') as ReturnType<typeof telVolledigeSchooljaren>).einde,
  },
  {
    naam: 'basisschoolGelijkgesteld', type: 'boolean', omschrijving: 'De basisschool is in minder schooljaren doorlopen en telt als basisschoolSchooljaren (art 3 lid 2).',
    bereken: (f) => (f.get('telling') as ReturnType<typeof telVolledigeSchooljaren>).basisschoolGelijkgesteld,
  },
  { naam: 'kwalificatieplichtLeeftijdBereikt', type: 'datum', omschrijving: 'Dag waarop de kwalificatieplichtEindLeeftijd wordt bereikt.', bereken: (f) => verjaardagVan(f, 'kwalificatieplichtEindLeeftijd') },
  { naam: 'dagVoorKwalificatieplichtLeeftijd', type: 'datum', omschrijving: 'De dag voor het bereiken van de kwalificatieplichtEindLeeftijd.', bereken: (f) => f.datum('kwalificatieplichtLeeftijdBereikt')! - 1 },
  {
    naam: 'diplomaBeoordelingen', type: 'intern', omschrijving: 'De beoordeling van elk diploma.',
    bereken: (f) => f.ctx.situatie.diplomas.map((d) => new Feiten(f.ctx.catalogi.diploma, f.ctx, f, d)),
  },
  {
    naam: 'inschrijvingBeoordelingen', type: 'intern', omschrijving: 'De beoordeling van elke inschrijving.',
    bereken: (f) => f.ctx.situatie.inschrijvingen.map((i) => new Feiten(f.ctx.catalogi.inschrijving, f.ctx, f, i)),
  },
  {
    naam: 'startkwalificatieBeoordeling', type: 'intern', omschrijving: 'Het vroegste diploma dat een startkwalificatie is.',
    bereken: (f) => vroegste(f.get('diplomaBeoordelingen') as Feiten[], 'startkwalificatie', 'startkwalificatie', 'diplomaDatum'),
  },
  {
    naam: 'startkwalificatieDatum', type: 'datum', nullable: true, omschrijving: 'Datum van de vroegste startkwalificatie (ook na de peildatum).',
    bereken: (f) => (f.get('startkwalificatieBeoordeling') as Feiten | null)?.get('diplomaDatum') ?? null,
  },
  {
    naam: 'startkwalificatieDiploma', type: 'tekst', nullable: true, enum: DIPLOMASOORTEN, omschrijving: 'Het diploma dat de vroegste startkwalificatie is.',
    bereken: (f) => (f.get('startkwalificatieBeoordeling') as Feiten | null)?.get('diplomaSoort') ?? null,
  },
  { naam: 'dagVoorStartkwalificatie', type: 'datum', nullable: true, omschrijving: 'De dag voor de startkwalificatie.', bereken: (f) => dagVoor(f.datum('startkwalificatieDatum')) },
  {
    naam: 'uitzonderingBeoordeling', type: 'intern', omschrijving: 'Het vroegste diploma of de vroegste inschrijving waarvoor een art 4a lid 2 uitzondering geldt.',
    bereken: (f) => {
      const d = vroegste(f.get('diplomaBeoordelingen') as Feiten[], 'kwalificatieplichtUitzondering', 'uitzondering', 'diplomaDatum');
      const i = vroegste(f.get('inschrijvingBeoordelingen') as Feiten[], 'kwalificatieplichtUitzondering', 'uitzondering', 'inschrijvingVanaf');
      if (d === null) return i;
      if (i === null) return d;
      return (i.get('inschrijvingVanaf') as Dag) < (d.get('diplomaDatum') as Dag) ? i : d;
    },
  },
  {
    naam: 'uitzondering', type: 'tekst', nullable: true, enum: UITZONDERINGEN, omschrijving: 'De art 4a lid 2 uitzondering die het eerst ontstaat.',
    bereken: (f) => ((f.get('uitzonderingBeoordeling') as Feiten | null)?.beslis('kwalificatieplichtUitzondering').params.uitzondering ?? null),
  },
  {
    naam: 'uitzonderingDatum', type: 'datum', nullable: true, omschrijving: 'Dag waarop de art 4a lid 2 uitzondering ontstaat (diplomadatum of begin van de inschrijving).',
    bereken: (f) => {
      const b = f.get('uitzonderingBeoordeling') as Feiten | null;
      if (b === null) return null;
      return b.catalogus.onderwerp === 'diploma' ? b.get('diplomaDatum') : b.get('inschrijvingVanaf');
    },
  },
  { naam: 'dagVoorUitzondering', type: 'datum', nullable: true, omschrijving: 'De dag voor het ontstaan van de uitzondering.', bereken: (f) => dagVoor(f.datum('uitzonderingDatum')) },
  { naam: 'dagNaLeerplicht', type: 'datum', omschrijving: 'De dag na het einde van de leerplicht.', bereken: (f) => f.datum('leerplichtigTot')! + 1 },
  {
    naam: 'onderwijsOpPeildatum', type: 'lijst', enum: ONDERWIJSSOORTEN, omschrijving: 'Onderwijssoorten waarvoor de jongere op de peildatum staat ingeschreven.',
    bereken: (f) => f.ctx.situatie.inschrijvingen.filter((i) => loopt(i.vanaf, i.tot, f.ctx.peildatum)).map((i) => i.onderwijs),
  },
  {
    naam: 'vrijstellingsgrondenOpPeildatum', type: 'lijst', enum: VRIJSTELLINGSGRONDEN, omschrijving: 'Gronden van de vrijstellingen die op de peildatum lopen.',
    bereken: (f) => f.ctx.situatie.vrijstellingen.filter((v) => loopt(v.vanaf, v.tot, f.ctx.peildatum)).map((v) => v.grond),
  },
];

/** The facts computed from a situatie; the engine adds parameter and outcome facts at load time. */
export const BASIS_FEITEN: Record<Onderwerp, FeitDefinitie[]> = {
  situatie: [...SITUATIE_FEITEN, ...SITUATIE_VERZUIM_FEITEN, ...VENSTER_FEITEN, ...AANVRAAG_FEITEN, ...DOELGROEP_FEITEN, ...BEROEP_FEITEN, ...SCHOOLBESLUIT_FEITEN, ...HANDHAVING_FEITEN, ...VERVANGEND_FEITEN, ...PARTIEEL_FEITEN, ...OVERLEG_FEITEN, ...THUISZITTER_FEITEN],
  diploma: DIPLOMA_FEITEN,
  inschrijving: INSCHRIJVING_FEITEN,
  verzuim: VERZUIM_FEITEN,
  melding: [...MELDING_FEITEN, ...MELDTERMIJN_FEITEN],
  vsv: VSV_FEITEN,
};
