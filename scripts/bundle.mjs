// Part of `npm run build`: bundles the compiled CLI (dist/cli/index.js) and the libraries it always
// loads (commander, yaml, chalk) into one module, dist/vanban.mjs, which bin/vanban.js runs. One
// file loads in about a third of the time of the hundred modules it replaces (BENCHMARKS.md).
// Modules loaded on first use (src/lazy.ts: remark, franc, htmlparser2, tinyglobby; mammoth) stay
// outside and load from node_modules when a run needs them. The library (dist/index.js) is not
// bundled.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/index.js'],
  outfile: 'dist/vanban.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['mammoth'],
  // The bundled CommonJS libraries (commander) require Node's own modules.
  banner: { js: "import { createRequire as vanbanRequire } from 'node:module';\nconst require = vanbanRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
