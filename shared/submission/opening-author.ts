// Reports copied from a website without title, signature or header still say who wrote them, in their own
// opening sentences, in two wordings of the genre:
//   - an annual disclosure report (政府信息公开工作年度报告) opens on the template's sentence naming its body:
//     「本报告依据…要求，结合2022年昌江区民政局政府信息公开工作编制而成」;
//   - a 督查 bulletin or a report names the body that did the work before 现将…通报/报告 (or 现通报如下):
//     「…县政府督查室对…三季度完成情况进行了专项督查，现将相关情况予以通报」, 「县政府督查室对…开展了专项督查，现通报如下」;
//   - an annual disclosure report tells readers whom to ask, the report's body or its office:
//     「如对本报告相关数据存在疑问，请与大冶市自然资源和规划局办公室联系」 (the bureau);
//   - a reply to deputies opens its answer on the body that answers: 「…建议已收悉,现答复如下: 财政局对…高度重视」;
//   - a school's disclosure report says who compiled it, the school or its office, as the subject of the clause that
//     ends on the report itself: 「…,合肥学院根据校内各单位…信息公开情况完成此年度报告」, 「…,长江大学学校办公室结合…
//     编制发布本报告」 (compiler-clause; a school's office stands for the school);
//   - a report may open by announcing its own publication under its title: 「现发布《临洮县新添镇2022年政府信息公开工作
//     年度报告》」 (publishedTitle): the title then names the author as any title does;
//   - a 督查 office's return opens on the office at work, then announces itself (现将有关情况汇报如下):
//     「7月9日至17日，县委督查办组成两个督查组，…对…进行了督查。现将有关情况汇报如下。」 (supervisionOffice);
//   - a 督查 office's return on how far tasks have got may say so without announcing itself: the office tracks the
//     progress (「近日,区政府督查室对我区为民办实事项目1-9月份进展情况进行跟踪督查。」, supervision-progress);
//   - the sentence announcing the report may name the body whose year it reports: 「现将省政府2022年度法治政府建设
//     情况报告如下」 (announced-body);
//   - a year's work summary opens its overview on the body as the subject of its first sentence:
//     「2023年，市卫生健康委以习近平新时代中国特色社会主义思想为指导，…」, or of what it handled in the year
//     「2023年,市政府共办理…代表意见建议57件」, the comma after the year lost before such a count 「2025年内黄县教育局共收到…」
//     (year-count-subject), or after the day a count runs to 「截止到11月29日10时,邵阳县人民政府共收到…」 (as-of-count-subject)
//     (subjectOfYear, the weakest evidence:
//     read only when no disclosure table or publication line names a publisher either).
//   - a body that speaks of itself as 我局 (我委, 我办) may name itself only in the title of a plan of its own it adopted:
//     「我局…审议并通过了《龙岩市永定区卫生健康局参与…实施方案》」 (nameInOwnPlan, the last resort); a street speaking as
//     我街 names its place there (「制定《珠吉街理论学习中心组2022年学习计划》」: the street's office); a village committee
//     speaking as 我村委会 (我村) names itself there too (「制定并下发《港六村委会关于…的实施方案》」, village-plan).
//   - a joint report of a place's Party committee and government speaks as the two throughout: the pair heads two or more
//     of its sentences, going on with what they did (「上海市委、市政府高度重视…」「市委、市政府坚持以…」, 「省委、省政府
//     把反馈意见整改作为…」): both are its authors (joint-speakers); not a pair under whose leadership others worked
//     (在市委、市政府的正确领导下), nor in a report speaking as a body of its own (我局);
//   - a source line naming only the website's posting office (来源：政府办) gives way to the year's subject (onlyPostingOffice);
//     one naming only an inner section (信息来源:综核科, 来源：财务股) names no body at all (innerSection);
//   - a news item's title opens on the body at its work (市统计局派员参加…督查), and its text names the same body at the
//     head of a clause again (市统计局派员参加了…): the item is that body's account (news-title); not when the title speaks of
//     the reporting body as 我局 (县督查局督查调研我局…: the visitor);
//   - a news item opens on a body holding a briefing on its own rectification or progress (机械优集学院党委在…召开巡察整改
//     情况通报会): the body briefs on its own account (own-briefing);
//   - a body speaking of itself by its kind alone (院党委, 局党组) names itself as the one an inspection's feedback went to
//     (《…巡察宣城市中心医院党委的反馈意见》): that body (inspected-self); a town or a school speaking as 镇党委, 学校党委,
//     我镇 or 我校 is the town or school named as the one inspected (对民和镇党委开展了巡察, inspected-kind); the inspection
//     may be given its span and kind (对区行政审批和政务信息管理局党组开展了为期45天的政治巡察, inspection-span);
//   - the overview may first say who led the work, and name the place's Party committee with its office
//     (「2022年,在区委、区政府的正确领导下,黄石街党工委、办事处高举…」: the street's office).
// Read only when nothing above the body names anyone.
import { looksLikeDepartment, splitDepartmentList } from './department-names';
import { isPlaceName, isSiteChrome } from './report-metadata';
import { bareTownBody } from './town-accounts';
import { JOINT_ACTS, JOINT_RESPONSE_LEADS } from './joint-speakers-words';
import { campaignCommand } from './campaign-command';

