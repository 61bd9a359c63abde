// The reference text in every encoding vanban reads gives the same result (issue: encodings).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { table } from '../../src/lexicon/index.js';
import type { Result } from '../../src/types.js';

// TCVN3 and VNI have no curly quotes or dashes: the reference text with them made plain.
const TEXT = readFileSync(new URL('../../fixtures/vinh-thuan-522-cv-hu.txt', import.meta.url), 'utf8')
  .normalize('NFC')
  .replace(/[“”]/gu, '"')
  .replace(/[‘’]/gu, "'")
  .replace(/[–—]/gu, '-')
  .replace(/…/gu, '...')
  .replace(/[\u00a0\u2000-\u200b\u202f]/gu, ' ');

function legacyEncoder(name: string): (text: string) => Uint8Array {
  const bytesOf = new Map(table(`encodings/${name}.tsv`).map(([hex, letter]) => [letter as string, (hex as string).split(' ').map((h) => Number.parseInt(h, 16))]));
  return (text) => {
    const out: number[] = [];
    for (const ch of text) {
      const bytes = bytesOf.get(ch);
      if (bytes) out.push(...bytes);
      else if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
      else throw new Error(`${name} cannot encode ${ch}`);
    }
    return Uint8Array.from(out);
  };
}

// Windows-1258: precomposed letters where the code page has them, else base letter + tone mark.
function cp1258(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1258');
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decoder.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text) {
    const direct = byteOf.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const nfd = ch.normalize('NFD');
    const tone = [...nfd].find((c) => '\u0300\u0301\u0303\u0309\u0323'.includes(c)) ?? '';
    const base = byteOf.get(nfd.replace(tone, '').normalize('NFC'));
    const mark = byteOf.get(tone);
    if (base === undefined || mark === undefined) throw new Error(`cp1258 cannot encode ${ch}`);
    out.push(base, mark);
  }
  return Uint8Array.from(out);
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** What must not depend on the encoding: the items, without where they are (NFD moves columns). */
function essence(r: Result): unknown {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => !['line', 'column', 'endLine', 'positions', 'mentions'].includes(k))
          .map(([k, v]) => [k, strip(v)]),
      );
    }
    return value;
  };
  return strip({ document: r.document, references: r.references, tasks: r.tasks, projects: r.projects, places: r.places });
}

const utf8 = new TextEncoder().encode(TEXT);
const expected = essence(parse(utf8));

describe('encodings: the reference text', () => {
  it.each([
    ['UTF-8', 'utf-8', utf8],
    ['UTF-8 with BOM', 'utf-8', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])],
    ['UTF-16 LE with BOM', 'utf-16le', utf16(TEXT, false)],
    ['UTF-16 BE with BOM', 'utf-16be', utf16(TEXT, true)],
    ['Windows-1258', 'windows-1258', cp1258(TEXT)],
    ['TCVN3', 'tcvn3', legacyEncoder('tcvn3')(TEXT)],
    ['VNI', 'vni', legacyEncoder('vni')(TEXT)],
    ['UTF-8, NFD', 'utf-8', new TextEncoder().encode(TEXT.normalize('NFD'))],
    ['UTF-8, CRLF', 'utf-8', new TextEncoder().encode(TEXT.replace(/\n/gu, '\r\n'))],
    ['TCVN3, NFD letters do not exist there: CRLF', 'tcvn3', legacyEncoder('tcvn3')(TEXT.replace(/\n/gu, '\r\n'))],
  ])('%s is detected and gives the same items', (_name, encoding, bytes) => {
    const result = parse(bytes);
    expect(result.source.encoding).toBe(encoding);
    expect(result.warnings.filter((w) => w.rule === 'encoding-guess')).toEqual([]);
    expect(essence(result)).toEqual(expected);
  });

  it.each([
    ['tcvn3', legacyEncoder('tcvn3')],
    ['vni', legacyEncoder('vni')],
    ['windows-1258', cp1258],
  ])('--encoding %s forces the decoding', (name, encode) => {
    const result = parse(encode(TEXT), { encoding: name });
    expect(result.source.encoding).toBe(name);
    expect(essence(result)).toEqual(expected);
  });

  it('refuses an unknown encoding name with the names it knows', () => {
    expect(() => parse(utf8, { encoding: 'koi8-r' })).toThrow(/unknown encoding 'koi8-r'.*tcvn3/u);
  });

  it('keeps a UTF-8 file with one broken byte as UTF-8, with a warning', () => {
    const broken = Uint8Array.from([...utf8.subarray(0, 200), 0xff, ...utf8.subarray(200)]);
    const result = parse(broken);
    expect(result.source.encoding).toBe('utf-8');
    expect(result.warnings.map((w) => w.rule)).toContain('invalid-bytes');
  });

  it('warns when a short 8-bit text could be any encoding', () => {
    const result = parse(Uint8Array.from([0x53, 0x6f, 0x20, 0xb5, 0x0a]));
    expect(result.warnings.map((w) => w.rule)).toContain('encoding-guess');
  });
});
