#!/usr/bin/env node
// Regenerates the golden files: for every input in fixtures/ (.txt, .md, .docx), runs the BUILT
// pipeline (run `npm run build` first; `npm run fixtures` does) and writes
// fixtures/<name>.expected.yaml, exactly as `vanban fixtures/<name>.txt` prints it without colour.
// A thin wrapper over `vanban check fixtures --update` (src/cli/check.ts): both write the same bytes.
// Prints what changed; review the diff (git diff fixtures/) before committing.
//
//   node scripts/update-fixtures.mjs            write the files (vanban check fixtures --update)
//   node scripts/update-fixtures.mjs --check    write nothing; print the differences and exit 1 if a
//                                               file would change (vanban check fixtures)
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Paths in the output are relative to the repository root, so golden files are the same on every machine.
process.chdir(root);

const { main } = await import('../dist/cli/index.js');
const check = process.argv.includes('--check');
process.exitCode = await main([process.argv[0], 'vanban', 'check', 'fixtures', ...(check ? [] : ['--update'])]);