// How many opening sentences may name the author.
const OPENING_SENTENCES = 3;

const DISCLOSURE_RE = /结合(?:\d{4}年度?)?([\u4e00-\u9fff（）()]{3,30}?)(?:\d{4}年度?)?政府信息公开工作编制/;
// The clause just before 现将…通报/报告 (现通报如下) that opens on the body: 县政府督查室对…进行了专项督查.
const WORK_DONE_RE = /(?:^|[，,；;])([\u4e00-\u9fff]{3,24}?)(?:对|就)[^，,；;。]{2,120}?(?:进行|开展)了?[^，,；;。]{0,8}[，,]\s*现(?:将[^。]{0,30}?)?(?:予以)?(?:通报|报告)/;
// A reply to deputies or members opening its answer on the body that answers (现答复如下：财政局对…高度重视).
const REPLY_RE = /现(?:将[^。]{0,20}?)?答复如下[:：]([\u4e00-\u9fff]{2,24}?)(?:对|高度|始终|一直|认真|积极|坚持|历来)/;
// Whom readers are to contact about the report: 请与…联系 (请联系…).
const CONTACT_RE = /请(?:与|联系)([\u4e00-\u9fff（）()]{3,30}?)(?:联系|[（(]|$)/;
// The body that compiled the report, at the head of the clause ending on the report itself (compiler-clause):
// 合肥学院根据…完成此年度报告, 长江大学学校办公室结合…编制发布本报告, …局汇总…形成本报告.
const COMPILER_RE = /(?:^|[，,；;])([\u4e00-\u9fff（）()]{3,30}?)(?:根据|依据|结合|按照|对照|汇总)[^。；;]{0,80}?(?:编制|完成|形成|撰写)(?:并?发布)?了?(?:此|本)(?:年度)?报告/;
// A body's own office answers for it (…局办公室 → …局; a university's or a college's 学校办公室, 校长办公室, 党政办公室
// → the university, the college); a government's office (县政府办公室) is a body of its own.
const OFFICE_OF_BODY_RE = /^(.+?(?:局|委员会|委|厅|署|中心|办事处))(?:办公室|综合科|综合股)$|^(.{2,}?(?:大学|学院))(?:学校|校长|院长|党政|校)?办公室$/;

/** The body a contact line names: its office stands for it. */
export function contactBody(name: string): string {
  const m = OFFICE_OF_BODY_RE.exec(name);
  return m ? (m[1] ?? m[2]) : name;
}

// A line opening on the year (or 今年以来, 一年来), then the body as the subject of how it worked: 2023年，市卫生健康委以….
// Clauses on who led or guided the work may come between (2022年，在区委、区政府的正确领导下，黄石街党工委、办事处高举…);
// the subject may be a place's Party committee and its office together (黄石街党工委、办事处, 镇党委、政府).
const YEAR_SUBJECT_RE = /^(?:(?:\d{4}|[〇零一二三四五六七八九O]{4})年度?(?:以来)?|今年以来|一年来|过去一年)[，,]\s*(?:在[^，,。；;]{2,40}?下[，,])*([\u4e00-\u9fff]{3,24}?(?:、(?:办事处|人民政府|政府|管委会))?)(?:以|坚持|深入|认真|紧紧|全面|始终|聚焦|围绕|高举|共(?:办理|承办|受理|收到))/;
// year-count-subject: the year run onto the body with no comma, then the count of what it handled (2025年内黄县教育局共收到县
// 人大代表建议30件): the body is the subject all the same.
const YEAR_COUNT_SUBJECT_RE = /^(?:\d{4}|[〇零一二三四五六七八九O]{4})年度?([\u4e00-\u9fff]{3,24}?)共(?:办理|承办|受理|收到|接收)/;
// as-of-count-subject: the day the count runs to, then the body and what it received or closed (截止到11月29日10时,邵阳县人民
// 政府共收到…交办的群众信访举报件22件; 截至6月底,县生态环境局已办结交办件11件): the body is the subject all the same.
const AS_OF_COUNT_SUBJECT_RE = /^截[至止]到?[^，,。；;]{2,24}?[，,]([\u4e00-\u9fff]{3,24}?)(?:共|已)(?:办理|承办|受理|收到|接收|办结)/;
// A place's Party committee and its government or office named together: the government or office reports.
const PARTY_AND_OFFICE_RE = /^([\u4e00-\u9fff]{2,20}?)(?:党工委|党委)、(办事处|人民政府|政府|管委会)$/;

/** 黄石街党工委、办事处 → 黄石街办事处, 某镇党委、政府 → 某镇政府: the body of the two that reports; any other name as it is. */
export function reportingOfPair(subject: string): string {
  const m = PARTY_AND_OFFICE_RE.exec(subject);
  return m ? m[1] + m[2] : subject;
}
// The overview's first sentence comes within the first lines.
const OPENING_LINES = 8;

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s !== '');
}

