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
