/**
 * An HTML page saved from a browser, reduced to its text as edits of the page itself, so every
 * position still points into the .html file: tags, comments and the contents of <script>, <style>,
 * <head> and <template> are removed, a block element (p, div, br, li, tr, h1-h6 ...) leaves a line
 * break, a table cell a space, and character references (&amp;, &#7853;) become their characters.
 * htmlparser2 tokenizes; its start and end indices give each text run's place in the page.
 */
import { lazy } from '../../lazy.js';
import type { Edit } from '../edits.js';

const htmlparser2 = lazy<typeof import('htmlparser2')>('htmlparser2');

const HIDDEN = new Set(['script', 'style', 'head', 'template', 'noscript', 'svg', 'iframe', 'object']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'ul', 'title', 'body', 'html',
]);
const CELL = new Set(['td', 'th']);

export function htmlToText(html: string): Edit[] {
  const edits: Edit[] = [];
  let kept = 0; // end of the last text run kept
  let hidden = 0;
  let gap = ''; // what the markup since `kept` stands for: '', ' ' or '\n'
  const parser = new (htmlparser2().Parser)(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (BLOCK.has(name)) gap = '\n';
        else if (CELL.has(name) && gap === '') gap = ' ';
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (BLOCK.has(name)) gap = '\n';
        else if (CELL.has(name) && gap === '') gap = ' ';
      },
      ontext(decoded) {
        if (hidden) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (start > kept) edits.push({ start: kept, end: start, text: gap });
        else if (gap && start === kept) edits.push({ start, end: start, text: gap });
        if (html.slice(start, end) !== decoded) edits.push({ start, end, text: decoded });
        kept = end;
        gap = '';
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  if (kept < html.length) edits.push({ start: kept, end: html.length, text: gap ? '\n' : '' });
  return edits;
}
