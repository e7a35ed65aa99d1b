// News items on a town's or a street's work that name it only bare (李家镇, 两河镇, 坛山街道) and speak of its government
// by kind (镇政府, 镇党委、镇政府, 办事处), in three wordings of the genre; the town's government (a street's office) gives the
// account:
//   - government-briefing: the town holds a meeting on its government's report (李家镇人大召开政府半年工作通报会, 如皋市长江镇
//     组织召开了政府经济社会发展情况报告会), and the town's head reports for the government (该镇镇长胡国正代表政府…通报了上半
//     年工作完成情况) or its government does (镇政府负责同志对…进行了汇报);
//   - visited-pledge: a 督导组 (督查组, 检查组) comes to the town (督导组到两河镇开展第四轮督导), and the town's Party committee
//     and government, by kind, say what they will do about its findings (镇党委、镇政府表示,将高度重视督导组反馈问题);
//   - next-step: the town or street at the head of a dated clause at its work (10月9日,坛山街道尽锐出战,…), and at the
//     head of the item's next step (下一步,坛山街道将…).
// A town or street named bare stands for its government or office; a county, city or district is none of these.
import { isPlaceName } from './report-metadata';

// How far down the item's sentences are read: under a title and the site's lines.
const ITEM_LINES = 14;

// The words of this genre: what a meeting on the government's report is called, who reports for the government, what a
// visiting team is, and how a town's Party committee and government are written by their kind.
const BRIEFING_MEETING = '(?:通报会|报告会|汇报会)';
const REPORTED = '(?:通报|报告|汇报)';
const VISITING_TEAM = '(?:督导组|督查组|检查组|考核组|调研组)';

/** The body a town or street named bare stands for: 李家镇 → 李家镇人民政府, 坛山街道 → 坛山街道办事处; null otherwise. */
export function bareTownBody(name: string): string | null {
  if (!/(?:镇|乡|街道)$/.test(name) || !isPlaceName(name)) return null;
  return name.endsWith('街道') ? `${name}办事处` : `${name}人民政府`;
}

function itemText(lines: readonly { text: string }[]): string {
  return lines
    .slice(0, ITEM_LINES)
    .map((l) => l.text.replace(/\s+/g, ''))
    .join('。');
}

// The town holding the meeting: at the head of a clause or of the title, its congress or presidium perhaps holding it.
const BRIEFING_RE = new RegExp(
  `(?:^|[，,。；;])(?:近日|日前|\\d{1,2}月\\d{1,2}日(?:上午|下午)?)?[，,]?([\\u4e00-\\u9fff]{2,12}?(?:镇|乡))(?:人大(?:主席团)?)?(?:组织)?[^，,。；;]{0,24}?召开了?[^，,。；;]{0,6}?政府[^，,。；;]{0,16}?${BRIEFING_MEETING}`,
);
// The town's head for the government, or the town's government, reporting.
const GOVERNMENT_REPORTS_RE = new RegExp(
  `(?:^|[，,。；;])(?:该镇|该乡)?(?:(?:镇|乡)长[\\u4e00-\\u9fff]{0,4}?代表(?:镇|乡)?政府|(?:镇|乡)(?:人民)?政府(?:负责同志|主要负责同志|主要领导|领导)?)[^，,。；;]{0,40}?${REPORTED}`,
);

/** government-briefing: the town whose government reports at the meeting it holds on that report; none otherwise. */
export function governmentBriefing(lines: readonly { text: string }[]): string[] {
  const text = itemText(lines);
  const m = BRIEFING_RE.exec(text);
  if (!m || !GOVERNMENT_REPORTS_RE.test(text)) return [];
  const body = bareTownBody(m[1]);
  return body ? [body] : [];
}

// A team coming to a town for its round: …督导组到两河镇开展第四轮督导, …检查组来到某镇.
const VISITED_TOWN_RE = new RegExp(`${VISITING_TEAM}(?:一行)?(?:到|来到|深入|莅临)([\\u4e00-\\u9fff]{2,12}?(?:镇|乡|街道))`);
// The town's Party committee and government by kind saying what they will do about the team's findings.
const TOWN_PLEDGE_RE = /(?:^|[，,。；;])(?:镇|乡|街道)(?:党委|党工委)、(?:镇|乡)?(?:人民)?(?:政府|办事处)(?:表示|表态)[，,]?将/;

/** visited-pledge: the town a team visits whose Party committee and government pledge on its findings; none otherwise. */
export function visitedPledge(lines: readonly { text: string }[]): string[] {
  const text = itemText(lines);
  const m = VISITED_TOWN_RE.exec(text);
  if (!m || !TOWN_PLEDGE_RE.test(text.slice(m.index + m[0].length))) return [];
  const body = bareTownBody(m[1]);
  return body ? [body] : [];
}

// The place at the head of a dated clause at its work (10月9日,坛山街道尽锐出战), and at the head of the next step.
const AT_WORK_RE = /(?:^|[，,。；;])(?:近日|日前|\d{1,2}月\d{1,2}日(?:上午|下午)?)[，,]([\u4e00-\u9fff]{2,12}?(?:镇|乡|街道))(?!召开|举行|参加|配合|协助)/;
const NEXT_STEP_RE = /下一步[，,]([\u4e00-\u9fff]{2,12}?(?:镇|乡|街道))将/;

/** next-step: the town or street at its work on a dated day and at the head of the item's next step; none otherwise. */
export function nextStepPlace(lines: readonly { text: string }[]): string[] {
  const text = itemText(lines);
  const atWork = AT_WORK_RE.exec(text);
  const next = NEXT_STEP_RE.exec(text);
  if (!atWork || !next || atWork[1] !== next[1]) return [];
  const body = bareTownBody(next[1]);
  return body ? [body] : [];
}
