// Dev and tests run TypeScript sources: the signalering thread loads rekendraad.ts through ts-node.
// (Compiled code uses dist/src/signalering/rekendraad.js directly.)
require('ts-node').register({ transpileOnly: true, swc: true, project: require('node:path').join(__dirname, '..', '..', 'tsconfig.json') });
module.exports = require('./rekendraad.ts');
