/**
 * Markdown input goes through remark-parse: headings become `heading` sections, lists `list`
 * sections with `item`s, paragraphs `paragraph`s with their sentences. Positions from the
 * Markdown tree (input offsets) are mapped to normalized offsets.
 */
import { lazy } from '../lazy.js';
import type { Normalized, Section, Span } from '../types.js';

const unifiedModule = lazy<typeof import('unified')>('unified');
const remarkModule = lazy<typeof import('remark-parse')>('remark-parse');
import { splitSentences } from './sentences.js';

interface MdNode {
  type: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function spanOf(node: MdNode, normalized: Normalized): Span | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  if (s === undefined || e === undefined) return null;
  const start = normalized.map.toNormalized(s);
  const end = normalized.map.toNormalized(e);
  return start < end ? { start, end } : null;
}

export function buildMarkdown(normalized: Normalized): { root: Section; sentences: Section[] } {
  const tree = unifiedModule().unified().use(remarkModule().default).parse(normalized.source.text) as MdNode;
  const root: Section = { kind: 'root', span: { start: 0, end: normalized.text.length }, children: [] };
  const sentences: Section[] = [];
  // A heading's or list item's text: from its first child to its last (without "# " or "- ").
  const inner = (node: MdNode): Span | null => {
    const kids = node.children ?? [];
    const first = kids[0] && spanOf(kids[0], normalized);
    const last = kids[kids.length - 1] && spanOf(kids[kids.length - 1] as MdNode, normalized);
    return first && last ? { start: first.start, end: last.end } : spanOf(node, normalized);
  };
  const visit = (node: MdNode, parent: Section): void => {
    const span = node.type === 'heading' || node.type === 'listItem' ? inner(node) : spanOf(node, normalized);
    if (!span) return;
    if (node.type === 'heading') {
      const s: Section = { kind: 'heading', span, label: '#'.repeat(node.depth ?? 1), title: span, children: [] };
      parent.children.push(s);
    } else if (node.type === 'paragraph') {
      const own = splitSentences(normalized.text, span);
      parent.children.push({ kind: 'paragraph', span, children: own });
      sentences.push(...own);
    } else if (node.type === 'list' || node.type === 'listItem') {
      const s: Section = { kind: node.type === 'list' ? 'list' : 'item', span, children: [] };
      parent.children.push(s);
      for (const child of node.children ?? []) visit(child, s);
    } else {
      for (const child of node.children ?? []) visit(child, parent);
    }
  };
  for (const child of tree.children ?? []) visit(child, root);
  const first = root.children[0];
  if (first?.kind === 'heading') first.kind = 'title';
  return { root, sentences };
}
