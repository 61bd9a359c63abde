// Loads the bundled CLI (dist/vanban.cjs, built by scripts/bundle.mjs) with its V8 code cache when
// there is one that this Node accepts; otherwise V8 compiles the script as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

export const CLI_FILE = fileURLToPath(new URL('../dist/vanban.cjs', import.meta.url));

/** Compiles and runs the bundle; `cachedData` null means no cache. Returns the script and its exports. */
export function compileCli(cachedData) {
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(CLI_FILE, 'utf8')}\n})`;
  const script = new Script(source, { filename: CLI_FILE, cachedData: cachedData ?? undefined });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(CLI_FILE), module, CLI_FILE, dirname(CLI_FILE));
  return { script, cli: module.exports };
}

export function loadCli() {
  let cache = null;
  try {
    cache = readFileSync(`${CLI_FILE}.cache`);
  } catch {
    // No cache: compile.
  }
  return compileCli(cache).cli;
}
