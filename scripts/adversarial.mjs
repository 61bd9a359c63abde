// Text made to make regular expressions backtrack: long runs of what the patterns repeat (digits,
// slashes, hyphens, capitals, "Số", brackets, markup ...). Used by test/stages/bad-input.test.ts
// and scripts/stress.mjs.
const PIECES = [
  '1'.repeat(5000), '/'.repeat(5000), '-'.repeat(5000), 'A'.repeat(5000), 'Số '.repeat(2000), '('.repeat(3000) + ')'.repeat(3000),
  '12/'.repeat(2000), '1-'.repeat(3000), 'QĐ-'.repeat(2000), 'Điều 1. '.repeat(500), 'ngày '.repeat(2000), 'ÔNG BÀ '.repeat(1000),
  'Huyện ủy '.repeat(1000), 'xã Tân '.repeat(1000), '**'.repeat(3000), '*a'.repeat(3000), '- '.repeat(3000), 'TM. '.repeat(1000),
  'Nguyễn '.repeat(1000), 'dự án Bến '.repeat(1000), ', '.repeat(3000), '1.1.1.'.repeat(1000), 'tháng '.repeat(1000), 'Kính gửi: '.repeat(500),
  'V/v '.repeat(1000), 'ỦY BAN NHÂN DÂN\n'.repeat(300), '<p>'.repeat(2000), '| \n'.repeat(2000),
];

/** At least `size` characters of adversarial text. */
export function adversarial(size) {
  let text = '';
  for (let i = 0; text.length < size; i++) text += PIECES[i % PIECES.length] + (i % 3 ? ' ' : '\n');
  return text;
}

/** A single line of about `size` characters of ordinary directive text. */
export function oneLine(size) {
  const sentence = 'Ủy ban nhân dân tỉnh Quảng Trị giao Sở Công Thương rà soát, ';
  return sentence.repeat(Math.ceil(size / sentence.length));
}
