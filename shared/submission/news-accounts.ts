// News items that give a body's own account without a title, signature or header naming it, in two wordings of the genre:
//   - own-campaign: the item's first sentence, after its purpose clause and a time word, has the body organising or
//     carrying out a clean-up or check of its own (为…,11月5日上午,四季果岭社区居委会新时代文明实践站组织…开展环境清理
//     专项整治行动): the item is that body's account; not a body that joins or helps with another's (参加, 配合);
//   - reporting-head: on a visit, the head of a body reports on its work (凤凰社区党委书记、县人大代表刘福云对环境整治
//     工作开展情况做了详细汇报): the body, or its Party organisation when the head is that organisation's, reports; so too
//     when the named head makes a briefing with no clause on its subject, or goes through it (省胸科医院党委书记罗佑吾作专题
//     汇报, …就医院巡察整改工作情况进行汇报: head-briefing), or when the head is written by post as the one in charge
//     (叶塘镇党委主要负责同志就落实市委巡察组反馈意见整改进展情况进行了汇报: in-charge-head);
//   - own-rectification-meeting: the item's first sentence has a body holding a meeting to study its rectification
//     (总院公司党委召开专题会议,研究巡察整改和审计整改工作), and the item names that body as the one inspected (集团公司党委巡察
//     总院公司党委…): the body gives its own account; a body organising others' rectification is not named so;
//   - rectification-session: the item's first sentence has a body holding a meeting named for the rectification after an
//     inspection (徐行镇召开巡察整改动员部署会议, 省交通运输厅党组召开…巡察整改情况“回头看”情况汇报会), or a body set up for
//     that rectification holding any meeting (中核集团专项巡视整改工作领导小组办公室在集团公司总部召开第三次例会): the body
//     gives its own account; not an inspection's own bodies, a discipline commission or an organisation department, which
//     oversee others' rectification; a town or street named bare is its government or office;
//   - supervised-visit: a 督查 comes to a body that speaks as 我公司 (…莅临产发集团,对我公司落实国企改革工作任务情况开展督查):
//     the body visited reports, not the one that came; so too when the item names it again by its kind and has its
//     leaders report under that kind (莅临物理与通信电子学院,对学院开展…落实情况进行专项督查 … 学院班子同志重点汇报了…:
//     visited-kind); a visit naming the body by its kind with no report of its own may be the visitor's account;
//   - sector-meeting: an item on a place's work meeting for one sector (2023年全省交通运输工作电视电话会议召开) gives the account
//     of the sector's own department, named in its text (省交通运输厅将2022年确定为…); not a body that only attends.
//   - feedback-pledge: at the meeting where an inspection's findings are fed back, the head of the body inspected pledges
//     for it (祝振华代表太和县人民医院党委就做好巡察整改作表态发言, 姜南社区党支部书记张明郑重表态), and the item names that
//     body as the one inspected (巡察太和县人民医院党委…, 对姜南社区开展巡察, 向县林业局党组反馈): the item is that body's
//     account;
//   - we-named: an account speaking of its village or community by name after 我们 (我们田村将继续努力) is that village's
//     committee's (田村村委会) or that community's residents' committee's; read in the whole item, as such an account
//     names itself only at its end.
import { looksLikeDepartment } from './department-names';
import { bareTownBody } from './town-accounts';
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

// The head of a body reporting on its work: X(党委)书记…对…情况做了(详细)汇报, at the head of a clause; a company's head by
// its post (company-head: 川投汇鑫公司常务副总经理李超就…问题背景原因、近年整改行动…及下一步工作计划做了详细汇报).
const REPORTING_HEAD_RE =
  /(?:^|[，,；;。])([\u4e00-\u9fff]{2,24}?)(党委|党组|党总支|党支部)?(?:书记|主任|局长|院长|校长|站长|所长|负责人|(?:常务)?副?总经理|董事长)[^，,；;。]{0,30}?(?:对|就)[^，,；;。]{2,60}?(?:情况|工作|进展|计划)(?:作|做)了?(?:详细|专题|全面|简要)?(?:汇报|报告)/;
// head-briefing: the head, named, making the report with no clause on what it is about (X党委书记罗佑吾作专题汇报), or going
// through it (X党委书记罗佑吾就…情况进行汇报): a 汇报, not a speech or a work report to a congress.
const HEAD_BRIEFING_RE =
  /(?:^|[，,；;。])([\u4e00-\u9fff]{2,24}?)(党委|党组|党总支|党支部)?(?:书记|主任|局长|院长|校长|站长|所长|负责人)[\u4e00-\u9fff]{2,4}?(?:(?:作|做)了?(?:详细|专题|全面|简要)汇报|就[^，,；;。]{2,40}?(?:情况|工作|进展)进行了?(?:详细|专题|全面|简要)?汇报)/;
// in-charge-head: the head written by post as the one in charge, going through how far the work has got
// (X党委主要负责同志就…整改进展情况进行了汇报).
const IN_CHARGE_REPORT_RE =
  /(?:^|[，,；;。])([\u4e00-\u9fff]{2,24}?)(党委|党组|党总支|党支部)?(?:主要)?负责同志(?:就|对)[^，,；;。]{2,40}?(?:情况|工作|进展)进行了?(?:详细|专题|全面|简要)?汇报/;
