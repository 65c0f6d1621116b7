// Inputs for stored leerlingen. Facts reuse the stateless input types, so a stored fact means
// exactly what the same fact means in `beoordeling(situatie: …)`.
import { Field, Float, ID, InputType } from 'type-graphql';
import { ArbeidInput, DiplomaInput, InschrijvingInput, SchooljaarInput, VerlofInput, VerzuimInput, VrijstellingInput } from '../invoer';
import { Vakantieregio, Verzuimreden } from '../enums';
import { LocalDate } from '../scalars';

@InputType({ description: 'An inschrijving at a school, identified by its BRIN (e.g. "12AB", or a vestiging "12AB01").' })
export class LeerlingInschrijvingInput extends InschrijvingInput {
  @Field() brin!: string;
  @Field(() => String, { nullable: true, description: 'The school\'s own number for this leerling at this BRIN (1–20 letters, digits or hyphens; unique per BRIN). Look the leerling up with leerlingMetNummer.' }) leerlingnummer?: string | null;
}

@InputType({ description: 'Facts to add to a stored leerling.' })
export class FeitenInput {
  @Field(() => [LeerlingInschrijvingInput], { nullable: true }) inschrijvingen?: LeerlingInschrijvingInput[];
  @Field(() => [SchooljaarInput], { nullable: true }) schooljaren?: SchooljaarInput[];
  @Field(() => [DiplomaInput], { nullable: true }) diplomas?: DiplomaInput[];
  @Field(() => [VrijstellingInput], { nullable: true }) vrijstellingen?: VrijstellingInput[];
  @Field(() => [VerzuimInput], { nullable: true }) verzuim?: VerzuimInput[];
  @Field(() => [VerlofInput], { nullable: true }) verlof?: VerlofInput[];
}

@InputType()
export class NieuweLeerlingInput {
  @Field(() => LocalDate) geboortedatum!: string;
  @Field({ description: 'CBS gemeentecode of the woongemeente (4 digits, e.g. "0363").' }) gemeente!: string;
  @Field(() => Vakantieregio, { nullable: true }) vakantieregio?: Vakantieregio;
  @Field({ nullable: true, description: 'Burgerservicenummer (9 digits, elfproef). Stored, never logged; only a LEERPLICHTAMBTENAAR can read it back.' }) bsn?: string;
  @Field(() => [LocalDate], { nullable: true }) vrijeDagen?: string[];
  @Field(() => ArbeidInput, { nullable: true }) arbeid?: ArbeidInput;
  @Field({ nullable: true }) meerderjarigVerklaard?: boolean;
  @Field({ nullable: true }) oudersNietVerwijtbaar?: boolean;
  @Field({ nullable: true }) eerderHaltVoorSchoolverzuim?: boolean;
  @Field(() => FeitenInput, { nullable: true, description: 'A SCHOOL must include an inschrijving at its own BRIN.' }) feiten?: FeitenInput;
}

@InputType({ description: 'Only the fields given change; null clears a nullable field.' })
export class LeerlingWijzigingInput {
  @Field(() => LocalDate, { nullable: true }) geboortedatum?: string;
  @Field({ nullable: true }) gemeente?: string;
  @Field(() => Vakantieregio, { nullable: true }) vakantieregio?: Vakantieregio | null;
  @Field(() => String, { nullable: true }) bsn?: string | null;
  @Field(() => [LocalDate], { nullable: true }) vrijeDagen?: string[];
  @Field(() => ArbeidInput, { nullable: true }) arbeid?: ArbeidInput | null;
  @Field({ nullable: true }) meerderjarigVerklaard?: boolean;
  @Field({ nullable: true }) oudersNietVerwijtbaar?: boolean;
  @Field({ nullable: true }) eerderHaltVoorSchoolverzuim?: boolean;
}

@InputType({ description: 'One lesson-level absence record of a bulk import.' })
export class VerzuimImportRecord {
  @Field(() => ID) leerlingId!: string;
  @Field(() => LocalDate) datum!: string;
  @Field(() => Float) uren!: number;
  @Field(() => Verzuimreden) reden!: Verzuimreden;
}
