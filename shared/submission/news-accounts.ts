// News items that give a body's own account without a title, signature or header naming it, in two wordings of the genre:
//   - own-campaign: the item's first sentence, after its purpose clause and a time word, has the body organising or
//     carrying out a clean-up or check of its own (为…,11月5日上午,四季果岭社区居委会新时代文明实践站组织…开展环境清理
//     专项整治行动): the item is that body's account; not a body that joins or helps with another's (参加, 配合);
//   - reporting-head: on a visit, the head of a body reports on its work (凤凰社区党委书记、县人大代表刘福云对环境整治
//     工作开展情况做了详细汇报): the body, or its Party organisation when the head is that organisation's, reports; so too
//     when the named head makes a briefing with no clause on its subject, or goes through it (省胸科医院党委书记罗佑吾作专题
//     汇报, …就医院巡察整改工作情况进行汇报: head-briefing).
import { looksLikeDepartment } from './department-names';
import { isSiteChrome } from './report-metadata';

// How far into the item its first sentence is looked for: under the title and the site's lines (poster, counts, prompts).
const FIRST_SENTENCE_LINES = 12;

// Words of a body taking part in another's work: neither in the body's name nor between it and the campaign.
const JOINING = '(?!参加|参与|配合|协助)';
const OWN_CAMPAIGN_RE = new RegExp(
  `(?:^|[，,])(?:近日|日前|近期|\\d{1,2}月\\d{1,2}日(?:上午|下午|晚上?)?)[，,]((?:${JOINING}[\\u4e00-\\u9fff]){3,30}?)` +
    `(?:组织|联合|牵头|开展)(?:${JOINING}[^。]){0,110}?(?:整治|清理|排查|检查|整改)(?:行动|活动|工作)`,
);

/** The first sentence of the item's text: the first line under the title and the site's lines that holds one. */
function firstSentence(lines: readonly { text: string }[]): string {
  const read = lines.slice(0, FIRST_SENTENCE_LINES).map((l) => l.text.replace(/\s+/g, '')).filter((t) => t !== '' && !isSiteChrome(t));
  const line = read.find((t) => t.includes('。')) ?? '';
  return line.split('。')[0];
}

/** own-campaign: the body a news item's first sentence has organising a clean-up or check of its own; none otherwise. */
export function ownCampaign(lines: readonly { text: string }[]): string[] {
  const m = OWN_CAMPAIGN_RE.exec(firstSentence(lines));
  return m && looksLikeDepartment(m[1]) ? [m[1]] : [];
}

// The head of a body reporting on its work: X(党委)书记…对…情况做了(详细)汇报, at the head of a clause.
const REPORTING_HEAD_RE =
  /(?:^|[，,；;。])([\u4e00-\u9fff]{2,24}?)(党委|党组|党总支|党支部)?(?:书记|主任|局长|院长|校长|站长|所长|负责人)[^，,；;。]{0,30}?(?:对|就)[^，,；;。]{2,40}?(?:情况|工作|进展)(?:作|做)了?(?:详细|专题|全面|简要)?(?:汇报|报告)/;
// head-briefing: the head, named, making the report with no clause on what it is about (X党委书记罗佑吾作专题汇报), or going
// through it (X党委书记罗佑吾就…情况进行汇报): a 汇报, not a speech or a work report to a congress.
const HEAD_BRIEFING_RE =
  /(?:^|[，,；;。])([\u4e00-\u9fff]{2,24}?)(党委|党组|党总支|党支部)?(?:书记|主任|局长|院长|校长|站长|所长|负责人)[\u4e00-\u9fff]{2,4}?(?:(?:作|做)了?(?:详细|专题|全面|简要)汇报|就[^，,；;。]{2,40}?(?:情况|工作|进展)进行了?(?:详细|专题|全面|简要)?汇报)/;
// How far into the item the report is looked for.
const REPORTING_HEAD_LINES = 8;

/** reporting-head: the body whose head reports on its work in a news item, or that body's Party organisation; none otherwise. */
export function reportingHead(lines: readonly { text: string }[]): string[] {
  for (const line of lines.slice(0, REPORTING_HEAD_LINES)) {
    const text = line.text.replace(/\s+/g, '');
    const m = REPORTING_HEAD_RE.exec(text) ?? HEAD_BRIEFING_RE.exec(text);
    if (!m) continue;
    const body = m[2] ? m[1] + m[2] : m[1];
    return looksLikeDepartment(body) ? [body] : [];
  }
  return [];
}
