/**
 * places[]: the place names a text mentions, each with the unit word written before it.
 *
 * A capitalised word alone is never a place. It is one when:
 * - a place unit stands before it: "huyện Vĩnh Thuận", "sông Cái Lớn", "Vườn tràm Ban Biện Phú",
 *   "Xã Đam Rông 1", "Phường 12", "Quốc lộ 1A", "đường ĐT.770B", "TP. Hồ Chí Minh";
 * - it continues a list or an address after such a place: "xã Tân Thuận, Vĩnh Bình Nam",
 *   "tỉnh Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng", "tỉnh Tuyên Quang, Việt Nam";
 * - a list head says so: "các tỉnh: Hưng Yên, Ninh Bình" (unit tỉnh), "các tỉnh, thành phố: Huế"
 *   (unit null);
 * - a Party committee or Youth Union is named by it: "Huyện ủy Gia Lâm" (unit null; the unit the
 *   committee implies, huyện, is kept for resolution only);
 * - it is a province or a country the tables know, in a place context: the place-date line
 *   ("Hà Nội, ngày ..."), after "tại", "qua" ..., in parentheses ("(Lạng Sơn, Cao Bằng)"), or as a
 *   part of an address ("Địa chỉ: 33 Hai Bà Trưng, ..., Hà Nội").
 *
 * Where a name ends: administrative names are checked against the unit tables (the longest known
 * name wins when what follows is not a name: "TỈNH QUẢNG TRỊ CHỦ TỊCH", "tỉnh Quảng Bình Ban hành");
 * in capitals, only a known name is read. Other names end at the first word that is not
 * capitalised, and a one-word name followed by a lower-case word that continues it ("Khu vực
 * Khuôn viên") is a capitalised common noun, not a name.
 *
 * Linear: one pass over the tokens; each look-ahead is bounded (a name is at most 6 words, a list
 * head at most 12 tokens, an address at most 60).
 */
export { extractPlaces } from './places/extract.js';
