// `npm run beoordeel -- --peildatum 2025-10-01 [--wetsdatum …] [--velden leerplicht,verzuim] [--taal EN] [--csv] [--threads N] < in > out`:
// the bulk path without a server or database. One answer line per input line, in order; bad lines
// answer BAD_USER_INPUT on their own line. Exit 0 when every line was answered (bad lines
// included), 2 for bad arguments or a bad csv header, 1 for an internal failure.
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { leesOpdracht } from '../bulk/opdracht';
import { stroom } from '../bulk/stroom';
import { BulkWerkers, standaardThreads } from '../bulk/werkers';
import { InstellingFout, leesInstellingen } from '../server/instellingen';
import { zonderBsn } from '../server/log';

const GEBRUIK = 'usage: npm run beoordeel -- --peildatum YYYY-MM-DD [--wetsdatum YYYY-MM-DD] [--velden leerplicht,verzuim,…] [--taal NL|EN] [--csv] [--threads N] [--max-regel-kb 1024] [--stil] < in.ndjson > out.ndjson';

function getal(naam: string, w: string | undefined, standaard: number, min: number, max: number): number {
  if (w === undefined || w === '') return standaard;
  const n = Number(w);
  if (!Number.isInteger(n) || n < min || n > max) throw new GraphQLError(`--${naam}: ${JSON.stringify(w)} is not a whole number ${min}–${max}`);
  return n;
}

async function main(): Promise<number> {
  let werkers: BulkWerkers | null = null;
  try {
    const { values } = parseArgs({
      options: {
        peildatum: { type: 'string' }, wetsdatum: { type: 'string' }, velden: { type: 'string' }, taal: { type: 'string' },
        csv: { type: 'boolean' }, threads: { type: 'string' }, 'max-regel-kb': { type: 'string' }, stil: { type: 'boolean' }, help: { type: 'boolean' },
      },
    });
    if (values.help) { console.error(GEBRUIK); return 0; }
    const formaat = values.csv ? 'csv' : 'ndjson';
    const opdracht = leesOpdracht(values, { invoer: formaat, uitvoer: formaat });
    const i = leesInstellingen(process.env, standaardThreads()); // LEERPLICHT_BULK_WORKERS, LEERPLICHT_BULK_MAX_LINE_KB, NODE_ENV
    const threads = getal('threads', values.threads, i.bulkWerkers, 1, 64);
    const maxRegelBytes = getal('max-regel-kb', values['max-regel-kb'], i.bulkMaxRegelBytes / 1024, 1, 1024 * 1024) * 1024;
    werkers = new BulkWerkers({ threads, vooraf: true, gebruik: 'cli', maxRegelBytes, verbergSuggesties: !i.suggesties });
    await werkers.controleer(opdracht);
    const begin = performance.now();
    const v = await stroom(process.stdin, process.stdout, { opdracht, werkers });
    const s = (performance.now() - begin) / 1000;
    if (!values.stil) console.error(`beoordeel: ${v.regels} lines answered (${v.fouten} with an error) in ${s.toFixed(2)} s, ${threads} worker threads`);
    return v.intern > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof GraphQLError || e instanceof InstellingFout || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`beoordeel: ${e.message}`);
      console.error(GEBRUIK);
      return 2;
    }
    console.error(`beoordeel: internal error: ${zonderBsn(e instanceof Error ? e.message : String(e))}`);
    return 1;
  } finally {
    await werkers?.stop();
  }
}

main().then((code) => {
  // stdout may still be flushing into a pipe: exit once it has
  process.stdout.write('', () => process.exit(code));
});
