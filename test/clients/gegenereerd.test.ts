// The committed client (clients/ts/src/gql) is what codegen.yml makes from the committed schema and
// the documented operations, and every operation answers one question: a Dutch comment first, one
// operation per file, and values only through variables.
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Kind, parse, visit } from 'graphql';

jest.setTimeout(60_000);
const ROOT = path.resolve(__dirname, '../..');
const UITVOER = 'clients/ts/src/gql/';
const OPERATIES = path.join(ROOT, 'clients/ts/operations');

// codegen's cli loads ES modules jest cannot require: it runs in a node process of its own, with
// codegen.yml's entry for the client, and hands back the files without writing them.
const GENEREER = `
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
(async () => {
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const entry = config.generates[${JSON.stringify(UITVOER)}];
  if (!entry) throw new Error('codegen.yml has no entry ${UITVOER}');
  const uit = await generate({ ...config, cwd: process.cwd(), silent: true, generates: { [${JSON.stringify(UITVOER)}]: entry } }, false);
  process.stdout.write(JSON.stringify(uit.map((u) => ({ filename: u.filename, content: u.content }))));
})().catch((e) => { console.error(e); process.exit(1); });`;

describe('clients/ts/src/gql', () => {
  it('is current: generating it again from codegen.yml gives the committed files, and no others', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', GENEREER], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const uitvoer = JSON.parse(stdout) as { filename: string; content: string }[];
    const verwacht = new Map(uitvoer.map((u) => [path.resolve(ROOT, u.filename), u.content]));
    const map = path.join(ROOT, UITVOER);
    const aanwezig = fs.readdirSync(map).map((f) => path.join(map, f)).sort();
    expect(aanwezig).toEqual([...verwacht.keys()].sort());
    for (const [bestand, inhoud] of verwacht) {
      // a stale file: run `npm run codegen` and commit clients/ts/src/gql
      expect({ bestand: path.relative(ROOT, bestand), inhoud: fs.readFileSync(bestand, 'utf8') }).toEqual({ bestand: path.relative(ROOT, bestand), inhoud });
    }
  });
});

describe('clients/ts/operations', () => {
  const bestanden = fs.readdirSync(OPERATIES).filter((f) => f.endsWith('.graphql')).sort();

  it.each(bestanden)('%s: a Dutch comment first, one operation (or fragments only), no literal argument values', (bestand) => {
    const tekst = fs.readFileSync(path.join(OPERATIES, bestand), 'utf8');
    expect(tekst.split('\n')[0]).toMatch(/^# \S.{10,}/);
    const doc = parse(tekst);
    const operaties = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    const fragmenten = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    expect(operaties.length + fragmenten.length).toBe(doc.definitions.length);
    expect(operaties.length === 1 || (operaties.length === 0 && fragmenten.length > 0)).toBe(true);
    const letterlijk: string[] = [];
    visit(doc, { Argument: (a) => { if (a.value.kind !== Kind.VARIABLE) letterlijk.push(a.name.value); } });
    expect(letterlijk).toEqual([]);
  });
});
