/**
 * The two legacy Vietnamese font encodings, TCVN3 (ABC, `.VnTime`) and VNI (`VNI-Times`), decoded
 * byte by byte with their tables (src/lexicon/data/encodings, generated from vietnamese-conversion):
 * one pass, a letter's two-byte form (VNI "a" + 0xF8 = "à") before its one-byte form, and any other
 * byte as the Latin-1 character of that code (ASCII is unchanged).
 */
import { table } from '../lexicon/index.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

interface Tables {
  one: (string | undefined)[];
  two: Map<number, string>;
}

const cache = new Map<LegacyEncoding, Tables>();

function tables(name: LegacyEncoding): Tables {
  let t = cache.get(name);
  if (!t) {
    t = { one: new Array<string | undefined>(256), two: new Map() };
    for (const [hex, letter] of table(`encodings/${name}.tsv`)) {
      const bytes = (hex as string).split(' ').map((h) => Number.parseInt(h, 16));
      if (bytes.length === 1) t.one[bytes[0] as number] = letter;
      else t.two.set((bytes[0] as number) * 256 + (bytes[1] as number), letter as string);
    }
    cache.set(name, t);
  }
  return t;
}

export function decodeLegacy(bytes: Uint8Array, name: LegacyEncoding): string {
  const { one, two } = tables(name);
  const parts: string[] = [];
  let run = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const pair = i + 1 < bytes.length ? two.get(b * 256 + (bytes[i + 1] as number)) : undefined;
    if (pair !== undefined) {
      run += pair;
      i++;
    } else run += one[b] ?? String.fromCharCode(b);
    if (run.length >= 4096) {
      parts.push(run);
      run = '';
    }
  }
  parts.push(run);
  return parts.join('');
}
