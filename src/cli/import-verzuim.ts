// `npm run import:verzuim -- --profiel <naam> --bestand <pad | -> [--url http://localhost:4000]
// [--sleutel <API key>] [--idempotentie-sleutel <key>] [--brin 12AB01] [--json]`: uploads a school
// system's absence export to a running server (POST /import/verzuim), so the import gets exactly
// the server's checks, roles and ownership for the key given — the CLI never opens the database.
// The API key comes from --sleutel or LEERPLICHT_API_KEY (never logged). Without
// --idempotentie-sleutel the key is the profile and the file's sha256: running the same command
// again writes nothing twice. Exit 0: imported (or imported before); 1: refused, the reason on
// stderr (line and column for a bad line); 2: bad arguments or no server.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { parseArgs } from 'node:util';

const GEBRUIK = 'usage: npm run import:verzuim -- --profiel <naam> --bestand <pad | -> [--url http://localhost:4000] [--sleutel <API key> | env LEERPLICHT_API_KEY] [--idempotentie-sleutel <key>] [--brin 12AB01] [--json]';

async function leesInvoer(pad: string): Promise<Buffer> {
  if (pad !== '-') return fs.readFileSync(pad);
  const delen: Buffer[] = [];
  for await (const d of process.stdin) delen.push(d as Buffer);
  return Buffer.concat(delen);
}

interface Resultaat { aantal: number; regels: number; overgeslagen: number; geenVerzuim: number; nieuw: boolean; id: string; waarschuwingen: { regel: number; datum: string; tekst: string }[] }

export async function main(argv = process.argv.slice(2), uit: (t: string) => void = (t) => process.stdout.write(t), fout: (t: string) => void = (t) => process.stderr.write(t)): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        profiel: { type: 'string' }, bestand: { type: 'string' }, url: { type: 'string' }, sleutel: { type: 'string' },
        'idempotentie-sleutel': { type: 'string' }, brin: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean' },
      },
    }));
  } catch (e) {
    fout(`${(e as Error).message}\n${GEBRUIK}\n`);
    return 2;
  }
  if (values.help) { fout(`${GEBRUIK}\n`); return 0; }
  if (!values.profiel || !values.bestand) { fout(`--profiel and --bestand are required\n${GEBRUIK}\n`); return 2; }
  let bytes: Buffer;
  try {
    bytes = await leesInvoer(values.bestand);
  } catch (e) {
    fout(`--bestand: cannot read ${values.bestand}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return 2;
  }
  const basis = (values.url ?? process.env.LEERPLICHT_URL ?? 'http://localhost:4000').replace(/\/(graphql)?$/, '');
  const url = new URL(`${basis}/import/verzuim`);
  url.searchParams.set('profiel', values.profiel);
  if (values.brin) url.searchParams.set('brin', values.brin);
  const sleutel = values.sleutel ?? process.env.LEERPLICHT_API_KEY;
  const idempotentie = values['idempotentie-sleutel'] ?? `${values.profiel}-${createHash('sha256').update(bytes).digest('hex').slice(0, 40)}`;
  const json = values.bestand.toLowerCase().endsWith('.json');
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST', body: bytes,
      headers: { 'content-type': json ? 'application/json' : 'text/csv', 'idempotency-key': idempotentie, ...(sleutel ? { authorization: `Bearer ${sleutel}` } : {}) },
    });
  } catch (e) {
    fout(`no answer from ${basis}: ${(e as Error & { cause?: { code?: string } }).cause?.code ?? (e as Error).message}\n`);
    return 2;
  }
  const tekst = await res.text();
  if (res.status !== 200) {
    let berichten: string[];
    try {
      berichten = ((JSON.parse(tekst) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? []).map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`);
    } catch {
      berichten = [`HTTP ${res.status}`];
    }
    fout(`${berichten.join('\n')}\n`);
    return 1;
  }
  if (values.json) { uit(`${tekst}\n`); return 0; }
  const r = JSON.parse(tekst) as Resultaat;
  uit(`${r.nieuw ? 'imported' : 'already imported (nothing written)'}: ${r.aantal} verzuim records from ${r.regels} lines (${r.geenVerzuim} no absence, ${r.overgeslagen} on days without lessons); import ${r.id}, idempotency key ${idempotentie}\n`);
  for (const w of r.waarschuwingen) uit(`  regel ${w.regel} (${w.datum}): ${w.tekst}\n`);
  return 0;
}

if (require.main === module) void main().then((code) => { process.exitCode = code; });
