// The output types of Beoordeling.spoor (computed in api/spoor-velden.ts).
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Meldingsoort, Onderwerp } from './enums';
import { ToegepastBeleidspakket } from './beleid-typen';
import { GraphQLJSON, LocalDate } from './scalars';
import { Bron } from './uitvoer';

@ObjectType({ description: 'Een feit of parameter die een regel las, met de waarde die hij had. — A fact or parameter a rule read, with its value.' })
export class GelezenWaarde {
  @Field({ description: 'Naam van het feit of de parameter (zie feiten en parameters). — Name.' }) naam!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'De params waarmee de regel een geparametriseerd feit las; null: geen. — The params of a parameterised fact; null: none.' }) params!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'De waarde als JSON (data als JJJJ-MM-DD); null: geen waarde. — The value as JSON (dates YYYY-MM-DD).' }) waarde!: unknown;
}

@ObjectType({ description: 'Een lesweek van een verzuimvenster met de ongeoorloofde uren die erin meetelden. — A lesweek of a window with the hours counted in it.' })
export class VensterLesweek {
  @Field(() => LocalDate, { description: 'De maandag van de lesweek. — Monday of the week.' }) maandag!: string;
  @Field(() => Float, { description: 'Ongeoorloofd verzuimde uren die in deze week meetelden (tussen van en tot). — Unexcused hours counted in this week.' }) uren!: number;
}

@ObjectType({ description: 'Hoe een mogelijke melding geteld werd: de lesweken van het venster (vakantieweken tellen niet) en de uren per week (art 21a, 16 uur in 4 lesweken). — How a melding was counted: its lesweken and hours.' })
export class Verzuimvenster {
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind of melding.' }) soort!: Meldingsoort;
  @Field(() => LocalDate, { description: 'Eerste verzuimdag die meetelde. — First day counted.' }) van!: string;
  @Field(() => LocalDate, { description: 'Dag waarop de grens bereikt werd (inclusief). — Day the threshold was reached.' }) tot!: string;
  @Field(() => [VensterLesweek], { description: 'De lesweken van het venster, op datum: bij 16 uur de meldplichtLesweken lesweken tot en met de week van tot (ook weken zonder meegetelde uren), anders de lesweken van van tot tot. — The window\'s lesweken, by date.' }) lesweken!: VensterLesweek[];
  @Field(() => Float, { description: 'De uren samen, zoals in de melding. — The hours together, as in the melding.' }) uren!: number;
  @Field(() => [GelezenWaarde], { description: 'De parameters waarmee geteld werd (bijv. meldplichtUren, meldplichtLesweken). — The parameters counted with.' }) parameters!: GelezenWaarde[];
}

@ObjectType({ description: 'Eén beslissing van een regel: wat hij las en met welke waarden. — One decision of a rule: what it read, with which values.' })
export class Spoorstap {
  @Field({ description: 'Id van de regel die besliste (zie regel(id)). — The deciding rule.' }) regel!: string;
  @Field({ description: 'De uitkomst die de regel besliste (event type). — The outcome it decided.' }) uitkomst!: string;
  @Field(() => Onderwerp, { description: 'Waarover de beslissing ging: de situatie of één record (diploma, inschrijving, verzuim, melding). — What the decision was about.' }) onderwerp!: Onderwerp;
  @Field(() => Bron, { nullable: true, description: 'Het wetsartikel waarop de regel rust; null voor een regel zonder wetsartikel. — The article the rule rests on.' }) bron!: Bron | null;
  @Field(() => [GelezenWaarde], { description: 'De feiten die de condities en de event-params van de regel lazen, in leesvolgorde, met hun waarden. — The facts its conditions and event params read, in reading order.' }) feiten!: GelezenWaarde[];
  @Field(() => [GelezenWaarde], { description: 'De parameters van de wet die de regel las, met hun waarden op de wetsdatum (met gekozen lezingen). — The parameters it read, with their values.' }) parameters!: GelezenWaarde[];
  @Field(() => Verzuimvenster, { nullable: true, description: 'Bij een verzuimmelding: het venster van lesweken en uren dat geteld werd; anders null. — For a verzuimmelding: the window counted.' }) venster!: Verzuimvenster | null;
  @Field(() => ToegepastBeleidspakket, { nullable: true, description: 'Bij een signaal van lokaal beleid: het beleidspakket van de regel (de bron is dan null); null voor de wet. — For a policy signal: its pack; null for the law.' }) pakket!: ToegepastBeleidspakket | null;
  @Field(() => Int, { description: 'Hoeveel records (bijv. verzuimregistraties) deze regel met precies dezelfde waarden besliste: ze staan hier één keer. — How many records this same step decided.' }) aantal!: number;
}
