// Legal test cases as data (rules/cases/*.json): read, validate, run through the GraphQL schema
// and compare the partial expectation with the answer.
import Ajv from 'ajv';
import fs from 'node:fs';
import path from 'node:path';

export interface Case {
  id: string;
  bron: string;
  waarom: string;
  /** the query the case asks: beoordeling (default) or verlofaanvraag */
  vraag?: 'beoordeling' | 'verlofaanvraag' | 'vrijstellingsberoep' | 'handhaving' | 'uitschrijving' | 'verwijdering';
  variabelen: { situatie: unknown; peildatum?: string; wetsdatum?: string; taal?: string; parameters?: Record<string, unknown>; aanvraag?: unknown; beroep?: unknown; feit?: unknown; verzoek?: unknown; besluit?: unknown; schooljaar?: string };
  verwacht: Record<string, unknown>;
}
export interface Casebestand { bestand: string; cases: Case[] }

export function leesCases(map: string, schemaMap = path.join(map, 'schema')): Casebestand[] {
  const casesMap = path.join(map, 'cases');
  if (!fs.existsSync(casesMap)) return [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  const schema = JSON.parse(fs.readFileSync(path.join(schemaMap, 'cases.schema.json'), 'utf8'));
  const valideer = ajv.compile(schema);
  return fs.readdirSync(casesMap).filter((f) => f.endsWith('.json')).sort().map((f) => {
    const inhoud = JSON.parse(fs.readFileSync(path.join(casesMap, f), "utf8")) as { cases: Case[] };
    if (!valideer(inhoud)) throw new Error(`cases/${f}: ${ajv.errorsText(valideer.errors)}`);
    return { bestand: `cases/${f}`, cases: inhoud.cases as Case[] };
  });
}

/** Differences between a partial expectation and an answer ([] when it matches). */
export function verschillen(verwacht: unknown, werkelijk: unknown, pad = ''): string[] {
  if (Array.isArray(verwacht)) {
    if (!Array.isArray(werkelijk)) return [`${pad}: expected a list, got ${JSON.stringify(werkelijk)}`];
    if (verwacht.length !== werkelijk.length) return [`${pad}: expected ${verwacht.length} items, got ${werkelijk.length}`];
    return verwacht.flatMap((v, i) => verschillen(v, werkelijk[i], `${pad}[${i}]`));
  }
  if (verwacht !== null && typeof verwacht === 'object') {
    if (werkelijk === null || typeof werkelijk !== 'object') return [`${pad}: expected an object, got ${JSON.stringify(werkelijk)}`];
    return Object.entries(verwacht).flatMap(([k, v]) => verschillen(v, (werkelijk as Record<string, unknown>)[k], pad ? `${pad}.${k}` : k));
  }
  return verwacht === werkelijk ? [] : [`${pad}: expected ${JSON.stringify(verwacht)}, got ${JSON.stringify(werkelijk)}`];
}

/** The queries a case runs: every field a case may assert. */
export const CASE_QUERIES = {
  beoordeling: /* GraphQL */ `
query Case($situatie: SituatieInput!, $peildatum: LocalDate!, $wetsdatum: LocalDate, $taal: Taal, $parameters: ParametersInput, $schooljaar: String = "2023/2024") {
  beoordeling(situatie: $situatie, peildatum: $peildatum, wetsdatum: $wetsdatum, taal: $taal, parameters: $parameters) {
    peildatum wetsdatum leeftijd
    leerplicht { status leerplichtigVanaf leerplichtigTot eindgrond kwalificatieplichtigVanaf kwalificatieplichtigTot uitzondering inschrijfplichtVrijgesteld absoluutVerzuim inschrijvingVoldoet leerplichtigVanafPerRegio { regio datum } afhankelijkVanRegio partieelLeerplichtigTot uitleg { regel } }
    tijdlijn { status vanaf tot grond { regel } }
    startkwalificatie { behaald datum diploma }
    verzuim { meldplicht maxUrenVierLesweken meldingen { soort verplicht begindatum einddatum uren uitleg { regel } termijn { soort termijn uiterlijk parameter uitleg { regel } } } genegeerd { datum uren reden geenSchooldag } }
    aansprakelijkheid { ouders jongere haltMogelijk uitleg { regel } }
    kwetsbarePositie { vanToepassing uitleg { regel } }
    doorstroompunt { vanToepassing uitleg { regel } }
    doorstroompuntOverleg { vereist grond tot uitleg { regel } }
    vervangendeLeerplicht { artikel voldoet besluitUiterlijk afschriftUiterlijk verlengingUiterlijk uitleg { regel } }
    thuiszitter { thuiszitter categorie sinds schooldagen langerDanDrieMaanden uitleg { regel } }
    voortijdigSchoolverlater(schooljaar: $schooljaar) { vanToepassing uitleg { regel } }
    aannames { code invoer velden }
    waarschuwingen { code velden invoer }
  }
}`,
  verlofaanvraag: /* GraphQL */ `
query VerlofCase($situatie: SituatieInput!, $aanvraag: VerlofaanvraagInput!, $taal: Taal, $parameters: ParametersInput) {
  verlofaanvraag(situatie: $situatie, aanvraag: $aanvraag, taal: $taal, parameters: $parameters) {
    toelaatbaar beslisser maxDagen maxUren redenen { regel tekst }
  }
}`,
  vrijstellingsberoep: /* GraphQL */ `
query VrijstellingCase($situatie: SituatieInput!, $beroep: VrijstellingsberoepInput!, $taal: Taal, $parameters: ParametersInput) {
  vrijstellingsberoep(situatie: $situatie, beroep: $beroep, taal: $taal, parameters: $parameters) {
    geldig tijdig uiterlijkeKennisgeving verlengingUiterlijk beslisser redenen { regel tekst }
  }
}`,
  handhaving: /* GraphQL */ `
query HandhavingCase($situatie: SituatieInput!, $feit: HandhavingsfeitInput!, $taal: Taal, $parameters: ParametersInput) {
  handhaving(situatie: $situatie, feit: $feit, taal: $taal, parameters: $parameters) {
    feitdatum leeftijd status haltMogelijk routes { route uitleg { regel } }
    ouders { strafbaar sanctie maxHechtenisMaanden geldboeteCategorie uitleg { regel } }
    jongere { strafbaar sanctie maxHechtenisMaanden geldboeteCategorie uitleg { regel } }
    hoofd { strafbaar sanctie maxHechtenisMaanden geldboeteCategorie maxBoeteEuro maxBoetePerSchooljaarEuro uitleg { regel } }
  }
}`,
  uitschrijving: /* GraphQL */ `
query UitschrijvingCase($situatie: SituatieInput!, $verzoek: UitschrijvingInput!, $taal: Taal, $parameters: ParametersInput) {
  uitschrijving(situatie: $situatie, verzoek: $verzoek, taal: $taal, parameters: $parameters) {
    toegestaan grond meldingen { wat aan termijnSoort termijn uiterlijk parameter uitleg { regel bron { artikel lid onderdeel } } } aannames { invoer } uitleg { regel }
  }
}`,
  verwijdering: /* GraphQL */ `
query VerwijderingCase($situatie: SituatieInput!, $besluit: VerwijderingsbesluitInput!, $taal: Taal, $parameters: ParametersInput) {
  verwijdering(situatie: $situatie, besluit: $besluit, taal: $taal, parameters: $parameters) {
    meldingen { wat aan termijnSoort termijn uiterlijk parameter uitleg { regel bron { artikel lid onderdeel } } }
  }
}`,
} as const;
