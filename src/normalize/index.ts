/**
 * Stage 2, normalize: the decoded input -> NFC text without copy-paste noise, with soft line
 * breaks joined, its matching key, and the offset map back to the input.
 *
 * Cleaning steps form a named, ordered registry; each returns edits against the previous step's
 * output, and their maps are chained so every later offset maps back to the input.
 */
import type { Decoded, InputFormat, Normalized } from '../types.js';
import { applyEdits, chainMaps, type Edit, type EditMap } from './edits.js';
import { foldKey } from './fold.js';
import { composeNfc, invisibles, lineEndings } from './steps/basic.js';
import { homoglyphs } from './steps/homoglyphs.js';
import { htmlToText } from './steps/html.js';
import { foreignLines } from './steps/foreign.js';
import { markupNoise } from './steps/markup.js';
import { softBreaks } from './steps/soft-breaks.js';

export interface CleaningStep {
  id: string;
  run(text: string): Edit[];
  /** The input formats the step applies to; all when absent. */
  formats?: readonly InputFormat[];
}

export const STEPS: readonly CleaningStep[] = [
  { id: 'html', run: htmlToText, formats: ['html'] },
  { id: 'line-endings', run: lineEndings },
  { id: 'nfc', run: composeNfc },
  { id: 'invisibles', run: invisibles },
  { id: 'foreign-lines', run: foreignLines },
  { id: 'homoglyphs', run: homoglyphs },
  { id: 'markup-noise', run: markupNoise },
  { id: 'soft-breaks', run: softBreaks },
];

export function normalize(decoded: Decoded, steps: readonly CleaningStep[] = STEPS): Normalized {
  let text = decoded.text;
  const maps: EditMap[] = [];
  for (const step of steps) {
    if (step.formats && !step.formats.includes(decoded.format)) continue;
    const { text: out, map } = applyEdits(text, step.run(text));
    if (map) maps.push(map);
    text = out;
  }
  return { source: decoded, text, key: foldKey(text), map: chainMaps(maps), diagnostics: [] };
}

export { foldKey, stripDiacritics } from './fold.js';
export { LineIndex } from './lines.js';
