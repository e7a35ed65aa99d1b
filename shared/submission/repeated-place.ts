// repeated-place: joint signers written one after the other lose the space between them when a PDF is read
// (「海南省财政厅海南省教育厅」); the second opens with the very place the first is of, which a body's own name never
// repeats. Such a rest opens a name of its own.

// The place a name opens with, its first level: a province, city, county or district (海南省, 重庆市).
const PLACE_RE = /^[\u4e00-\u9fff]{2,6}?(?:自治区|自治州|自治县|省|市|州|盟|县|区|旗)/;

/** The place `rest` opens with, when `before` (the name written before it) names that same place. */
export function repeatsPlace(before: string, rest: string): boolean {
  const place = PLACE_RE.exec(rest)?.[0];
  return place !== undefined && place.length >= 3 && before.includes(place);
}
