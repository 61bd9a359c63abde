/**
 * Colours for YAML on a terminal. chalk is imported only here, dynamically, by `loadPalette`, so a
 * run that writes no colour (a pipe, a file, NO_COLOR) never loads it.
 */
import { CST, Parser } from 'yaml';
import type { ChalkInstance } from 'chalk';

export interface Palette {
  key(text: string): string;
  string(text: string): string;
  number(text: string): string;
  null(text: string): string;
  /** Indicators: `:`, `-`, `---`, `[]`, `{}`. */
  punctuation(text: string): string;
}

let loaded: Palette | undefined;

/**
 * Loads chalk and returns the palette (and keeps it for `toYaml(result, { color: true })`).
 * `level`: chalk's colour level, 1 (16 colours), 2 (256) or 3 (true colour).
 */
export async function loadPalette(level: 1 | 2 | 3 = 1): Promise<Palette> {
  const { Chalk } = await import('chalk');
  const chalk: ChalkInstance = new Chalk({ level });
  loaded = {
    key: (text) => chalk.cyan(text),
    string: (text) => chalk.green(text),
    number: (text) => chalk.yellow(text),
    null: (text) => chalk.gray(text),
    punctuation: (text) => chalk.dim(text),
  };
  return loaded;
}

/** The palette `loadPalette` loaded, if it did. */
export function loadedPalette(): Palette | undefined {
  return loaded;
}

// The plain scalars of the YAML 1.2 core schema that are not strings.
const NULL = /^(?:~|null|Null|NULL)?$/;
const NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;

type Token = CST.Token | CST.SourceToken;

function paintValue(token: Token, palette: Palette): void {
  switch (token.type) {
    case 'scalar': {
      const source = token.source;
      if (NULL.test(source)) token.source = palette.null(source);
      else if (NUMBER.test(source) || BOOLEAN.test(source)) token.source = palette.number(source);
      else token.source = palette.string(source);
      break;
    }
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      token.source = palette.string(token.source);
      break;
    case 'flow-collection':
      token.start.source = palette.punctuation(token.start.source);
      for (const end of token.end) {
        if (end.type === 'flow-map-end' || end.type === 'flow-seq-end') end.source = palette.punctuation(end.source);
      }
      break;
    default:
      break;
  }
}

function paintIndicators(tokens: CST.SourceToken[] | undefined, palette: Palette): void {
  for (const token of tokens ?? []) {
    if (
      token.type === 'map-value-ind' ||
      token.type === 'seq-item-ind' ||
      token.type === 'explicit-key-ind' ||
      token.type === 'doc-start'
    ) {
      token.source = palette.punctuation(token.source);
    }
  }
}

/** Colours YAML text (as written by `toYaml`): keys, strings, numbers, nulls and indicators. */
export function colorizeYaml(text: string, palette: Palette): string {
  let out = '';
  for (const token of new Parser().parse(text)) {
    if (token.type === 'document') {
      // visit() sees the document itself as an item too: its start holds `---`.
      CST.visit(token, (item) => {
        paintIndicators(item.start, palette);
        paintIndicators(item.sep, palette);
        const key = item.key;
        if (key && (key.type === 'scalar' || key.type === 'single-quoted-scalar' || key.type === 'double-quoted-scalar')) {
          key.source = palette.key(key.source);
        }
        if (item.value) paintValue(item.value, palette);
      });
    }
    out += CST.stringify(token);
  }
  return out;
}
