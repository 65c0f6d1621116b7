// Writes schema/schema.graphql from the type-graphql classes; with --check, fails when the
// committed file is stale (CI runs this).
import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from '../api/schema';

const pad = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');
const sdl = schemaSdl();
if (process.argv.includes('--check')) {
  const huidig = fs.existsSync(pad) ? fs.readFileSync(pad, 'utf8') : '';
  if (huidig !== sdl) {
    console.error('schema/schema.graphql is stale: run `npm run schema:emit` and commit it');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date');
} else {
  fs.mkdirSync(path.dirname(pad), { recursive: true });
  fs.writeFileSync(pad, sdl);
  console.log(`wrote ${path.relative(process.cwd(), pad)}`);
}
