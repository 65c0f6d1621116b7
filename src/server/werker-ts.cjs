// Dev and tests run TypeScript sources: a worker thread loads werker.ts through ts-node.
// (Compiled code uses dist/src/server/werker.js directly.)
require('ts-node').register({ transpileOnly: true, swc: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') });
module.exports = require('./werker.ts');
