// GraphQL enums of the public contract (shared/API.md). Names and values are fixed.
import { registerEnumType } from 'type-graphql';
import { ENUM_BESCHRIJVINGEN } from './enum-beschrijvingen';

export enum Vakantieregio { NOORD = 'NOORD', MIDDEN = 'MIDDEN', ZUID = 'ZUID' }
export enum Onderwijssoort { PO = 'PO', SBO = 'SBO', SO = 'SO', VSO = 'VSO', PRO = 'PRO', VMBO = 'VMBO', HAVO = 'HAVO', VWO = 'VWO', MBO = 'MBO', VAVO = 'VAVO', BUITENLAND = 'BUITENLAND', AVONDONDERWIJS = 'AVONDONDERWIJS' }
export enum Leerweg { BB = 'BB', KB = 'KB', GL = 'GL', TL = 'TL', LWT = 'LWT', BOL = 'BOL', BBL = 'BBL' }
export enum Uitstroomprofiel { VERVOLGONDERWIJS = 'VERVOLGONDERWIJS', ARBEIDSMARKT = 'ARBEIDSMARKT', DAGBESTEDING = 'DAGBESTEDING' }
export enum Diplomasoort { HAVO = 'HAVO', VWO = 'VWO', MBO_ENTREE = 'MBO_ENTREE', MBO_2 = 'MBO_2', MBO_3 = 'MBO_3', MBO_4 = 'MBO_4', VMBO_BB = 'VMBO_BB', VMBO_KB = 'VMBO_KB', VMBO_GL = 'VMBO_GL', VMBO_TL = 'VMBO_TL', PRO = 'PRO', VSO = 'VSO', BUITENLANDS = 'BUITENLANDS', DEELCERTIFICAAT = 'DEELCERTIFICAAT' }
export enum Vrijstellingsgrond { ART_5_A = 'ART_5_A', ART_5_B = 'ART_5_B', ART_5_C = 'ART_5_C', ART_5A = 'ART_5A', ART_15 = 'ART_15' }
export enum Verzuimreden { ONGEOORLOOFD = 'ONGEOORLOOFD', TE_LAAT = 'TE_LAAT', ZIEKTE = 'ZIEKTE', SCHORSING = 'SCHORSING', VERLOF = 'VERLOF', RELIGIEUS = 'RELIGIEUS', VAKANTIE_ZONDER_VERLOF = 'VAKANTIE_ZONDER_VERLOF', VIJFJARIGE_11A = 'VIJFJARIGE_11A' }
export enum Verlofsoort { VAKANTIE_13A = 'VAKANTIE_13A', GEWICHTIG_14 = 'GEWICHTIG_14', RELIGIEUS_13 = 'RELIGIEUS_13', ZIEKTE_12 = 'ZIEKTE_12', VIJFJARIGE_11A = 'VIJFJARIGE_11A' }
export enum LeerplichtStatus { NOG_NIET_LEERPLICHTIG = 'NOG_NIET_LEERPLICHTIG', LEERPLICHTIG = 'LEERPLICHTIG', KWALIFICATIEPLICHTIG = 'KWALIFICATIEPLICHTIG', PARTIEEL_LEERPLICHTIG = 'PARTIEEL_LEERPLICHTIG', NIET_LEERPLICHTIG = 'NIET_LEERPLICHTIG' }
export enum Eindgrond { ZESTIEN_JAAR = 'ZESTIEN_JAAR', TWAALF_SCHOOLJAREN = 'TWAALF_SCHOOLJAREN', BEIDE = 'BEIDE' }
export enum Kwalificatieplichtuitzondering { PRO_DIPLOMA = 'PRO_DIPLOMA', VSO_ARBEIDSMARKT = 'VSO_ARBEIDSMARKT', VSO_DAGBESTEDING = 'VSO_DAGBESTEDING', VSO_BEZOCHT = 'VSO_BEZOCHT' }
export enum Meldingsoort { ZESTIEN_UUR = 'ZESTIEN_UUR', LUXE_VERZUIM = 'LUXE_VERZUIM', LANGDURIG_RELATIEF = 'LANGDURIG_RELATIEF', DOORSTROOMPUNT = 'DOORSTROOMPUNT', OVERIG = 'OVERIG', DRIE_SCHOOLDAGEN = 'DRIE_SCHOOLDAGEN', ACHTSTE_LESTIJD = 'ACHTSTE_LESTIJD' }
export enum Taal { NL = 'NL', EN = 'EN' }
export enum Beslisser { DIRECTEUR = 'DIRECTEUR', LEERPLICHTAMBTENAAR = 'LEERPLICHTAMBTENAAR', COLLEGE = 'COLLEGE' }
export enum Deskundige { ARTS = 'ARTS', PSYCHOLOOG = 'PSYCHOLOOG', PEDAGOOG = 'PEDAGOOG', SCHOOLHOOFD_BUITENLAND = 'SCHOOLHOOFD_BUITENLAND' }
export enum Feb29Verjaardag { MAART_1 = 'MAART_1', FEB_28 = 'FEB_28' }
export enum VsvLeeftijdOp { EEN_OKTOBER_T = 'EEN_OKTOBER_T', EEN_OKTOBER_T1 = 'EEN_OKTOBER_T1' }
export enum DoorstroompuntVakantieweken { ALLEEN_ONDERWIJSWEKEN = 'ALLEEN_ONDERWIJSWEKEN', KALENDERWEKEN = 'KALENDERWEKEN' }
export enum VerlofTermijnDagen { KALENDERDAGEN = 'KALENDERDAGEN', SCHOOLDAGEN = 'SCHOOLDAGEN' }
export enum EvenredigDeel { HELE_DAGEN_OMLAAG = 'HELE_DAGEN_OMLAAG', HELE_DAGEN_OMHOOG = 'HELE_DAGEN_OMHOOG', EXACT = 'EXACT' }
export enum Onderwerp { situatie = 'situatie', diploma = 'diploma', inschrijving = 'inschrijving', verzuim = 'verzuim', melding = 'melding', vsv = 'vsv' }

