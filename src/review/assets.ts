/**
 * The review page's style sheet and script, inlined into every page (no external assets: the page
 * works offline and from a file:// URL). The script reads everything it needs from the markup's
 * attributes: no data is embedded in it, so nothing from the document can end it early.
 */

const UI_FONTS = `"Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", "Liberation Sans", sans-serif`;
const DOC_FONTS = `"Noto Serif", "Times New Roman", Tinos, "Liberation Serif", "DejaVu Serif", serif`;

/** Colour, underline style and width per kind: the underline and the badge tell kinds apart without colour. */
const KIND_STYLES: Record<string, { c: string; bg: string; bs: string; bw: string }> = {
  number: { c: '#b3261e', bg: 'rgba(214, 48, 49, 0.16)', bs: 'solid', bw: '3px' },
  date: { c: '#a34a00', bg: 'rgba(230, 126, 34, 0.18)', bs: 'double', bw: '4px' },
  issuer: { c: '#6b3e26', bg: 'rgba(141, 85, 36, 0.16)', bs: 'solid', bw: '3px' },
  reference: { c: '#6a1b9a', bg: 'rgba(142, 68, 173, 0.13)', bs: 'dashed', bw: '2px' },
  task: { c: '#2e7d32', bg: 'rgba(46, 125, 50, 0.07)', bs: 'solid', bw: '2px' },
  project: { c: '#8d6e00', bg: 'rgba(241, 196, 15, 0.22)', bs: 'double', bw: '4px' },
  place: { c: '#1554a0', bg: 'rgba(52, 120, 219, 0.18)', bs: 'solid', bw: '2px' },
  organization: { c: '#00695c', bg: 'rgba(0, 150, 136, 0.16)', bs: 'dotted', bw: '3px' },
  person: { c: '#ad1457', bg: 'rgba(216, 27, 96, 0.15)', bs: 'dashed', bw: '3px' },
  period: { c: '#4e5b6e', bg: 'rgba(96, 125, 139, 0.18)', bs: 'dotted', bw: '2px' },
  field: { c: '#455a64', bg: 'rgba(120, 144, 156, 0.14)', bs: 'solid', bw: '1px' },
};

const kindRules = Object.entries(KIND_STYLES)
  .map(([kind, s]) => `.k-${kind} { --c: ${s.c}; --bg: ${s.bg}; --bs: ${s.bs}; --bw: ${s.bw}; }`)
  .join('\n');
const hideRules = Object.keys(KIND_STYLES)
  .map(
    (kind) =>
      `body.off-${kind} .hl.k-${kind} { background: none; border-bottom-color: transparent; padding-bottom: 0; }\n` +
      `body.off-${kind} .hl.k-${kind}.anchor::before { display: none; }`,
  )
  .join('\n');

