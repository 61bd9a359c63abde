// `vanban schema` and the library entry point, with the BUILT package: every fixture's output (and
// a --jsonl result) validates against the printed JSON Schema with a standard validator (Ajv,
// draft 2020-12); `import { parse, parseFile } from 'vanban'` works and type-checks.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, root, shell, tempDir, vanban } from './run.js';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = tempDir('vanban-lib-');
  // A project that depends on vanban: node_modules/vanban is this package.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/vanban'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vanban schema', () => {
  it('validates the output on every fixture and a --jsonl result', () => {
    const schema = JSON.parse(vanban(['schema']).stdout);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    const validate = ajv.compile(schema);
    const run = vanban(['fixtures', '--format', 'ndjson', '--quiet']);
    expect(run.status).toBe(0);
    const results = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(results.length).toBeGreaterThanOrEqual(3);
    const jsonl = vanban(['--jsonl'], { input: JSON.stringify({ id: 1, text: 'Số 522-CV/HU ngày 20/3/2023' }) + '\n' });
    results.push(JSON.parse(jsonl.stdout).result);
    for (const result of results) {
      expect(validate(result), `${result.source.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe("import ... from 'vanban'", () => {
  it('gives parse, parseFile and the typed result', () => {
    writeFileSync(
      join(dir, 'use.mjs'),
      `import { parse, parseFile, toYaml, outputSchema } from 'vanban';
const file = await parseFile(${JSON.stringify(join(root, 'fixtures/vinh-thuan-522-cv-hu.txt'))});
const text = parse('Công văn số 522-CV/HU ngày 20/3/2023 của Ban Thường vụ Huyện ủy');
console.log(JSON.stringify([file.document.number, text.document.number, typeof toYaml(text), outputSchema.$schema]));
`,
    );
    const run = shell(`${process.execPath} use.mjs`, { cwd: dir });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['522-CV/HU', '522-CV/HU', 'string', 'https://json-schema.org/draft/2020-12/schema']);
  });

  it('type-checks a TypeScript user of the package', () => {
    writeFileSync(
      join(dir, 'use.ts'),
      `import { parse, parseFile, isInputError, type Result, type ResultDocument, type ParseOptions } from 'vanban';
const options: ParseOptions = { path: 'x.txt', format: 'text' };
const result: Result = parse('Số 1/QĐ-UBND', options);
const document: ResultDocument = result.document;
const number: string | null = document.number;
export async function first(path: string): Promise<string | null> {
  try {
    return (await parseFile(path)).document.date;
  } catch (error) {
    if (isInputError(error)) return error.code;
    throw error;
  }
}
// @ts-expect-error: the result is typed, a field that does not exist is an error
result.document.nope;
export { number };
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const run = shell(
      `${process.execPath} ${tsc} --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 --skipLibCheck --types node --typeRoots ${join(root, 'node_modules/@types')} use.ts`,
      { cwd: dir },
    );
    expect(run.stdout + run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 30_000);
});
