/**
 * Turns what the user named (files, directories, glob patterns, `--files-from` lists) into the
 * list of inputs to parse, in a stable order: arguments in the order given, the files of a
 * directory or a pattern sorted by path. Directories are walked recursively for the given
 * extensions; hidden files and folders (a name starting with `.`) are left out, so the temporary
 * files of an interrupted `--out-dir` run are never taken for inputs.
 */
import { stat } from 'node:fs/promises';
import { extname, isAbsolute, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import { lazy } from '../lazy.js';

// Loaded on first use: a run that names only files never loads it (and fdir, which it loads, requires
// picomatch at import time).
const tinyglobby = lazy<typeof import('tinyglobby')>('tinyglobby');

/** What a directory is searched for when `--ext` is not given. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.docx'];

export interface InputSpec {
  /** The path to read and to show (`-` for standard input). */
  path: string;
  /**
   * The folder the input's output path is mirrored from under `--out-dir`: the directory that was
   * named for a file found in it, the fixed part of a glob pattern, otherwise the current directory.
   */
  root: string;
  /** Set when the argument could not give any input (a pattern that matches nothing...). */
  error?: { code: string; message: string };
}

export interface ExpandOptions {
  /** Extensions (with the dot, lower case) to take from directories. */
  extensions: readonly string[];
  cwd?: string;
}

/** Normalizes `--ext` values: `txt,md` / `.TXT` -> `['.txt', '.md']`. */
export function parseExtensions(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const ext = part.trim().toLowerCase();
      if (ext === '') continue;
      const dotted = ext.startsWith('.') ? ext : `.${ext}`;
      if (!out.includes(dotted)) out.push(dotted);
    }
  }
  return out;
}

/** Expands one argument (a file, a directory, a glob pattern, or `-`). */
export async function expandArgument(arg: string, options: ExpandOptions): Promise<InputSpec[]> {
  const cwd = options.cwd ?? process.cwd();
  if (arg === '-') return [{ path: '-', root: cwd }];
  const info = await stat(resolve(cwd, arg)).catch(() => undefined);
  if (info?.isDirectory()) {
    const found = await walk(arg, options.extensions, cwd);
    if (found.length === 0) {
      return [
        {
          path: arg,
          root: cwd,
          error: { code: 'not-found', message: `no ${listExtensions(options.extensions)} file in this directory` },
        },
      ];
    }
    return found.map((path) => ({ path, root: arg }));
  }
  if (!info && tinyglobby().isDynamicPattern(arg)) {
    const matches = await tinyglobby().glob(arg, { cwd, absolute: isAbsolute(arg), dot: false, onlyFiles: true });
    if (matches.length === 0) {
      return [{ path: arg, root: cwd, error: { code: 'not-found', message: 'no file matches this pattern' } }];
    }
    const base = patternBase(arg);
    return matches.sort(compare).map((path) => ({ path: display(path), root: base }));
  }
  // A file (or something that does not exist: parsing it reports the error).
  return [{ path: arg, root: cwd }];
}

/** The files under `dir` with one of the extensions, sorted, as `dir/sub/name.ext`. */
async function walk(dir: string, extensions: readonly string[], cwd: string): Promise<string[]> {
  const found = await tinyglobby().glob('**/*', { cwd: resolve(cwd, dir), dot: false, onlyFiles: true, expandDirectories: false });
  return found
    .filter((path) => extensions.includes(extname(path).toLowerCase()))
    .sort(compare)
    .map((path) => join(dir, path));
}

/** The part of a glob pattern before its first dynamic segment (`corpus/2025/**\/*.txt` -> `corpus/2025`). */
export function patternBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (tinyglobby().isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}

/**
 * Where the output of `input` goes under `outDir`: its path relative to its root, with the
 * extension replaced by `ext`. An input outside its root (a file outside the current directory)
 * keeps its whole absolute path under `outDir`, so nothing is ever written outside `outDir`.
 */
export function outputPathFor(input: InputSpec, outDir: string, ext: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, input.path);
  let rel = relative(resolve(cwd, input.root), absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    rel = absolute.slice(parsePath(absolute).root.length);
  }
  const parsed = parsePath(rel);
  return join(outDir, parsed.dir, `${parsed.name}${ext}`);
}

export function listExtensions(extensions: readonly string[]): string {
  if (extensions.length <= 1) return extensions.join('');
  return `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)}`;
}

/** Paths in a stable, locale-independent order. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function display(path: string): string {
  return sep === '/' ? path : path.split('/').join(sep);
}