export const STYLE = `
:root { color-scheme: light; --ui: ${UI_FONTS}; --doc: ${DOC_FONTS}; --lh: 2.15rem; --focus: #0b57d0; }
* { box-sizing: border-box; }
html { scroll-padding: calc(var(--bar, 48px) + 12px) 0 12px; }
body { margin: 0; font: 15px/1.5 var(--ui); color: #1d1d1b; background: #f3f2ee; }
a { color: #0b4fa8; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: 6px 10px; z-index: 20; }
.skip:focus { left: 8px; top: 8px; }
header.top { background: #fff; border-bottom: 1px solid #d9d6cf; padding: 12px 24px 10px; }
header.top h1 { margin: 0; font-size: 1.25rem; line-height: 1.35; }
header.top .sub { color: #5b5953; font-size: 0.85rem; margin-top: 2px; overflow-wrap: anywhere; }
nav.legend-bar { position: sticky; top: 0; z-index: 15; background: rgba(255, 255, 255, 0.97); border-bottom: 1px solid #d9d6cf;
  padding: 6px 24px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.06); }
.legend { display: flex; flex-wrap: wrap; gap: 5px 6px; margin: 0; padding: 0; list-style: none; }
.legend button { font: inherit; font-size: 0.78rem; display: inline-flex; align-items: center; gap: 5px; padding: 1px 8px 1px 3px;
  border: 1px solid #cfcbc2; border-radius: 999px; background: #fff; color: #1d1d1b; cursor: pointer; }
.legend button[aria-pressed="false"] { opacity: 0.55; text-decoration: line-through; }
.legend .count { color: #5b5953; }
.hint { color: #5b5953; font-size: 0.78rem; margin-top: 4px; }
kbd { font: 0.75rem var(--ui); border: 1px solid #bbb; border-bottom-width: 2px; border-radius: 3px; padding: 0 4px; background: #fafafa; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(330px, 36%); gap: 18px; padding: 16px 24px 40px; align-items: start; }
main.doc { background: #fff; border: 1px solid #d9d6cf; border-radius: 6px; padding: 22px 26px 26px 66px; min-width: 0; }
.text { position: relative; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 1.06rem/var(--lh) var(--doc); color: #111; tab-size: 4; }
.ln::before { content: attr(data-line); position: absolute; left: -58px; width: 42px; text-align: right; font: 0.7rem/var(--lh) var(--ui);
  color: #9a968c; font-weight: normal; font-style: normal; letter-spacing: 0; pointer-events: none; }
.ln.warn::before { color: #b3261e; font-weight: 700; content: "⚠ " attr(data-line); }
.ln.flash::before { background: #ffe066; border-radius: 3px; }
${kindRules}
.hl { color: inherit; background: var(--bg); border-bottom: var(--bw) var(--bs) var(--c); border-radius: 2px; padding: 0 0 var(--pad, 1px);
  -webkit-box-decoration-break: clone; box-decoration-break: clone; cursor: pointer; }
.hl.h2 { --pad: 5px; } .hl.h3 { --pad: 9px; } .hl.h4, .hl.h5 { --pad: 13px; }
.hl.anchor::before { content: attr(data-badge); display: inline-block; margin: 0 3px 0 1px; padding: 0 3px; border-radius: 3px;
  font: 700 0.6rem/1.35 var(--ui); letter-spacing: 0.02em; color: #fff; background: var(--c); vertical-align: 0.3em; text-indent: 0; }
.hl:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.hl.flash, .entry.flash { animation: flash 1.8s ease-out 1; }
@keyframes flash { 0%, 35% { background: #ffe066; box-shadow: 0 0 0 4px #ffc107; } 100% { } }
${hideRules}
aside.panel { position: sticky; top: calc(var(--bar, 48px) + 12px); max-height: calc(100vh - var(--bar, 48px) - 24px); overflow: auto; background: #fff; border: 1px solid #d9d6cf;
  border-radius: 6px; padding: 6px 14px 14px; font-size: 0.88rem; }
.panel h2 { font-size: 0.95rem; margin: 0; display: inline; }
.panel details { border-top: 1px solid #ebe8e1; padding: 6px 0; }
.panel details:first-of-type { border-top: 0; }
.panel summary { cursor: pointer; padding: 3px 0; }
.panel summary .key { font: 0.75rem ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; color: #5b5953; margin-left: 4px; }
.panel summary .n { color: #5b5953; font-weight: normal; }
.panel ol, .panel ul { list-style: none; margin: 4px 0 0; padding: 0; }
.entry { padding: 5px 6px; border-radius: 4px; border-left: 4px solid var(--c, #bbb); margin: 4px 0; background: #faf9f6; }
.entry .go { color: inherit; text-decoration: none; display: block; border-radius: 3px; }
.entry .go:hover .main { text-decoration: underline; }
.entry .main { font-weight: 600; }
.entry .clamp { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.entry .meta { color: #4a4843; font-size: 0.8rem; margin-top: 2px; }
.entry .meta b { font-weight: 600; color: #33312d; }
.entry .pos, .mentions a { font: 0.72rem ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; color: #5b5953; }
.mentions { margin-top: 3px; display: flex; flex-wrap: wrap; gap: 2px 6px; align-items: baseline; }
.mentions a { padding: 0 3px; border-radius: 3px; background: #efede7; text-decoration: none; }
.mentions a:hover { text-decoration: underline; }
.badge { display: inline-block; padding: 0 4px; border-radius: 3px; font: 700 0.62rem/1.45 var(--ui); color: #fff; background: var(--c); vertical-align: 0.12em; }
.swatch { display: inline-block; min-width: 2.2em; padding: 0 4px; border-radius: 3px; background: var(--bg); border-bottom: var(--bw) var(--bs) var(--c);
  font: 700 0.62rem/1.5 var(--ui); color: #fff; }
.swatch span { background: var(--c); border-radius: 2px; padding: 0 3px; }
dl.fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 3px 10px; margin: 6px 0 0; }
dl.fields dt { color: #5b5953; font: 0.75rem/1.9 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
dl.fields dd .entry { margin: 0; }
.none { color: #8a867c; font-style: italic; }
.legend .en { color: #5b5953; font-size: 0.75rem; }
.legend button:disabled { opacity: 0.4; cursor: default; }
.panel .d1 { margin-left: 12px; } .panel .d2 { margin-left: 24px; } .panel .d3 { margin-left: 36px; } .panel .d4, .panel .d5 { margin-left: 48px; }
.entry .pos { float: right; margin: 2px 0 0 8px; }
.entry.division { --c: #a8a49a; }
.unlocated { color: #8a867c; font-size: 0.75rem; }
.warning { border-left-color: #b3261e; }
.warning.info { border-left-color: #607d8b; }
.sev { font: 700 0.65rem/1.4 var(--ui); text-transform: uppercase; letter-spacing: 0.04em; color: #b3261e; }
.info .sev { color: #455a64; }
#tip { position: fixed; z-index: 30; max-width: min(440px, 90vw); background: #202124; color: #fff; font: 0.8rem/1.4 var(--ui);
  padding: 6px 9px; border-radius: 5px; box-shadow: 0 2px 10px rgba(0, 0, 0, 0.3); pointer-events: none; }
#tip[hidden] { display: none; }
#tip .row + .row { border-top: 1px solid #555; margin-top: 4px; padding-top: 4px; }
#tip .kind { font-weight: 700; color: #ffd97a; }
@media (max-width: 900px) {
  nav.legend-bar { position: static; }
  html { scroll-padding: 12px 0; }
  .layout { grid-template-columns: minmax(0, 1fr); padding: 10px 10px 30px; }
  main.doc { padding: 14px 12px 16px 46px; }
  .ln::before { left: -42px; width: 32px; }
  aside.panel { position: static; max-height: none; }
}
@media (prefers-reduced-motion: reduce) { .hl.flash, .entry.flash { animation: none; outline: 3px solid #ffc107; } }
@media print {
  @page { margin: 16mm 14mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  :root { --lh: 1.8rem; }
  body { background: #fff; font-size: 10pt; }
  header.top { border: 0; padding: 0 0 8pt; }
  nav.legend-bar { position: static; border: 0; box-shadow: none; padding: 0 0 8pt; }
  .hint, .skip, #tip { display: none !important; }
  .legend button { border-color: #999; }
  .layout { display: block; padding: 0; }
  main.doc { border: 0; padding: 0 0 0 44px; }
  .text { font-size: 11pt; }
  aside.panel { position: static; max-height: none; overflow: visible; border: 0; padding: 0; break-before: page; }
  .entry { break-inside: avoid; }
  .entry .clamp { display: block; overflow: visible; }
  a { color: inherit; text-decoration: none; }
}
`;

