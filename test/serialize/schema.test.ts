import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formatOf, parse } from '../../src/pipeline.js';
import { outputSchema, type JsonSchema } from '../../src/serialize/schema.js';
import { sampleResult } from './sample.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = readdirSync(`${root}fixtures`)
  .filter((name) => /\.(txt|md)$/.test(name))
  .sort();

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const validate = ajv.compile(outputSchema);

function errors(): string {
  return ajv.errorsText(validate.errors, { separator: '\n' });
}

/** Every schema under `properties`, `items` and `$defs`, with a path for messages. */
function* walk(node: JsonSchema, path: string): Generator<[string, JsonSchema]> {
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    yield [`${path}.${name}`, child];
    yield* walk(child, `${path}.${name}`);
  }
  if (node.items) yield* walk(node.items, `${path}[]`);
  for (const [name, child] of Object.entries(node.$defs ?? {})) {
    yield [`$defs.${name}`, child];
    yield* walk(child, `$defs.${name}`);
  }
}

describe('outputSchema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(outputSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(outputSchema)).toBe(true);
  });

  it('accepts a result with every field set', () => {
    expect(validate(sampleResult()), errors()).toBe(true);
  });

  it.each(fixtures)('accepts the output on fixtures/%s', (name) => {
    const path = `fixtures/${name}`;
    const result = parse(readFileSync(`${root}${path}`), { path, format: formatOf(path) ?? 'text' });
    expect(validate(JSON.parse(JSON.stringify(result))), errors()).toBe(true);
  });

  it('accepts the output on other inputs', () => {
    for (const input of ['', 'Số 522-CV/HU', Buffer.from([0x53, 0xe1, 0x20, 0x0a])]) {
      const result = parse(input, { path: '<stdin>' });
      expect(validate(JSON.parse(JSON.stringify(result))), errors()).toBe(true);
    }
  });

  it.each([
    ['an unknown top-level key', (r: Record<string, unknown>) => void (r.extra = 1)],
    ['an unknown nested key', (r: any) => void (r.document.positions.foo = { line: 1, column: 1 })],
    ['a missing field', (r: any) => void delete r.document.issuer],
    ['a missing field of a list item', (r: any) => void delete r.tasks[0].deadline],
    ['a missing field of a nested def', (r: any) => void delete r.document.signer.name],
    ['a line of 0', (r: any) => void (r.tasks[0].line = 0)],
    ['a bad date', (r: any) => void (r.document.date = '20-3-2023')],
    ['a bad severity', (r: any) => void (r.warnings[0].severity = 'fatal')],
  ])('rejects %s', (_label, spoil) => {
    const result = structuredClone(sampleResult()) as unknown as Record<string, unknown>;
    spoil(result);
    expect(validate(result)).toBe(false);
  });

  it('describes every field', () => {
    const missing = [...walk(outputSchema, '')].filter(([, node]) => !node.description).map(([path]) => path);
    expect(missing).toEqual([]);
  });

  it('says the same as the README', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    // Every field (the shared definitions themselves are not fields; their properties are).
    const absent = [...walk(outputSchema, '')]
      .filter(([path]) => !/^\$defs\.[^.]+$/.test(path))
      .map(([, node]) => node.description ?? '')
      .filter((text) => text && !readme.includes(text));
    expect(absent, 'README.md must quote the description of every field of src/serialize/schema.ts').toEqual([]);
  });
});
