// GraphQL types of importeerVerzuimbestand and importprofielen (README "Verzuim importeren uit een schoolsysteem").
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime, GraphQLJSONObject, LocalDate } from '../scalars';

const alsTekst = (w: unknown): string => {
  if (typeof w !== 'string') throw new GraphQLError('bestand: expected the file as a string');
  return w;
};

/**
 * The file's contents. Not a String: a CSV file holds line breaks and tabs, and it is longer than
 * the 10,000 characters of any other text argument; it is bounded by the body limit and every
 * line is checked by the import itself (control characters too).
 */
export const Bestandsinhoud = new GraphQLScalarType<string, string>({
  name: 'Bestandsinhoud',
  description: 'De inhoud van een exportbestand: de tekst zelf (codering TEKST) of de bytes als base64 (codering BASE64, voor een bestand in Windows-1252). Begrensd door LEERPLICHT_MAX_BODY_MB. — The contents of an export file: its text, or its bytes as base64.',
  serialize: alsTekst,
  parseValue: alsTekst,
  parseLiteral: (ast) => alsTekst(ast.kind === Kind.STRING ? ast.value : undefined),
});

export enum Bestandscodering { TEKST = 'TEKST', BASE64 = 'BASE64' }
export enum ImportWaarschuwingCode { WEEKEND = 'WEEKEND', FEESTDAG = 'FEESTDAG', SCHOOLVAKANTIE = 'SCHOOLVAKANTIE', VRIJE_DAG = 'VRIJE_DAG', GEEN_LESTIJD = 'GEEN_LESTIJD' }

const w = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, description]) => [k, { description }]));
registerEnumType(Bestandscodering, {
  name: 'Bestandscodering',
  description: 'Hoe bestand is doorgegeven. — How bestand is passed.',
  valuesConfig: w({
    TEKST: 'De tekst van het bestand zelf (al gedecodeerd; de tekenset van het profiel speelt geen rol). — The file\'s text itself.',
    BASE64: 'De bytes van het bestand als base64, gelezen in de tekenset van het profiel (bijv. Windows-1252). — The file\'s bytes as base64, read in the profile\'s character set.',
  }),
});
registerEnumType(ImportWaarschuwingCode, {
  name: 'ImportWaarschuwingCode',
  description: 'Waarom een regel van het bestand niet is opgeslagen (stabiele code). — Why a line of the file was not stored (stable code).',
  valuesConfig: w({
    WEEKEND: 'De datum is een zaterdag of zondag. — The date is a Saturday or Sunday.',
    FEESTDAG: 'De datum is een nationale feestdag waarop de scholen dicht zijn. — A public holiday on which schools close.',
    SCHOOLVAKANTIE: 'De datum valt in een officiële schoolvakantie van de vakantieregio van de leerling. — The date lies in an official school holiday of the leerling\'s region.',
    VRIJE_DAG: 'De datum is een vrije dag van de school (vrijeDagen van de leerling). — A day off of the school.',
    GEEN_LESTIJD: 'Het lesrooster van het profiel heeft dat dagdeel op die weekdag geen les (bijv. woensdagmiddag). — The profile\'s lesrooster has no lessons in that dagdeel on that weekday.',
  }),
});

@ObjectType({ description: 'Een regel van het bestand die niet is opgeslagen omdat er die dag (of dat dagdeel) geen les was. — A line that was kept out: no lessons that day.' })
export class ImportWaarschuwing {
  @Field(() => Int, { description: 'Het regelnummer in het bestand (CSV, vanaf 1, kopregel meegeteld) of het recordnummer (JSON, vanaf 1). — Line (CSV) or record (JSON) number.' }) regel!: number;
  @Field({ description: 'Het leerlingnummer op die regel. — The leerlingnummer on that line.' }) leerlingnummer!: string;
  @Field(() => LocalDate, { description: 'De datum op die regel. — The date on that line.' }) datum!: string;
  @Field(() => ImportWaarschuwingCode, { description: 'Waarom de regel niet is opgeslagen. — Why it was kept out.' }) code!: ImportWaarschuwingCode;
  @Field({ description: 'Uitleg in het Nederlands. — Explanation (Dutch).' }) tekst!: string;
}

