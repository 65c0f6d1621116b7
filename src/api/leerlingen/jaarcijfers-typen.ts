// GraphQL types of the jaarverslag tables in Jaarcijfers (issue 14): the shapes the seed reports print.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Meldingsoort, Vrijstellingsgrond } from '../enums';
import { ThuiszitterCategorie } from '../thuiszitter';

export enum VsvBestemming { WEER_OP_SCHOOL = 'WEER_OP_SCHOOL', WERK = 'WERK', ONBEKEND = 'ONBEKEND' }
registerEnumType(VsvBestemming, {
  name: 'VsvBestemming',
  description: 'Waar een voortijdig schoolverlater heen ging, voor zover de opgeslagen gegevens het zeggen (uitkering en begeleiding worden hier niet vastgelegd: die staan onder ONBEKEND). — Destination of a vsv\'er, as far as the stored data tell.',
  valuesConfig: {
    WEER_OP_SCHOOL: { description: 'Na de vsv-peildatum (1 oktober T+1) weer ingeschreven, uiterlijk op 31 juli van schooljaar T+1. — Enrolled again after the vsv peildatum.' },
    WERK: { description: 'Niet weer ingeschreven, met een arbeidsovereenkomst (Leerling.arbeidsovereenkomst). — Not enrolled again, with an employment contract.' },
    ONBEKEND: { description: 'Niet weer ingeschreven en geen werk vastgelegd. — Not enrolled again and no work recorded.' },
  },
});

@ObjectType({ description: 'Vastgelegde meldingen van één soort op één school (BRIN) van één onderwijssoort, met het aantal unieke leerlingen. — Meldingen of one kind at one school.' })
export class MeldingenPerSchool {
  @Field(() => Meldingsoort, { description: 'Soort melding. — Kind.' }) soort!: Meldingsoort;
  @Field({ description: 'Onderwijssoort van de inschrijving op die school op de einddatum (PO, VMBO, MBO …), of ONBEKEND. — Kind of education, or ONBEKEND.' }) onderwijssoort!: string;
  @Field({ description: 'BRIN van de school die de melding vastlegde, anders van de inschrijving op de einddatum; ONBEKEND als geen. — BRIN of the school.' }) brin!: string;
  @Field(() => Int, { description: 'Aantal meldingen. — Number of meldingen.' }) meldingen!: number;
  @Field(() => Int, { description: 'Aantal verschillende leerlingen in deze rij (niet op te tellen over rijen: één leerling kan in meer rijen staan). — Unique leerlingen in this row.' }) leerlingen!: number;
}

@ObjectType({ description: 'Een aantal thuiszitters per categorie. — Thuiszitters per category.' })
export class AantalPerCategorie {
  @Field(() => ThuiszitterCategorie, { description: 'De categorie van het eerste getelde thuiszitten in het schooljaar. — The category.' }) categorie!: ThuiszitterCategorie;
  @Field(() => Int, { description: 'Aantal leerlingen. — Number of leerlingen.' }) aantal!: number;
}

@ObjectType({ description: 'Thuiszitters in het schooljaar, zoals de jaarverslagen ze tellen (Beoordeling.thuiszitter op de dagen die ertoe doen): bij aanvang + nieuw = totaal = opgelost + verhuisd + achttienGeworden + bijEinde. — Thuiszitters over the schooljaar.' })
export class Thuiszitterstelling {
  @Field(() => Int, { description: 'Thuiszitter op 1 augustus (de eerste dag van het schooljaar); naar de woongemeente op die dag. — Thuiszitter on the first day.' }) bijAanvang!: number;
  @Field(() => Int, { description: 'Nieuwe gevallen: daarna thuiszitter geworden; naar de woongemeente op de dag dat het thuiszitten de grens overschreed. — New cases during the year.' }) nieuw!: number;
  @Field(() => Int, { description: 'bijAanvang + nieuw. — Total.' }) totaal!: number;
  @Field(() => Int, { description: 'Van het totaal: ten minste drie maanden thuiszitter (parameter thuiszitterLangdurigMaanden). — Of the total: at least three months.' }) langerDanDrieMaanden!: number;
  @Field(() => Int, { description: 'Van het totaal: op 31 juli niet meer leer- of kwalificatieplichtig (18 jaar geworden of een startkwalificatie) en niet meer thuiszittend. — Turned 18 (or no longer under a duty).' }) achttienGeworden!: number;
  @Field(() => Int, { description: 'Van het totaal: op 31 juli niet meer in de gemeente (of regio) wonend. — Moved away.' }) verhuisd!: number;
  @Field(() => Int, { description: 'Van het totaal: op 31 juli geen thuiszitter meer, nog leer- of kwalificatieplichtig en nog wonend in de gemeente. — Solved.' }) opgelost!: number;
  @Field(() => Int, { description: 'Van het totaal: op 31 juli nog thuiszitter en nog wonend in de gemeente ("nieuwe schooljaar monitoren"). — Still a thuiszitter at the end.' }) bijEinde!: number;
  @Field(() => [AantalPerCategorie], { description: 'Het totaal per categorie. — The total per category.' }) perCategorie!: AantalPerCategorie[];
}

@ObjectType({ description: 'Leerlingen met een vrijstelling van één grond in één leeftijdsgroep. — Vrijstellingen per ground and age band.' })
export class VrijstellingenPerLeeftijd {
  @Field(() => Vrijstellingsgrond, { description: 'De vrijstellingsgrond. — The ground.' }) grond!: Vrijstellingsgrond;
  @Field({ description: 'Leeftijdsgroep op de eerste dag van de vrijstelling in het schooljaar: "0-4", "5-11", "12-15", "16-17" of "18+". — Age band.' }) leeftijd!: string;
  @Field(() => Int, { description: 'Aantal leerlingen. — Number of leerlingen.' }) aantal!: number;
}

@ObjectType({ description: 'Voortijdig schoolverlaters per bestemming. — Vsv\'ers per destination.' })
export class AantalPerBestemming {
  @Field(() => VsvBestemming, { description: 'De bestemming. — The destination.' }) bestemming!: VsvBestemming;
  @Field(() => Int, { description: 'Aantal leerlingen. — Number of leerlingen.' }) aantal!: number;
}

@ObjectType({ description: 'Maatregelen van de leerplichtambtenaar van één soort (afhandeling van meldingen). — Maatregelen of one kind.' })
export class AantalPerMaatregel {
  @Field({ description: 'Soort maatregel (Maatregelsoort: PREVENTIEF_GESPREK, WAARSCHUWING, HALT_VERWIJZING, PROCES_VERBAAL …). — Kind of maatregel.' }) soort!: string;
  @Field(() => Int, { description: 'Aantal maatregelen met een datum in het schooljaar; naar de woongemeente op die datum. — Number of maatregelen.' }) aantal!: number;
}
