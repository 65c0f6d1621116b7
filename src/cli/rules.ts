// `npm run rules:validate [map]` and `npm run rules:test [map]`: check a rules folder (schema,
// types, priorities) and run its cases through the GraphQL schema in-process.
import 'reflect-metadata';
import { graphql } from 'graphql';
import path from 'node:path';
import { maakSchema } from '../api/schema';
import { RegelFout } from '../engine/fouten';
import { laadRegelset, REGELMAP } from '../engine/regelset';
import { CASE_QUERIES, leesCases, verschillen } from './cases';

async function main(): Promise<number> {
  const [opdracht, mapArg] = process.argv.slice(2);
  const map = path.resolve(mapArg ?? REGELMAP);
  let regelset;
  try {
    regelset = laadRegelset(map);
  } catch (e) {
    if (e instanceof RegelFout) {
      console.error(`✗ ${map}: ${e.vondsten.length} problem(s)\n${e.message}`);
      return 1;
    }
    throw e;
  }
  console.log(`✓ ${path.relative(process.cwd(), map) || '.'}: ${regelset.bestanden.length} files, ${regelset.regels.length} rules, ${regelset.parameters.size} parameters, hash ${regelset.hash.slice(0, 12)}`);
  if (opdracht === 'validate') return 0;
  if (opdracht !== 'test') {
    console.error('usage: rules (validate|test) [rules folder]');
    return 2;
  }
  const schema = maakSchema();
  let geslaagd = 0;
  let mislukt = 0;
  for (const { bestand, cases } of leesCases(map)) {
    for (const c of cases) {
      const vraag = c.vraag ?? 'beoordeling';
      const r = await graphql({ schema, source: CASE_QUERIES[vraag], variableValues: c.variabelen, contextValue: { regelset, regelsetInfo: null } });
      const fouten = r.errors?.map((e) => `error: ${e.message}`) ?? verschillen(c.verwacht, (r.data as Record<string, unknown>)[vraag]);
      if (fouten.length === 0) geslaagd++;
      else {
        mislukt++;
        console.log(`✗ ${bestand} ${c.id} (${c.bron})\n    ${fouten.join('\n    ')}`);
      }
    }
  }
  console.log(`cases: ${geslaagd} passed, ${mislukt} failed`);
  return mislukt === 0 ? 0 : 1;
}

main().then((code) => process.exit(code), (e) => { console.error(e); process.exit(1); });
