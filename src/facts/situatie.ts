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
export type Verzuimreden = 'ONGEOORLOOFD' | 'TE_LAAT' | 'ZIEKTE' | 'SCHORSING' | 'VERLOF' | 'RELIGIEUS' | 'VAKANTIE_ZONDER_VERLOF' | 'VIJFJARIGE_11A';
export type Verlofsoort = 'VAKANTIE_13A' | 'GEWICHTIG_14' | 'RELIGIEUS_13' | 'ZIEKTE_12' | 'VIJFJARIGE_11A';
export interface Verzuimregistratie { datum: Dag; uren: number; reden: Verzuimreden }
export interface Verlof { soort: Verlofsoort; vanaf: Dag; tot: Dag; dagen: number | null; uren: number | null }
export interface Arbeid { arbeidsovereenkomst: boolean; urenPerWeek: number | null }
export type VervangendeLeerplichtArtikel = 'ART_3A' | 'ART_3B';
/** A programme approved by B&W under art 3a (praktijk at the school) or 3b (mbo/vavo instead of the last school year). */
export interface VervangendeLeerplicht { artikel: VervangendeLeerplichtArtikel; vanaf: Dag; tot: Dag; aangevraagdOp: Dag | null; besluitOp: Dag | null }
/** A leave request (art 11-14) judged against the situatie. */
export interface Verlofaanvraag {
  soort: Verlofsoort; vanaf: Dag; tot: Dag; dagen: number | null; uren: number | null;
  aangevraagdOp: Dag; vooraf: boolean; beroepOuderVerhindertVakantie: boolean | null;
}

export interface Situatie {
  geboortedatum: Dag;
  /** the woongemeente (CBS code, 4 digits) on the peildatum: which policy packs apply; absent or null: none */
  gemeente?: string | null;
  vakantieregio: Vakantieregio | null;
  vrijeDagen: Dag[];
  schooljaren: Schooljaar[];
  inschrijvingen: Inschrijving[];
  diplomas: Diploma[];
  vrijstellingen: Vrijstelling[];
  // optional so that callers that only ask about leerplicht need not pass them
  verzuim?: Verzuimregistratie[];
  verlof?: Verlof[];
  arbeid?: Arbeid | null;
  /** approved programmes of arts 3a/3b (vervangende leerplicht); absent: none */
  vervangendeLeerplicht?: VervangendeLeerplicht[];
  meerderjarigVerklaard?: boolean;
  oudersNietVerwijtbaar?: boolean;
  eerderHaltVoorSchoolverzuim?: boolean;
  /** set when a verlofaanvraag is judged */
  aanvraag?: Verlofaanvraag;
  /** set when a beroep op vrijstelling is judged */
  beroep?: Vrijstellingsberoep;
  /** set when the enforcement question (art 22, 26, 27) is asked about a feit */
  handhaving?: Handhavingsfeit;
  /** set when an uitschrijving (art 10) or a verwijderingsbesluit (art 18 lid 1) is judged (facts/catalogus-schoolbesluit.ts) */
  schoolbesluit?: import('./catalogus-schoolbesluit').Schoolbesluit;
  /** the optional lists the caller left out (absent, not empty): "not given" is not "none"; absent: all given (stored leerlingen) */
  nietOpgegeven?: readonly OptioneleLijst[];
}

/** What happened, as the leerplichtambtenaar asks about it (art 22, 26, 27): the rules answer, never decide. */
export type Handhavingsfeitsoort = 'NIET_INGESCHREVEN' | 'VERZUIM' | 'VERLOF_DOOR_HOOFD' | 'MELDPLICHT_HOOFD' | 'ONJUISTE_INLICHTINGEN_HOOFD';
export interface Handhavingsfeit {
  soort: Handhavingsfeitsoort; datum: Dag; jongereWeigert: boolean; oudersEerderVeroordeeld: boolean;
  /** VERLOF_DOOR_HOOFD: the leave the hoofd granted (art 13a lid 2, 14 lid 3 first sentence) */
  verleendVerlof: Verlof | null;
}

export type OptioneleLijst = 'schooljaren' | 'inschrijvingen' | 'diplomas';
export const opgegeven = (s: Situatie, lijst: OptioneleLijst): boolean => s.nietOpgegeven === undefined || !s.nietOpgegeven.includes(lijst);

export interface Verklaring { datum: Dag; deskundige: 'ARTS' | 'PSYCHOLOOG' | 'PEDAGOOG' | 'SCHOOLHOOFD_BUITENLAND'; aangewezenDoorBW: boolean; behandelend: boolean; nooitGeschikt: boolean }
/** A beroep op vrijstelling (art 5, 5a) or a request under art 15, judged against the situatie. */
export interface Vrijstellingsberoep {
  grond: Vrijstellingsgrond; kennisgevingOp: Dag; verklaring: Verklaring | null;
  richtingBezwaar: string | null; plaatsingen: { richting: string; vanaf: Dag; tot: Dag | null }[];
  voorSchooljaar: number | null; vanaf: Dag | null; tot: Dag | null; voldoendeOnderwijsAangetoond: boolean | null;
  trekkend: { beroep: string; reistMee: boolean; afstandRijdendeSchoolKm: number | null } | null;
}

export function loopt(van: Dag, tot: Dag | null, dag: Dag): boolean {
  return van <= dag && (tot === null || dag <= tot);
}
