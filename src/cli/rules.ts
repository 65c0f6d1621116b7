// `npm run rules:validate [map] [--beleid dir]…` and `npm run rules:test …`: check a rules folder
// (schema, types, priorities, dates) with its policy packs (<map>/beleid, each --beleid folder and
// LEERPLICHT_BELEID_DIR, as the server loads them) and run its cases and the packs' cases through
// the GraphQL schema in-process.
import 'reflect-metadata';
import path from 'node:path';
import { maakSchema } from '../api/schema';
import { RegelFout } from '../engine/fouten';
import { laadRegelset, REGELMAP } from '../engine/regelset';
import { alleCases, draaiCases } from './beleid-cases';
import { importprofielen, ProfielFout } from '../import/profielen';

/** The rules folder and the extra policy folders of the command line. */
function mappen(args: string[]): { map: string; beleid: string[] } {
  const beleid: string[] = [];
  const los: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--beleid' && args[i + 1] !== undefined) beleid.push(path.resolve(args[++i]));
    else los.push(args[i]);
  }
  const env = process.env.LEERPLICHT_BELEID_DIR?.trim();
  if (env) beleid.push(path.resolve(env));
  return { map: path.resolve(los[0] ?? REGELMAP), beleid: [...new Set(beleid)] };
}

async function main(): Promise<number> {
  const [opdracht, ...args] = process.argv.slice(2);
  const { map, beleid } = mappen(args);
  let regelset;
  try {
    regelset = laadRegelset(map, beleid);
  } catch (e) {
    if (e instanceof RegelFout) {
      console.error(`✗ ${map}: ${e.vondsten.length} problem(s)\n${e.message}`);
      return 1;
    }
    throw e;
  }
  const pakketten = regelset.pakketten.length === 0 ? '' : `, ${regelset.pakketten.length} policy pack(s) (${regelset.pakketten.map((p) => p.map).join(', ')})`;
  console.log(`✓ ${path.relative(process.cwd(), map) || '.'}${beleid.map((b) => ` + ${path.relative(process.cwd(), b) || '.'}`).join('')}: ${regelset.bestanden.length} files, ${regelset.regels.length} rules, ${regelset.parameters.size} parameters${pakketten}, hash ${regelset.hash.slice(0, 12)}`);
  // the import profiles (rules/importprofielen + LEERPLICHT_IMPORTPROFIELEN_DIR), as the server checks them at start
  try {
    const profielen = importprofielen();
    console.log(`✓ import profiles: ${[...profielen.keys()].sort().join(', ')}`);
  } catch (e) {
    if (!(e instanceof ProfielFout)) throw e;
    console.error(`✗ import profile: ${e.message}`);
    return 1;
  }
  if (opdracht === 'validate') return 0;
  if (opdracht !== 'test') {
    console.error('usage: rules (validate|test) [rules folder] [--beleid folder of policy packs]…');
    return 2;
  }
  const uitslagen = await draaiCases(maakSchema(), regelset, alleCases(map, beleid));
  for (const u of uitslagen.filter((x) => x.fouten.length > 0)) console.log(`✗ ${u.bestand} ${u.id} (${u.bron})\n    ${u.fouten.join('\n    ')}`);
  const mislukt = uitslagen.filter((x) => x.fouten.length > 0).length;
  const geslaagd = uitslagen.length - mislukt;
  console.log(`cases: ${geslaagd} passed, ${mislukt} failed`);
  return mislukt === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
