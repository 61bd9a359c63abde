/**
 * document.signer: the signature block. "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" / "Lê Đức Tiến" ->
 * authority "KT. Chủ tịch", title "Phó Chủ tịch", name "Lê Đức Tiến".
 */
import type { Located, SignerValue } from '../../types.js';
import { normalCase } from '../casing.js';
import type { ExtractInput } from '../context.js';
import type { HeaderParts } from './header.js';

const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\s?[./]?\s*(.*)$/u;
const NAME = /^(?:\p{Lu}\p{Ll}*\.?\s+){1,5}\p{Lu}\p{Ll}*$/u;

export function extractSigner(input: ExtractInput, parts: HeaderParts): Located<SignerValue> | null {
  const block = parts.signature;
  if (!block) return null;
  const lines = input.normalized.text
    .slice(block.span.start, block.span.end)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const value: SignerValue = { authority: null, title: null, name: null };
  const authorities: string[] = [];
  for (const line of lines) {
    const a = AUTHORITY.exec(line);
    if (a) authorities.push(`${a[1]}. ${normalCase(a[2] as string)}`.replace(/\/\./u, '/'));
    else if (NAME.test(line) && line.split(/\s+/u).length >= 2 && !/\p{Lu}{2}/u.test(line)) value.name = line;
    else if (!value.name) value.title = normalCase(line);
  }
  if (authorities.length) value.authority = authorities.join('; ');
  if (!value.title && authorities.length) value.title = authorities[authorities.length - 1]?.replace(/^\S+\s/u, '') ?? null;
  return { value, span: block.span };
}
