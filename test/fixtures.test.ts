// Golden files: the output on each fixtures/<name>.{txt,md} must equal fixtures/<name>.expected.yaml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { formatOf, parse } from '../src/pipeline.js';
import { toYaml } from '../src/serialize/index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

const inputs = readdirSync(`${root}fixtures`)
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort()
  .map((name) => ({
    input: `fixtures/${name}`,
    expected: `fixtures/${name.replace(/\.(txt|md)$/, '')}.expected.yaml`,
  }));

describe('fixtures', () => {
  it.for(inputs)('$input', ({ input, expected }, ctx) => {
    if (!existsSync(`${root}${expected}`)) ctx.skip(`no ${expected}: run \`npm run fixtures\` to create it`);
    // What `parseFile(input)` gives when run from the repository root (as scripts/update-fixtures.mjs does).
    const result = parse(readFileSync(`${root}${input}`), { path: input, format: formatOf(input) ?? 'text' });
    const actual: unknown = YAML.parse(toYaml(result));
    expect(
      actual,
      `the output on ${input} differs from ${expected}. If the change is intended, run \`npm run fixtures\` and review the diff (git diff fixtures/).`,
    ).toEqual(YAML.parse(readFileSync(`${root}${expected}`, 'utf8')));
  });
});
