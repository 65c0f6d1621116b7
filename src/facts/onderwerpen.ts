// Facts of a single diploma or inschrijving, evaluated within a situatie: startkwalificatie and
// the art 4a lid 2 exceptions are judged per record by rules with that onderwerp.
import type { FeitDefinitie } from './typen';
import { DIPLOMASOORTEN, LEERWEGEN, ONDERWIJSSOORTEN, UITSTROOMPROFIELEN } from './typen';
import type { Diploma, Inschrijving } from './situatie';
import type { Feiten } from './feiten';

const diploma = (f: Feiten) => f.onderwerp as Diploma;
const inschrijving = (f: Feiten) => f.onderwerp as Inschrijving;

export const DIPLOMA_FEITEN: FeitDefinitie[] = [
  { naam: 'diplomaSoort', type: 'tekst', enum: DIPLOMASOORTEN, omschrijving: 'Soort diploma.', bereken: (f) => diploma(f).soort },
  { naam: 'diplomaDatum', type: 'datum', omschrijving: 'Datum waarop het diploma is behaald.', bereken: (f) => diploma(f).datum },
  {
    naam: 'gelijkwaardigAan', type: 'tekst', nullable: true, enum: DIPLOMASOORTEN,
    omschrijving: 'Nederlands diploma waaraan een buitenlands diploma gelijkwaardig is verklaard (IDW/Nuffic).',
    bereken: (f) => diploma(f).gelijkwaardigAan,
  },
];

export const INSCHRIJVING_FEITEN: FeitDefinitie[] = [
  { naam: 'onderwijs', type: 'tekst', enum: ONDERWIJSSOORTEN, omschrijving: 'Onderwijssoort van de inschrijving.', bereken: (f) => inschrijving(f).onderwijs },
  { naam: 'inschrijvingVanaf', type: 'datum', omschrijving: 'Eerste dag van de inschrijving.', bereken: (f) => inschrijving(f).vanaf },
  { naam: 'inschrijvingTot', type: 'datum', nullable: true, omschrijving: 'Laatste dag van de inschrijving (open: null).', bereken: (f) => inschrijving(f).tot },
  { naam: 'uitstroomprofiel', type: 'tekst', nullable: true, enum: UITSTROOMPROFIELEN, omschrijving: 'Uitstroomprofiel (vso, WEC art 14).', bereken: (f) => inschrijving(f).uitstroomprofiel },
  { naam: 'leerweg', type: 'tekst', nullable: true, enum: LEERWEGEN, omschrijving: 'Leerweg (vmbo, mbo).', bereken: (f) => inschrijving(f).leerweg },
  { naam: 'niveau', type: 'getal', nullable: true, omschrijving: 'Niveau (mbo 1-4).', bereken: (f) => inschrijving(f).niveau },
];
