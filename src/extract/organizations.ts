/**
 * organizations[]: State bodies, Party bodies, mass organisations and units, found from a head
 * written with a capital (lexicon: organization-heads.tsv, organization-heads-more.tsv, and the
 * official names of bodies.tsv). What follows the head depends on its kind:
 *
 * - body: a fixed name that counts alone; a body may follow it ("Ban Thường vụ Huyện ủy",
 *   "Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố") and a place qualifier ("Ủy ban nhân dân
 *   huyện", "Ủy ban nhân dân tỉnh Quảng Trị", "Ban Tổ chức Trung ương", "... Việt Nam");
 * - official: a name from bodies.tsv, commas and "và" included ("Sở Văn hóa, Thể thao và Du lịch");
 * - named: a proper name must follow ("Cục Di sản văn hóa", "Đại học Công nghiệp Hà Nội"), or a
 *   body ("Văn phòng UBND tỉnh");
 * - described: a description, lower case allowed, up to a clause boundary or a verb
 *   ("Ban Chỉ đạo thực hiện sắp xếp ..."), or a parent after "của" ("Ban Chỉ đạo của Chính phủ");
 * - placed: only with a place ("Thuế tỉnh Đắk Lắk"); sub: a name then its parent body
 *   ("Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh").
 *
 * A named unit followed by its parent body is one organisation ("Phòng Cảnh sát giao thông Công an
 * tỉnh Quảng Ngãi"), unless a hyphen stands before the parent ("Phòng Kinh tế - Văn phòng UBND
 * tỉnh": two); a Party body takes the unit it belongs to ("Đảng ủy Khu kinh tế Vũng Áng").
 *
 * Not organisations: a post ("Bộ trưởng", "Cục trưởng": a title longer than the head wins; "Chủ
 * tịch UBND tỉnh X" gives the body), a member ("Huyện ủy viên"), generic plurals ("các Bộ",
 * "Ủy ban nhân dân các xã", "Hội đồng nhân dân các cấp", and the bare bodies listed before such a
 * plural: "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch UBND các tỉnh"), a body inside the name of a law,
 * congress or conference ("Luật Tổ chức Chính phủ", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XII"),
 * a head after a place unit ("Vườn tràm Ban Biện Phú"), and a school, hospital or health centre being built
 * or listed among works, unless a verb of acting follows it ("Bệnh viện X tiếp tục tiếp nhận ...").
 *
 * The name is written out (UBND -> Ủy ban nhân dân), in normal case, with the lexicon's spelling;
 * the level comes from the place qualifier, else from the heads; the place is the qualifier's name.
 * Every scan is bounded, so the whole is linear in the number of tokens.
 *
 * The extractor lives in organizations/: lexicon (heads and their loading), heads (heads and posts
 * in the text), exclusions (law and event names, generic plurals, venues, works), place (level and
 * place qualifier), names (the name after a head), parse (one mention), mentions (the scan), naming
 * (the normalised name) and extract (the values).
 */
export type { Head } from './organizations/heads.js';
export { headAt, titleAt } from './organizations/heads.js';
export { isAdminName } from './organizations/place.js';
export { mentionsOf, organizationMentions, type OrganizationMention } from './organizations/mentions.js';
export { organizationName } from './organizations/naming.js';
export { extractOrganizations } from './organizations/extract.js';
