/**
 * npm run dist:compare -- <before dir> <after dir>
 *
 * Compares two builds of the site file by file, with content-hashed bundle names
 * (`article.Ab12Cd34.js`, `search-ui.0123456789.js`) replaced by their stem, so a
 * refactor can show that it changed no page. Prints each file only one side has
 * and each file whose normalised content differs, with the first differing
 * line; exits 1 when there is any difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from './files-under.ts';

const HASHED = /([A-Za-z0-9_-]+)\.(?:[A-Za-z0-9_-]{8}|[0-9a-f]{10})\.js\b/g;

function files(root: string): string[] {
  return filesUnder(root).map((path) => relative(root, path).replace(HASHED, '$1.js'));
}

function normalised(root: string, name: string): Buffer | string {
  const real = readdirSync(join(root, name, '..')).find((file) => file.replace(HASHED, '$1.js') === name.split('/').pop());
  const content = readFileSync(join(root, name, '..', real ?? name));
  return /\.(html|xml|json|js|txt|css)$/.test(name) ? content.toString('utf8').replace(HASHED, '$1.js') : content;
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: npm run dist:compare -- <before dir> <after dir>');
  process.exit(2);
}
const left = new Set(files(before));
const right = new Set(files(after));
let differences = 0;
for (const name of [...new Set([...left, ...right])].sort()) {
  if (!left.has(name) || !right.has(name)) {
    console.log(`only in ${left.has(name) ? before : after}: ${name}`);
    differences += 1;
    continue;
  }
  const a = normalised(before, name);
  const b = normalised(after, name);
  if (typeof a === 'string' && typeof b === 'string' ? a === b : Buffer.compare(a as Buffer, b as Buffer) === 0) continue;
  differences += 1;
  if (typeof a !== 'string' || typeof b !== 'string') {
    console.log(`differs: ${name}`);
    continue;
  }
  const linesA = a.split(/(?<=>)/);
  const linesB = b.split(/(?<=>)/);
  const at = linesA.findIndex((line, index) => line !== linesB[index]);
  console.log(`differs: ${name}\n  - ${linesA[at]?.slice(0, 300)}\n  + ${linesB[at]?.slice(0, 300)}`);
}
console.log(differences ? `${differences} file(s) differ` : `same: ${left.size} files`);
process.exitCode = differences ? 1 : 0;
