/**
 * Stage 1, decode: bytes (or a string) -> the input text, its encoding and format.
 *
 * Detects UTF-8 (with or without BOM) and UTF-16 LE/BE by BOM with the standard TextDecoder.
 * Legacy 8-bit Vietnamese encodings (TCVN3, VNI, cp1258) plug in here later.
 * Refuses binary input (NUL bytes in the first kilobytes) with an InputError.
 */
import { InputError } from '../errors.js';
import type { DecodeOptions, Decoded, Diagnostic } from '../types.js';

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

  let encoding = options.encoding?.toLowerCase() ?? '';
  let skip = 0;
  if (!encoding) {
    if (hasBom(input, 0xef, 0xbb, 0xbf)) [encoding, skip] = ['utf-8', 3];
    else if (hasBom(input, 0xff, 0xfe)) [encoding, skip] = ['utf-16le', 2];
    else if (hasBom(input, 0xfe, 0xff)) [encoding, skip] = ['utf-16be', 2];
    else if (looksBinary(input)) throw new InputError('binary', path, 'is a binary file, not text');
    else encoding = 'utf-8';
  }

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(input.subarray(skip));
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError('bad-encoding', path, `unknown encoding '${encoding}'`);
    }
    // Invalid byte sequences: decode anyway, replacing them, and say so once.
    text = new TextDecoder(encoding).decode(input.subarray(skip));
    const bad = text.indexOf('\uFFFD');
    diagnostics.push({
      ruleId: 'invalid-bytes',
      severity: 'warning',
      message: `the input is not valid ${encoding.toUpperCase()}: invalid bytes were replaced by U+FFFD`,
      inputOffset: Math.max(0, bad),
    });
  }
  return { path, text, encoding, format, byteLength: input.length, diagnostics };
}