const enums: [object, string, string][] = [
  [Vakantieregio, 'Vakantieregio', 'Official school-holiday region; decides schooldagen and lesweken.'],
  [Onderwijssoort, 'Onderwijssoort', 'Kind of education.'],
  [Leerweg, 'Leerweg', 'Learning pathway (LWT = leerwerktraject).'],
  [Uitstroomprofiel, 'Uitstroomprofiel', 'Vso exit profile (WEC art 14 lid 1).'],
  [Diplomasoort, 'Diplomasoort', 'Kind of diploma.'],
  [Vrijstellingsgrond, 'Vrijstellingsgrond', 'Ground of an exemption from the enrolment duty.'],
  [Verzuimreden, 'Verzuimreden', 'Reason recorded for an absence.'],
  [Verlofsoort, 'Verlofsoort', 'Kind of leave.'],
  [LeerplichtStatus, 'LeerplichtStatus', 'Status under the Leerplichtwet on a day.'],
  [Eindgrond, 'Eindgrond', 'Which limb of art 3 lid 1 ends leerplicht (BEIDE: both on the same day).'],
  [Kwalificatieplichtuitzondering, 'Kwalificatieplichtuitzondering', 'Art 4a lid 2 exception (VSO_BEZOCHT: 2007-2013 wording).'],
  [Meldingsoort, 'Meldingsoort', 'Kind of verzuimmelding (DRIE_SCHOOLDAGEN, ACHTSTE_LESTIJD: art 21 before 2009-08-01).'],
  [Taal, 'Taal', 'Language of explanations.'],
  [Beslisser, 'Beslisser', 'Who decides.'],
  [Deskundige, 'Deskundige', 'Author of a verklaring.'],
  [Feb29Verjaardag, 'Feb29Verjaardag', 'Birthday of someone born on 29 February in a non-leap year (no statutory rule; default MAART_1).'],
  [Onderwerp, 'Onderwerp', 'What one evaluation of a rule is about.'],
  [VsvLeeftijdOp, 'VsvLeeftijdOp', 'Peildatum of the age limit of the vsv starting population [U].'],
  [DoorstroompuntVakantieweken, 'DoorstroompuntVakantieweken', 'Whether holiday weeks count in the WEB four-week absence (a reading).'],
  [VerlofTermijnDagen, 'VerlofTermijnDagen', 'How the two-day terms of art 12, 13 and 14 lid 2 count (a reading).'],
  [EvenredigDeel, 'EvenredigDeel', 'How the proportional share of art 13a lid 2 and 14 lid 3 is rounded (a reading).'],
];
// the Dutch descriptions (type and every value) are in enum-beschrijvingen.ts; the English one above is
// only a fallback for an enum not described there yet (test/api/schema-beschrijvingen.test.ts then fails)
for (const [e, name, description] of enums) registerEnumType(e, { name, ...(ENUM_BESCHRIJVINGEN[name] ?? { description }) });
