// The vocabulary of rules: every fact has a name, a type and a meaning. Rule files are
// type-checked against these declarations when they are loaded.
import type { FeitParamDefinitie, FeitParams } from './feit-params';
import type { Feiten } from './feiten';

export type FeitType = 'datum' | 'getal' | 'boolean' | 'tekst' | 'lijst' | 'intern';
// 'intern': a helper value (e.g. the evaluations of each diploma) that rules cannot refer to.

export interface FeitDefinitie {
  naam: string;
  type: FeitType;
  /** may be null (a date that does not exist for this jongere, an absent value) */
  nullable?: boolean;
  /** allowed values of a tekst fact, or of the items of a lijst fact */
  enum?: readonly string[];
  omschrijving: string;
  bereken(f: Feiten): unknown;
  /** a parameterised fact: the params a rule's condition gives it (json-rules-engine's condition params) */
  params?: Readonly<Record<string, FeitParamDefinitie>>;
  /** the value for params normalised by normaliseerFeitParams (facts/feit-params.ts) */
  berekenMet?(f: Feiten, params: FeitParams): unknown;
}

export type Onderwerp = 'situatie' | 'diploma' | 'inschrijving' | 'verzuim' | 'melding' | 'vsv';

export const ONDERWIJSSOORTEN = ['PO', 'SBO', 'SO', 'VSO', 'PRO', 'VMBO', 'HAVO', 'VWO', 'MBO', 'VAVO', 'BUITENLAND', 'AVONDONDERWIJS'] as const;
export const DIPLOMASOORTEN = ['HAVO', 'VWO', 'MBO_ENTREE', 'MBO_2', 'MBO_3', 'MBO_4', 'VMBO_BB', 'VMBO_KB', 'VMBO_GL', 'VMBO_TL', 'PRO', 'VSO', 'BUITENLANDS', 'DEELCERTIFICAAT'] as const;
export const VRIJSTELLINGSGRONDEN = ['ART_5_A', 'ART_5_B', 'ART_5_C', 'ART_5A', 'ART_15'] as const;
export const LEERWEGEN = ['BB', 'KB', 'GL', 'TL', 'LWT', 'BOL', 'BBL'] as const;
export const UITSTROOMPROFIELEN = ['VERVOLGONDERWIJS', 'ARBEIDSMARKT', 'DAGBESTEDING'] as const;
export const LEERPLICHTSTATUSSEN = ['NOG_NIET_LEERPLICHTIG', 'LEERPLICHTIG', 'KWALIFICATIEPLICHTIG', 'PARTIEEL_LEERPLICHTIG', 'NIET_LEERPLICHTIG'] as const;
export const EINDGRONDEN = ['ZESTIEN_JAAR', 'TWAALF_SCHOOLJAREN', 'BEIDE'] as const;
export const UITZONDERINGEN = ['PRO_DIPLOMA', 'VSO_ARBEIDSMARKT', 'VSO_DAGBESTEDING', 'VSO_BEZOCHT'] as const;
export const KWALIFICATIEPLICHT_EINDGRONDEN = ['ACHTTIEN_JAAR', 'STARTKWALIFICATIE', 'UITZONDERING'] as const;
export const REGIMES = ['KWALIFICATIEPLICHT', 'PARTIELE_LEERPLICHT', 'GEEN'] as const;

export type Onderwijssoort = (typeof ONDERWIJSSOORTEN)[number];
export type Diplomasoort = (typeof DIPLOMASOORTEN)[number];
export type Vrijstellingsgrond = (typeof VRIJSTELLINGSGRONDEN)[number];
export type Leerweg = (typeof LEERWEGEN)[number];
export type Uitstroomprofiel = (typeof UITSTROOMPROFIELEN)[number];
export type LeerplichtStatus = (typeof LEERPLICHTSTATUSSEN)[number];
export const VERZUIMREDENEN = ['ONGEOORLOOFD', 'TE_LAAT', 'ZIEKTE', 'SCHORSING', 'VERLOF', 'RELIGIEUS', 'VAKANTIE_ZONDER_VERLOF', 'VIJFJARIGE_11A'] as const;
export const VERLOFSOORTEN = ['VAKANTIE_13A', 'GEWICHTIG_14', 'RELIGIEUS_13', 'ZIEKTE_12', 'VIJFJARIGE_11A'] as const;
export const VERZUIMBEOORDELINGEN = ['ONGEOORLOOFD', 'LUXE_VERZUIM', 'TE_LAAT', 'GEOORLOOFD', 'ART_11A', 'GEEN_BEZOEKPLICHT', 'GEEN_SCHOOLDAG'] as const;
export const MELDINGSOORTEN = ['ZESTIEN_UUR', 'LUXE_VERZUIM', 'LANGDURIG_RELATIEF', 'DOORSTROOMPUNT', 'OVERIG', 'DRIE_SCHOOLDAGEN', 'ACHTSTE_LESTIJD'] as const;
export const BESLISSERS = ['DIRECTEUR', 'LEERPLICHTAMBTENAAR', 'COLLEGE'] as const;
