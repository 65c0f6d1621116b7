// Facts of the enforcement question (art 22, 26, 27 Leerplichtwet): what happened, and for leave
// the hoofd granted, the counts art 13a lid 2 and 14 lid 3 limit. The rules decide which route
// the law opens and who is strafbaar; these facts only count and compare dates.
import { kalenderBekend } from '../time/kalender';
import { beginSchooljaar, eindeSchooljaar, schooljaarVan } from '../time/schooljaar';
import type { Feiten } from './feiten';
import { loopt, type Handhavingsfeit, type Verlof } from './situatie';
import type { FeitDefinitie } from './typen';
import { raaktEersteLesweken } from './verlof-schooljaren';
import { evenredigDeel } from './catalogus-verzuim';

export const HANDHAVINGSFEITEN = ['NIET_INGESCHREVEN', 'VERZUIM', 'VERLOF_DOOR_HOOFD', 'MELDPLICHT_HOOFD', 'ONJUISTE_INLICHTINGEN_HOOFD'] as const;
/** Only these kinds of leave are the hoofd's to grant within the limits art 27 a refers to. */
export const VERLEENDE_VERLOFSOORTEN = ['VAKANTIE_13A', 'GEWICHTIG_14'] as const;

const feit = (f: Feiten): Handhavingsfeit | null => f.ctx.situatie.handhaving ?? null;
const verleend = (f: Feiten): Verlof | null => feit(f)?.verleendVerlof ?? null;
const dagenVan = (f: Feiten, v: Verlof) => v.dagen ?? f.ctx.kalender.schooldagenTussen(v.vanaf, v.tot);

/** Leave of that kind granted earlier in the schooljaar of the granted leave; the granted leave itself, if also listed, once. */
function eerderInSchooljaar(f: Feiten, v: Verlof): Verlof[] {
  const jaar = schooljaarVan(v.vanaf);
  return (f.ctx.situatie.verlof ?? []).filter((x) => x.soort === v.soort && schooljaarVan(x.vanaf) === jaar && !(x.vanaf === v.vanaf && x.tot === v.tot));
}

export const HANDHAVING_FEITEN: FeitDefinitie[] = [
  { naam: 'handhavingsfeit', type: 'tekst', nullable: true, enum: HANDHAVINGSFEITEN, omschrijving: 'Het feit waarover de handhavingsvraag gaat (art 22, 26, 27); null buiten die vraag.', bereken: (f) => feit(f)?.soort ?? null },
  { naam: 'jongereWeigert', type: 'boolean', omschrijving: 'De jongere, gehoord door de ambtenaar, weigert zijn verplichtingen na te komen (art 22 lid 3, tweede volzin).', bereken: (f) => feit(f)?.jongereWeigert ?? false },
  { naam: 'oudersEerderVeroordeeld', type: 'boolean', omschrijving: 'De ouders zijn eerder veroordeeld wegens het niet nakomen van art 2 lid 1 of art 4a (art 22 lid 5).', bereken: (f) => feit(f)?.oudersEerderVeroordeeld ?? false },
  { naam: 'verleendVerlofSoort', type: 'tekst', nullable: true, enum: VERLEENDE_VERLOFSOORTEN, omschrijving: 'Soort verlof dat het hoofd verleende (art 13a of 14); null zonder verleend verlof.', bereken: (f) => verleend(f)?.soort ?? null },
  {
    naam: 'verleendVerlofDagen', type: 'getal', nullable: true, omschrijving: 'Dagen van het verleende verlof; zonder opgave de schooldagen in de periode.',
    bereken: (f) => { const v = verleend(f); return v ? dagenVan(f, v) : null; },
  },
  {
    naam: 'verleendVerlofDagenSchooljaar', type: 'getal', nullable: true, omschrijving: 'Dagen van die soort verlof in het schooljaar van het verleende verlof, eerder verleend verlof meegeteld.',
    bereken: (f) => { const v = verleend(f); return v ? eerderInSchooljaar(f, v).reduce((s, x) => s + dagenVan(f, x), dagenVan(f, v)) : null; },
  },
  {
    naam: 'verleendVerlofKeerSchooljaar', type: 'getal', nullable: true, omschrijving: 'Hoe vaak verlof van die soort in dat schooljaar is verleend, dit verlof meegeteld.',
    bereken: (f) => { const v = verleend(f); return v ? eerderInSchooljaar(f, v).length + 1 : null; },
  },
  {
    naam: 'verleendVerlofEvenredigeDagen', type: 'getal', nullable: true,
    omschrijving: 'vakantieverlofMaxDagen × lesdagen per week / 5 (inschrijving bij het begin van het verleende verlof), afgerond naar de lezing evenredigDeel [A]; null zonder lesdagen per week.',
    bereken: (f) => {
      const v = verleend(f);
      const lesdagen = v ? f.ctx.situatie.inschrijvingen.find((i) => loopt(i.vanaf, i.tot, v.vanaf) && i.lesdagenPerWeek !== null)?.lesdagenPerWeek ?? null : null;
      // the formula of evenredigeVerlofDagen for a request, with the same reading evenredigDeel
      return evenredigDeel(f, 'vakantieverlofMaxDagen', lesdagen);
    },
  },
  {
    naam: 'verleendVerlofInEersteLesweken', type: 'boolean', nullable: true,
    omschrijving: 'Het verleende verlof valt (deels) in de eerste vakantieverlofUitgeslotenLesweken lesweken van een schooljaar dat het raakt (kalender van de vakantieregio); null als de schoolvakanties van dat schooljaar niet bekend zijn.',
    bereken: (f) => {
      const v = verleend(f);
      if (!v) return null;
      const n = f.ctx.parameters.get('vakantieverlofUitgeslotenLesweken') as number;
      const jaren = [...new Set([schooljaarVan(v.vanaf), schooljaarVan(v.tot)])];
      // outside the school holidays this API knows the first lesweken are unknown: null, not a guess
      if (!jaren.every((j) => kalenderBekend(beginSchooljaar(j)) && kalenderBekend(eindeSchooljaar(j)))) return null;
      return jaren.some((j) => raaktEersteLesweken(f.ctx.kalender, j, v.vanaf, v.tot, n));
    },
  },
];

/** The routes art 22 (and the Halt policy) open; the ambtenaar chooses, the rules only list them. */
export const HANDHAVINGSROUTES = [
  'HOREN_OUDERS', 'PROCES_VERBAAL_OUDERS', 'HOREN_JONGERE', 'PROCES_VERBAAL_JONGERE', 'AFSCHRIFT_RAAD_KINDERBESCHERMING', 'HALT',
  'BESTUURLIJKE_BOETE_HOOFD', 'STRAFVERVOLGING_HOOFD',
] as const;
/** The kind of sanction the text threatens (its ceiling, never the sanction itself). */
export const SANCTIESOORTEN = ['HECHTENIS_OF_GELDBOETE', 'JEUGDSTRAF', 'BESTUURLIJKE_BOETE'] as const;
/** The onderdeel of art 27 a hoofd's act falls under. */
export const HOOFDOVERTREDINGEN = ['VERLOF_BOVEN_GRENS', 'MELDPLICHT', 'ONJUISTE_INLICHTINGEN'] as const;
