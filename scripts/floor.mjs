// The floor the speed issue measures throughput against: the same bytes decoded from UTF-8,
// NFC-composed and scanned once with one document-number regex. Shared by scripts/bench.mjs and
// scripts/throughput.mjs, so both measure the same floor.

/** A document number (`2685/QĐ-UBND`, `522-CV/HU`), as a simplified single regex. */
const CODE = /\d{1,6}(?:-\p{Lu}[\p{L}\d]{0,11}\/|\/(?:\d{4}\/)?)\p{Lu}[\p{L}\d]{0,11}(?:-\p{Lu}[\p{L}\d]{0,11}){0,4}/gu;

const decoder = new TextDecoder();

/** The floor's work on one input: decode, compose, scan. Returns the matches found. */
export function floorPass(bytes) {
  let found = 0;
  for (const _ of decoder.decode(bytes).normalize('NFC').matchAll(CODE)) found++;
  return found;
}