// A supervision office (督查室, 县委督查办, 督查办公室) at the head of a clause, going on with what it did.
const SUPERVISION_OFFICE_RE = /(?:^|[，,；;])([\u4e00-\u9fff]{1,20}?督查(?:室|办公室|办|处|科|中心))(?=组成|派出|抽调|成立|对|就|会同|牵头|采取|通过|于|深入)/;
// The report announcing itself: 现将有关情况汇报如下, 现将督查情况通报如下, 现通报如下.
const ANNOUNCES_RE = /现(?:将[^。]{0,30}?)?(?:予以)?(?:通报|报告|汇报)(?:如下|于后)?/;
// The office inspected the reporting body itself (对我局…进行了督查, 到我镇督查) or the report is on putting its findings
// right (现将整改情况报告如下): the author is the inspected body, not the office. 我县, 我市 are the whole place a
// county's or a city's own body speaks of (市审计局对我市扶贫资金进行了审计), not a body inspected.
const INSPECTED_AUTHOR_RE = /(?:对|到|来)(?:我|本)(?:局|委|办|镇|乡|街道|单位|公司|校|院|中心)|现将[^。]{0,20}?整改/;

/**
 * The 督查 office whose return this is, when its opening sentence has the office at work and the opening
 * announces the report (县委督查办组成两个督查组…进行了督查。现将有关情况汇报如下); none when the office inspected the
 * reporting body (对我局…督查，现将整改情况报告如下).
 */
export function supervisionOffice(opening: readonly string[]): string[] {
  const text = opening.join('');
  if (!ANNOUNCES_RE.test(text) || INSPECTED_AUTHOR_RE.test(text)) return [];
  const m = SUPERVISION_OFFICE_RE.exec(opening[0] ?? '');
  return m && looksLikeDepartment(m[1]) ? [m[1]] : [];
}

// A 督查 office tracking how far tasks have got (supervision-progress): the office at the head of a clause, then 对…
// 进展情况 (完成情况, 落实情况, 推进情况, 办理情况) 进行了跟踪督查 (开展专项督查, 跟踪督办). The progress it tracks is what its
// return reports, announced or not.
const PROGRESS_TRACKED_RE = /(?:近日|近期|日前|月\d{1,2}日|^|[，,；;])([\u4e00-\u9fff]{1,20}?督查(?:室|办公室|办|处|科|中心))(?:对|就)[^。；;]{2,80}?(?:进展|完成|落实|推进|办理)情况(?:进行|开展)了?(?:跟踪|专项)?督(?:查|办)/;
// supervision-round: the office, after what it did before (在前期…的基础上), going over the bodies charged with tasks in a
// round of its own (市委督查室在前期进行不间断情况调度的基础上,近期对担负这些项目推进任务的13个市直部门…进行了全面督查调度).
const SUPERVISION_ROUND_RE = /(?:^|[，,；;])([\u4e00-\u9fff]{1,20}?督查(?:室|办公室|办|处|科|中心))(?:在[^。；;，,]{2,40}?基础上[，,])?(?:近期|近日|日前)[，,]?对[^。；;]{2,80}?(?:任务|项目|工作)[^。；;]{0,40}?进行了?(?:全面|跟踪|专项)?督(?:查|办)/;
// The report speaks as the body it is (我局, 我委, 我办): the 督查 office is another body, met at its work.
const SPEAKS_AS_BODY_RE = /我(?:局|委|办|厅|院|中心|街道|镇|乡|公司|校)/;

/**
 * The 督查 office whose progress return this is (区政府督查室对我区…进展情况进行跟踪督查); none when the report speaks as
 * a body of its own (我局) or the office inspected the reporting body (对我局…).
 */
