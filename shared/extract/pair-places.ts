// Rule (pair-places): two governments issuing a division together (济南市人民政府办公厅 and 临沂市人民政府办公室, 对口合作)
// write 「两市X」 for the X of each: 「(两市市委宣传部牵头,两市市委组织部、文化和旅游局分工负责)」 names 济南市委宣传部 and
// 临沂市委宣传部 leading, the two cities' 市委组织部 and 文化和旅游局 supporting. 两市 written once holds for the names after it
// in the same 、-run, as a level written once does (list-level-prefix); a name written with a place of its own
// (临沂市沂蒙精神研究中心) is that place's alone. Only where the issuer names two governments of the same level and
// different places: in one city's document 两市 has no places to stand for, and the name is left as written. Pure.

/** A government of a place in an issuer's name: 济南市人民政府…, 中共临沂市委…, 某县人民政府. */
const GOVERNMENT_PLACE = /(?<=^|[、，,\s]|办公[室厅]|人民政府|中共)(?!办公|人民|中共)([\u4e00-\u9fa5]{1,5}?([市县区]))(?:人民政府|委(?:员会)?(?:办公[室厅])?)/g;
const PAIR = /^两([市县区地])/;
const SEPARATORS = '，,；;。()（）';

/** The two places of an issuer naming two governments of one level (济南市, 临沂市), else []. */
export function pairPlaces(issuer: string | null): string[] {
  if (!issuer) return [];
  const found = [...issuer.matchAll(GOVERNMENT_PLACE)].map((m) => ({ place: m[1].replace(/^中共/, ''), level: m[2] }));
  const places = [...new Set(found.map((f) => f.place))];
  const levels = new Set(found.map((f) => f.level));
  return places.length === 2 && levels.size === 1 ? places : [];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `name` stands in `words` after a 两市 name of the same 、-run. */
function afterPair(name: string, words: string): boolean {
  const not = `[^${SEPARATORS}]`;
  return new RegExp(`两[市县区地]${not}*?、(?:${not}*?、)*?${escape(name)}(?=$|[、${SEPARATORS}]|牵头|负责|配合|分工)`).test(words);
}

/** The names of a responsibility list with each 两市 name given once for each of the two places. */
export function withPairPlaces(names: string[], words: string | null, places: string[]): string[] {
  if (places.length !== 2) return names;
  const level = places[0].slice(-1);
  const out: string[] = [];
  for (const name of names) {
    const pair = PAIR.exec(name);
    const ownPlace = places.some((p) => name.startsWith(p) || name.startsWith(p.slice(0, -1)));
    if (ownPlace || (!pair && !afterPair(name, words ?? ''))) {
      out.push(name);
      continue;
    }
    const stem = pair ? name.slice(pair[0].length) : name;
    for (const place of places) out.push(stem.startsWith(level) ? place + stem.slice(1) : place + stem);
  }
  return [...new Set(out)];
}
