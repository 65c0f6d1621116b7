// Dev and tests run TypeScript sources: a bulk worker thread loads werker.ts through @swc/core.
// (Compiled code uses dist/src/bulk/werker.js directly.)
require('./swc-register.cjs');
module.exports = require('./werker.ts');