/** Tooltips, panel-to-text and text-to-panel navigation, flashing, keyboard keys, legend toggles. */
export const SCRIPT = `
(function () {
  'use strict';
  var tip = document.getElementById('tip');
  var bar = document.querySelector('nav.legend-bar');
  function barHeight() { if (bar) document.documentElement.style.setProperty('--bar', bar.offsetHeight + 'px'); }
  barHeight();
  window.addEventListener('resize', barHeight);
  var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var anchors = Array.prototype.slice.call(document.querySelectorAll('.hl.anchor'));

  function marksAround(el) {
    var out = [];
    for (var m = el && el.closest('.hl'); m; m = m.parentElement && m.parentElement.closest('.hl')) out.push(m);
    return out;
  }
  function showTip(el, x, y) {
    var marks = marksAround(el);
    if (!marks.length) { hideTip(); return; }
    tip.textContent = '';
    marks.forEach(function (m) {
      var row = document.createElement('div');
      row.className = 'row';
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = m.getAttribute('data-kind') + ': ';
      row.appendChild(kind);
      row.appendChild(document.createTextNode(m.getAttribute('data-value') || ''));
      tip.appendChild(row);
    });
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.min(Math.max(8, x + 12), window.innerWidth - w - 8);
    var top = y + 18 + h > window.innerHeight ? y - h - 12 : y + 18;
    tip.style.left = left + 'px';
    tip.style.top = Math.max(8, top) + 'px';
  }
  function hideTip() { tip.hidden = true; }

  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
    window.setTimeout(function () { el.classList.remove('flash'); }, 2000);
  }
  function pieces(id) {
    return Array.prototype.slice.call(document.querySelectorAll('.hl[data-id="' + id + '"]'));
  }
  function go(targetId) {
    var el = document.getElementById(targetId);
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    var id = el.getAttribute('data-id');
    (id ? pieces(id) : [el]).forEach(flash);
    if (el.classList.contains('hl')) {
      // The tooltip is the highlight's description (aria-describedby): fill it before the focus moves.
      var r = el.getBoundingClientRect();
      showTip(el, r.left, r.bottom - 10);
      el.focus({ preventScroll: true });
      window.setTimeout(function () { var s = el.getBoundingClientRect(); showTip(el, s.left, s.bottom - 10); }, reduce ? 0 : 450);
    }
  }
  function reveal(id) {
    var entry = document.getElementById('p-' + id);
    if (!entry) return;
    var details = entry.closest('details');
    if (details) details.open = true;
    entry.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    flash(entry);
  }

  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('a[data-go]');
    if (link) {
      e.preventDefault();
      go(link.getAttribute('data-go'));
      return;
    }
    var toggle = e.target.closest && e.target.closest('button[data-kind-toggle]');
    if (toggle) {
      var on = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(on));
      document.body.classList.toggle('off-' + toggle.getAttribute('data-kind-toggle'), !on);
      return;
    }
    var mark = e.target.closest && e.target.closest('.hl');
    if (mark) reveal(mark.getAttribute('data-entry'));
  });
  document.addEventListener('mouseover', function (e) {
    var mark = e.target.closest && e.target.closest('.hl');
    if (mark) showTip(mark, e.clientX, e.clientY); else hideTip();
  });
  document.addEventListener('mousemove', function (e) {
    if (!tip.hidden && e.target.closest && e.target.closest('.hl')) showTip(e.target, e.clientX, e.clientY);
  });
  document.addEventListener('focusin', function (e) {
    var mark = e.target.closest && e.target.closest('.hl');
    if (mark) { var r = mark.getBoundingClientRect(); showTip(mark, r.left, r.bottom - 10); } else hideTip();
  });
  window.addEventListener('scroll', function () { if (!document.activeElement || !document.activeElement.closest('.hl')) hideTip(); }, { passive: true });
  document.addEventListener('keydown', function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    if (e.key === 'Escape') { hideTip(); return; }
    var mark = t && t.closest && t.closest('.hl');
    if ((e.key === 'Enter' || e.key === ' ') && mark) { e.preventDefault(); reveal(mark.getAttribute('data-entry')); return; }
    var step = e.key === 'n' || e.key === 'j' ? 1 : e.key === 'p' || e.key === 'k' ? -1 : 0;
    if (!step || !anchors.length) return;
    e.preventDefault();
    var at = mark ? anchors.indexOf(mark) : -1;
    var current;
    if (at >= 0) current = (at + step + anchors.length) % anchors.length;
    else {
      // Nothing focused: from where the reader is, the first highlight on screen or the one before.
      var shown = -1;
      for (var i = 0; i < anchors.length; i++) if (anchors[i].getBoundingClientRect().bottom > 0) { shown = i; break; }
      current = step > 0 ? Math.max(shown, 0) : (shown <= 0 ? anchors.length : shown) - 1;
    }
    go(anchors[current].id);
  });
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
})();
`;
