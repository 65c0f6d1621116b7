// The Dutch names of the codes the API answers with (enum values, onderwijssoorten), for tables,
// chart axes and legends. An unknown code is shown as it is, so a new enum value never hides a row.
export const MELDINGSOORT: Record<string, string> = {
  ZESTIEN_UUR: '16 uur in 4 weken (art 21a)',
  LANGDURIG_RELATIEF: 'Langdurig relatief verzuim',
  LUXE_VERZUIM: 'Luxe verzuim (art 13a)',
  DRIE_SCHOOLDAGEN: '3 schooldagen na inschrijving',
  DOORSTROOMPUNT: 'Doorstroompunt',
  ACHTSTE_LESTIJD: '1/8 van de lestijd (tot 2009)',
  OVERIG: 'Overig',
};

export const MAATREGEL: Record<string, string> = {
  PREVENTIEF_GESPREK: 'Preventief gesprek',
  WAARSCHUWING: 'Waarschuwing',
  HALT_VERWIJZING: 'Halt-verwijzing',
  PROCES_VERBAAL: 'Proces-verbaal (art 22)',
  DOORVERWIJZING_JEUGDHULP: 'Doorverwijzing jeugdhulp',
  RAAD_VOOR_DE_KINDERBESCHERMING: 'Raad voor de Kinderbescherming',
  ZORGTRAJECT: 'Zorgtraject',
  OVERIG: 'Overig',
};

export const GROND: Record<string, string> = {
  ART_5_A: 'Art 5 a (lichamelijk of psychisch)',
  ART_5_B: 'Art 5 b (richting van het onderwijs)',
  ART_5_C: 'Art 5 c (school buiten Nederland)',
  ART_5A: 'Art 5a (trekkend bestaan)',
  ART_15: 'Art 15 (andere vorm van onderwijs)',
};

export const BESTEMMING: Record<string, string> = { WEER_OP_SCHOOL: 'Weer op school', WERK: 'Werk', ONBEKEND: 'Onbekend' };

export const CATEGORIE: Record<string, string> = {
  LANGDURIG_RELATIEF_VERZUIM: 'Langdurig relatief verzuim',
  ABSOLUUT_VERZUIM: 'Absoluut verzuim',
  VRIJSTELLING: 'Vrijstelling',
};

export const ONDERWIJSSOORT: Record<string, string> = { ONBEKEND: 'Onbekend' };

export const naam = (lijst: Record<string, string>, code: string): string => lijst[code] ?? code;

/** 401 and 403 in words, and the other failures. */
export const FOUT = {
  sleutelOnbekend: 'Deze API-sleutel is onbekend of ingetrokken (401). Controleer de sleutel en probeer het opnieuw.',
  geenToegang: 'Deze API-sleutel mag deze cijfers niet zien (403): een leerplichtambtenaar ziet de eigen gemeente, een RMC-sleutel de gemeenten van de eigen regio.',
  verkeerdeRol: 'Deze pagina is voor leerplichtambtenaren en RMC-regio’s: gebruik een sleutel met rol LEERPLICHTAMBTENAAR of RMC.',
  verbinding: 'De server gaf geen antwoord. Probeer het later opnieuw.',
  api: 'De server weigerde de vraag:',
};
