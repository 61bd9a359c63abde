/**
 * A structural diff of two parsed outputs, for `vanban check`: each difference is a field path
 * (`tasks[3].deadline`), the expected value and the actual one. Lists are aligned on their equal
 * items first (a longest common subsequence), then on items with the same name, number, label or
 * text, so one item added at the top is one difference, not one per item after it. An item of a
 * list is named by its index in the output (in the expected file for a missing one).
 */

export interface Difference {
  path: string;
  /** `changed`: both have a value; `missing`: only the expected file has it; `extra`: only the output. */
  kind: 'changed' | 'missing' | 'extra';
  expected?: unknown;
  actual?: unknown;
}

/** Above this many cells, lists are compared position by position instead of aligned. */
const MAX_ALIGN_CELLS = 4_000_000;

export function diffValues(expected: unknown, actual: unknown, path = ''): Difference[] {
  const out: Difference[] = [];
  walk(expected, actual, path, out);
  return out;
}

function walk(expected: unknown, actual: unknown, path: string, out: Difference[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) return walkArrays(expected, actual, path, out);
  if (isObject(expected) && isObject(actual)) {
    for (const key of Object.keys(expected)) {
      const child = join(path, key);
      if (!(key in actual)) out.push({ path: child, kind: 'missing', expected: expected[key] });
      else walk(expected[key], actual[key], child, out);
    }
    for (const key of Object.keys(actual)) {
      if (!(key in expected)) out.push({ path: join(path, key), kind: 'extra', actual: actual[key] });
    }
    return;
  }
  if (!equal(expected, actual)) out.push({ path: path || '(the whole output)', kind: 'changed', expected, actual });
}

function walkArrays(expected: unknown[], actual: unknown[], path: string, out: Difference[]): void {
  // Equal items first; between them, items with the same identity (name, number, text...) are
  // one item changed; what is left, side by side, is changed too, and the rest missing or extra.
  // A changed or extra item is named by its index in the output, a missing one by its index in the
  // expected file.
  let i = 0;
  let j = 0;
  const positional = (untilI: number, untilJ: number): void => {
    while (i < untilI && j < untilJ) {
      walk(expected[i], actual[j], `${path}[${j}]`, out);
      i++;
      j++;
    }
    while (i < untilI) out.push({ path: `${path}[${i}]`, kind: 'missing', expected: expected[i++] });
    while (j < untilJ) out.push({ path: `${path}[${j}]`, kind: 'extra', actual: actual[j++] });
  };
  const gap = (untilI: number, untilJ: number): void => {
    const from = i;
    const to = j;
    const same = align(expected.slice(from, untilI), actual.slice(to, untilJ), identity);
    for (const [pi, pj] of same) {
      positional(from + pi, to + pj);
      walk(expected[i], actual[j], `${path}[${j}]`, out);
      i++;
      j++;
    }
    positional(untilI, untilJ);
  };
  for (const [pi, pj] of align(expected, actual, key)) {
    gap(pi, pj);
    i = pi + 1;
    j = pj + 1;
  }
  gap(expected.length, actual.length);
}

/** What names an item of a list, when it has such a field; otherwise nothing matches it. */
function identity(value: unknown, index: number, side: 'a' | 'b'): string {
  if (isObject(value)) {
    for (const field of ['name', 'number', 'label', 'text', 'path']) {
      const named = value[field];
      if (typeof named === 'string' && named !== '') return `${field}:${named}`;
    }
  }
  return `\u0000${side}${index}`;
}

/** The longest common subsequence of items with the same key, as index pairs (positional when too large). */
function align(
  a: unknown[],
  b: unknown[],
  keyOf: (value: unknown, index: number, side: 'a' | 'b') => string,
): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [];
  const ka = a.map((value, index) => keyOf(value, index, 'a'));
  const kb = b.map((value, index) => keyOf(value, index, 'b'));
  if ((n + 1) * (m + 1) > MAX_ALIGN_CELLS) {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < Math.min(n, m); i++) if (ka[i] === kb[i]) pairs.push([i, i]);
    return pairs;
  }
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] =
        ka[i] === kb[j]
          ? (table[(i + 1) * (m + 1) + j + 1] as number) + 1
          : Math.max(table[(i + 1) * (m + 1) + j] as number, table[i * (m + 1) + j + 1] as number);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[(i + 1) * (m + 1) + j] as number) >= (table[i * (m + 1) + j + 1] as number)) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

function key(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

function equal(a: unknown, b: unknown): boolean {
  return a === b || key(a) === key(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function join(path: string, key: string): string {
  const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return path === '' ? name : /^"/.test(name) ? `${path}[${name}]` : `${path}.${name}`;
}

/** A value on one line, cut at `max` characters: strings quoted, so `"2023"` and `2023` differ. */
export function showValue(value: unknown, max = 160): string {
  const text = value === undefined ? '(absent)' : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
