// `npm run rules:schema` writes rules/schema/catalogus.schema.json (the names for editors) and
// `npm run rules:docs` writes rules/REFERENTIE.md (the reference), both from the rules of the
// project (rules/ with rules/beleid, never LEERPLICHT_BELEID_DIR: the committed files must not
// depend on a deployment). With --check: fail when the committed file is not current.
import fs from 'node:fs';
import path from 'node:path';
import { RegelFout } from '../engine/fouten';
import { naslag, NASLAG_BESTAND } from '../engine/naslag';
import { CATALOGUS_BESTAND, catalogusSchemaTekst } from '../engine/regelschema';
import { laadRegelset, REGELMAP } from '../engine/regelset';

const SOORTEN = {
  schema: { bestand: CATALOGUS_BESTAND, maak: catalogusSchemaTekst, script: 'rules:schema' },
  docs: { bestand: NASLAG_BESTAND, maak: naslag, script: 'rules:docs' },
} as const;

function main(): number {
  const [soort, ...rest] = process.argv.slice(2);
  const s = SOORTEN[soort as keyof typeof SOORTEN];
  if (s === undefined) {
    console.error('usage: regels-genereer (schema|docs) [--check]');
    return 2;
  }
  let tekst: string;
  try {
    tekst = s.maak(laadRegelset(REGELMAP));
  } catch (e) {
    if (!(e instanceof RegelFout)) throw e;
    console.error(`✗ rules/ does not load, so nothing can be generated from it:\n${e.message}`);
    return 1;
  }
  const pad = path.join(REGELMAP, s.bestand);
  const naam = path.relative(process.cwd(), pad);
  if (rest.includes('--check')) {
    if ((fs.existsSync(pad) ? fs.readFileSync(pad, 'utf8') : '') !== tekst) {
      console.error(`${naam} is not current: run \`npm run ${s.script}\` and commit it`);
      return 1;
    }
    console.log(`${naam} is current`);
    return 0;
  }
  fs.writeFileSync(pad, tekst);
  console.log(`wrote ${naam}`);
  return 0;
}

process.exit(main());
