// Preload (`--require`, also via NODE_OPTIONS) for test/server/prod-start.test.ts: in the service's
// process (argv[1] is scripts/start-prod.js or dist/src/main.js) every require that resolves to a
// devDependency of package.json is written to $LP_DEVDEPS_LOG and fails as a missing module. Other processes (npm
// itself) are left alone. Covers CommonJS require (and require(esm) of a package entry), not the
// imports inside an ES module.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const hoofd = process.argv[1] ?? '';
if (/scripts[\\/]start-prod\.js$|dist[\\/]src[\\/]main\.js$/.test(hoofd)) {
  const root = path.resolve(__dirname, '..', '..');
  const dev = Object.keys(JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies ?? {});
  const log = process.env.LP_DEVDEPS_LOG;
  const pakket = (verzoek) => {
    if (verzoek.startsWith('.') || path.isAbsolute(verzoek) || verzoek.startsWith('node:')) return undefined;
    const delen = verzoek.split('/');
    return verzoek.startsWith('@') ? delen.slice(0, 2).join('/') : delen[0];
  };
  const origineel = Module._resolveFilename;
  Module._resolveFilename = function (verzoek, ouder, ...rest) {
    const bestand = origineel.call(this, verzoek, ouder, ...rest);
    const naam = dev.find((d) => d === pakket(verzoek) || bestand.includes(`${path.sep}node_modules${path.sep}${d}${path.sep}`));
    if (naam) {
      const regel = `${naam}: require(${JSON.stringify(verzoek)}) from ${ouder?.filename ?? '?'}`;
      if (log) fs.appendFileSync(log, regel + '\n');
      // as if `npm ci --omit=dev` had left it out
      throw Object.assign(new Error(`Cannot find module '${verzoek}' (devDependency, not loaded at start: ${regel})`), { code: 'MODULE_NOT_FOUND' });
    }
    return bestand;
  };
  if (log) fs.appendFileSync(log, ''); // the hook was active: the file exists
}
