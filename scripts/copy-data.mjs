// Copies the lexicon tables (data, not code, subfolders included) next to the compiled modules
// that read them.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync('dist/lexicon', { recursive: true });
cpSync('src/lexicon/data', 'dist/lexicon/data', { recursive: true });
