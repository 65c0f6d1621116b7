// GraphQL types of stored leerlingen and their facts. Computed parts (facts, meldingen,
// beoordeling) are field resolvers in leerling.resolver.ts, loaded in batches per request.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Diplomasoort, Leerweg, Meldingsoort, Onderwijssoort, Uitstroomprofiel, Vakantieregio, Verlofsoort, Verzuimreden, Vrijstellingsgrond } from '../enums';
import { LocalDate } from '../scalars';
import { Beoordeling, Uitleg } from '../uitvoer';

export enum Meldingstatus { GEREGISTREERD = 'GEREGISTREERD', IN_BEHANDELING = 'IN_BEHANDELING', AFGESLOTEN = 'AFGESLOTEN', INGETROKKEN = 'INGETROKKEN', TER_KENNISGEVING_AANGENOMEN = 'TER_KENNISGEVING_AANGENOMEN' }
export enum Rol { PUBLIC = 'PUBLIC', SCHOOL = 'SCHOOL', LEERPLICHTAMBTENAAR = 'LEERPLICHTAMBTENAAR', RMC = 'RMC' }
registerEnumType(Meldingstatus, { name: 'Meldingstatus', description: 'Lifecycle of a recorded melding (DUO verzuimloket).' });
registerEnumType(Rol, { name: 'Rol', description: 'Role of an API key.' });

@ObjectType('Toegang', { description: 'Who this request acts as (from its API key; no key: PUBLIC).' })
export class ToegangUitvoer {
  @Field(() => Rol) rol!: Rol;
  @Field(() => String, { nullable: true }) brin!: string | null;
  @Field(() => String, { nullable: true }) gemeente!: string | null;
  @Field(() => String, { nullable: true, description: 'RMC: the regio\'s name.' }) regio!: string | null;
  @Field(() => [String], { nullable: true, description: 'RMC: the gemeenten (CBS codes) of the regio.' }) gemeenten!: string[] | null;
  @Field() naam!: string;
}

@ObjectType('Woonperiode', { description: 'Where a leerling lived: the woongemeente from vanaf up to and including tot (null: still). A verhuizing closes one and opens the next.' })
export class WoonperiodeUitvoer {
  @Field({ description: 'CBS gemeentecode (4 digits).' }) gemeente!: string;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true }) tot!: string | null;
}

@ObjectType('Arbeid')
export class ArbeidUitvoer {
  @Field() arbeidsovereenkomst!: boolean;
  @Field(() => Float, { nullable: true }) urenPerWeek!: number | null;
}

@ObjectType('Leerling', { description: 'A stored jongere. The id is pseudonymous; the BSN only reaches a LEERPLICHTAMBTENAAR.' })
export class LeerlingUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => LocalDate) geboortedatum!: string;
  @Field({ description: 'CBS gemeentecode of the woongemeente (4 digits).' }) gemeente!: string;
  @Field(() => Vakantieregio, { nullable: true }) vakantieregio!: Vakantieregio | null;
  @Field(() => [LocalDate]) vrijeDagen!: string[];
  @Field(() => ArbeidUitvoer, { nullable: true }) arbeid!: ArbeidUitvoer | null;
  @Field() meerderjarigVerklaard!: boolean;
  @Field() oudersNietVerwijtbaar!: boolean;
  @Field() eerderHaltVoorSchoolverzuim!: boolean;
  @Field() aangemaaktOp!: string;
  @Field() gewijzigdOp!: string;
}

@ObjectType('Inschrijving')
export class InschrijvingUitvoer {
  @Field(() => ID) id!: string;
  @Field() brin!: string;
  @Field(() => Onderwijssoort) onderwijs!: Onderwijssoort;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true }) tot!: string | null;
  @Field(() => Int, { nullable: true }) niveau!: number | null;
  @Field(() => Leerweg, { nullable: true }) leerweg!: Leerweg | null;
  @Field(() => Uitstroomprofiel, { nullable: true }) uitstroomprofiel!: Uitstroomprofiel | null;
  @Field() bekostigd!: boolean;
  @Field(() => Float, { nullable: true }) lesdagenPerWeek!: number | null;
  @Field(() => Float, { nullable: true }) lesurenPerWeek!: number | null;
}

@ObjectType('Schooljaar')
export class SchooljaarUitvoer {
  @Field(() => ID) id!: string;
  @Field() schooljaar!: string;
  @Field() volledig!: boolean;
  @Field(() => Onderwijssoort) onderwijs!: Onderwijssoort;
  @Field(() => Boolean, { nullable: true }) teltMee!: boolean | null;
}

