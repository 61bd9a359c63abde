/**
 * Highlights as a tree, so that the page's markup is well-formed whatever the items' overlaps.
 *
 * Items are half-open ranges `[start, end)` of the text. They are opened in order of start, the
 * longer first (then by `rank`: a task outside the place it contains, the document's issuer
 * outside the organisation mention at the same span). An item that nests in another becomes its
 * child. Two items that cross (overlap without one containing the other) cannot both be one
 * element: where the outer one closes, the inner one is closed with it and reopened just after, so
 * it is drawn as several pieces. The first piece of every item is its *anchor* (the one the page
 * links to and that carries the badge); the others are *continuations*.
 */

export interface Interval {
  /** Unique among the intervals. */
  id: string;
  start: number;
  end: number;
  /** Order among intervals with the same start and end: lower is outer. */
  rank: number;
}

export interface TextRun {
  type: 'text';
  start: number;
  end: number;
}

export interface Piece<T extends Interval = Interval> {
  type: 'piece';
  item: T;
  /** The item's first piece (exactly one per item); the rest continue it. */
  anchor: boolean;
  start: number;
  end: number;
  children: Node<T>[];
  /** 1 for a piece with no pieces inside, else one more than the tallest piece inside. */
  height: number;
}

export type Node<T extends Interval = Interval> = TextRun | Piece<T>;

/**
 * The text `[0, length)` as runs of text and nested pieces, in order. Intervals that are empty
 * after clamping to the text are left out (the caller lists them as not located).
 */
export function nest<T extends Interval>(intervals: readonly T[], length: number): Node<T>[] {
  const items = intervals
    .map((item, index) => ({ item, index, start: clamp(item.start, length), end: clamp(item.end, length) }))
    .filter((x) => x.start < x.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.item.rank - b.item.rank || a.index - b.index);

  const boundaries = new Set<number>([0, length]);
  for (const x of items) {
    boundaries.add(x.start);
    boundaries.add(x.end);
  }
  const points = [...boundaries].sort((a, b) => a - b);

  const root: Node<T>[] = [];
  const stack: { piece: Piece<T>; end: number; start: number; index: number }[] = [];
  const top = (): Node<T>[] => stack[stack.length - 1]?.piece.children ?? root;
  let next = 0;

  for (let p = 0; p < points.length; p++) {
    const at = points[p] as number;
    // Close what ends here, and everything opened inside it; reopen those that go on.
    const reopen: (typeof stack)[number][] = [];
    const first = stack.findIndex((open) => open.end <= at);
    if (first >= 0) {
      while (stack.length > first) {
        const open = stack.pop() as (typeof stack)[number];
        open.piece.end = at;
        if (open.end > at) reopen.push(open);
      }
    }
    const starting: { item: T; index: number; start: number; end: number; continued: boolean }[] = reopen.map((open) => ({
      item: open.piece.item,
      index: open.index,
      start: open.start,
      end: open.end,
      continued: true,
    }));
    while (next < items.length && (items[next] as (typeof items)[number]).start === at) {
      starting.push({ ...(items[next] as (typeof items)[number]), continued: false });
      next++;
    }
    // Outer first: the one that lasts longer, then the one that started earlier, then by rank.
    starting.sort((a, b) => b.end - a.end || a.start - b.start || a.item.rank - b.item.rank || a.index - b.index);
    for (const s of starting) {
      const piece: Piece<T> = { type: 'piece', item: s.item, anchor: !s.continued, start: at, end: s.end, children: [], height: 1 };
      top().push(piece);
      stack.push({ piece, end: s.end, start: s.start, index: s.index });
    }
    const following = points[p + 1];
    if (following !== undefined && following > at) top().push({ type: 'text', start: at, end: following });
  }
  for (const node of root) measure(node);
  return root;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, Number.isFinite(offset) ? Math.trunc(offset) : 0));
}

function measure<T extends Interval>(node: Node<T>): number {
  if (node.type === 'text') return 0;
  let tallest = 0;
  for (const child of node.children) tallest = Math.max(tallest, measure(child));
  node.height = tallest + 1;
  return node.height;
}
