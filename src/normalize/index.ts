import type { Decoded, Normalized } from '../types.js';
export function normalize(d: Decoded): Normalized {
  return { source: d, text: d.text, key: d.text.toLowerCase(), map: { toInput: (o) => o, toNormalized: (o) => o }, diagnostics: [] };
}
