// The project root (the first folder above this file with a package.json), so web/dist and
// README.md are found from src/ (ts-node, jest) and from dist/src/ (the compiled `npm start`).
import fs from 'node:fs';
import path from 'node:path';

export function projectmap(vanaf = __dirname): string {
  let dir = vanaf;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const boven = path.dirname(dir);
    if (boven === dir) throw new Error(`no package.json above ${vanaf}`);
    dir = boven;
  }
  return dir;
}
