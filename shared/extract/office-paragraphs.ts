// Rule: a division of the work by office. A department's own rules give each of its offices a paragraph that opens on
// the office's name and goes straight on with its duties (「办公室  组织、协调和管理…」「法规处  负责规范性文件的法律审核…」
// 「人教处  负责将政务公开工作列入绩效考核内容。」, 上海市财政局政务公开工作规定, 三、工作分工). Two such paragraphs or more
// in one measure divide its work among those offices, none said to lead the whole. One paragraph alone is an ordinary
// sentence with a subject, and is left to the other rules.
// town-offices: a town divides its work the same way among its offices, stations, teams and its company, a paragraph
// opening on one name or a few (「房管所、规建生态办负责牵头组织…」「平安办、公安派出所负责…」「综合行政执法队负责…」,
// 吴泾镇城镇房屋安全隐患排查整治工作方案, 2021); the names whose paragraph opens on 牵头 (「负责牵头…」) lead the whole
// and the others support it (officeLeads). How an office's name ends is data (OFFICE_NAME_ENDINGS). Pure.
import { OFFICE_NAME_ENDINGS } from '../departments/names';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = `[\\u4e00-\\u9fa5]{1,10}?(?:${OFFICE_NAME_ENDINGS.map(escape).join('|')})`;
// adverbial-opening: a phrase of what the office goes by, closed by a comma, may stand between its name and the verb
// (「城运中心结合全市第一次自然灾害综合风险普查，协同做好面上排查整治协调等工作」, 吴泾镇, 2021); 协同 as a verb of duty
const ADVERBIAL = '(?:(?:根据|结合|按照|依据|依托)[^，,。；;]{1,40}[，,])?';
// A short name, or a few joined by 、, ending the way an office's or a body's does, then a verb of duty.
const OPENING = new RegExp(`^(${NAME}(?:、${NAME}){0,3})[\\s\\u3000]*${ADVERBIAL}(负责|组织|承担|牵头|参与|配合|协助|协调|协同|统筹|指导)(负责)?(牵头)?`);
// Words that end like a body but are none: 好处, 到处, 办公室 as a place (在办公室); every office (各处室), this one (本院,
// 本中心; 本科生院 is a university's unit); a kind of company (保险公司: 司 ends a ministry's unit, 有限公司 a company's name).
const NOT_A_BODY = /^(?:好处|到处|各|此处|本(?=[\u4e00-\u9fa5]{1,2}$)|该|其|在|于|有关|相关)|(?<!有限)公司$/;

interface Opening {
  names: string[];
  leads: boolean;
}

function openings(text: string): Opening[] {
  const out: Opening[] = [];
  for (const line of text.split('\n')) {
    const m = OPENING.exec(line.trim());
    if (!m) continue;
    const names = m[1].split('、');
    if (names.some((n) => NOT_A_BODY.test(n))) continue;
    out.push({ names, leads: m[2] === '牵头' || m[4] === '牵头' });
  }
  return out;
}

/** The offices that open two paragraphs or more of the text with their duties, in order; empty when fewer. */
export function officeParagraphs(text: string): string[] {
  const found = openings(text);
  const names = [...new Set(found.flatMap((o) => o.names))];
  return found.length >= 2 && names.length >= 2 ? names : [];
}

/** Of those offices, the ones whose paragraph opens on leading the work (「…负责牵头组织…」, 「…牵头…」). */
export function officeLeads(text: string): string[] {
  if (officeParagraphs(text).length === 0) return [];
  return [...new Set(openings(text).filter((o) => o.leads).flatMap((o) => o.names))];
}
