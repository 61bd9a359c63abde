/**
 * document.signer: the signature block. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Lê Đức Tiến" ->
 * authority "KT. Chủ tịch", title "Phó Chủ tịch", name "Lê Đức Tiến". A title wrapped over two
 * lines ("KT. TRƯỞNG BAN CHÍNH SÁCH," | "THUẾ QUỐC TẾ") is joined; "(Đã ký)" is skipped.
 */
import type { Located, Section, SignerValue } from '../../types.js';
import { normalCase } from '../casing.js';
import type { ExtractInput } from '../context.js';
import { isPersonName, withoutRank } from '../../sections/person.js';
import type { HeaderParts } from './header.js';

const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)(?:\s?[./]\s*|\s+)(\S.*)$/u;
const SIGNED_MARK = /^[([]?\s*(?:đã ký|đã kí|ký|kí|signed)\s*[)\]]?$/iu;

function blockLines(input: ExtractInput, block: Section): string[] {
  return input.normalized.text
    .slice(block.span.start, block.span.end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export function extractSigner(input: ExtractInput, parts: HeaderParts): Located<SignerValue> | null {
  const block = parts.signature;
  if (!block) return null;
  const value: SignerValue = { authority: null, title: null, name: null };
  const authorities: string[] = [];
  const titles: string[] = [];
  let last: 'authority' | 'title' | null = null;
  for (const line of blockLines(input, block)) {
    if (SIGNED_MARK.test(line)) continue;
    const a = AUTHORITY.exec(line);
    if (a) {
      authorities.push(`${a[1] as string}${(a[1] as string).includes('/') ? '' : '.'} ${a[2] as string}`);
      last = 'authority';
    } else if (!value.name && isPersonName(line)) {
      value.name = withoutRank(line).replace(/\s+/gu, ' ');
    } else if (!value.name) {
      // A line ending in a comma, or a caps line after an authority, wraps the line before.
      const prev = last === 'authority' ? authorities : titles;
      const wrapped = last !== null && /,$/u.test(prev[prev.length - 1] ?? '');
      if (wrapped) prev[prev.length - 1] += ` ${line}`;
      else {
        titles.push(line);
        last = 'title';
      }
    }
  }
  if (authorities.length) value.authority = authorities.map((a) => a.replace(/^(\S+)\s(.*)$/u, (_, p: string, r: string) => `${p} ${normalCase(r)}`)).join('; ');
  if (titles.length) value.title = normalCase(titles.join(' '));
  else if (authorities.length) value.title = normalCase((authorities[authorities.length - 1] as string).replace(/^\S+\s/u, ''));
  return { value, span: block.span };
}