@ObjectType('Diploma')
export class DiplomaUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => Diplomasoort) soort!: Diplomasoort;
  @Field(() => LocalDate) datum!: string;
  @Field(() => Diplomasoort, { nullable: true }) gelijkwaardigAan!: Diplomasoort | null;
}

@ObjectType('Vrijstelling')
export class VrijstellingUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => Vrijstellingsgrond) grond!: Vrijstellingsgrond;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate, { nullable: true }) tot!: string | null;
}

@ObjectType('Verlof')
export class VerlofUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => Verlofsoort) soort!: Verlofsoort;
  @Field(() => LocalDate) vanaf!: string;
  @Field(() => LocalDate) tot!: string;
  @Field(() => Float, { nullable: true }) dagen!: number | null;
  @Field(() => Float, { nullable: true }) uren!: number | null;
}

@ObjectType('Verzuimregistratie')
export class VerzuimregistratieUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => LocalDate) datum!: string;
  @Field(() => Float) uren!: number;
  @Field(() => Verzuimreden) reden!: Verzuimreden;
  @Field(() => ID, { nullable: true, description: 'The bulk import that wrote it.' }) importId!: string | null;
}

@ObjectType()
export class Statusovergang {
  @Field(() => Meldingstatus, { nullable: true }) van!: Meldingstatus | null;
  @Field(() => Meldingstatus) naar!: Meldingstatus;
  @Field({ description: 'The key (naam) that made the change.' }) door!: string;
  @Field({ description: 'ISO timestamp.' }) op!: string;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
}

@ObjectType('Melding', { description: 'A verzuimmelding the rules computed and someone recorded.' })
export class MeldingUitvoer {
  @Field(() => ID) id!: string;
  @Field(() => ID) leerlingId!: string;
  @Field(() => Meldingsoort) soort!: Meldingsoort;
  @Field(() => LocalDate) begindatum!: string;
  @Field(() => LocalDate) einddatum!: string;
  @Field(() => Float) uren!: number;
  @Field() verplicht!: boolean;
  @Field(() => Meldingstatus) status!: Meldingstatus;
  @Field(() => String, { nullable: true, description: 'School that recorded it (null: a leerplichtambtenaar).' }) brin!: string | null;
  @Field(() => [Statusovergang]) historie!: Statusovergang[];
  @Field() geregistreerdOp!: string;
}

@ObjectType({ description: 'A melding the rules give for a stored leerling on the peildatum, and whether it was recorded.' })
export class TeMelden {
  @Field(() => ID) leerlingId!: string;
  @Field(() => Meldingsoort) soort!: Meldingsoort;
  @Field({ description: 'Mandatory (false: the school may report it).' }) verplicht!: boolean;
  @Field(() => LocalDate) begindatum!: string;
  @Field(() => LocalDate) einddatum!: string;
  @Field(() => Float) uren!: number;
  @Field(() => [Uitleg]) uitleg!: Uitleg[];
  @Field(() => MeldingUitvoer, { nullable: true, description: 'The recorded melding (same leerling, soort and einddatum), if any.' }) melding!: MeldingUitvoer | null;
}

@ObjectType('VerzuimImport', { description: 'A bulk verzuim import: all records in one transaction, once per idempotentieSleutel.' })
export class VerzuimImportUitvoer {
  @Field(() => ID) id!: string;
  @Field() idempotentieSleutel!: string;
  @Field(() => Int) aantal!: number;
  @Field() aangemaaktOp!: string;
  @Field({ description: 'false: this key was imported before; nothing was written now.' }) nieuw!: boolean;
}

@ObjectType('VastgelegdeBeslissing', { description: 'A stored verdict: the rule set and engine that produced it, for which dates.' })
export class BeslissingUitvoer {
  @Field(() => ID) id!: string;
  @Field({ description: 'What was decided: "leerling.beoordeling" or "registreerMelding".' }) vraag!: string;
  @Field(() => LocalDate) peildatum!: string;
  @Field(() => LocalDate) wetsdatum!: string;
  @Field() regelsetHash!: string;
  @Field() engineVersie!: string;
  @Field(() => GraphQLJSONObject) uitkomst!: Record<string, unknown>;
  @Field() aangemaaktOp!: string;
}

