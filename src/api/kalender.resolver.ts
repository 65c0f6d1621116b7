// kalender(vakantieregio, schooljaar): the official school calendar of one schooljaar, so a
// front-end can answer "wanneer is de herfstvakantie" from the same data the rules count with.
import { Arg, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { formatSchooljaar, parseSchooljaar } from '../time/schooljaar';
import { bekendeSchooljaren, schooljaaroverzicht } from '../time/schooljaaroverzicht';
import { datumTekst } from './datum-tekst';
import { Taal, Vakantieregio } from './enums';
import { invoerFout } from './fouten';
import { LocalDate } from './scalars';

@ObjectType({ description: 'Een officiële schoolvakantie van de vakantieregio (Rijksoverheid; "van" en "tot" inclusief). — An official school holiday of the region (inclusive dates).' })
export class Schoolvakantie {
  @Field({ description: 'Naam van de vakantie: herfstvakantie, kerstvakantie, voorjaarsvakantie, meivakantie of zomervakantie (de zomervakantie aan het einde van het schooljaar). — Name of the holiday.' }) naam!: string;
  @Field(() => LocalDate, { description: 'Eerste dag van de vakantie (een zaterdag). — First day.' }) van!: string;
  @Field(() => LocalDate, { description: 'Laatste dag van de vakantie, inclusief (een zondag). — Last day, inclusive.' }) tot!: string;
  @Field({ description: 'Door OCW vastgesteld en verplicht (kerst-, mei- en zomervakantie); false: adviesdata van OCW waarvan een school mag afwijken (herfst- en voorjaarsvakantie). — Fixed and compulsory; false: advisory dates a school may deviate from.' }) verplicht!: boolean;
}

@ObjectType({ description: 'Een feestdag in het schooljaar (Algemene termijnenwet art 3; Koningsdag bij KB). — A public holiday in the schooljaar.' })
export class Feestdag {
  @Field({ description: 'Naam van de feestdag, bijv. "Tweede Paasdag". — Name.' }) naam!: string;
  @Field(() => LocalDate, { description: 'De dag. — The day.' }) datum!: string;
  @Field({ description: 'Scholen zijn die dag dicht (gangbare afspraak, geen wettelijke plicht): de dag is geen schooldag. Goede Vrijdag niet, Bevrijdingsdag alleen in lustrumjaren. — Schools are closed (convention): no schooldag.' }) scholenDicht!: boolean;
}

@ObjectType({ description: 'De officiële schoolkalender van één schooljaar (1 augustus t/m 31 juli) in één vakantieregio, voor primair en voortgezet onderwijs. Eigen vrije dagen van een school (studiedagen) staan er niet in. — The official school calendar of one schooljaar in one region.' })
export class Schooljaarkalender {
  @Field({ description: 'Het schooljaar, bijv. "2025/2026". — The schooljaar.' }) schooljaar!: string;
  @Field(() => Vakantieregio, { description: 'De vakantieregio. — The region.' }) vakantieregio!: Vakantieregio;
  @Field(() => [Schoolvakantie], { description: 'De vijf vakanties die de officiële tabel voor dit schooljaar noemt, op datum. De zomervakantie waarmee het schooljaar begint hoort bij het vorige schooljaar. — The five holidays listed for this schooljaar, by date.' }) vakanties!: Schoolvakantie[];
  @Field(() => [Feestdag], { description: 'Elke feestdag van 1 augustus t/m 31 juli, op datum. — Every public holiday in the schooljaar, by date.' }) feestdagen!: Feestdag[];
  @Field(() => Int, { nullable: true, description: 'Aantal schooldagen van 1 augustus t/m 31 juli: maandag t/m vrijdag, behalve feestdagen waarop scholen dicht zijn en de officiële vakanties (ook de zomervakantie aan het begin); null als de kalender niet het hele schooljaar kent (zie waarschuwingen). — Number of schooldagen; null when not fully known.' }) schooldagen!: number | null;
  @Field(() => Int, { nullable: true, description: 'Aantal lesweken: weken (maandag t/m zondag) met minstens één schooldag in dit schooljaar; vakantieweken tellen niet (art 21a: "lesweken"). null als schooldagen. — Number of weeks with at least one schooldag; null as schooldagen.' }) lesweken!: number | null;
  @Field(() => [String], { description: 'Wat dit antwoord niet weet, in de gevraagde taal; leeg als alles bekend is. — What this answer does not know, in the requested taal.' }) waarschuwingen!: string[];
}

const ONBEKEND_BEGIN: Record<Taal, (s: string) => string> = {
  NL: (s) => `De zomervakantie waarmee schooljaar ${s} begint is niet bekend in de officiële gegevens: schooldagen en lesweken zijn daarom niet berekend.`,
  EN: (s) => `The summer holiday that opens schooljaar ${s} is not in the official data: schooldagen and lesweken are therefore not computed.`,
};
const ONBEKEND_EINDE: Record<Taal, (s: string) => string> = {
  NL: (s) => `De officiële gegevens kennen niet alle dagen van schooljaar ${s}: schooldagen en lesweken zijn daarom niet berekend.`,
  EN: (s) => `The official data does not cover every day of schooljaar ${s}: schooldagen and lesweken are therefore not computed.`,
};

@Resolver()
export class KalenderResolver {
  @Query(() => Schooljaarkalender, { description: 'De schoolkalender van een schooljaar in een vakantieregio: vakanties, feestdagen, aantal schooldagen en lesweken, uit dezelfde officiële gegevens waarmee de regels tellen. — The school calendar of a schooljaar in a region, from the data the rules count with.' })
  kalender(
    @Arg('vakantieregio', () => Vakantieregio, { description: 'De vakantieregio (noord, midden, zuid). — The holiday region.' }) vakantieregio: Vakantieregio,
    @Arg('schooljaar', { description: 'Het schooljaar als "2025/2026"; alleen schooljaren waarvoor de officiële vakanties bekend zijn. — The schooljaar; only those whose official holidays are known.' }) schooljaar: string,
    @Arg('taal', () => Taal, { nullable: true, defaultValue: Taal.NL, description: 'Taal van de waarschuwingen en de foutmeldingen (standaard NL). — Language of warnings and errors.' }) taal: Taal,
  ): Schooljaarkalender {
    const jaar = parseSchooljaar(schooljaar);
    if (jaar === null) throw invoerFout('schooljaar', `${JSON.stringify(schooljaar.slice(0, 40))} is not a schooljaar (YYYY/YYYY+1, e.g. "2025/2026")`);
    const o = schooljaaroverzicht(vakantieregio, jaar);
    if (o === null) {
      const jaren = bekendeSchooljaren();
      throw invoerFout('schooljaar', `no official school holidays are known for schooljaar ${formatSchooljaar(jaar)} (known: ${formatSchooljaar(jaren[0])}–${formatSchooljaar(jaren[jaren.length - 1])})`);
    }
    const tekst = formatSchooljaar(jaar);
    const waarschuwingen = o.schooldagen !== null ? [] : [(jaar === bekendeSchooljaren()[0] ? ONBEKEND_BEGIN : ONBEKEND_EINDE)[taal ?? Taal.NL](tekst)];
    return {
      schooljaar: tekst, vakantieregio,
      vakanties: o.vakanties.map((v) => ({ naam: v.soort, van: datumTekst(v.van), tot: datumTekst(v.tot), verplicht: v.verplicht })),
      feestdagen: o.feestdagen.map((f) => ({ naam: f.naam, datum: datumTekst(f.datum), scholenDicht: f.scholenDicht })),
      schooldagen: o.schooldagen, lesweken: o.lesweken, waarschuwingen,
    };
  }
}
