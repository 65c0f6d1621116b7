// GraphQL types of the vervangende leerplicht (arts 3a, 3b) and of the consultation the
// Doorstroompunt owes the school (WEB 9.2.5 lid 5): input, enums and the answers.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from './scalars';
import { Uitleg } from './uitvoer';

export enum VervangendeLeerplichtArtikel { ART_3A = 'ART_3A', ART_3B = 'ART_3B' }
export enum OverlegGrond { ENTREE = 'ENTREE', VSO = 'VSO', PRO = 'PRO' }

const w = (m: Record<string, string>) => Object.fromEntries(Object.entries(m).map(([k, description]) => [k, { description }]));

registerEnumType(VervangendeLeerplichtArtikel, {
  name: 'VervangendeLeerplichtArtikel',
  description: 'Het artikel waarop burgemeester en wethouders vervangende leerplicht toestonden. — The article of the substitute compulsory education.',
  valuesConfig: w({
    ART_3A: 'Art 3a: een jongere van ten minste 14 volgt aan de school een programma met praktijktijd (arbeid van lichte aard), per schooljaar. — Art 3a: a programme with work placement at the school.',
    ART_3B: 'Art 3b: inschrijving als mbo- of vavo-student vervangt de inschrijving op een school in het laatste leerplichtige schooljaar. — Art 3b: mbo/vavo replaces school in the last year.',
  }),
});

registerEnumType(OverlegGrond, {
  name: 'OverlegGrond',
  description: 'Waarom het Doorstroompunt eerst met de school overlegt (WEB 9.2.5 lid 5). — Why the Doorstroompunt consults the school first.',
  valuesConfig: w({
    ENTREE: 'Onder a: entreediploma (WEB 7.2.2 lid 1 onder a) korter dan een jaar geleden. — Entree diploma less than a year ago.',
    VSO: 'Onder b: vso-schooldiploma of verklaring (WEC art 14d) korter dan twee jaar geleden. — Vso diploma or statement less than two years ago.',
    PRO: 'Onder c: schooldiploma of verklaring praktijkonderwijs (WVO 2020 art 2.58 lid 3, 2.59 lid 2) korter dan twee jaar geleden. — Praktijkonderwijs diploma or statement less than two years ago.',
  }),
});

@InputType({ description: 'Een door burgemeester en wethouders toegestaan programma van vervangende leerplicht (art 3a, 3b). — A programme of substitute compulsory education allowed by the college.' })
export class VervangendeLeerplichtInput {
  @Field(() => VervangendeLeerplichtArtikel, { description: 'Artikel 3a (programma met praktijktijd aan de school) of 3b (mbo/vavo in het laatste leerplichtige schooljaar). — Art 3a or 3b.' }) artikel!: VervangendeLeerplichtArtikel;
  @Field(() => LocalDate, { description: 'Eerste dag van de toegestane periode. — First day of the period allowed.' }) vanaf!: string;
  @Field(() => LocalDate, { description: 'Laatste dag van de toegestane periode (inclusief); bij 3a een schooljaar, dus uiterlijk 31 juli. — Last day, inclusive.' }) tot!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Dag waarop burgemeester en wethouders de aanvraag (tot 2017: het verzoek) ontvingen; daaruit volgt de besluittermijn. — Day the application was received.' }) aangevraagdOp?: string;
  @Field(() => LocalDate, { nullable: true, description: 'Dag van het besluit van burgemeester en wethouders; vóór die dag geldt het programma nog niet. — Day of the decision.' }) besluitOp?: string;
}

@ObjectType({ description: 'Vervangende leerplicht (art 3a, 3b): geldt het programma, en de termijnen van besluit, afschrift en verlenging. Alle data inclusief. — Substitute compulsory education: does the programme count, and its terms.' })
export class VervangendeLeerplichtOordeel {
  @Field(() => VervangendeLeerplichtArtikel, { nullable: true, description: 'Het artikel van het programma waar het antwoord over gaat (het programma dat op de peildatum loopt, anders het laatst beginnende); null zonder programma. — Article of the programme; null: none.' }) artikel!: VervangendeLeerplichtArtikel | null;
  @Field(() => Boolean, { nullable: true, description: 'Het programma vervangt op de peildatum de gewone inschrijving en voldoet aan de leerplicht; null zonder programma. — The programme counts on the peildatum; null: none.' }) voldoet!: boolean | null;
  @Field(() => LocalDate, { nullable: true, description: 'Uiterste dag waarop burgemeester en wethouders besluiten: ontvangst plus 4 weken (tot 2017-07-01) of 6 weken (art 3a lid 4, 3b lid 4/5); null zonder aanvraagdatum. — Decision deadline.' }) besluitUiterlijk!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Uiterste dag om het afschrift van het besluit aan de ouders te zenden: 2 weken na het besluit (tot 2017-07-01); null als de wet die termijn niet kent. — Deadline for the copy of the decision.' }) afschriftUiterlijk!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Uiterste dag om verlenging van een programma van art 3a voor het volgende schooljaar aan te vragen: ten minste 8 weken vóór het verstrijken van de periode (art 3a lid 5); null bij 3b. — Extension deadline (3a).' }) verlengingUiterlijk!: string | null;
  @Field(() => [Uitleg], { description: 'De regels die dit bepaalden. — The rules that decided this.' }) uitleg!: Uitleg[];
}

@ObjectType({ description: 'Of het Doorstroompunt pas na overleg met de school of instelling mag ondersteunen (WEB 9.2.5 lid 5, vanaf 2026-01-01). — Whether the Doorstroompunt must consult the school first.' })
export class DoorstroompuntOverleg {
  @Field({ description: 'Ondersteuning (9.2.5 lid 1, 2) pas na overleg met het bevoegd gezag van de school of instelling over de aangeboden loopbaanbegeleiding. — Support only after consulting the school.' }) vereist!: boolean;
  @Field(() => OverlegGrond, { nullable: true, description: 'Het onderdeel van lid 5 dat geldt; null als overleg niet vereist is. — The limb of lid 5; null: not required.' }) grond!: OverlegGrond | null;
  @Field(() => LocalDate, { nullable: true, description: 'Laatste dag (inclusief) waarop het diploma korter dan de termijn geleden is gehaald; van de termijn kan om gerechtvaardigde belangen worden afgeweken (lid 7). — Last day the requirement holds.' }) tot!: string | null;
  @Field(() => [Uitleg], { description: 'De regels die dit bepaalden. — The rules that decided this.' }) uitleg!: Uitleg[];
}
