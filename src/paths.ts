/**
 * Where vanban's own files are. Every module that reads a file of the package asks here, so the
 * code finds them alike as compiled modules (dist/**) and as the one-file CLI bundle
 * (dist/vanban.cjs, written by scripts/bundle.mjs): both this module and the bundle sit directly in
 * dist/. Under the test runner this module is src/paths.ts and the paths are the sources'.
 */
const HERE = new URL('./', import.meta.url);

/** The lexicon tables (src/lexicon/data, copied to dist by the build). */
export const DATA_DIR = new URL('lexicon/data/', HERE);

/** The batch worker's entry module. */
export const WORKER_URL = new URL('batch/worker.js', HERE);

/** The package's package.json. */
export const PACKAGE_JSON_URL = new URL('../package.json', HERE);
