// Loads TypeScript sources with @swc/core alone (dev, tests, `npm run beoordeel`): no type check,
// no typescript package, so the CLI and each bulk worker thread start in a fraction of ts-node's
// time. The options are those of jest.config.js. Compiled code (dist/) does not use this.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const OPTIES = {
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// Transpiled code is kept on disk by a hash of the source, the file name and the options: the CLI
// and every worker thread it starts then read it instead of transpiling every file again.
const CACHE = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'leerplicht-swc');
const VERSIE = crypto.createHash('sha256').update(JSON.stringify(OPTIES) + require('@swc/core/package.json').version).digest('hex');

function transpileer(bron, bestand) {
  const sleutel = crypto.createHash('sha256').update(VERSIE).update(bestand).update(bron).digest('hex');
  const plek = path.join(CACHE, `${sleutel}.js`);
  try {
    return fs.readFileSync(plek, 'utf8');
  } catch {
    const { code } = swc.transformSync(bron, { ...OPTIES, filename: bestand });
    try {
      fs.mkdirSync(CACHE, { recursive: true });
      const tijdelijk = `${plek}.${process.pid}.${require('node:worker_threads').threadId}`;
      fs.writeFileSync(tijdelijk, code);
      fs.renameSync(tijdelijk, plek); // atomic: a reader sees the whole file or none
    } catch {
      // a read-only checkout: transpile every time
    }
    return code;
  }
}

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = function laadTs(module, bestand) {
    module._compile(transpileer(fs.readFileSync(bestand, 'utf8'), bestand), bestand);
  };
}
