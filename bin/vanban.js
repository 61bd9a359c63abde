#!/usr/bin/env node
// Thin shim: all logic lives in the compiled CLI (built by `npm run build`, run on install by `prepare`).
import { main } from '../dist/cli/index.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
