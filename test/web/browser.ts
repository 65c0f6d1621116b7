// Headless Debian Chromium for page tests, driven by playwright-core (no browser download). The
// flags keep Chromium off the closed network (background updates, QUIC, sync), which would
// otherwise fail noisily at every start.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function startBrowser(): Promise<{ browser: Browser; stop(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium; .ci/run does this)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'], // playwright gives each launch a new empty profile
  });
  return {
    browser,
    async stop() {
      await browser.close();
    },
  };
}

/** Where page tests keep their screenshots (ignored by git; CI leaves them beside the run). */
export function schermafdrukMap(): string {
  const map = path.join(__dirname, '..', '..', 'test-artifacts', 'screenshots');
  fs.mkdirSync(map, { recursive: true });
  return map;
}
