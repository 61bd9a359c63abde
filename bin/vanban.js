#!/usr/bin/env node
// Thin shim: all logic lives in the compiled CLI, bundled into one script with a code cache
// (dist/vanban.cjs, built by `npm run build`, run on install by `prepare`; see ./load.js).
import { loadCli } from './load.js';

loadCli()
  .main(process.argv)
  .then((code) => {
    process.exitCode = code;
  });
