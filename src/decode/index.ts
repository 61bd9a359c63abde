/**
 * Stage 1, decode: bytes (or a string) -> the input text, its encoding and format.
 *
 * UTF-16 LE/BE and UTF-8 are known by their BOM; otherwise valid UTF-8 is UTF-8. Bytes that are not
 * UTF-8 are one of the 8-bit Vietnamese encodings, Windows-1258, TCVN3 or VNI, told apart by how
 * Vietnamese each decoding reads (./detect.ts); an uncertain guess is a warning. A UTF-8 file with a
 * few broken bytes stays UTF-8, with the bytes replaced and a warning. `options.encoding` forces
 * one. Binary input (NUL bytes in the first kilobytes) is refused with an InputError.
 */
import { InputError } from '../errors.js';
import type { DecodeOptions, Decoded, Diagnostic } from '../types.js';
import { decodeEightBit, detectEightBit, type EightBit } from './detect.js';

/** Encoding names vanban accepts (lower case), and the name it reports for each. */
const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  tcvn3: 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
};
export const SUPPORTED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;

/** Broken bytes allowed per Vietnamese letter read before UTF-8 is given up for an 8-bit guess. */
const MAX_BROKEN_UTF8 = 1;
const VIETNAMESE_LETTERS = /[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/gu;

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1258' || encoding === 'tcvn3' || encoding === 'vni') return decodeEightBit(bytes, encoding as EightBit);
  return new TextDecoder(encoding).decode(bytes);
}

const BINARY_SNIFF_BYTES = 8192;

function hasBom(bytes: Uint8Array, ...bom: number[]): boolean {
  return bom.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function decode(input: string | Uint8Array, options: DecodeOptions = {}): Decoded {
  const path = options.path ?? '<input>';
  const format = options.format ?? 'text';
  const diagnostics: Diagnostic[] = [];

  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return { path, text, encoding: 'utf-16', format, byteLength: Buffer.byteLength(input), diagnostics };
  }

  const forced = options.encoding?.toLowerCase();
  if (forced !== undefined && !ENCODINGS[forced]) {
    throw new InputError('bad-encoding', path, `unknown encoding '${options.encoding}': vanban reads ${SUPPORTED_ENCODINGS.join(', ')}`);
  }
  let encoding = forced ? (ENCODINGS[forced] as string) : '';
  let skip = 0;
  if (!encoding) {
    if (hasBom(input, 0xef, 0xbb, 0xbf)) [encoding, skip] = ['utf-8', 3];
    else if (hasBom(input, 0xff, 0xfe)) [encoding, skip] = ['utf-16le', 2];
    else if (hasBom(input, 0xfe, 0xff)) [encoding, skip] = ['utf-16be', 2];
    else if (looksBinary(input)) throw new InputError('binary', path, 'is a binary file, not text');
  } else if (encoding.startsWith('utf-16') && hasBom(input, ...(encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff]))) skip = 2;
  else if (encoding === 'utf-8' && hasBom(input, 0xef, 0xbb, 0xbf)) skip = 3;
  const body = input.subarray(skip);

  let text: string;
  if (encoding && encoding !== 'utf-8') {
    text = decodeAs(body, encoding);
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
      encoding = 'utf-8';
    } catch {
      text = new TextDecoder('utf-8').decode(body);
      const broken = countOf(text, '\uFFFD');
      const vietnamese = text.match(VIETNAMESE_LETTERS)?.length ?? 0;
      // Text with more broken bytes than Vietnamese letters read as UTF-8 is not UTF-8.
      if (!encoding && broken > vietnamese * MAX_BROKEN_UTF8) {
        // Not UTF-8: one of the 8-bit Vietnamese encodings.
        const guess = detectEightBit(body);
        encoding = guess.encoding;
        text = decodeAs(body, encoding);
        if (!guess.certain) {
          diagnostics.push({
            ruleId: 'encoding-guess',
            severity: 'warning',
            message: `the encoding is not certain: read as ${encoding} (force one with --encoding)`,
            inputOffset: 0,
          });
        }
      } else {
        encoding = 'utf-8';
        diagnostics.push({
          ruleId: 'invalid-bytes',
          severity: 'warning',
          message: 'the input is not valid UTF-8: invalid bytes were replaced by U+FFFD',
          inputOffset: Math.max(0, text.indexOf('\uFFFD')),
        });
      }
    }
  }
  if (!/\S/u.test(text)) {
    diagnostics.push({ ruleId: 'empty-input', severity: 'warning', message: 'the input has no text', inputOffset: 0 });
  }
  return { path, text, encoding, format, byteLength: input.length, diagnostics };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

