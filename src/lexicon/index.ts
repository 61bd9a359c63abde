/**
 * Lexicons: tables kept as data (TSV, one entry a line, `#` comments) in ./data, read once on
 * first use. Entries are NFC; lookups use the same fold as `Normalized.key`.
 */
import { readFileSync } from 'node:fs';
import { foldKey } from '../normalize/fold.js';

const DATA_DIR = new URL('./data/', import.meta.url);
const cache = new Map<string, string[][]>();

/** Rows of a TSV table, without comments and blank lines, cells trimmed and NFC-normalized. */
export function table(name: string): string[][] {
  let rows = cache.get(name);
  if (!rows) {
    rows = readFileSync(new URL(name, DATA_DIR), 'utf8')
      .normalize('NFC') // once for the file, not per cell
      .split('\n')
      .map((line) => line.replace(/\r$/, ''))
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t').map((cell) => cell.trim()));
    cache.set(name, rows);
  }
  return rows;
}

/** The first column of a table, folded, as a set. */
export function keySet(name: string): Set<string> {
  return new Set(table(name).map((row) => foldKey(row[0] as string)));
}

/** A phrase lexicon matched word by word on folded text, longest entry first. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = foldKey(phrase).split(/\s+/u).filter(Boolean);
      const first = words[0];
      if (!first) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** The length in words of the longest phrase starting at `words[i]`, or 0. */
  matchAt(words: readonly string[], i: number): number {
    const candidates = this.byFirst.get(words[i] as string);
    if (!candidates) return 0;
    for (const phrase of candidates) {
      let ok = true;
      for (let k = 1; k < phrase.length; k++) {
        if (words[i + k] !== phrase[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return phrase.length;
    }
    return 0;
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
