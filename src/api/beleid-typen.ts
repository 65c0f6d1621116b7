// GraphQL types of local policy: the signalen a policy pack gives (never a statutory outcome), the
// packs applied to an answer, and the packs themselves. Named Beleid… because Signaal is the
// signalering run's melding.
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from './scalars';

export enum Signaalernst { INFO = 'INFO', AANDACHT = 'AANDACHT', ZORG = 'ZORG' }

registerEnumType(Signaalernst, {
  name: 'Signaalernst',
  description: 'Hoe ernstig een beleidssignaal is, laagste eerst (engine/beleid/signaal.ts). — How serious a policy signal is, lowest first.',
  valuesConfig: {
    INFO: { description: 'Ter kennisname: geen actie gevraagd. — For information: no action asked.' },
    AANDACHT: { description: 'De school onderneemt actie (gesprek met leerling en ouders, preventie). — The school acts (a talk, prevention).' },
    ZORG: { description: 'De leerplichtambtenaar of het zorgoverleg wordt ingeschakeld. — The leerplichtambtenaar or care network is involved.' },
  },
});

@ObjectType({ description: 'Een beleidspakket dat op dit antwoord is toegepast. — A policy pack applied to this answer.' })
export class ToegepastBeleidspakket {
  @Field({ description: 'Naam van het pakket, bijv. "Verzuimprotocol Amsterdam". — Name of the pack.' }) naam!: string;
  @Field({ description: 'Versie van het pakket. — Version of the pack.' }) versie!: string;
  @Field({ description: 'sha256 over de bestanden van het pakket (pakket.json, parameters, regels). — sha256 over the pack\'s files.' }) hash!: string;
  @Field({ description: 'De gemeente (CBS-code) waarvoor het pakket gold. — The gemeente it applied for.' }) gemeente!: string;
}

@ObjectType({ description: 'Waar een beleidssignaal op rust: het beleidsdocument, de eigenaar en de paragraaf. — What a policy signal rests on: the document, its owner and the paragraph.' })
export class Beleidsbron {
  @Field({ description: 'Titel van het beleidsdocument (verzuimprotocol). — Title of the policy document.' }) document!: string;
  @Field(() => String, { nullable: true, description: 'Link naar het document; null als het die niet heeft. — Link to the document; null: none.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Kenmerk of besluitnummer van het document; null als het dat niet heeft. — Reference of the document; null: none.' }) referentie!: string | null;
  @Field({ description: 'Eigenaar van het beleid, bijv. "Gemeente Amsterdam, Leerplicht". — Owner of the policy.' }) eigenaar!: string;
  @Field({ description: 'De paragraaf van het document die de regel vastlegt, bijv. "§ 3.2". — The paragraph the rule encodes.' }) onderdeel!: string;
}

@ObjectType({ description: 'Wanneer beleid geldt: eerste en laatste dag (inclusief). — When policy is in force: first and last day, inclusive.' })
export class Beleidsgeldigheid {
  @Field(() => LocalDate, { description: 'Eerste dag. — First day.' }) vanaf!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag (inclusief); null: zonder einde. — Last day; null: open-ended.' }) tot!: string | null;
}

@ObjectType({ description: 'Een signaal uit lokaal beleid (verzuimprotocol van gemeente of regio): vraagt aandacht, beslist niets wat de wet beslist (geen meldplicht, geen status). — A signal of local policy: asks for attention, decides nothing the law decides.' })
export class Beleidssignaal {
  @Field({ description: 'Stabiele code van het signaal, bijv. "SIGNAAL_12_UUR". — Stable code.' }) code!: string;
  @Field(() => Signaalernst, { description: 'Hoe ernstig het signaal is. — How serious.' }) ernst!: Signaalernst;
  @Field({ description: 'Wat het signaal betekent, in de gevraagde taal. — What it means, in the requested taal.' }) omschrijving!: string;
  @Field({ description: 'Waarom het signaal geldt: de zin van de regel met de feiten ingevuld. — Why: the rule\'s sentence with the facts filled in.' }) uitleg!: string;
  @Field({ description: 'Id van de beleidsregel, bijv. "beleid0363.signaal-12-uur". — Id of the policy rule.' }) regel!: string;
  @Field(() => Beleidsbron, { description: 'Het beleidsdocument en de paragraaf waarop het rust. — The document and paragraph it rests on.' }) bron!: Beleidsbron;
  @Field(() => Beleidsgeldigheid, { description: 'Wanneer de regel geldt (binnen de geldigheid van het pakket). — When the rule is in force (within its pack\'s validity).' }) geldig!: Beleidsgeldigheid;
  @Field(() => ToegepastBeleidspakket, { description: 'Het pakket waaruit het signaal komt. — The pack it comes from.' }) pakket!: ToegepastBeleidspakket;
}

@ObjectType({ description: 'Het document dat een beleidspakket vastlegt. — The document a policy pack encodes.' })
export class Beleidsdocument {
  @Field({ description: 'Titel van het document. — Title.' }) titel!: string;
  @Field(() => String, { nullable: true, description: 'Link naar het document; null: geen. — Link; null: none.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Kenmerk of besluitnummer; null: geen. — Reference; null: none.' }) referentie!: string | null;
}

@ObjectType({ description: 'Een beleidspakket: lokaal beleid van een gemeente of regio in JSON (rules/beleid), dat alleen signalen toevoegt. — A policy pack: local policy in JSON that only adds signals.' })
export class Beleidspakket {
  @Field({ description: 'Naam van het pakket. — Name.' }) naam!: string;
  @Field({ description: 'Versie van het pakket. — Version.' }) versie!: string;
  @Field({ description: 'sha256 over de bestanden van het pakket. — sha256 over its files.' }) hash!: string;
  @Field({ description: 'Wat het pakket doet. — What the pack does.' }) omschrijving!: string;
  @Field({ description: 'Eigenaar van het beleid. — Owner of the policy.' }) eigenaar!: string;
  @Field(() => Beleidsdocument, { description: 'Het beleidsdocument dat het vastlegt. — The document it encodes.' }) document!: Beleidsdocument;
  @Field(() => Beleidsgeldigheid, { description: 'Wanneer het pakket geldt (naar de wetsdatum). — When it is in force (by wetsdatum).' }) geldig!: Beleidsgeldigheid;
  @Field(() => [String], { description: 'De gemeenten (CBS-codes) waarvoor het geldt. — The gemeenten it applies to.' }) gemeenten!: string[];
  @Field(() => [String], { description: 'De ids van zijn regels. — The ids of its rules.' }) regels!: string[];
}
