// Rule on one name: a 各 in front of a kind of park or zone makes the whole name generic, whatever qualifies it
// before the 各: 市管各园区管委会 (the committee of every park the city runs), 各开发区管委会, 全市各园区. The parks are
// many and unnamed, so the name points at no one body; a named park's committee (宿马园区管委会, 市高新区管委会) is a body.
const EACH_ZONE = /各(?:类)?(?:园区|开发区|高新区|工业园区|产业园区|功能区|片区)(?:管委会|管理委员会|管理机构)?$/;

export function isEachZone(name: string): boolean {
  return EACH_ZONE.test(name);
}