@ObjectType({ description: 'Wat importeerVerzuimbestand deed: alles of niets, eenmaal per idempotentieSleutel. — What importeerVerzuimbestand did.' })
export class VerzuimbestandUitvoer {
  @Field(() => ID, { description: 'Id van de import (ook importId van de opgeslagen verzuimregels). — Id of the import.' }) id!: string;
  @Field({ description: 'De sleutel van de aanroeper: dezelfde sleutel met hetzelfde bestand schrijft niets nieuws. — The caller\'s key.' }) idempotentieSleutel!: string;
  @Field({ description: 'Het gebruikte importprofiel. — The profile used.' }) profiel!: string;
  @Field(() => Int, { description: 'Gelezen regels (records) van het bestand, kopregel niet meegeteld. — Lines read, header excluded.' }) regels!: number;
  @Field(() => Int, { description: 'Opgeslagen verzuimregistraties: regels van dezelfde leerling, dag en reden samengeteld. — Verzuim records stored (lines of the same leerling, day and reason summed).' }) aantal!: number;
  @Field(() => Float, { description: 'Opgeslagen uren verzuim in totaal. — Hours stored in total.' }) uren!: number;
  @Field(() => Int, { description: 'Regels met een code die geen verzuim is (GEEN_VERZUIM in het profiel): gelezen en gecontroleerd, niet opgeslagen. — Lines with a code that is no absence.' }) geenVerzuim!: number;
  @Field(() => Int, { description: 'Regels op een dag zonder les: niet opgeslagen, zie waarschuwingen. — Lines on a day without lessons, kept out.' }) overgeslagen!: number;
  @Field(() => [ImportWaarschuwing], { description: 'Elke niet opgeslagen regel op een dag zonder les, met de datum en waarom. — Every line kept out, with its date and why.' }) waarschuwingen!: ImportWaarschuwing[];
  @Field(() => DateTime, { description: 'Tijdstip van de eerste import met deze sleutel. — When first imported.' }) aangemaaktOp!: string;
  @Field({ description: 'false: deze sleutel en dit bestand waren al geïmporteerd; nu is niets geschreven. — false: imported before; nothing written now.' }) nieuw!: boolean;
}

@ObjectType({ description: 'Eén code van het schoolsysteem en de Verzuimreden waarop zij wordt afgebeeld. — One code of the school system and its Verzuimreden.' })
export class Importcode {
  @Field({ description: 'De code zoals in het bestand (hoofdletters doen er niet toe, tenzij het profiel hoofdlettergevoelig is). — The code as in the file.' }) code!: string;
  @Field({ description: 'De Verzuimreden, of GEEN_VERZUIM: gelezen, niet opgeslagen. — The Verzuimreden, or GEEN_VERZUIM.' }) reden!: string;
  @Field(() => Float, { nullable: true, description: 'Een vaste duur in minuten voor deze code (bijv. te laat: 10), ongeacht de regel. — A fixed duration in minutes.' }) minuten!: number | null;
}

@ObjectType({ description: 'Een importprofiel: hoe de verzuimexport van een schoolsysteem wordt gelezen. — An import profile.' })
export class Importprofiel {
  @Field({ description: 'De naam, zoals importeerVerzuimbestand(profiel) en POST /import/verzuim?profiel= hem vragen. — Its name.' }) naam!: string;
  @Field({ description: 'Welke export het leest. — What export it reads.' }) omschrijving!: string;
  @Field(() => String, { nullable: true, description: 'Gezet als het profiel een VOORBEELD-indeling is en geen officieel formaat van een leverancier. — Set for an example layout.' }) voorbeeld!: string | null;
  @Field({ description: '"csv" of "json". — csv or json.' }) formaat!: string;
  @Field({ description: 'Waar het profiel vandaan komt: rules/importprofielen/… of de map van LEERPLICHT_IMPORTPROFIELEN_DIR. — Where it comes from.' }) bron!: string;
  @Field({ description: 'sha256 van het profielbestand. — sha256 of the file.' }) hash!: string;
  @Field(() => [Importcode], { description: 'De codes en hun Verzuimreden. — The codes and their reason.' }) codes!: Importcode[];
  @Field(() => GraphQLJSONObject, { description: 'Het hele profiel zoals in het bestand (kolommen, duur, dialect). — The whole profile as in its file.' }) definitie!: Record<string, unknown>;
}
