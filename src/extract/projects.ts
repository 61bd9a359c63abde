/**
 * projects[]: a phrase headed by a work noun (khu di tích, phòng truyền thống, đường, cầu, dự án,
 * công trình ...) that ends in a proper name: "Khu di tích tập kết 200 ngày đêm Vàm Chắc Băng",
 * "đường ven sông Cái Lớn". `name` is the proper name, `text` the phrase, `kind` the head noun.
 *
 * From the head, words are scanned up to the first punctuation: a name after an administrative
 * unit (huyện Vĩnh Thuận) only locates the work, unless it comes right after the head (trạm y tế
 * xã X); "tại"/"ở" carries a work without a name of its own on to the site; a capitalised common
 * noun (Nghị quyết ...) or another clause ends the search. No name, no project: "các dự án, công
 * trình trọng điểm" yields nothing. Lists (lists.ts), names that are phrases (whole.ts), headlines
 * in capitals (caps.ts) and each phrase once (distinct.ts) have modules of their own.
 */
export { extractProjects } from './projects/extract.js';
