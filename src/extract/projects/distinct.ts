/** Each phrase once: a work named again ("cầu Tứ Liên ... Riêng cầu Tứ Liên"), or in a headline, is one work. */
import { foldKey } from '../../normalize/fold.js';
import type { Located, ProjectValue } from '../../types.js';

export function distinct(found: Located<ProjectValue>[]): Located<ProjectValue>[] {
  const seen = new Set<string>();
  return found.filter((p) => {
    const key = `${foldKey(p.value.kind)}\t${foldKey(p.value.name)}\t${foldKey(p.value.text).replace(/\s+/gu, ' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
