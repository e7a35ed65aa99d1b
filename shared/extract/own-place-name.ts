// Refiners on the names of one responsibility.
//
// own-place-name: a body written with the name of the issuer's own place and no level
// (北京金融监管局 in a 北京市 document, 东莞供电局 in a 东莞市 one) carries its place in its name: it is the local office
// of a body of another system, not one of the issuer's bureaus, so no level goes in front of it (the list's 市 in
// 「市住房城乡建设委、市住房公积金管理中心、北京金融监管局」 stays with the names that write it).
import type { DepartmentDirectory } from '../types';
import { bodyKey, normalizeDepartmentName, resolveDepartment, type PlaceContext } from './departments';
import { isVerticalOffice } from './vertical-offices';

const LEVELS = /[省市区县州旗]/;

/** The issuer's place names without their level (北京市 → 北京); only a place named by one name. */
function placeStems(place: PlaceContext): string[] {
  return place.prefixes.map((p) => p.slice(0, -1)).filter((s) => s.length >= 2 && !LEVELS.test(s));
}

export function withOwnPlaceNames(names: string[], place: PlaceContext | null): string[] {
  if (place === null) return names;
  const stems = placeStems(place);
  return names.map((name) => {
    const rest = name.slice(1);
    if (!LEVELS.test(name[0] ?? '')) return name;
    const stem = stems.find((s) => rest.startsWith(s));
    // 市北京市… is the level written twice; 市北京金融监管局 is a level put before a place
    if (stem === undefined || LEVELS.test(rest[stem.length] ?? '')) return name;
    return rest;
  });
}

// full-place-name: a document that writes the issuer's own bureaus with the level alone (市商务委、市公安局) and an office
// of a higher level's system with the place in full (重庆市税务局, 北京市税务局: the state tax office in the city; the
// kinds are data, vertical-offices) sets that office apart from the issuer's bureaus, when the document never
// writes it with the level alone: its name stays as written. A bureau of the issuer's spelled out (鹿城区市场监督管理局,
// 滨江区应急管理局) is folded as before, as is an office in a list that writes every name in full.

/** The names of one list that keep their place as written. */
export function fullPlaceNames(list: readonly string[], place: PlaceContext | null): string[] {
  if (place === null) return [];
  const full = (name: string) => place.prefixes.some((p) => name.startsWith(p) && name.length > p.length + 1) && isVerticalOffice(name);
  const inFull = (name: string) => place.prefixes.some((p) => name.startsWith(p));
  const short = list.some((name) => name.startsWith(place.level) && !inFull(name));
  return short ? list.filter(full) : [];
}

/** Across a policy's lists: the names written with the place in full that keep it (normalised). */
export function keptFullPlaceNames(lists: readonly string[][], place: PlaceContext | null, directory: DepartmentDirectory): Set<string> {
  const key = (name: string) => bodyKey(resolveDepartment(normalizeDepartmentName(name, place), directory, place).canonical);
  // the evidence is the document's: its own bureaus written with the level alone in any list
  const candidates = new Set(fullPlaceNames(lists.flat(), place));
  const shortKeys = new Set(lists.flat().filter((n) => !candidates.has(n)).map(key));
  return new Set([...candidates].filter((n) => !shortKeys.has(key(n))).map((n) => normalizeDepartmentName(n)));
}
