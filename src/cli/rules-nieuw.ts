// `npm run rules:new -- --beleid 0363 --naam signaal-12-uur [--dir folder] [--gemeenten 0193,0166]`:
// scaffolds a policy rule with its cases in a pack (rules/beleid/<pack>/, or <folder>/<pack>/ for
// a deployment's LEERPLICHT_BELEID_DIR), writing pakket.json when the pack has none. Never
// overwrites a file.
import path from 'node:path';
import { REGELMAP } from '../engine/regelset';
import { schrijfNieuwBeleid, SjabloonFout } from './beleid-sjabloon';

const GEBRUIK = 'usage: npm run rules:new -- --beleid <gemeentecode|regio> --naam <name> [--dir <folder of packs>] [--gemeenten <code,code> (a new regio pack)]';

function opties(args: string[]): Record<string, string> | string {
  const uit: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const sleutel = /^--(beleid|naam|dir|gemeenten)$/.exec(args[i])?.[1];
    if (sleutel === undefined || args[i + 1] === undefined) return `${args[i]}: unknown option or no value\n${GEBRUIK}`;
    uit[sleutel] = args[i + 1];
  }
  if (!uit.beleid || !uit.naam) return GEBRUIK;
  return uit;
}

function main(): number {
  const o = opties(process.argv.slice(2));
  if (typeof o === 'string') { console.error(o); return 2; }
  const map = path.resolve(o.dir ?? path.join(REGELMAP, 'beleid'));
  try {
    const bestanden = schrijfNieuwBeleid({
      map, beleid: o.beleid, naam: o.naam, schemaMap: path.join(REGELMAP, 'schema'),
      gemeenten: o.gemeenten?.split(',').map((g) => g.trim()).filter(Boolean),
    });
    // a path inside the working folder relative, another one as it is
    const toon = (p: string) => (path.relative(process.cwd(), p).startsWith('..') ? p : path.relative(process.cwd(), p) || '.');
    for (const b of bestanden) console.log(`wrote ${toon(b)}`);
    const extra = o.dir === undefined ? '' : ` -- --beleid ${toon(map)}`;
    const project = o.dir === undefined ? '\n  npm run rules:schema && npm run rules:docs   (the pack is part of the project: editor names, rules/REFERENTIE.md)' : '';
    console.log(`next: change the rule and its cases to your protocol step, then\n  npm run rules:validate${extra}\n  npm run rules:test${extra}${project}`);
    return 0;
  } catch (e) {
    if (!(e instanceof SjabloonFout)) throw e;
    console.error(`✗ ${e.message}`);
    return 1;
  }
}

process.exit(main());
