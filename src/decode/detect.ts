/**
 * Which 8-bit encoding a non-UTF-8 input is in: each candidate (Windows-1258, TCVN3, VNI) decodes a
 * bounded sample, and the one whose text reads most like Vietnamese wins: words that are Vietnamese
 * syllables count for it, words that cannot be and characters that Vietnamese never uses (Latin-1 symbols and foreign
 * letters, C1 controls, stray combining marks) against it. A narrow win is reported as uncertain.
 */
import { decodeLegacy, type LegacyEncoding } from './legacy.js';

const SAMPLE_BYTES = 64 * 1024;
const FOREIGN = /[\u0080-\u00bf\u00d7\u00f7\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d1\u00d6\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6\u00f8\u00fb\u00fc\u00fe\u00ff\u0300-\u036f\u2000-\u20ff\ufffd]/gu;

export type EightBit = 'windows-1258' | LegacyEncoding;
export const EIGHT_BIT: readonly EightBit[] = ['windows-1258', 'tcvn3', 'vni'];

export function decodeEightBit(bytes: Uint8Array, encoding: EightBit): string {
  return encoding === 'windows-1258' ? new TextDecoder('windows-1258').decode(bytes) : decodeLegacy(bytes, encoding);
}

const WORD = /[\p{L}\p{M}]+/gu;
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/**
 * How much a decoding reads like Vietnamese: words with a non-ASCII letter that are Vietnamese
 * syllables (one tone mark at most, a real onset, nucleus and coda) count for it; such words that
 * are not, and characters Vietnamese never uses, count against it.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  const nfc = text.normalize('NFC');
  for (const m of nfc.matchAll(WORD)) {
    const word = m[0];
    if (!/[^\u0000-\u007f]/u.test(word)) continue;
    const nfd = word.toLowerCase().normalize('NFD');
    const tones = nfd.match(TONES)?.length ?? 0;
    const bare = nfd.replace(TONES, '').normalize('NFC');
    score += tones <= 1 && SYLLABLE.test(bare) ? 1 : -2;
  }
  return score - 3 * (nfc.match(FOREIGN)?.length ?? 0);
}

export interface Detection {
  encoding: EightBit;
  certain: boolean;
}

export function detectEightBit(bytes: Uint8Array): Detection {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const scored = EIGHT_BIT.map((encoding) => ({ encoding, score: vietnameseScore(decodeEightBit(sample, encoding)) })).sort(
    (a, b) => b.score - a.score,
  );
  const [best, second] = scored as [{ encoding: EightBit; score: number }, { encoding: EightBit; score: number }];
  const certain = best.score >= 10 && best.score - second.score >= Math.max(5, best.score * 0.2);
  return { encoding: best.encoding, certain };
}
