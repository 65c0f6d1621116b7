// Inputs for stored leerlingen. Facts reuse the stateless input types, so a stored fact means
// exactly what the same fact means in `beoordeling(situatie: …)`.
import { Field, Float, ID, InputType } from 'type-graphql';
import { ArbeidInput, DiplomaInput, InschrijvingInput, SchooljaarInput, VerlofInput, VerzuimInput, VrijstellingInput } from '../invoer';
import { Vakantieregio, Verzuimreden } from '../enums';
import { LocalDate } from '../scalars';

@InputType({ description: 'Een inschrijving bij een school, aangewezen met haar BRIN (bijv. "12AB", of een vestiging "12AB01"). — An inschrijving at a school, identified by its BRIN.' })
export class LeerlingInschrijvingInput extends InschrijvingInput {
  @Field({ description: 'BRIN-nummer van de school of vestiging (4 tekens, of 6 voor een vestiging). — BRIN of the school or vestiging.' }) brin!: string;
  @Field(() => String, { nullable: true, description: 'Het eigen nummer van de school voor deze leerling bij dit BRIN (1–20 letters, cijfers of streepjes; uniek per BRIN). Opzoeken met leerlingMetNummer. — The school\'s own number for this leerling.' }) leerlingnummer?: string | null;
}

@InputType({ description: 'Feiten om aan een opgeslagen leerling toe te voegen. — Facts to add to a stored leerling.' })
export class FeitenInput {
  @Field(() => [LeerlingInschrijvingInput], { nullable: true, description: 'Inschrijvingen toe te voegen. — Enrolments to add.' }) inschrijvingen?: LeerlingInschrijvingInput[];
  @Field(() => [SchooljaarInput], { nullable: true, description: 'Schooljaren toe te voegen aan de schoolgeschiedenis. — School years to add.' }) schooljaren?: SchooljaarInput[];
  @Field(() => [DiplomaInput], { nullable: true, description: 'Diploma\'s toe te voegen. — Diplomas to add.' }) diplomas?: DiplomaInput[];
  @Field(() => [VrijstellingInput], { nullable: true, description: 'Vrijstellingen toe te voegen. — Vrijstellingen to add.' }) vrijstellingen?: VrijstellingInput[];
  @Field(() => [VerzuimInput], { nullable: true, description: 'Verzuim toe te voegen. — Absence records to add.' }) verzuim?: VerzuimInput[];
  @Field(() => [VerlofInput], { nullable: true, description: 'Verleend verlof toe te voegen. — Granted leave to add.' }) verlof?: VerlofInput[];
}

@InputType({ description: 'Een nieuwe leerling om op te slaan. — A new leerling to store.' })
export class NieuweLeerlingInput {
  @Field(() => LocalDate, { description: 'Datum waarop de leerling geboren is. — Date of birth.' }) geboortedatum!: string;
  @Field({ description: 'CBS-gemeentecode van de woongemeente (4 cijfers, bijv. "0363"). — CBS code of the woongemeente.' }) gemeente!: string;
  @Field(() => Vakantieregio, { nullable: true, description: 'Schoolvakantieregio. — School-holiday region.' }) vakantieregio?: Vakantieregio;
  @Field({ nullable: true, description: 'Burgerservicenummer (9 cijfers, elfproef). Opgeslagen, nooit gelogd; alleen een LEERPLICHTAMBTENAAR kan het teruglezen. — BSN; never logged.' }) bsn?: string;
  @Field(() => [LocalDate], { nullable: true, description: 'Extra vrije dagen van de school. — Extra non-school days.' }) vrijeDagen?: string[];
  @Field(() => ArbeidInput, { nullable: true, description: 'Werk van de leerling. — Work.' }) arbeid?: ArbeidInput;
  @Field({ nullable: true, description: 'Door de rechter meerderjarig verklaard (art 1b). — Declared of age by a court.' }) meerderjarigVerklaard?: boolean;
  @Field({ nullable: true, description: 'De ouders tonen aan dat het verzuim hun niet te verwijten is (art 2 lid 2). — Parents not to blame.' }) oudersNietVerwijtbaar?: boolean;
  @Field({ nullable: true, description: 'Kreeg al eerder een Halt-afdoening voor schoolverzuim. — Had a Halt referral before.' }) eerderHaltVoorSchoolverzuim?: boolean;
  @Field(() => FeitenInput, { nullable: true, description: 'Eerste feiten; een SCHOOL moet een inschrijving bij het eigen BRIN meegeven. — Initial facts; a SCHOOL must include an inschrijving at its own BRIN.' }) feiten?: FeitenInput;
}

@InputType({ description: 'Alleen de gegeven velden veranderen; null wist een veld dat leeg mag zijn. — Only the fields given change; null clears a nullable field.' })
export class LeerlingWijzigingInput {
  @Field(() => LocalDate, { nullable: true, description: 'Nieuwe geboortedatum (alleen de leerplichtambtenaar). — New date of birth.' }) geboortedatum?: string;
  @Field({ nullable: true, description: 'Nieuwe woongemeente (CBS-code); een verhuizing met datum is verhuisLeerling. — New woongemeente; a move with a date is verhuisLeerling.' }) gemeente?: string;
  @Field(() => Vakantieregio, { nullable: true, description: 'Nieuwe vakantieregio; null wist die. — New vakantieregio; null clears it.' }) vakantieregio?: Vakantieregio | null;
  @Field(() => String, { nullable: true, description: 'Nieuw BSN; null wist het (alleen de leerplichtambtenaar). — New BSN; null clears it.' }) bsn?: string | null;
  @Field(() => [LocalDate], { nullable: true, description: 'Vervangt de extra vrije dagen. — Replaces the extra non-school days.' }) vrijeDagen?: string[];
  @Field(() => ArbeidInput, { nullable: true, description: 'Vervangt het werk; null wist het. — Replaces the work; null clears it.' }) arbeid?: ArbeidInput | null;
  @Field({ nullable: true, description: 'Door de rechter meerderjarig verklaard (art 1b). — Declared of age.' }) meerderjarigVerklaard?: boolean;
  @Field({ nullable: true, description: 'De ouders tonen aan dat het verzuim hun niet te verwijten is (art 2 lid 2). — Parents not to blame.' }) oudersNietVerwijtbaar?: boolean;
  @Field({ nullable: true, description: 'Kreeg al eerder een Halt-afdoening voor schoolverzuim. — Had a Halt referral before.' }) eerderHaltVoorSchoolverzuim?: boolean;
}

@InputType({ description: 'Eén verzuimregel (op lesniveau) van een bulkimport. — One absence record of a bulk import.' })
export class VerzuimImportRecord {
  @Field(() => ID, { description: 'Id van de leerling. — The leerling\'s id.' }) leerlingId!: string;
  @Field(() => LocalDate, { description: 'De dag van het verzuim. — The day.' }) datum!: string;
  @Field(() => Float, { description: 'Verzuimde uren op die dag. — Hours missed.' }) uren!: number;
  @Field(() => Verzuimreden, { description: 'Reden van het verzuim. — Reason.' }) reden!: Verzuimreden;
}