export function progressTracker(opening: readonly string[]): string[] {
  const text = opening.join('');
  if (SPEAKS_AS_BODY_RE.test(text) || INSPECTED_AUTHOR_RE.test(text)) return [];
  for (const sentence of opening) {
    const m = PROGRESS_TRACKED_RE.exec(sentence) ?? SUPERVISION_ROUND_RE.exec(sentence);
    if (m && looksLikeDepartment(m[1])) return [m[1]];
  }
  return [];
}

// The sentence announcing the report naming the body whose year it reports (announced-body): 现将省政府2022年度法治政府
// 建设情况报告如下, 现将县民政局2023年工作情况汇报如下. A 通报 is on other bodies' work, and a government's work report
// (现将县政府2023年《政府工作报告》…落实情况汇报如下) is the government's tasks, not its account of them.
const ANNOUNCED_BODY_RE = /现将([\u4e00-\u9fff]{2,24}?)(?:\d{4}|[〇零一二三四五六七八九O]{4})年(?!度?《?政府工作报告)[^。]{0,60}?(?:报告|汇报)如下/;

/** The body the report's announcing sentence names before the year it reports on (现将省政府2022年度…报告如下); none otherwise. */
export function announcedBody(opening: readonly string[]): string[] {
  for (const sentence of opening) {
    const m = ANNOUNCED_BODY_RE.exec(sentence);
    if (m && looksLikeDepartment(m[1])) return [m[1]];
  }
  return [];
}

/**
 * joint-workers: two bodies at one piece of work, joined by 及, 和 or 与 at the head of the clause (区委督查室及区政府督查室对…
 * 进行了“回头看”), are both its authors; a single name, one with 和 inside it (区发展和改革局) included, stays whole.
 */
export function jointWorkers(subject: string): string[] {
  const names = splitDepartmentList(subject);
  // every character of the subject is a name's or one joining word's: nothing was dropped on the way
  const covered = names.reduce((n, name) => n + name.length, 0) + names.length - 1;
  return names.length > 1 && covered === subject.length ? names : [subject];
}

/** The report's first sentences, each without spaces. */
function openingSentences(lines: readonly { text: string }[]): string[] {
  return sentences(lines.map((l) => l.text.trim()).join('\n')).slice(0, OPENING_SENTENCES).map((s) => s.replace(/\s+/g, ''));
}

/** The author a report names in its opening sentences, or none. */
export function authorInOpening(lines: readonly { text: string }[]): string[] {
  const opening = openingSentences(lines);
  // a body that inspected the reporting body (对我局…督查，现将整改情况报告如下) did the work, but did not write the report
  const inspected = INSPECTED_AUTHOR_RE.test(opening.join(''));
  for (const text of opening) {
    for (const re of inspected ? [DISCLOSURE_RE, REPLY_RE] : [DISCLOSURE_RE, WORK_DONE_RE, REPLY_RE]) {
      const m = re.exec(text);
      if (m && looksLikeDepartment(m[1])) return re === WORK_DONE_RE ? jointWorkers(m[1]) : [m[1]];
    }
    const compiler = COMPILER_RE.exec(text);
    if (compiler && looksLikeDepartment(compiler[1])) return [contactBody(compiler[1])];
    const contact = CONTACT_RE.exec(text);
    if (contact && looksLikeDepartment(contact[1])) return [contactBody(contact[1])];
  }
  for (const rule of [supervisionOffice, progressTracker, announcedBody]) {
    const names = rule(opening);
    if (names.length > 0) return names;
  }
  // a campaign's command at its round of checks (campaign-command), when the report is neither a body's own nor on it
  return inspected || SPEAKS_AS_BODY_RE.test(opening.join('')) ? [] : campaignCommand(opening);
}

// The opening announcing the report's own publication, its title in guillemets: 现发布《…年度报告》, 现予以公布《…》.
const PUBLISHED_TITLE_RE = /现(?:予以|正式)?(?:发布|公布|公开|印发)《([^《》]{6,80}?(?:报告|总结|汇报|情况))》/;

/** The title a report's opening announces it under (现发布《临洮县新添镇2022年…年度报告》); null when it announces none. */
export function publishedTitle(lines: readonly { text: string }[]): string | null {
  const opening = openingSentences(lines);
  for (const text of opening) {
    const m = PUBLISHED_TITLE_RE.exec(text);
    if (m) return m[1];
  }
  return null;
}

// A source line's office named with no place or level (来源：政府办, 来源：办公室) is the website's own posting office.
const PLACELESS_OFFICE_RE = /^(?:(?:人民)?政府|党政|党委)?办(?:公室)?$/;

/**
 * Whether the publishers a source line names are only the website's posting office, without a place or level
 * (政府办, 党政办, 办公室): it says who posted the page, not whose account it is, and the subject of the year's
 * first sentence (2023年,市政府共办理…) names the author before it.
 */
