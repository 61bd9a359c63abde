// Copies the lexicon tables (data, not code) next to the compiled modules that read them.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = 'src/lexicon/data';
const to = 'dist/lexicon/data';
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from)) cpSync(join(from, name), join(to, name));
