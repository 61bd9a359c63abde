#!/usr/bin/env node
// Thin shim: all logic lives in the compiled CLI, bundled into one module (dist/vanban.mjs, built by
// `npm run build`, run on install by `prepare`).
import { main } from '../dist/vanban.mjs';

main(process.argv).then((code) => {
  process.exitCode = code;
});