export function onlyPostingOffice(publishers: readonly string[]): boolean {
  return publishers.length > 0 && publishers.every((name) => PLACELESS_OFFICE_RE.test(name.replace(/[\s\u3000]+/g, '')));
}

// An inner section of a body written alone (综核科, 财务股, 综合科): no body's name, whatever site posted it.
const INNER_SECTION_RE = /^[\u4e00-\u9fff]{1,6}(?:科|股)$/;
const BODY_WORD_RE = /局|委|厅|院|政府|中心|站|所|队/;

/** Whether a publication line's name is only an inner section of a body (综核科, 财务股): the site's posting section (innerSection). */
export function isInnerSection(name: string): boolean {
  const n = name.replace(/[\s\u3000]+/g, '');
  return INNER_SECTION_RE.test(n) && !BODY_WORD_RE.test(n.slice(0, -1));
}

// A news item's title opening on the body at its work: 市统计局派员参加…, 区民政局召开…, 县财政局赴….
const NEWS_TITLE_RE = /^([\u4e00-\u9fff]{3,20}?)(?=派员|召开|举办|组织|开展|参加|参与|赴|深入|走访)/;
// How far into the item the body is looked for again.
const NEWS_LINES = 8;

/**
 * news-title: the body a news item's title opens on at its work (市统计局派员参加…督查), when its text names the same body
 * at the head of a clause again (…要求,7月下旬,市统计局派员参加了…); none when the title speaks of a body as 我局 (我镇,
 * 我院): the item is then on a visit to that body.
 */
export function newsTitleBody(lines: readonly { text: string }[]): string[] {
  // the website's chrome above the title (its breadcrumb, 首页 > 工作动态) is no part of the item
  const read = lines.filter((l) => !isSiteChrome(l.text)).slice(0, NEWS_LINES).map((l) => l.text.replace(/\s+/g, ''));
  const title = read[0] ?? '';
  if (SPEAKS_AS_BODY_RE.test(title)) return [];
  const m = NEWS_TITLE_RE.exec(title);
  if (!m || !looksLikeDepartment(m[1])) return [];
  const again = new RegExp(`(?:^|[，,；;。])(?:[^，,；;。]{0,12}[，,])?${m[1]}(?:派员|召开|举办|组织|开展|参加|参与|赴|深入|走访|积极|认真)`);
  return read.slice(1).some((text) => again.test(text)) ? [m[1]] : [];
}

// A body holding a briefing (or a meeting pushing on) on its own rectification or progress, at the head of the item's
// first sentence: 7月7日下午,机械优集学院党委在南校区…召开巡察整改情况通报会.
const OWN_BRIEFING_RE = /^(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[，,])?([\u4e00-\u9fff]{3,24}?)(?:在[^，,。]{1,20}?)?召开[^，,。]{0,16}?(?:整改|落实|进展|推进)(?:情况|工作)?(?:通报|汇报|推进)会/;

/** own-briefing: the body a news item opens on holding a briefing on its own rectification or progress; none otherwise. */
export function ownBriefing(lines: readonly { text: string }[]): string[] {
  const first = lines.map((l) => l.text.replace(/\s+/g, '')).find((t) => t !== '') ?? '';
  const m = OWN_BRIEFING_RE.exec(first);
  return m && looksLikeDepartment(m[1]) ? [m[1]] : [];
}

// A body holding the meeting that sums up its own work (own-summary-meeting), after the item's purpose clauses and a
// time word: 为贯彻落实…,近日,河东区审计局召开2023年度半年总结会. A body that goes to another's meeting (参加, 出席) is not it.
const OWN_SUMMARY_MEETING_RE = /(?:^|[，,])(?:近日|日前|近期|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?)[，,]([\u4e00-\u9fff]{3,24}?)召开[^，,。]{0,20}?总结(?:会|大会|会议)(?![^。]*(?:参加|出席))/;

/** own-summary-meeting: the body a news item's first sentence has holding its own work's summary meeting; none otherwise. */
export function ownSummaryMeeting(lines: readonly { text: string }[]): string[] {
  const first = lines.map((l) => l.text.replace(/\s+/g, '')).find((t) => t !== '') ?? '';
  const sentence = first.split('。')[0];
  const m = OWN_SUMMARY_MEETING_RE.exec(sentence);
  return m && looksLikeDepartment(m[1]) ? [m[1]] : [];
}

/** The body a year's summary opens its overview on (2023年，市卫生健康委以…为指导); none otherwise. */
export function subjectOfYear(lines: readonly { text: string }[]): string[] {
  for (const line of lines.slice(0, OPENING_LINES)) {
    const text = line.text.replace(/\s+/g, '');
    const m = YEAR_SUBJECT_RE.exec(text) ?? YEAR_COUNT_SUBJECT_RE.exec(text) ?? AS_OF_COUNT_SUBJECT_RE.exec(text);
    if (!m) continue;
    const subject = reportingOfPair(m[1]);
    return looksLikeDepartment(subject) ? [subject] : [];
  }
  return [];
}

