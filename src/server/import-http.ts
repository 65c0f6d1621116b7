// POST /import/verzuim?profiel=…[&brin=…] with the export file as the body (text/csv: its bytes, read
// in the profile's character set; application/json: UTF-8) and an Idempotency-Key header: the
// importeerVerzuimbestand mutation over plain HTTP (README "Verzuim importeren uit een
// schoolsysteem"). It is turned into that GraphQL request and runs the /graphql path exactly: the
// same API keys and roles, rate limit, body limit (413), time limit and worker threads. The answer
// is the mutation's result as JSON (200), or { errors } with 400 / 401 / 403.
import type { HttpAntwoord, HttpVerzoek } from './graphql-verzoek';

export const IMPORT_PAD = '/import/verzuim';
const JSON_TYPE = 'application/json; charset=utf-8';
const PARAMETERS = ['profiel', 'brin'];

const MUTATIE = `mutation ImporteerVerzuimbestandHttp($profiel: String!, $bestand: Bestandsinhoud!, $codering: Bestandscodering, $brin: String, $sleutel: String!) {
  importeerVerzuimbestand(profiel: $profiel, bestand: $bestand, codering: $codering, brin: $brin, idempotentieSleutel: $sleutel) {
    id idempotentieSleutel profiel regels aantal uren geenVerzuim overgeslagen waarschuwingen { regel leerlingnummer datum code tekst } aangemaaktOp nieuw
  }
}`;

const fout = (status: number, message: string, code: string, extra: Record<string, unknown> = {}, headers: [string, string][] = []): { antwoord: HttpAntwoord } => ({
  antwoord: { status, headers: [['content-type', JSON_TYPE], ...headers], body: JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }) },
});

/** The request as the GraphQL request it stands for, or the answer when it is not one. */
export function importAlsGraphql(methode: string, url: URL, kop: (naam: string) => string | undefined, bytes: Buffer): { verzoek: HttpVerzoek } | { antwoord: HttpAntwoord } {
  if (methode !== 'POST') return fout(405, `${IMPORT_PAD} takes POST with the file as its body`, 'METHOD_NOT_ALLOWED', {}, [['allow', 'POST']]);
  const p = url.searchParams;
  for (const naam of p.keys()) if (!PARAMETERS.includes(naam)) return fout(400, `${naam.slice(0, 40)}: unknown parameter; use profiel, brin`, 'BAD_USER_INPUT', { veld: naam.slice(0, 40) });
  const profiel = p.get('profiel');
  if (!profiel) return fout(400, 'profiel: required (?profiel=<name>, see the importprofielen query)', 'BAD_USER_INPUT', { veld: 'profiel' });
  const type = (kop('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv' && type !== 'application/json') return fout(415, 'content-type must be text/csv or application/json: the export file itself', 'UNSUPPORTED_MEDIA_TYPE', {}, [['accept', 'text/csv, application/json']]);
  const sleutel = kop('idempotency-key');
  if (!sleutel) return fout(400, 'Idempotency-Key: required header (1–200 characters, e.g. a uuid per file; a retry sends the same one)', 'BAD_USER_INPUT', { veld: 'Idempotency-Key' });
  const variables = {
    profiel, sleutel, brin: p.get('brin'),
    // CSV: the bytes, so the profile's character set (e.g. Windows-1252) decodes them; JSON is UTF-8
    ...(type === 'text/csv' ? { bestand: bytes.toString('base64'), codering: 'BASE64' } : { bestand: bytes.toString('utf8'), codering: 'TEKST' }),
  };
  return { verzoek: { methode: 'POST', headers: [['content-type', 'application/json']], search: '', body: JSON.stringify({ query: MUTATIE, variables, operationName: 'ImporteerVerzuimbestandHttp' }) } };
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/** The GraphQL answer as this route's: the result itself, or its errors with a matching status. */
export function importAntwoord(a: HttpAntwoord): HttpAntwoord {
  const tekst = typeof a.body === 'string' ? a.body : Buffer.from(a.body).toString('utf8');
  let json: { data?: { importeerVerzuimbestand?: unknown } | null; errors?: { extensions?: { code?: string } }[] };
  try {
    json = JSON.parse(tekst);
  } catch {
    return a;
  }
  const headers = a.headers.filter(([k]) => k.toLowerCase() !== 'content-length' && k.toLowerCase() !== 'content-type');
  const uit = json.data?.importeerVerzuimbestand;
  if (uit && !json.errors) return { status: 200, headers: [...headers, ['content-type', JSON_TYPE]], body: JSON.stringify(uit) };
  const code = json.errors?.[0]?.extensions?.code ?? '';
  const status = a.status >= 400 ? a.status : STATUS[code] ?? 500;
  return { status, headers: [...headers, ['content-type', JSON_TYPE]], body: JSON.stringify({ errors: json.errors ?? [] }) };
}