// How far into the item the report is looked for.
const REPORTING_HEAD_LINES = 8;

/** reporting-head: the body whose head reports on its work in a news item, or that body's Party organisation; none otherwise. */
export function reportingHead(lines: readonly { text: string }[]): string[] {
  for (const line of lines.slice(0, REPORTING_HEAD_LINES)) {
    const text = line.text.replace(/\s+/g, '');
    const m = REPORTING_HEAD_RE.exec(text) ?? HEAD_BRIEFING_RE.exec(text) ?? IN_CHARGE_REPORT_RE.exec(text);
    if (!m) continue;
    const body = m[2] ? m[1] + m[2] : m[1];
    return looksLikeDepartment(body) ? [body] : [];
  }
  return [];
}

/** The item's text from its first lines, without spaces. */
function openingText(lines: readonly { text: string }[]): string {
  return lines.slice(0, FIRST_SENTENCE_LINES).map((l) => l.text.replace(/\s+/g, '')).join('');
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A body holding a meeting to study its rectification, at the head of a clause of the item's first sentence.
const OWN_RECTIFICATION_MEETING_RE = /(?:^|[，,])([\u4e00-\u9fff]{3,24}?)召开(?:专题会议?|党委(?:扩大)?会议?|党组(?:扩大)?会议?)[，,]?(?:专题)?研究(?:部署)?[^。]{0,20}?整改/;

/** own-rectification-meeting: the body that meets to study its rectification and is named as the one inspected; none otherwise. */
export function ownRectificationMeeting(lines: readonly { text: string }[]): string[] {
  const m = OWN_RECTIFICATION_MEETING_RE.exec(firstSentence(lines));
  if (!m || !looksLikeDepartment(m[1])) return [];
  const inspected = new RegExp(`(?:巡察|巡视)${escaped(m[1])}|对${escaped(m[1])}[^。]{0,20}?(?:巡察|巡视)`);
  return inspected.test(openingText(lines)) ? [m[1]] : [];
}

// A body holding a meeting named for its rectification after an inspection, at the head of a clause of the first sentence:
// X(在…)召开…巡察…整改…会; or a body set up for that rectification (…巡视整改工作领导小组办公室) holding any meeting.
const RECTIFICATION_SESSION_RE =
  /(?:^|[，,])([\u4e00-\u9fff]{3,30}?)(?:在[\u4e00-\u9fff]{2,16}?)?召开[^，,。；;]{0,24}?(?:巡察|巡视)[^，,。；;]{0,12}?整改[^，,。；;]{0,24}?会/;
const RECTIFICATION_BODY_SESSION_RE =
  /(?:^|[，,])([\u4e00-\u9fff]{2,16}?(?:巡察|巡视)整改(?:工作)?(?:领导小组)?(?:办公室)?)(?:在[\u4e00-\u9fff]{2,16}?)?召开[^，,。；;]{0,16}?(?:会议|例会|会)/;
// Bodies that oversee others' rectification: an inspection's own bodies, a discipline commission, an organisation department.
const OVERSEER_RE = /巡[察视](?:组|办|工作领导小组|机构)|纪委|监委|纪工委|组织部|督查|督导/;

/** rectification-session: the body that holds a meeting on its rectification after an inspection; none otherwise. */
export function rectificationSession(lines: readonly { text: string }[]): string[] {
  const sentence = firstSentence(lines);
  const m = RECTIFICATION_BODY_SESSION_RE.exec(sentence) ?? RECTIFICATION_SESSION_RE.exec(sentence);
  if (!m || OVERSEER_RE.test(m[1])) return [];
  if (looksLikeDepartment(m[1])) return [m[1]];
  // a town or street named bare holds it: its government, or a street's office
  const town = bareTownBody(m[1]);
  return town ? [town] : [];
}

// A 督查 coming to a body that speaks as 我公司 (我局, 我委…) in the same clause run.
const SUPERVISED_VISIT_RE = /(?:莅临|来到|深入)([\u4e00-\u9fff]{3,24}?)[，,](?:对|就)我(?:公司|集团|局|委|办|厅|院|中心|校|镇|街道)[^。]{0,40}?(?:开展|进行)了?(?:督查|督导|检查|考核|评估)/;

// visited-kind: the body visited named again by its kind in the same clause run (莅临物理与通信电子学院,对学院开展…进行专项督查).
const VISITED_KIND_RE =
  /(?:莅临|来到|深入)([\u4e00-\u9fff]{3,24}?)[，,](?:对|就)(公司|集团|学院|学校|医院|中心|镇|街道)[^。]{0,40}?(?:开展|进行)了?(?:专项)?(?:督查|督导|检查|考核|评估)/;

/** The leaders of a body named by its kind reporting on its work: 学院班子同志重点汇报了…, 医院党委书记…汇报. */
function kindReports(kind: string): RegExp {
  return new RegExp(`(?:^|[，,；;。：:])${kind}(?:(?:领导)?班子(?:同志|成员)?|(?:党委|党总支|党支部)?(?:书记|院长|校长|总经理|主要负责同志|负责同志|负责人))[^，,；;。]{0,12}?汇报`);
}

/** supervised-visit: the body a 督查 visits, speaking as 我公司 or reporting under its kind; none otherwise. */
export function supervisedVisit(lines: readonly { text: string }[]): string[] {
  const text = openingText(lines);
  const m = SUPERVISED_VISIT_RE.exec(text);
  if (m) return looksLikeDepartment(m[1]) ? [m[1]] : [];
  const kind = VISITED_KIND_RE.exec(text);
  if (!kind || !kind[1].endsWith(kind[2]) || !looksLikeDepartment(kind[1])) return [];
  return kindReports(kind[2]).test(text.slice(kind.index + kind[0].length)) ? [kind[1]] : [];
}

// The title of an item on a place's work meeting for one sector: 2023年全省交通运输工作电视电话会议召开.
const SECTOR_MEETING_RE = /^(?:\d{4}年)?全(?:省|市|区|县|州)([\u4e00-\u9fff]{2,10}?)工作(?:电视电话|视频)?(?:会议|大会)(?:召开|举行)/;
// How far down the title of such an item is looked for, under the site's breadcrumb.
const SECTOR_TITLE_LINES = 6;

/** sector-meeting: the sector's own department an item on the sector's work meeting names in its text; none otherwise. */
export function sectorMeeting(lines: readonly { text: string }[]): string[] {
  const read = lines.slice(0, SECTOR_TITLE_LINES).map((l) => l.text.replace(/\s+/g, '')).filter((t) => !isSiteChrome(t));
  const field = read.map((t) => SECTOR_MEETING_RE.exec(t)).find((m) => m !== null)?.[1];
  if (!field) return [];
  const body = new RegExp(`(?:^|[，,。；;、])([\u4e00-\u9fff]{0,6}?[省市区县州]${escaped(field)}(?:厅|局|委员会|委))(?![^，,。；;]*(?:参加|出席|收听|收看))`);
  for (const line of lines.slice(0, FIRST_SENTENCE_LINES)) {
    const m = body.exec(line.text.replace(/\s+/g, ''));
    if (m && looksLikeDepartment(m[1])) return [m[1]];
  }
  return [];
}

// A head pledging for a body: …代表X(就…)作表态发言, or X's Party organisation's secretary, named, (郑重)表态; the secretary
// may hold the body's own post as well and chair the feedback meeting (chairing-pledge: 市中心医院党委书记、院长郭淑明
// 主持会议并作表态发言).
const PLEDGE_FOR_RE = /代表([\u4e00-\u9fff]{3,30}?)(?:就[^，,。；;]{2,40}?)?(?:作|做)了?表态(?:发言)?/;
const PLEDGING_SECRETARY_RE =
  /(?:^|[，,；;。：:])([\u4e00-\u9fff]{2,24}?(?:党委|党组|党总支|党支部))书记(?:[、，,][\u4e00-\u9fff]{0,4}?(?:长|主任|经理))?[\u4e00-\u9fff]{2,3}?(?:主持会议并)?(?:郑重|作|做)?了?表态/;
// A Party organisation closing a body's name, taken off to find the body in the item's other sentences.
const PARTY_ORGANISATION_RE = /(?:党委|党组|党总支|党支部)$/;

/** feedback-pledge: the body whose head pledges at the feedback of an inspection that the item names it as inspected by. */
export function feedbackPledge(lines: readonly { text: string }[]): string[] {
  const text = openingText(lines);
  if (!/巡察|巡视/.test(text) || !/反馈/.test(text)) return [];
  const m = PLEDGE_FOR_RE.exec(text) ?? PLEDGING_SECRETARY_RE.exec(text);
  if (!m || !looksLikeDepartment(m[1])) return [];
  const stem = m[1].replace(PARTY_ORGANISATION_RE, '');
  const inspected = new RegExp(`(?:巡察|巡视|对)${escaped(stem)}|向${escaped(stem)}(?:党委|党组|党总支|党支部)?反馈`);
  return inspected.test(text) ? [m[1]] : [];
}

// 我们 with the village's or community's own name (我们田村将…): not a kind of place (我们农村, 我们全村, 我们这个村).
const WE_NAMED_RE = /我们((?!农|乡|全|本|各|该|这|那|每|新农)[\u4e00-\u9fff]{1,6}?)(村|社区)(?=将|要|会|一定|继续|始终|全体|坚持)/;
const COMMITTEE_OF: Record<string, string> = { 村: '村委会', 社区: '社区居委会' };

/** we-named: the committee of the village or community an account names after 我们 (我们田村将继续努力); none otherwise. */
export function weNamed(lines: readonly { text: string }[]): string[] {
  const m = WE_NAMED_RE.exec(lines.map((l) => l.text.replace(/\s+/g, '')).join(''));
  if (!m) return [];
  const body = m[1] + m[2] + COMMITTEE_OF[m[2]];
  return looksLikeDepartment(body) ? [body] : [];
}
