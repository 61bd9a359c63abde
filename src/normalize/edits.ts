/**
 * Text edits and the offset maps they produce.
 *
 * A cleaning step returns edits against its input; `applyEdits` produces the output text and an
 * `EditMap` between the two. The normalize stage chains one map per step into one `OffsetMap`.
 */
import type { OffsetMap } from '../types.js';

/** Replace `[start, end)` of the step's input by `text`. Edits are sorted and do not overlap. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Piecewise map between a step's input and output. Segment i starts at `outStarts[i]` in the
 * output and `inStarts[i]` in the input; a copied segment maps offsets one to one, a replaced
 * segment maps its inner offsets to the start (or, for end offsets, the end) of what it replaced.
 */
export class EditMap {
  private readonly outStarts: number[] = [];
  private readonly inStarts: number[] = [];
  private readonly replaced: boolean[] = [];

  constructor(
    private readonly inLength: number,
    private readonly outLength: number,
  ) {}

  add(outStart: number, inStart: number, replaced: boolean): void {
    this.outStarts.push(outStart);
    this.inStarts.push(inStart);
    this.replaced.push(replaced);
  }

  private static find(starts: number[], offset: number): number {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Output offset -> input offset. */
  back(offset: number, bias: 'start' | 'end'): number {
    if (this.outStarts.length === 0) return offset;
    if (offset >= this.outLength) return this.inLength;
    let i = EditMap.find(this.outStarts, offset);
    // An end offset that falls on a segment start belongs to the segment before it.
    if (bias === 'end' && i > 0 && this.outStarts[i] === offset) i--;
    const outStart = this.outStarts[i] as number;
    const inStart = this.inStarts[i] as number;
    if (!this.replaced[i]) return inStart + (offset - outStart);
    if (bias === 'start' || offset === outStart) return inStart;
    return (this.inStarts[i + 1] as number | undefined) ?? this.inLength;
  }

  /** Input offset -> output offset. */
  forward(offset: number): number {
    if (this.inStarts.length === 0) return offset;
    if (offset >= this.inLength) return this.outLength;
    const i = EditMap.find(this.inStarts, offset);
    const outStart = this.outStarts[i] as number;
    if (this.replaced[i]) return outStart;
    return outStart + (offset - (this.inStarts[i] as number));
  }
}

export function applyEdits(input: string, edits: readonly Edit[]): { text: string; map: EditMap | null } {
  if (edits.length === 0) return { text: input, map: null };
  let outLength = input.length;
  for (const edit of edits) outLength += edit.text.length - (edit.end - edit.start);
  const map = new EditMap(input.length, outLength);
  const parts: string[] = [];
  let out = 0;
  let pos = 0;
  for (const edit of edits) {
    if (edit.start < pos) throw new Error(`overlapping edits at ${edit.start}`);
    if (edit.start > pos) {
      map.add(out, pos, false);
      parts.push(input.slice(pos, edit.start));
      out += edit.start - pos;
    }
    map.add(out, edit.start, true);
    parts.push(edit.text);
    out += edit.text.length;
    pos = edit.end;
  }
  if (pos < input.length) {
    map.add(out, pos, false);
    parts.push(input.slice(pos));
  }
  return { text: parts.join(''), map };
}

/** Chains the maps of successive steps (first step first) into one OffsetMap. */
export function chainMaps(maps: readonly EditMap[]): OffsetMap {
  return {
    toInput(offset: number, bias: 'start' | 'end' = 'start'): number {
      let o = offset;
      for (let i = maps.length - 1; i >= 0; i--) o = (maps[i] as EditMap).back(o, bias);
      return o;
    },
    toNormalized(offset: number): number {
      let o = offset;
      for (const map of maps) o = map.forward(o);
      return o;
    },
  };
}
