// Part of `npm run build`: the CLI as one script with a V8 code cache, which bin/vanban.js runs.
//
// 1. Bundles the compiled CLI (dist/cli/index.js) with the libraries it always loads (commander,
//    yaml, chalk) into one CommonJS script, dist/vanban.cjs. Node reads and compiles one file in
//    about a third of the time the hundred modules it replaces take. Modules loaded on first use
//    (src/lazy.ts: remark, franc, htmlparser2, tinyglobby, mammoth) stay outside and load from
//    node_modules when a run needs them. The library (dist/index.js) is not bundled.
// 2. Runs that script on the fixtures, then saves V8's code cache of it (dist/vanban.cjs.cache):
//    the bytecode of every function those runs compiled, so a run starts without compiling them.
//    A cache made by another V8 is rejected by V8 and the script compiles as usual
//    (bin/load.js).
import { build } from 'esbuild';
import { readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileCli, CLI_FILE } from '../bin/load.js';

await build({
  entryPoints: ['dist/cli/index.js'],
  outfile: CLI_FILE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import.meta.url of the bundled modules is the bundle's own URL (src/paths.ts relies on it).
  define: { 'import.meta.url': '__vanban_import_meta_url' },
  banner: { js: "const __vanban_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});

const { script, cli } = compileCli(null);
const sink = { write: () => true };
const fixtures = new URL('../fixtures/', import.meta.url);
for (const name of readdirSync(fixtures).filter((f) => /\.(txt|md)$/u.test(f)).sort()) {
  await cli.main(['node', 'vanban', fileURLToPath(new URL(name, fixtures))], { stdout: sink, stderr: sink });
}
writeFileSync(`${CLI_FILE}.cache`, script.createCachedData());
