// Where a cold start goes once the code is loaded: in a fresh process, the first parse of the
// reference text, then a different document (the first .txt of the folder given, by default
// ../shared/corpus/dev, or without it the fixture quyet-dinh-2685-qd-ubnd.txt), then the reference
// again; what compiling regexes with Unicode properties costs the first time each one runs; and how
// many regexes a parse runs.
// Usage: node scripts/cold-start.mjs [dir]   (after npm run build; run it a few times: the figures
// of a single cold process move by a few milliseconds)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ms = (t) => `${(performance.now() - t).toFixed(1)} ms`;

// Regexes first, before the pipeline has compiled any: six of the shapes the extractors use.
const PATTERNS = [
  String.raw`(?<![\p{L}\p{M}\d])tỉnh\s+\p{Lu}[\p{L}\p{M}]*`,
  String.raw`^\p{Lu}\p{Ll}+$`,
  String.raw`[\p{L}\d]{0,11}\/\p{Lu}`,
  String.raw`(?:ngày|tháng)\s+\d+(?![\p{L}\p{M}])`,
  String.raw`[^\s\p{L}\p{M}\d]`,
  String.raw`\p{Ll}`,
];
const sample = 'Ở tỉnh Kiên Giang ngày 12 tháng 3, Số: 12/QĐ-UBND';
let t = performance.now();
for (const p of PATTERNS) {
  const re = new RegExp(p, 'u');
  re.test(sample); // compiled to bytecode on its first run,
  re.test(sample); // and to machine code on its next (V8's tier-up)
}
console.log(`${PATTERNS.length} regexes with Unicode properties, each run twice, the first time: ${ms(t)}`);
t = performance.now();
for (const p of PATTERNS) {
  const re = new RegExp(p, 'u');
  re.test(sample);
  re.test(sample);
}
console.log(`the same again (compiled already: V8 keeps compiled regexes by source and flags): ${ms(t)}`);

t = performance.now();
const { parse } = await import('../dist/index.js');
console.log(`import dist/index.js (unbundled modules, no code cache): ${ms(t)}`);
const reference = readFileSync(new URL('../fixtures/vinh-thuan-522-cv-hu.txt', import.meta.url));
const corpus = process.argv[2] ?? '../shared/corpus/dev';
const first = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;
const otherPath = first ? join(corpus, first) : new URL('../fixtures/quyet-dinh-2685-qd-ubnd.txt', import.meta.url);
const other = readFileSync(otherPath);
t = performance.now();
parse(reference);
console.log(`first parse, the reference text (${reference.length} bytes): ${ms(t)}`);
t = performance.now();
parse(other);
console.log(`second parse, another document (${other.length} bytes): ${ms(t)}`);
t = performance.now();
parse(reference);
console.log(`third parse, the reference again: ${ms(t)}`);

// How many regexes a parse of the reference runs (each compiled the first time): counted by
// wrapping RegExp.prototype.exec, which the string methods call once a regex's own methods are
// replaced (this slows them, so it comes last).
const run = new Set();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (string) {
  run.add(`/${this.source}/${this.flags}`);
  return exec.call(this, string);
};
parse(reference);
RegExp.prototype.exec = exec;
const unicode = [...run].filter((r) => /\\p\{/u.test(r)).length;
console.log(`regexes a parse of the reference runs: ${run.size}, ${unicode} of them with Unicode properties`);
