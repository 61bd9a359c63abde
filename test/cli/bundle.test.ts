// The bundled CLI that bin/vanban.js runs (scripts/bundle.mjs, bin/load.js): one script, with a
// code cache this Node accepts, and the same output as the compiled modules it bundles.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, root, run, vanban } from './run.js';
// @ts-expect-error bin/load.js is plain JavaScript without types
import { compileCli } from '../../bin/load.js';

const CLI = join(root, 'dist/vanban.cjs');
const reference = join(root, 'fixtures/vinh-thuan-522-cv-hu.txt');

describe('the bundled CLI', () => {
  assertBuilt();

  it('has a code cache that this Node accepts', () => {
    expect(existsSync(`${CLI}.cache`)).toBe(true);
    const { script } = compileCli(readFileSync(`${CLI}.cache`));
    expect(script.cachedDataRejected).toBe(false);
  });

  it('has no dynamic import(), which a script run by vm cannot do', () => {
    expect(readFileSync(CLI, 'utf8')).not.toMatch(/[^\w$.]import\(/u);
  });

  it('prints what the compiled modules print', () => {
    const modules = `import { main } from ${JSON.stringify(join(root, 'dist/cli/index.js'))}; process.exitCode = await main(process.argv);`;
    const unbundled = run(process.execPath, ['--input-type=module', '-e', modules, 'vanban', reference]);
    const bundled = vanban([reference]);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(unbundled.stdout);
    expect(bundled.stdout).toContain('number: 522-CV/HU');
  });
});