@ObjectType('VastgelegdeBeoordeling', { description: 'What legBeoordelingVast wrote (one beslissing) and the verdict it is about.' })
export class VastgelegdeBeoordelingUitvoer {
  @Field(() => BeslissingUitvoer, { description: 'The beslissing written to the log (vraag "leerling.beoordeling"); it also appears in Leerling.beslissingen.' }) beslissing!: BeslissingUitvoer;
  @Field(() => Beoordeling, { description: 'The same evaluation as Leerling.beoordeling with these arguments.' }) beoordeling!: Beoordeling;
}

@ObjectType()
export class AantalPerGrond {
  @Field(() => Vrijstellingsgrond) grond!: Vrijstellingsgrond;
  @Field(() => Int) aantal!: number;
}

@ObjectType()
export class AantalPerSoort {
  @Field(() => Meldingsoort) soort!: Meldingsoort;
  @Field(() => Int) aantal!: number;
}

@ObjectType({ description: 'Yearly figures of one gemeente for one schooljaar (1 August – 31 July), from stored data; each counts leerlingen unless it says meldingen. A leerling counts for the gemeente it lived in (its woonperiodes) on the day each figure names: one who moved counts for each gemeente on its own days.' })
export class Jaarcijfers {
  @Field() gemeente!: string;
  @Field() schooljaar!: string;
  @Field(() => Int, { description: 'Stored leerlingen who lived in the gemeente on at least one day of the schooljaar.' }) leerlingen!: number;
  @Field(() => [AantalPerGrond], { description: 'Leerlingen with a vrijstelling of that grond in force on at least one day of the schooljaar on which they lived in the gemeente (5 a, 5 b, 5 c, 5a, 15).' }) vrijstellingen!: AantalPerGrond[];
  @Field(() => [AantalPerSoort], { description: 'Recorded meldingen with einddatum in the schooljaar, by soort, not counting INGETROKKEN; by the woongemeente on the einddatum.' }) meldingen!: AantalPerSoort[];
  @Field(() => Int, { description: 'Recorded LUXE_VERZUIM meldingen (as in meldingen).' }) luxeVerzuim!: number;
  @Field(() => Int, { description: 'Thuiszitters: leerlingen who in the schooljaar had langdurig relatief verzuim (a LANGDURIG_RELATIEF melding recorded, or given by the rules on the stored verzuim; by the woongemeente on its einddatum) or were in absoluut verzuim (leerplichtig or kwalificatieplichtig, not enrolled, not vrijgesteld, per the rules) on more than 20 consecutive schooldagen (4 weeks; holidays neither count nor interrupt; by the woongemeente on the 21st schooldag).' }) thuiszitters!: number;
  @Field(() => Int, { description: 'Leerlingen for whom Beoordeling.voortijdigSchoolverlater(schooljaar) is true; by the woongemeente on 1 October after the schooljaar (its peildatum).' }) voortijdigSchoolverlaters!: number;
  @Field(() => [LijstFout], { description: 'Leerlingen that could not be evaluated: left out of thuiszitters and voortijdigSchoolverlaters (they still count in the plain counts); the rest is answered.' }) fouten!: LijstFout[];
}

@ObjectType({ description: 'The figures of an RMC-regio as a whole for a schooljaar: the same definitions as Jaarcijfers over all its gemeenten together; a leerling who moved within the regio counts once.' })
export class Regiototaal {
  @Field() regio!: string;
  @Field() schooljaar!: string;
  @Field(() => [String], { description: 'The gemeenten (CBS codes) of the regio.' }) gemeenten!: string[];
  @Field(() => Int) leerlingen!: number;
  @Field(() => [AantalPerGrond]) vrijstellingen!: AantalPerGrond[];
  @Field(() => [AantalPerSoort]) meldingen!: AantalPerSoort[];
  @Field(() => Int) luxeVerzuim!: number;
  @Field(() => Int) thuiszitters!: number;
  @Field(() => Int) voortijdigSchoolverlaters!: number;
  @Field(() => [LijstFout]) fouten!: LijstFout[];
}

@ObjectType({ description: 'Yearly figures of an RMC-regio: per gemeente (Jaarcijfers) and for the regio as a whole (totaal; not the sum of the gemeenten when leerlingen moved between them).' })
export class Regiocijfers {
  @Field() regio!: string;
  @Field() schooljaar!: string;
  @Field(() => [Jaarcijfers]) gemeenten!: Jaarcijfers[];
  @Field(() => Regiototaal) totaal!: Regiototaal;
}

@ObjectType({ description: 'A leerling a list could not evaluate: the rest of the list is answered.' })
export class LijstFout {
  @Field(() => ID) leerlingId!: string;
  @Field() code!: string;
  @Field() bericht!: string;
}
