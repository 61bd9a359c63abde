/**
 * Lexicons: tables kept as data (TSV, one entry a line, `#` comments) in ./data, read once on
 * first use. Entries are NFC; lookups use the same fold as `Normalized.key`.
 */
import { readFileSync } from 'node:fs';
import { foldKey } from '../normalize/fold.js';
import { DATA_DIR } from '../paths.js';

const cache = new Map<string, string[][]>();

/** The location of a data file (a path under ./data). */
export function dataUrl(name: string): URL {
  return new URL(name, DATA_DIR);
}

/** Rows of a TSV table, without comments and blank lines, cells trimmed and NFC-normalized. */
export function table(name: string): string[][] {
  let rows = cache.get(name);
  if (!rows) {
    rows = [];
    // NFC once for the file, not per cell.
    for (const raw of readFileSync(dataUrl(name), 'utf8').normalize('NFC').split('\n')) {
      if (raw === '' || raw.startsWith('#')) continue;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.trim() === '') continue;
      const cells = line.split('\t');
      for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] as string).trim();
      rows.push(cells);
    }
    cache.set(name, rows);
  }
  return rows;
}

/** The first column of a table, folded, as a set. */
export function keySet(name: string): Set<string> {
  return new Set(table(name).map((row) => foldKey(row[0] as string)));
}

/**
 * A table of words and their classes (`word TAB class`, a word may have several) as one set of
 * folded words per class. Throws on a class the table does not have, so a typo fails at once.
 */
export function wordClasses(name: string): (cls: string) => ReadonlySet<string> {
  const classes = new Map<string, Set<string>>();
  for (const [word = '', cls = ''] of table(name)) {
    let set = classes.get(cls);
    if (!set) classes.set(cls, (set = new Set()));
    set.add(foldKey(word));
  }
  return (cls) => {
    const set = classes.get(cls);
    if (!set) throw new Error(`${name}: no word of class ${cls}`);
    return set;
  };
}

/** A phrase of a PhraseSet: its folded words, and the words joined by spaces. */
export interface PhraseEntry {
  readonly words: readonly string[];
  readonly key: string;
}

/** A phrase lexicon matched word by word on folded text, longest entry first. */
export class PhraseSet {
  /** The phrases by first word, longest first: each its words and its key (the words joined by spaces). */
  private readonly byFirst = new Map<string, PhraseEntry[]>();
  /** The number of words of the longest phrase. */
  readonly longest: number = 0;

  constructor(phrases: Iterable<string>) {
    // A phrase listed twice (several tables merged into one set) is kept once.
    const seen = new Set<string>();
    for (const phrase of phrases) {
      const words = foldKey(phrase).split(/\s+/u).filter(Boolean);
      const first = words[0];
      const key = words.join(' ');
      if (!first || seen.has(key)) continue;
      seen.add(key);
      const list = this.byFirst.get(first);
      if (list) list.push({ words, key });
      else this.byFirst.set(first, [{ words, key }]);
    }
    // Longest first; a stable sort keeps the table's order among equals.
    for (const list of this.byFirst.values()) {
      if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);
      this.longest = Math.max(this.longest, (list[0] as PhraseEntry).words.length);
    }
  }

  /** Whether some phrase starts with this (folded) word: `matchAt` is 0 at any other word. */
  startsWith(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The words some phrase starts with. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  /** The length in words of the longest phrase starting at `words[i]`, or 0. */
  matchAt(words: readonly string[], i: number): number {
    return this.longestAt(words, i)?.words.length ?? 0;
  }

  /**
   * The longest phrase starting at `words[i]`, or undefined: its words, and its key (the words
   * joined by spaces, which a lexicon's table is looked up by, without joining them again).
   */
  entryAt(words: readonly string[], i: number): PhraseEntry | undefined {
    return this.longestAt(words, i);
  }

  private longestAt(words: readonly string[], i: number): PhraseEntry | undefined {
    const candidates = this.byFirst.get(words[i] as string);
    if (!candidates) return undefined;
    for (const phrase of candidates) {
      const parts = phrase.words;
      let ok = true;
      for (let k = 1; k < parts.length; k++) {
        if (words[i + k] !== parts[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return phrase;
    }
    return undefined;
  }
}

const phraseCache = new Map<string, PhraseSet>();
export function phrases(name: string): PhraseSet {
  let set = phraseCache.get(name);
  if (!set) {
    set = new PhraseSet(table(name).map((row) => row[0] as string));
    phraseCache.set(name, set);
  }
  return set;
}

/**
 * The first column of table rows, folded, longest first and joined with `|`: a regex alternation
 * that prefers the longest entry ("quyết định" before "quyết"). Entries are plain words.
 */
export function alternation(rows: readonly string[][]): string {
  return rows
    .map((row) => foldKey(row[0] as string))
    .sort((a, b) => b.length - a.length)
    .join('|');
}
