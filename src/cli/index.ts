// STUB: the CLI (commander). Returns the process exit code.
import { parseFile } from '../pipeline.js';
import { toYaml } from '../serialize/index.js';
export async function main(argv: string[]): Promise<number> {
  const result = await parseFile(argv[2] ?? '');
  process.stdout.write(toYaml(result));
  return 0;
}