// The kind of body a report speaks as (我局, 我委, 我办, 我厅, 我街) and the endings of that kind's names; a street
// (我街道, or 我街 as streets named 某某街 write it) names its place, and the body is the place's office.
const SPEAKS_AS_RE = /我(村委会|村委|村|局|委|办|厅|院|中心|街道|街)/;
interface Kind {
  ending: RegExp;
  body: (name: string) => string;
}
const asNamed = (name: string) => name;
const streetOffice = (name: string) => `${name}办事处`;
const KINDS: Record<string, Kind> = {
  局: { ending: /局$/, body: asNamed },
  委: { ending: /(?:委|委员会)$/, body: asNamed },
  办: { ending: /(?:办|办公室)$/, body: asNamed },
  厅: { ending: /厅$/, body: asNamed },
  院: { ending: /院$/, body: asNamed },
  中心: { ending: /中心$/, body: asNamed },
  街道: { ending: /街道$/, body: streetOffice },
  街: { ending: /街道?$/, body: streetOffice },
  // village-plan: a village committee (村委会, 村民委员会) names itself in full in its own plan
  村委会: { ending: /(?:村委会|村民委员会)$/, body: asNamed },
  村委: { ending: /(?:村委会|村民委员会)$/, body: asNamed },
  村: { ending: /(?:村委会|村民委员会)$/, body: asNamed },
};
// Streets that are places to shop or walk, not a street office's place (步行街, 美食街).
const NOT_A_STREET_RE = /(?:步行|商业|美食|小吃|特色|文化|老|古|历史文化)街$/;
// A plan the body adopted or drew up itself, its title in guillemets: 审议并通过了《…》, 制定印发了《…》, 制定并下发《…》, 出台了《…》.
const OWN_PLAN_RE = /(?:审议(?:并)?通过|研究(?:制定|出台)|制定(?:并?(?:印发|出台|下发))?|出台)了?《([^《》]{6,80})》/g;
// How far into the report the plan may be named.
const OWN_PLAN_LINES = 12;

/**
 * The body a report names only in the title of a plan of its own: the report speaks as 我局, and a plan it
 * adopted (审议并通过了《龙岩市永定区卫生健康局参与…实施方案》) opens on a bureau's name → that bureau. None when
 * the plan opens on a body of another kind (我局 and 《区卫生健康委…》) or is a document it only followed
 * (根据《…》, 按照《…》).
 */
export function nameInOwnPlan(lines: readonly { text: string }[]): string[] {
  const text = lines.slice(0, OWN_PLAN_LINES).map((l) => l.text.replace(/\s+/g, '')).join('');
  const kind = SPEAKS_AS_RE.exec(text)?.[1];
  if (!kind) return [];
  for (const m of text.matchAll(OWN_PLAN_RE)) {
    const name = leadingBodyName(m[1], KINDS[kind]);
    if (name) return [name];
  }
  return [];
}

/**
 * The longest name of a body of the kind (…局; a street's place, 珠吉街, for its office) a title opens on, with more of
 * the title after it; null when none.
 */
function leadingBodyName(title: string, kind: Kind): string | null {
  let found: string | null = null;
  for (let k = 3; k < title.length && k <= 30; k++) {
    const name = title.slice(0, k);
    if (kind.ending.test(name) && !NOT_A_STREET_RE.test(name) && looksLikeDepartment(kind.body(name))) found = kind.body(name);
  }
  return found;
}

// A place's Party committee and its government heading a sentence together, going on with what they did (joint-speakers):
// 上海市委、市政府高度重视…, 省委、省政府把…作为…, 县委县政府坚持…. A news site's bracketed tag may stand before it
// (【泵阀商务网 国内新闻】上海市委、市政府…). The place is written once, before the Party committee's level character.
// joint-speakers-response: the pair may answer what the sentence before reported (省委省政府对此高度重视) before its act.
const JOINT_SPEAKERS_RE = new RegExp(
  `^(?:【[^】]{1,30}】)?([\\u4e00-\\u9fff]{0,12}?)(省|市|区|县|州|盟|旗)委、?\\2(?:人民)?政府(?:${JOINT_RESPONSE_LEADS.join('|')})?(?=${JOINT_ACTS.join('|')}|多次(?!听取))`,
);
// How many of the report's sentences the pair must head: a report of the two speaks as them more than once.
const JOINT_SENTENCES = 2;
// How far into the report the sentences are read.
const JOINT_LINES = 12;

