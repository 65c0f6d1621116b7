// Loads TypeScript sources with @swc/core alone (dev, tests, `npm run beoordeel`): no type check,
// no typescript package, so the CLI and each bulk worker thread start in a fraction of ts-node's
// time. The options are those of jest.config.js. Compiled code (dist/) does not use this.
const fs = require('node:fs');
const swc = require('@swc/core');

const OPTIES = {
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = function laadTs(module, bestand) {
    const { code } = swc.transformSync(fs.readFileSync(bestand, 'utf8'), { ...OPTIES, filename: bestand });
    module._compile(code, bestand);
  };
}
