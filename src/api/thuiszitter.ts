// GraphQL types of the thuiszitter verdict (rules/regelingen/thuiszitter.json).
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from './scalars';
import { Uitleg } from './uitvoer';

export enum ThuiszitterCategorie {
  LANGDURIG_RELATIEF_VERZUIM = 'LANGDURIG_RELATIEF_VERZUIM',
  ABSOLUUT_VERZUIM = 'ABSOLUUT_VERZUIM',
  VRIJSTELLING = 'VRIJSTELLING',
}
registerEnumType(ThuiszitterCategorie, {
  name: 'ThuiszitterCategorie',
  description: 'Categorie van de praktijkdefinitie thuiszitter (Thuiszitterspact 2016, Ingrado; geen wettelijk begrip). — Category of the practice definition of a thuiszitter.',
  valuesConfig: {
    LANGDURIG_RELATIEF_VERZUIM: { description: 'Ingeschreven en langer dan vier weken zonder geldige reden afwezig (langdurig relatief verzuim: geen geregeld schoolbezoek, art 2 lid 1). — Enrolled and absent without a valid reason for more than four weeks.' },
    ABSOLUUT_VERZUIM: { description: 'Leer- of kwalificatieplichtig, niet ingeschreven en niet vrijgesteld, langer dan vier weken (art 2 lid 1, 4a lid 1). — Not enrolled and not exempt for more than four weeks.' },
    VRIJSTELLING: { description: 'Vrijgesteld van inschrijving (art 5, 5a, 15) en niet op school; telt alleen als thuiszitter met de lezing thuiszitterMetVrijstelling. — Exempt and not at school; a thuiszitter only with the reading thuiszitterMetVrijstelling.' },
  },
});

export { THUISZITTER_DEFINITIE } from '../engine/thuiszitter';

@ObjectType({ description: 'Of de jongere op de peildatum thuiszitter is volgens de praktijkdefinitie (geen wettelijk begrip; de regels in rules/regelingen/thuiszitter.json, de grens in rules/parameters/thuiszitter.json). — Whether the jongere is a thuiszitter on the peildatum (practice definition).' })
export class Thuiszitter {
  @Field({ description: 'Thuiszitter op de peildatum. — A thuiszitter on the peildatum.' }) thuiszitter!: boolean;
  @Field(() => ThuiszitterCategorie, { nullable: true, description: 'De categorie die van toepassing is; null als geen. Ook VRIJSTELLING als die niet als thuiszitter telt. — The category that applies; null: none.' }) categorie!: ThuiszitterCategorie | null;
  @Field(() => LocalDate, { nullable: true, description: 'Eerste dag van het thuiszitten (van de reeks verzuimdagen, van het absoluut verzuim of van de vrijstelling). — First day.' }) sinds!: string | null;
  @Field(() => Int, { nullable: true, description: 'Schooldagen thuisgezeten tot en met de peildatum (vakanties tellen niet); null bij een vrijstelling of geen thuiszitten. — Schooldagen up to the peildatum.' }) schooldagen!: number | null;
  @Field({ description: 'Thuiszitter sinds ten minste drie maanden (parameter thuiszitterLangdurigMaanden; de jaarverslagen: "waarvan > 3 maanden"). — Thuiszitter for at least three months.' }) langerDanDrieMaanden!: boolean;
  @Field({ description: 'De toegepaste definitie en waar die vandaan komt. — The definition applied and its source.' }) definitie!: string;
  @Field(() => [Uitleg], { description: 'De regels die het oordeel gaven (met het wetsartikel waar de categorie op rust). — The rules behind the verdict.' }) uitleg!: Uitleg[];
}
