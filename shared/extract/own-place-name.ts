// Refiner on the names of one responsibility: a body written with the name of the issuer's own place and no level
// (北京金融监管局 in a 北京市 document, 东莞供电局 in a 东莞市 one) carries its place in its name: it is the local office
// of a body of another system, not one of the issuer's bureaus, so no level goes in front of it (the list's 市 in
// 「市住房城乡建设委、市住房公积金管理中心、北京金融监管局」 stays with the names that write it).
import type { PlaceContext } from './departments';

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