/**
 * The Party committee and the government of a place that a joint report speaks as (joint-speakers): the pair heads
 * two or more of its opening sentences (上海市委、市政府高度重视… / 市委、市政府坚持…) → the place's committee and
 * government (上海市委, 上海市政府; 省委, 省政府 when the place is not written). None when the pair heads fewer sentences,
 * stands under another clause (在市委、市政府的正确领导下), or the report speaks as a body of its own (我局).
 */
export function jointSpeakers(lines: readonly { text: string }[]): string[] {
  const read = lines.slice(0, JOINT_LINES).map((l) => l.text.replace(/\s+/g, ''));
  if (SPEAKS_AS_BODY_RE.test(read.join(''))) return [];
  let place: string | null = null;
  let level = '';
  let count = 0;
  for (const sentence of read.flatMap(sentences)) {
    const m = JOINT_SPEAKERS_RE.exec(sentence);
    // the place written before the committee is a place's name (上海市委), not the words of a sentence (全市上下在市委)
    if (!m || (m[1] !== '' && !isPlaceName(m[1] + m[2]))) continue;
    count++;
    // the place as first written (上海市委), later sentences writing only the level (市委)
    if (place === null || (place === '' && m[1] !== '')) place = m[1];
    if (level !== '' && level !== m[2]) return [];
    level = m[2];
  }
  if (count < JOINT_SENTENCES || place === null) return [];
  return [`${place}${level}委`, `${place}${level}政府`];
}

// A body speaking of itself by its kind and its Party organisation alone, at the head of a clause: 院党委召开…, 局党组研究…;
// a town's or a school's also after the word that turns to it (向学校党委反馈, 在镇党委的领导下).
const SELF_PARTY_RE = /(?:^|[\n，,。；;：:、]|由)(院|局|委|厅|中心|公司)(党委|党组|党总支)|(?:^|[\n，,。；;：:、]|由|向|在|对)(镇|乡|学校|校)(党委|党总支|党支部)/;
// inspected-kind: a town or a school speaking of itself as 我镇 (我乡, 我校).
const SPEAKS_AS_PLACE_RE = /我(镇|乡|校)/;
// How each kind's own names end, before their Party organisation: a school is a 学校, a 中学, a 小学, a 学院.
const KIND_ENDING: Record<string, RegExp> = { 学校: /(?:学|学校|学院)$/, 校: /(?:学|学校|学院)$/ };
// A Party organisation closing a body's name.
const PARTY_SUFFIX_RE = /(?:党委|党组|党总支|党支部|委员会)$/;
// The body an inspection's feedback went to, that was inspected, or that an inspection team visits to check on its
// rectification (inspection-visit): 巡察X的反馈意见, 向X反馈, 对X(进行了)巡察, 巡察组到X督查回访; the inspection may be
// given its span and its kind (对X开展了为期45天的政治巡察: inspection-span).
const INSPECTED_RE = /(?:巡察|巡视)([\u4e00-\u9fff]{3,30}?)(?:的)?反馈意见|向([\u4e00-\u9fff]{3,30}?)反馈|对([\u4e00-\u9fff]{3,30}?)(?:进行|开展)了?(?:为期[\d一二三四五六七八九十两半个多]{1,6}(?:天|日|周|个月|月)的)?(?:专项|政治|常规)?(?:巡察|巡视)|(?:巡察|巡视)组到([\u4e00-\u9fff]{3,30}?)(?:督查|检查|回访|督导)/g;
// How far into the report the two are read.
const INSPECTED_LINES = 12;

// The words of a kind alone, naming no one body (学校党委 is how any school speaks of its own).
const KIND_WORD_RE = /^(?:学校|学院|中学|小学|大学|本校|本镇|本乡)$/;

/** Whether a body's name, without its Party organisation, is of the kind (a 镇's name ends in 镇, a school's in 学 or 学校). */
function isOfKind(body: string, kind: string): boolean {
  const stem = body.replace(PARTY_SUFFIX_RE, '');
  return stem.length > kind.length && !KIND_WORD_RE.test(stem) && (KIND_ENDING[kind] ?? new RegExp(`${kind}$`)).test(stem);
}

/**
 * inspected-self: the body a report names as the one an inspection's feedback went to, when the report speaks of itself by
 * that body's kind alone: 院党委召开党委会… 《…巡察宣城市中心医院党委的反馈意见》 → 宣城市中心医院党委. None when the report
 * does not speak so, or the body fed back to is of another kind (院党委 and 县卫生健康局党组).
 * inspection-visit: the body an inspection team visits to check on its rectification, named without its Party organisation
 * (巡察组到城投公司督查回访…, then 公司党委书记…代表公司党委作了…汇报), is the one speaking: its Party organisation (城投公司党委).
 * inspected-kind: a town or a school speaking of itself as 镇党委, 学校党委 or 我镇, 我校 is the town or school named as the
 * one inspected (市委第二巡察组对民和镇党委开展了巡察 … 我镇及时召开党委会议 → 民和镇党委; …对江苏省海门中学进行了巡察 …
 * 向学校党委反馈了巡察意见 → 江苏省海门中学).
 */
