// `npm run start:prod`: the compiled service from dist/ (made by `npm run build`), in this same
// process (no child to forward signals to) and without any devDependency: no tsc, no ts-node.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const main = path.join(__dirname, '..', 'dist', 'src', 'main.js');
if (!fs.existsSync(main)) {
  console.error(`${main} is missing: run \`npm run build\` first, then \`npm run start:prod\`.`);
  process.exit(1);
}
if (process.env.NODE_ENV === undefined) process.env.NODE_ENV = 'production';
require(main);
