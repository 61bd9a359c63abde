#!/usr/bin/env node
// Regenerates the golden files: for every fixtures/*.txt and fixtures/*.md input, runs the BUILT
// pipeline (run `npm run build` first; `npm run fixtures` does) and writes fixtures/<name>.expected.yaml.
// Prints what changed; review the diff (git diff fixtures/) before committing.
//
//   node scripts/update-fixtures.mjs            write the files
//   node scripts/update-fixtures.mjs --check    write nothing; exit 1 if a file would change
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Paths in the output are relative to the repository root, so golden files are the same on every machine.
process.chdir(root);

const check = process.argv.includes('--check');
const { parseFile, toYaml } = await import('../dist/index.js');

const inputs = readdirSync('fixtures')
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort();

const changed = [];
let unchanged = 0;
for (const name of inputs) {
  const input = `fixtures/${name}`;
  const expected = `fixtures/${name.replace(/\.(txt|md)$/, '')}.expected.yaml`;
  const yaml = toYaml(await parseFile(input));
  const before = existsSync(expected) ? readFileSync(expected, 'utf8') : null;
  if (before === yaml) {
    unchanged++;
    continue;
  }
  changed.push(`${before === null ? 'created' : 'updated'}  ${expected}`);
  if (!check) writeFileSync(expected, yaml);
}

for (const line of changed) console.log(check ? `would be ${line}` : line);
console.log(
  `${inputs.length} fixture(s): ${changed.length} ${check ? 'out of date' : 'written'}, ${unchanged} unchanged.` +
    (changed.length > 0 && !check ? ' Review the diff: git diff fixtures/' : ''),
);
if (check && changed.length > 0) process.exitCode = 1;