export function inspectedSelf(lines: readonly { text: string }[]): string[] {
  const text = lines.slice(0, INSPECTED_LINES).map((l) => l.text.replace(/\s+/g, '')).join('\n');
  const self = SELF_PARTY_RE.exec(text);
  if (self) {
    const [kind, party] = self[1] !== undefined ? [self[1], self[2]] : [self[3], self[4]];
    const found = inspectedOfKind(text, kind, self[1] !== undefined ? kind + party : null, party);
    if (found.length > 0) return found;
  }
  const place = SPEAKS_AS_PLACE_RE.exec(text);
  return place ? inspectedOfKind(text, place[1], null, null) : [];
}

/**
 * The body of the kind the report names as inspected. `ending`, when given, is the whole self-reference the body's name
 * must end with (院党委: 宣城市中心医院党委); otherwise any body of the kind, with or without its Party organisation.
 */
function inspectedOfKind(text: string, kind: string, ending: string | null, party: string | null): string[] {
  for (const m of text.matchAll(INSPECTED_RE)) {
    const body = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (!looksLikeDepartment(body)) continue;
    if (ending !== null) {
      if (body.length > ending.length && body.endsWith(ending)) return [body];
      if (m[4] !== undefined && party !== null && body.length > kind.length && body.endsWith(kind)) return [body + party];
    } else if (isOfKind(body, kind)) return [body];
  }
  return [];
}

// rectification-self-named: a town (or a street) that speaks of itself as 我乡 (我镇, 我街道) and was itself inspected
// (对我乡开展了常规巡察, 向我镇反馈了巡察意见) names itself in the meeting it held or the plan it drew up for that
// rectification: 组织召开沙窝乡八届市委第七轮巡察反馈问题整改推进会, 制定下发了《2024年度市委巡察临空经济区沙窝乡反馈问题
// 整改工作方案》.
const SPEAKS_AS_TOWN_RE = /我(乡|镇|街道)/;
// The speaker inspected, or fed back to, itself.
const SELF_INSPECTED_RE = /(?:对|向|到)我(?:乡|镇|街道|单位)[^。；;]{0,30}?(?:巡察|巡视|反馈)/;
// The name of a meeting the body held (召开…会) or of a plan it drew up (制定…《…》), up to the meeting's or the plan's word.
const OWN_RECTIFICATION_ITEM_RE = /(?:召开|(?:制定|印发|下发|出台)[^《》。；;]{0,8}?《)([^《》，,。；;]{4,60}?(?:会议?|方案|清单))/g;
// At the head of that name: the year, the inspecting committee's inspection (市委巡察), the zone the town is in
// (临空经济区), then the town.
const HEAD_TOWN_RE = /^(?:\d{4}年度?)?(?:(?:[省市区县]委)?(?:第[一二三四五六七八九十]+轮)?(?:巡察|巡视)组?)?(?:[\u4e00-\u9fff]{2,8}?(?:经济区|开发区|新区|管理区|区|县|市))?([\u4e00-\u9fff]{2,4}?(?:乡|镇|街道))/;

/**
 * rectification-self-named: the town a report speaking as 我乡 (我镇, 我街道), inspected itself, names at the head of the
 * meeting it held or the plan it drew up for its rectification after the inspection (巡察, 巡视, and 整改 in the name):
 * its government, or a street's office (沙窝乡 → 沙窝乡人民政府). None for a body of another kind, a meeting or plan not
 * on the rectification, or a plan it only followed (根据《…》).
 */
export function rectificationSelfNamed(lines: readonly { text: string }[]): string[] {
  const text = lines.slice(0, INSPECTED_LINES).map((l) => l.text.replace(/\s+/g, '')).join('\n');
  const kind = SPEAKS_AS_TOWN_RE.exec(text)?.[1];
  if (!kind || !SELF_INSPECTED_RE.test(text)) return [];
  for (const m of text.matchAll(OWN_RECTIFICATION_ITEM_RE)) {
    const item = m[1];
    if (!/巡察|巡视/.test(item) || !item.includes('整改')) continue;
    const town = HEAD_TOWN_RE.exec(item)?.[1];
    const body = town?.endsWith(kind) ? bareTownBody(town) : null;
    if (body) return [body];
  }
  return [];
}
