// Error messages in Dutch. Messages are written once, in English, where the check is made; a field
// whose `taal` is NL (its default) answers them in Dutch through this table. The field path before
// the first ": " stays exactly as it is (clients match on it), only the problem after it is
// translated. A message the table does not know stays English rather than half translated.

type Regel = readonly [RegExp, string];

const WAT: Record<string, string> = { 'the later of peildatum and today': 'de latere van peildatum en vandaag', 'the peildatum': 'de peildatum', today: 'vandaag' };
const wat = (t: string) => WAT[t] ?? t;

/** The problem part of our own messages (api/omzetten.ts, api/vraag.ts, scalars, resolvers, leerlingen). */
const PROBLEMEN: readonly Regel[] = [
  [/^(.+) is not a date$/s, '$1 is geen datum'],
  [/^a gemeente is required unless the key is an RMC key \(then the regio is exported\)$/, 'een gemeente is verplicht, behalve met een RMC-sleutel (dan wordt de regio geëxporteerd)'],
  [/^(.+) is not a date \(2024-03-15\) or a date-time with offset \(2024-03-15T02:00:00Z\)$/s, '$1 is geen datum (2024-03-15) of tijdstip met tijdzone (2024-03-15T02:00:00Z)'],
  [/^(.+) is not a LocalDate \(YYYY-MM-DD\)$/s, '$1 is geen LocalDate (JJJJ-MM-DD)'],
  [/^(.+) is not a LocalDate between (\S+) and (\S+)$/s, '$1 is geen LocalDate tussen $2 en $3'],
  [/^(.+) is not a schooljaar \(YYYY\/YYYY\+1, e\.g\. (.+)\)$/s, '$1 is geen schooljaar (JJJJ/JJJJ+1, bijvoorbeeld $2)'],
  [/^(.+) is not a schooljaar \(YYYY\/YYYY\+1\)$/s, '$1 is geen schooljaar (JJJJ/JJJJ+1)'],
  [/^(\S+) lies outside 1900-01-01 – 2080-12-31, the years this API answers for$/, '$1 ligt buiten 1900-01-01 – 2080-12-31, de jaren waarvoor deze API antwoordt'],
  [/^(\S+) lies outside (\S+) – (\S+), the schooljaren this API answers for$/, '$1 ligt buiten $2 – $3, de schooljaren waarvoor deze API antwoordt'],
  [/^(\S+) lies before (\S+), the earliest version of the law these rules encode$/, '$1 ligt voor $2, de oudste versie van de wet in deze regels'],
  [/^(.+) lies before geboortedatum (\S+)$/, '$1 ligt voor geboortedatum $2'],
  [/^(\S+) lies before vanaf (\S+)$/, '$1 ligt voor vanaf $2'],
  [/^is required when soort is (\S+)$/, 'is verplicht bij soort $1'],
  [/^is only allowed when soort is (\S+)$/, 'mag alleen bij soort $1'],
  [/^(\S+) lies before einddatum (\S+)$/, '$1 ligt voor einddatum $2'],
  [/^(\S+) lies after today \((\S+)\)$/, '$1 ligt na vandaag ($2)'],
  [/^(\S+) lies in the future: a move is recorded once it happened$/, '$1 ligt in de toekomst: een verhuizing wordt vastgelegd als zij heeft plaatsgevonden'],
  [/^(\S+) lies outside this school's inschrijving \(BRIN (\S+)\)$/, '$1 ligt buiten de inschrijving bij deze school (BRIN $2)'],
  [/^(\S+) lies outside the school calendar this API covers \((.+)\)$/s, '$1 ligt buiten de schoolkalender die deze API kent ($2)'],
  [/^(.+) is outside (.+)–(.+)$/, '$1 ligt buiten $2–$3'],
  [/^the records of (\S+) add up to (\S+) hours, more than 24 on one day$/, 'de opgaven van $1 tellen op tot $2 uur, meer dan 24 op één dag'],
  [/^the records of (\S+) for this leerling add up to (\S+) hours with those already stored, more than 24 on one day$/, 'de opgaven van $1 voor deze leerling tellen met de al opgeslagen op tot $2 uur, meer dan 24 op één dag'],
  [/^(\S+) starts before (\d+), the year of geboortedatum (\S+)$/, '$1 begint voor $2, het jaar van geboortedatum $3'],
  [/^(\S+) is given twice \(also (.+)\)$/, '$1 is twee keer opgegeven (ook $2)'],
  [/^(\S+) is already stored for this leerling$/, '$1 is al opgeslagen voor deze leerling'],
  [/^(\d+) schooljaren, more than the (\d+) whole years since geboortedatum (\S+) on (\S+)$/, '$1 schooljaren, meer dan de $2 hele jaren sinds geboortedatum $3 op $4'],
  [/^(\d+) characters; at most (\d+)$/, '$1 tekens; ten hoogste $2'],
  [/^contains control character (U\+[0-9A-F]{4}) at position (\d+); control characters \(U\+0000–U\+001F, U\+007F\) are not accepted$/, 'bevat stuurteken $1 op positie $2; stuurtekens (U+0000–U+001F, U+007F) worden niet aanvaard'],
  [/^contains a lone UTF-16 surrogate, which is not valid Unicode text$/, 'bevat een losse UTF-16-surrogaat; dat is geen geldige Unicode-tekst'],
  [/^(\d+) situaties; at most (\d+) per request$/, '$1 situaties; ten hoogste $2 per verzoek'],
  [/^vakantieregio (\S+): official school holidays are known for schooljaren (\S+) only \(asked: (\S+)\); pass vrijeDagen instead$/, 'vakantieregio $1: de officiële schoolvakanties zijn alleen bekend voor de schooljaren $2 (gevraagd: $3); geef in plaats daarvan vrijeDagen op'],
  [/^the rules give no (\S+) melding ending on (\S+) for this leerling on (\S+)$/, 'de regels geven voor deze leerling op $3 geen melding $1 die eindigt op $2'],
  [/^required \(YYYY-MM-DD\)$/, 'verplicht (JJJJ-MM-DD)'],
  [/^no official school holidays are known for schooljaar (\S+) \(known: (\S+)–(\S+)\)$/, 'er zijn geen officiële schoolvakanties bekend voor schooljaar $1 (bekend: $2–$3)'],
  [/^must not be empty$/, 'mag niet leeg zijn'],
  [/^not a leerling id$/, 'geen id van een leerling'],
  [/^not a cursor of this list for this key \(pass the volgende of the previous page, with the same arguments\)$/, 'geen cursor van deze lijst voor deze sleutel (geef volgende van de vorige pagina mee, met dezelfde argumenten)'],
  [/^not a valid BSN \(9 digits passing the elfproef\)$/, 'geen geldig BSN (9 cijfers die de elfproef doorstaan)'],
  [/^(.+) is not a CBS gemeentecode \(4 digits, e\.g\. "0363"\)$/s, '$1 is geen CBS-gemeentecode (4 cijfers, bijvoorbeeld "0363")'],
  [/^(.+) is not a BRIN \(two digits and two capitals, e\.g\. "12AB", optionally a two-digit vestiging, e\.g\. "12AB01"\)$/s, '$1 is geen BRIN (twee cijfers en twee hoofdletters, bijvoorbeeld "12AB", eventueel met een vestiging van twee cijfers, bijvoorbeeld "12AB01")'],
  // exportMeldingen and afhandeling (api/leerlingen/meldingexport.resolver.ts, afhandeling.resolver.ts)
  [/^(\S+) lies before van (\S+)$/, '$1 ligt voor van $2'],
  [/^(\S+) lies before the melding's einddatum (\S+)$/, '$1 ligt voor de einddatum $2 van de melding'],
  [/^(\S+) lies before geopendOp (\S+)$/, '$1 ligt voor geopendOp $2'],
  [/^(\S+) lies before the last maatregel (\S+)$/, '$1 ligt voor de laatste maatregel ($2)'],
  [/^more than (\d+) meldingen in this period; export a shorter one$/, 'meer dan $1 meldingen in deze periode; exporteer een kortere'],
  [/^this key is for BRIN (\S+)$/, 'deze sleutel is voor BRIN $1'],
  [/^melding (\S+) does not exist or is not accessible with this key$/, 'melding $1 bestaat niet of is niet toegankelijk met deze sleutel'],
  [/^melding (\S+) has no afhandeling \(openAfhandeling first\)$/, 'melding $1 heeft geen afhandeling (eerst openAfhandeling)'],
  [/^melding (\S+) already has an afhandeling \(opened on (\S+)\)$/, 'melding $1 heeft al een afhandeling (geopend op $2)'],
  [/^melding (\S+) is (\S+): no afhandeling can be opened on it$/, 'melding $1 is $2: er kan geen afhandeling op geopend worden'],
  [/^the afhandeling of melding (\S+) was closed on (\S+)$/, 'de afhandeling van melding $1 is gesloten op $2'],
  [/^required for a PROCES_VERBAAL \(OUDERS: art 22 lid 2, JONGERE: art 22 lid 3\)$/, 'verplicht bij een PROCES_VERBAAL (OUDERS: art 22 lid 2, JONGERE: art 22 lid 3)'],
  [/^only a LEERPLICHTAMBTENAAR or RMC key may read the afhandeling$/, 'alleen een LEERPLICHTAMBTENAAR- of RMC-sleutel mag de afhandeling lezen'],
  // a line of an export file (import/lezen.ts, importeerVerzuimbestand): "bestand: regel 12, kolom Datum: …"
  [/^unknown code "(.*)" \(profiel (\S+) knows (.+)\)$/s, 'onbekende code "$1" (profiel $2 kent $3)'],
  [/^unknown dagdeel "(.*)" \(profiel (\S+) knows (.+)\)$/s, 'onbekend dagdeel "$1" (profiel $2 kent $3)'],
  [/^"(.*)" is not a date in the format (\S+)$/s, '"$1" is geen datum in het formaat $2'],
  [/^"(.*)" is not a number of (\S+) \(decimal comma: 1,5\)$/s, '"$1" is geen aantal $2 (decimaalkomma: 1,5)'],
  [/^"(.*)" is not a number of (\S+) \(decimal point: 1\.5\)$/s, '"$1" is geen aantal $2 (decimaalpunt: 1.5)'],
  [/^"(.*)" is not a number of lesuren$/s, '"$1" is geen aantal lesuren'],
  [/^"(.*)" is not a time \(HH:mm\)$/s, '"$1" is geen tijd (UU:mm)'],
  [/^(\S+) is not after begintijd (\S+)$/, '$1 ligt niet na begintijd $2'],
  [/^"(.*)" is not a BRIN \(e\.g\. "12AB" or "12AB01"\)$/s, '"$1" is geen BRIN (bijvoorbeeld "12AB" of "12AB01")'],
  [/^(\S+) hours on one line, more than 24$/, '$1 uur op één regel, meer dan 24'],
  [/^empty$/, 'leeg'],
  [/^missing \(the line has fewer cells\)$/, 'ontbreekt (de regel heeft minder cellen)'],
  [/^not a leerlingnummer \(1–20 letters, digits or hyphens\)$/, 'geen leerlingnummer (1–20 letters, cijfers of streepjes)'],
  [/^the same leerling, datum and (\S+) as (regel|record) (\d+)$/, 'dezelfde leerling, datum en $1 als $2 $3'],
  [/^a quoted cell opened on this line is never closed \((.)\)$/, 'een cel tussen aanhalingstekens die op deze regel begint, wordt nergens gesloten ($1)'],
  [/^text after a closing quote \((.)\) in a cell$/, 'tekst na een sluitend aanhalingsteken ($1) in een cel'],
  [/^the header has no column "(.+)" \(kolommen\.(\w+) of profiel (\S+)\); it has (.*)$/s, 'de kopregel heeft geen kolom "$1" (kolommen.$2 van profiel $3); wel $4'],
  [/^more than (\d+) lines; at most (\d+) per import$/, 'meer dan $1 regels; ten hoogste $2 per import'],
  [/^not valid UTF-8 \(is the file perhaps Windows-1252\? then its profile needs "tekenset": "windows-1252"\)$/, 'geen geldige UTF-8 (is het bestand misschien Windows-1252? dan heeft het profiel "tekenset": "windows-1252" nodig)'],
  [/^contains control character (U\+[0-9A-F]{4})$/, 'bevat stuurteken $1'],
  [/^not valid JSON$/, 'geen geldige JSON'],
  [/^expected an array of records$/, 'verwacht een lijst (array) van records'],
  [/^expected an object with an array "(.+)" of records$/, 'verwacht een object met een lijst (array) "$1" van records'],
  [/^not an object$/, 'geen object'],
  [/^not base64 \(codering BASE64\)$/, 'geen base64 (codering BASE64)'],
  [/^BRIN (\S+) is not covered by this key \(BRIN (\S+)\)$/, 'BRIN $1 valt niet onder deze sleutel (BRIN $2)'],
  [/^leerlingnummer (\S+) at BRIN (\S+) does not exist or is not accessible with this key$/, 'leerlingnummer $1 bij BRIN $2 bestaat niet of is met deze sleutel niet bereikbaar'],
  [/^unknown profile "(.*)" \(known: (.*)\)$/s, 'onbekend importprofiel "$1" (bekend: $2)'],
  [/^required for a LEERPLICHTAMBTENAAR key \(the BRIN whose leerlingnummers the file uses\), unless the profile has a brin column$/, 'verplicht voor een sleutel van een LEERPLICHTAMBTENAAR (het BRIN waarvan het bestand de leerlingnummers gebruikt), tenzij het profiel een kolom brin heeft'],
  [/^must be 1–200 characters$/, 'moet 1–200 tekens lang zijn'],
  // a line of a bulk request (bulk/beoordelaar.ts)
  [/^the line is not valid JSON$/, 'de regel is geen geldige JSON'],
  [/^the line is not valid UTF-8$/, 'de regel is geen geldige UTF-8'],
  [/^the line is not valid CSV \(quotes\)$/, 'de regel is geen geldige CSV (aanhalingstekens)'],
  [/^the line is longer than (\d+) bytes, the limit of one line$/, 'de regel is langer dan $1 bytes, de grens voor één regel'],
  // graphql-js's own messages about values (variables and literals)
  [/^Value (".*") does not exist in "(\w+)" enum\.$/s, 'waarde $1 bestaat niet in de opsomming "$2".'],
  [/^Field "(\w+)" of required type "(.+)" was not provided\.$/, 'veld "$1" van het verplichte type "$2" ontbreekt.'],
  [/^Field "(\w+)" is not defined by type "(\w+)"\.$/, 'veld "$1" bestaat niet in type "$2".'],
  [/^Expected type "(\w+)" to be an object\.$/, 'verwacht een object van type "$1".'],
  [/^Expected non-nullable type "(.+)" not to be null\.$/, 'het type "$1" mag niet null zijn.'],
  [/^Expected value of type "(.+)", found (.+?); (.+)$/s, 'verwacht een waarde van type "$1", gevonden $2; $3'],
  [/^Expected value of type "(.+)", found (.+)\.$/s, 'verwacht een waarde van type "$1", gevonden $2.'],
  [/^Float cannot represent non numeric value: (.+)$/s, 'Float kan geen niet-numerieke waarde voorstellen: $1'],
  [/^Int cannot represent non-integer value: (.+)$/s, 'Int kan geen niet-gehele waarde voorstellen: $1'],
  [/^Int cannot represent non 32-bit signed integer value: (.+)$/s, 'Int kan geen waarde buiten 32 bits voorstellen: $1'],
  [/^String cannot represent a non string value: (.+)$/s, 'String kan geen waarde voorstellen die geen tekst is: $1'],
  [/^Boolean cannot represent a non boolean value: (.+)$/s, 'Boolean kan geen waarde voorstellen die geen boolean is: $1'],
  [/^Enum "(\w+)" cannot represent non-string value: (.+)$/s, 'opsomming "$1" kan geen waarde voorstellen die geen tekst is: $2'],
  // graphql-js's messages about the document and its variables (no field path before them)
  [/^Variable "\$(\w+)" of required type "(.+)" was not provided\.$/, 'variabele "$$$1" van het verplichte type "$2" ontbreekt.'],
  [/^Variable "\$(\w+)" of non-null type "(.+)" must not be null\.$/, 'variabele "$$$1" van het niet-nullable type "$2" mag niet null zijn.'],
  [/^Cannot query field "(\w+)" on type "(\w+)"\.$/, 'veld "$1" bestaat niet op type "$2".'],
  [/^Unknown argument "(\w+)" on field "(.+)"\.$/, 'onbekend argument "$1" op veld "$2".'],
  [/^Field "(.+)" argument "(\w+)" of type "(.+)" is required, but it was not provided\.$/, 'veld "$1": argument "$2" van type "$3" is verplicht, maar ontbreekt.'],
  [/^Field "(\w+)" of type "(.+)" must have a selection of subfields\.$/, 'veld "$1" van type "$2" vraagt om een selectie van subvelden.'],
  [/^Field "(\w+)" must not have a selection since type "(.+)" has no subfields\.$/, 'veld "$1" mag geen selectie hebben: type "$2" heeft geen subvelden.'],
  [/^Variable "\$(\w+)" is not defined(?: by operation "(\w+)")?\.$/, 'variabele "$$$1" is niet gedeclareerd.'],
  [/^Variable "\$(\w+)" is never used(?: in operation "(\w+)")?\.$/, 'variabele "$$$1" wordt niet gebruikt.'],
  [/^Unknown type "(\w+)"\.$/, 'onbekend type "$1".'],
];

// graphql-js adds suggestions: ' Did you mean "A", "B", or "C"?'
const SUGGESTIE = /\s*Did you mean (.+)\?$/s;

function probleem(p: string): string | null {
  const s = SUGGESTIE.exec(p);
  const kern = s ? p.slice(0, s.index) : p;
  let vertaald: string | null = null;
  for (const [patroon, nl] of PROBLEMEN) if (patroon.test(kern)) { vertaald = kern.replace(patroon, nl); break; }
  // "… starts after schooljaar …" carries a description of its reference day (api/omzetten.ts)
  const na = vertaald === null ? /^(\S+) starts after schooljaar (\S+) \(of (\S+), (.+)\): a schooljaar cannot be known before it begins$/.exec(kern) : null;
  if (na) vertaald = `${na[1]} begint na schooljaar ${na[2]} (van ${na[3]}, ${wat(na[4])}): een schooljaar kan niet bekend zijn voordat het begint`;
  if (vertaald === null) return null;
  return s ? `${vertaald} Bedoelde u ${s[1].replace(/, or (?=[^,]*$)/, ' of ')}?` : vertaald;
}

/**
 * The Dutch text of a message "pad: probleem" (or of a message without a path), or null when the
 * problem is not in the table. Everything before the translated problem is kept as it is: the
 * path, also one like "wetsdatum (default: peildatum)".
 */
export function inHetNederlands(bericht: string): string | null {
  for (let i = bericht.indexOf(': '); i >= 0; i = bericht.indexOf(': ', i + 2)) {
    const rest = probleem(bericht.slice(i + 2));
    if (rest !== null) return `${bericht.slice(0, i + 2)}${rest}`;
  }
  return probleem(bericht);
}
