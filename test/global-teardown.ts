import fs from 'node:fs';
import type { EmbeddedPg } from '../src/store/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as Record<string, unknown>;
  const state = g.__LEERPLICHT_TEST_PG__ as { pg: EmbeddedPg; dir: string } | undefined;
  if (!state) return;
  delete g.__LEERPLICHT_TEST_PG__;
  try {
    await state.pg.stop();
  } finally {
    fs.rmSync(state.dir, { recursive: true, force: true });
  }
}
