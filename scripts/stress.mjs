// Large and adversarial inputs, timed (issue "every input": linear time, no stack trace):
//   - 1 MB of adversarial text (scripts/adversarial.mjs) through the whole pipeline, in process;
//   - single lines of 1, 2 and 4 MB;
//   - with --big <MB>: a file of that size made of the corpus, through the CLI, with its peak RSS.
// Usage: npm run build && node scripts/stress.mjs [--big 50] [corpus dir]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '../dist/index.js';
import { adversarial, oneLine } from './adversarial.mjs';

const args = process.argv.slice(2);
const bigAt = args.indexOf('--big');
const bigMb = bigAt >= 0 ? Number(args[bigAt + 1]) : 0;
const corpus = args.filter((a, i) => a !== '--big' && i !== bigAt + 1)[0] ?? '../shared/corpus/dev';
const seconds = (run) => {
  const started = performance.now();
  run();
  return ((performance.now() - started) / 1000).toFixed(2);
};

console.log(`adversarial 1 MB: ${seconds(() => parse(adversarial(1_000_000)))} s`);
for (const mb of [1, 2, 4]) console.log(`one line of ${mb} MB: ${seconds(() => parse(oneLine(mb * 1_000_000)))} s`);

if (bigMb > 0) {
  if (!existsSync(corpus)) {
    console.error(`stress: ${corpus}: no such folder to build the big file from (give a folder of .txt files)`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'vanban-stress-'));
  const parts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f)));
  const chunks = [];
  for (let size = 0, i = 0; size < bigMb * 1e6; i++) {
    const part = parts[i % parts.length];
    chunks.push(part);
    size += part.length;
  }
  const big = join(dir, 'big.txt');
  writeFileSync(big, Buffer.concat(chunks));
  const bin = new URL('../bin/vanban.js', import.meta.url).pathname;
  if (existsSync('/usr/bin/time')) {
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, big, '--format', 'json', '-o', join(dir, 'out.json')], { encoding: 'utf8' });
    const [wall, kb] = run.stderr.trim().split('\n').pop().split(' ');
    console.log(`a ${bigMb} MB file through the CLI: ${wall} s, peak RSS ${(Number(kb) / 1024).toFixed(0)} MB, exit ${run.status}`);
  } else {
    console.log(`a ${bigMb} MB file through the CLI: ${seconds(() => execFileSync(process.execPath, [bin, big, '--format', 'json', '-o', join(dir, 'out.json')]))} s`);
  }
  rmSync(dir, { recursive: true, force: true });
}
