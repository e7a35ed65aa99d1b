// Rule own-place: a report of one place answers no policy of another place of the same level, whatever its title
// and words share with it. Three 2021 divisions of 重点工作 (赤壁市, 六安市, 绍兴市) are one subject of one year; a
// city office's bulletin on its own (2021年度市政府重点工作落实情况的通报, 信息来源: 市政府办) names its city nowhere
// in its title or sender, but its rows name its bodies with their place (人行六安市中心支行), and the 赤壁 division,
// which it never names, is not its. The report's place is the one its title, publisher or sender names (title-echo),
// else the places its text writes before a body's name. Only a place of the policy's own level rules the policy
// out: a district's report on its city's division (谯城区 under 亳州市) or a city's on its province's plan is no
// other place; and a report naming the policy's place anywhere is kept. (A county-level city inside the city whose
// policy it is, 海城市 under 鞍山市, is of the same level: it is kept only when it names that city.) Pure.
import { BEFORE_A_LEVEL, BEFORE_A_PLACE, BODY_ENDS, NOT_IN_PLACE } from './own-place-words';

/** A place's level character to its rank: a province above a city, a city above a county or district. */
const RANK: Record<string, number> = { 省: 3, 市: 2, 州: 2, 盟: 2, 县: 1, 区: 1, 旗: 1 };
/** How far after its place a body's name may end (六安市 | 中心支行). */
const BODY_REACH = 8;
const HAN = /\p{Script=Han}/u;

const rankOf = (place: string): number | undefined => RANK[place[place.length - 1]];

/** A place's name without its level (赤壁市 → 赤壁); the whole name when that would leave one character (沛县). */
function stem(place: string): string {
  const s = place.slice(0, -1);
  return s.length >= 2 ? s : place;
}

/** Whether a body's name ends within reach of `from`, before any mark or figure. */
function bodyFollows(text: string, from: number): boolean {
  let run = '';
  for (let i = from; i < text.length && run.length < BODY_REACH && HAN.test(text[i]); i++) run += text[i];
  return BODY_ENDS.some((e) => run.includes(e));
}

/** Whether what stands before `at` lets a place open there: a mark, the line's start, or a word of BEFORE_A_PLACE. */
function opensPlace(text: string, at: number): boolean {
  if (at === 0 || !HAN.test(text[at - 1])) return true;
  const before = text.slice(Math.max(0, at - 6), at);
  return BEFORE_A_PLACE.some((w) => before.endsWith(w));
}

/**
 * The places a text writes before a body's name, each as two characters and its level (六安市 of 人行六安市中心支行,
 * 安徽省 of 安徽省财政厅); never 全市, 本区, 城市, a level after a mark (、市农业农村局) or after a word that sends for
 * its body (会同市财政局, 联合区市场监管局), nor a piece of a longer word (推进法治区建设).
 */
export function textPlaces(text: string): string[] {
  const out = new Set<string>();
  for (let i = 2; i < text.length; i++) {
    if (rankOf(text[i]) === undefined) continue;
    const name = text.slice(i - 2, i);
    if (![...name].every((c) => HAN.test(c) && !NOT_IN_PLACE.includes(c)) || BEFORE_A_LEVEL.includes(name) || !opensPlace(text, i - 2)) continue;
    if (bodyFollows(text, i + 1)) out.add(name + text[i]);
  }
  return [...out];
}

/** What the rule is given of a report: the place its title, publisher or sender names, and its text. */
export interface ReportPlace {
  place: string | null;
  text: string;
}

/** A report as the rule weighs it against each policy: its text and the places that speak for it. */
export interface PlacedReport {
  text: string;
  /** Its title's, publisher's or sender's place; else the places its text writes before a body's name. */
  places: readonly string[];
}

/** The places that speak for a report, worked out once for all the policies it is weighed against. */
export function placedReport(report: ReportPlace): PlacedReport {
  return { text: report.text, places: report.place ? [report.place] : textPlaces(report.text) };
}

/**
 * The place of the report that rules out a policy of `policyPlace`, or null when none does: a place of the policy's
 * level and another name, the report naming the policy's place nowhere.
 */
export function otherPlace(report: PlacedReport, policyPlace: string | null): string | null {
  if (!policyPlace) return null;
  const level = rankOf(policyPlace);
  if (level === undefined || report.text.includes(stem(policyPlace))) return null;
  return report.places.find((p) => rankOf(p) === level && stem(p) !== stem(policyPlace)) ?? null;
}
