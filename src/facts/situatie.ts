// A jongere's situation after input validation: dates are day numbers, lists are never absent.
import type { Dag } from '../time/dag';
import type { Vakantieregio } from '../time/kalender';
import type { Diplomasoort, Leerweg, Onderwijssoort, Uitstroomprofiel, Vrijstellingsgrond } from './typen';

export interface Schooljaar { schooljaar: number; volledig: boolean; onderwijs: Onderwijssoort; teltMee: boolean | null }
export interface Inschrijving {
  onderwijs: Onderwijssoort; vanaf: Dag; tot: Dag | null;
  niveau: number | null; leerweg: Leerweg | null; uitstroomprofiel: Uitstroomprofiel | null;
  bekostigd: boolean; lesdagenPerWeek: number | null; lesurenPerWeek: number | null;
}
export interface Diploma { soort: Diplomasoort; datum: Dag; gelijkwaardigAan: Diplomasoort | null }
export interface Vrijstelling { grond: Vrijstellingsgrond; vanaf: Dag; tot: Dag | null }

export interface Situatie {
  geboortedatum: Dag;
  vakantieregio: Vakantieregio | null;
  vrijeDagen: Dag[];
  schooljaren: Schooljaar[];
  inschrijvingen: Inschrijving[];
  diplomas: Diploma[];
  vrijstellingen: Vrijstelling[];
}

export function loopt(van: Dag, tot: Dag | null, dag: Dag): boolean {
  return van <= dag && (tot === null || dag <= tot);
}
