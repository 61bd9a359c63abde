#!/usr/bin/env node
// Measures the peak memory (maximum resident set size, worker threads included) and the time of
// the BUILT `vanban parse` on N copies of a fixture, to show that memory stays flat as a batch
// grows. Run `npm run build` first.
//
//   node scripts/batch-memory.mjs [--counts 500,5000] [--jobs 1,2] [--modes out-dir,ndjson]
//                                 [--fixture fixtures/vinh-thuan-522-cv-hu.txt] [--corpus DIR]
//
// --corpus DIR: instead, time `vanban parse DIR --format ndjson` with each --jobs value (seconds
// and peak RSS), e.g. --corpus ../shared/corpus/dev --jobs 1,2.
//
// The copies go to a temporary folder (removed at the end); outputs go to /dev/null (ndjson) or to
// a temporary --out-dir. The peak RSS is the kernel's ru_maxrss of the vanban process, read by a
// small preload module when the process exits.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/vanban.js');

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const counts = option('counts', '500,5000').split(',').map(Number);
const jobsList = option('jobs', '1,2').split(',').map(Number);
const modes = option('modes', 'out-dir,ndjson').split(',');
const fixture = option('fixture', 'fixtures/vinh-thuan-522-cv-hu.txt');
const corpus = option('corpus', undefined);

const work = mkdtempSync(join(tmpdir(), 'vanban-memory-'));
const report = join(work, 'rss.txt');
const preload = join(work, 'rss.mjs');
writeFileSync(
  preload,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));
`,
);

function run(args) {
  rmSync(report, { force: true });
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', preload, bin, ...args], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`vanban ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const kib = Number(readFileSync(report, 'utf8'));
  return { seconds, mib: kib / 1024 };
}

const rows = [];
try {
  if (corpus) {
    for (const jobs of jobsList) {
      const { seconds, mib } = run([corpus, '--format', 'ndjson', '--jobs', String(jobs), '--quiet']);
      rows.push({ input: corpus, jobs, mode: 'ndjson', seconds: seconds.toFixed(2), 'peak RSS (MiB)': mib.toFixed(0) });
    }
  } else {
    const inputs = join(work, 'inputs');
    for (const count of counts) {
      rmSync(inputs, { recursive: true, force: true });
      // 100 files a folder, as a real corpus would be laid out.
      for (let i = 0; i < count; i++) {
        const dir = join(inputs, `d${Math.floor(i / 100)}`);
        if (i % 100 === 0) mkdirSync(dir, { recursive: true });
        copyFileSync(join(root, fixture), join(dir, `doc-${i}.txt`));
      }
      for (const jobs of jobsList) {
        for (const mode of modes) {
          const out = join(work, 'out');
          rmSync(out, { recursive: true, force: true });
          const args =
            mode === 'out-dir'
              ? [inputs, '--out-dir', out, '--jobs', String(jobs), '--quiet']
              : [inputs, '--format', 'ndjson', '--jobs', String(jobs), '--quiet'];
          const { seconds, mib } = run(args);
          rows.push({
            inputs: count,
            jobs,
            mode,
            seconds: seconds.toFixed(1),
            'files/s': (count / seconds).toFixed(0),
            'peak RSS (MiB)': mib.toFixed(0),
          });
        }
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.table(rows);
