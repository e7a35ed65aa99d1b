// Who submitted the report: names in the title, the letterhead, a 报送单位 header line and the signature.
// Names in the body (会同区财政局…) are the report's partners or subjects, never its submitters.
// Real reports copied from websites add: a name alone above the title, a byline with the date under it,
// a title that names only a place (its government reports), the official who delivered a report to a
// people's congress, and, when nothing else names anyone, the author named in the opening sentences
// (opening-author), else the Party committee and government a joint report speaks as (joint-speakers: 市委、市政府
// heading two or more of its sentences), else the publisher of a disclosure table, else the body a year's summary opens on
// (2023年，市卫生健康委以…), else the body a report speaking as 我局 names in the title of its own plan. A contents
// list above the report (contents-list) is skipped. The 关于 of a document the title cites (《关于…的审议意见》) is not the
// title's own (cited-title-about).
import { canonicalDepartment, isGenericActor, normalizeDepartmentName, resolveDepartment, splitLevel, type PlaceContext, type ResolvedDepartment } from '../extract/departments';
import type { DepartmentDirectory } from '../types';
import { isBracketedName, looksLikeDepartment, namesOnlyLine, splitDepartmentList, splitFusedNames } from './department-names';
import { successorStems } from './former-names';
import { isTownBody } from '../departments/names';
import { authorInOpening, inspectedSelf, isInnerSection, jointSpeakers, nameInOwnPlan, newsTitleBody, onlyPostingOffice, ownBriefing, ownSummaryMeeting, publishedTitle, rectificationSelfNamed, subjectOfYear } from './opening-author';
import { withoutContents } from './contents-list';
import { isKindOnlySender } from './kind-only-sender';
import { governmentBriefing, nextStepPlace, visitedPledge } from './town-accounts';
import { teamBrief } from './team-brief';
import { feedbackPledge, ownCampaign, ownRectificationMeeting, rectificationSession, reportingHead, sectorMeeting, supervisedVisit, weNamed } from './news-accounts';
import { isSalutationWithDate } from './salutation-date';
import { dateOnlyLine, findClosingBlock, firstLines, headerFields, isPublicationDateLabel, isPublisherLabel, metadataBoxParagraphs, isSourceLabel, isSubmitterLabel, isTableRow, linesAboveBody, metadataFields, nonEmptyLines, readMasthead, type Line } from './report-layout';
import { isSiteChrome, isSiteSection, placeDepartmentOfTitle, placeGovernmentOfTitle, speakerBody, titleNamesGovernment, withClosingDay, withoutCitedTitles, withoutColumnTag } from './report-metadata';
import type { SubmissionParagraph } from './types';

export interface DepartmentContext {
  directory: DepartmentDirectory;
  place?: PlaceContext;
  /** Canonical names the policy names; with the directory's, what counts as a known body. */
  policyDepartments: string[];
}

export interface DetectedDepartments {
  /** Canonical names, in the order found (title, header, signature). */
  departments: string[];
  /** Names as written. */
  rawDepartments: string[];
  warnings: string[];
}

const TITLE_LINES = 6;
const DOC_NUMBER_RE = /〔\d{4}〕\s*\d+\s*号|\[\d{4}\]\s*\d+\s*号/;
const TITLE_WORD_RE = /报告|汇报|情况|总结|说明|函|请示|材料/;
// A name opening a title without 关于: 区民政局2021年…报告, 区民政局落实…情况; or the body that handled what the title
// counts (handling-title): 国管局办理2021年全国“两会”人大代表建议和政协委员提案的情况.
const LEADING_NAME_RE = /^(.{3,30}?)(?=\d{4}年|[〇一二]{4}年|贯彻|落实|推进|开展|对|在|上报|报送|办理|承办)/;

/** A body's 机关 is the body itself: 重庆市市场监督管理局机关 (its offices, as against the bodies under it). */
export function bodyOfOffices(name: string): string {
  return name.replace(/(?<=[局委办厅部署院])机关$/, '');
}

/** Submitters as written, in order: letterhead and title, header fields, signature. */
export function findSubmitterNames(paragraphs: SubmissionParagraph[], shortNames: (s: string) => string | null): string[] {
  // spaces are kept: they separate the names of a joint signature (区发改委    区商务局)
  const lines = withoutContents(nonEmptyLines(paragraphs));
  const names = [...titleNames(lines, shortNames), ...titleFieldNames(lines), ...headerNames(lines, shortNames), ...findClosingBlock(lines).names];
  if (names.length === 0) names.push(...authorInOpening(lines));
  if (names.length === 0) names.push(...authorOfPublishedTitle(lines));
  // a joint report of a place's Party committee and government speaks as the two (joint-speakers)
  if (names.length === 0) names.push(...jointSpeakers(lines));
  // a news item on the body at its work (news-title) or briefing on its own rectification (own-briefing)
  if (names.length === 0) names.push(...newsTitleBody(lines));
  if (names.length === 0) names.push(...ownBriefing(lines));
  // a news item on the body holding the meeting that sums up its own work (own-summary-meeting)
  if (names.length === 0) names.push(...ownSummaryMeeting(lines));
  // a body speaking as 院党委 names itself as the one the inspection's feedback went to (inspected-self)
  if (names.length === 0) names.push(...inspectedSelf(lines));
  // a town speaking as 我乡, inspected itself, names itself in its own rectification meeting or plan (rectification-self-named)
  if (names.length === 0) names.push(...rectificationSelfNamed(lines));
  // a news item on a body's own clean-up (own-campaign), or on a visit where the body's head reports (reporting-head)
  if (names.length === 0) names.push(...ownCampaign(lines));
  if (names.length === 0) names.push(...reportingHead(lines));
  // a body meeting on its own rectification (own-rectification-meeting, rectification-session), visited by a 督查 while
  // speaking as 我公司 (supervised-visit, visited-kind), or the sector's department at the sector's work meeting
  // (sector-meeting)
  if (names.length === 0) names.push(...ownRectificationMeeting(lines));
  if (names.length === 0) names.push(...rectificationSession(lines));
  if (names.length === 0) names.push(...supervisedVisit(lines));
  if (names.length === 0) names.push(...sectorMeeting(lines));
  // the body inspected, whose head pledges for it at the feedback (feedback-pledge)
  if (names.length === 0) names.push(...feedbackPledge(lines));
  // a town or street named bare: its government reporting at the meeting it holds (government-briefing), its Party
  // committee and government pledging on a visiting team's findings (visited-pledge), or the place at its work and at the
  // head of its next step (next-step)
  if (names.length === 0) names.push(...governmentBriefing(lines));
  if (names.length === 0) names.push(...visitedPledge(lines));
  if (names.length === 0) names.push(...nextStepPlace(lines));
  // a 督导组's own brief on its round (team-brief)
  if (names.length === 0) names.push(...teamBrief(lines));
  if (names.length === 0) {
    // an inner section on the source line (信息来源:综核科) names no body (innerSection)
    const publishers = publisherNames(lines).filter((name) => !isInnerSection(name));
    // 来源：政府办 names who posted the page: the body the year's account opens on, when there is one, wrote it
    const subject = onlyPostingOffice(publishers) ? subjectOfYear(lines) : [];
    names.push(...(subject.length > 0 ? subject : publishers));
  }
  if (names.length === 0) names.push(...subjectOfYear(lines));
  if (names.length === 0) names.push(...nameInOwnPlan(lines));
  // a village's account naming itself only after 我们, at its end (we-named)
  if (names.length === 0) names.push(...weNamed(lines));
  return [...new Set(names)];
}

/**
 * The author of a report whose opening announces it under its own title (现发布《临洮县新添镇2022年…年度报告》): the
 * bodies before the title's 关于, the body it opens on, or the government of the place it opens on.
 */
export function authorOfPublishedTitle(lines: readonly { text: string }[]): string[] {
  const written = publishedTitle(lines);
  if (written === null) return [];
  const title = withoutCitedTitles(written);
  const about = title.indexOf('关于');
  if (about > 0) return namesOnlyLine(forwardingIssuer(title.slice(0, about))) ?? [];
  const lead = LEADING_NAME_RE.exec(title);
  const leadName = lead ? bodyOfOffices(lead[1]) : '';
  if (lead && looksLikeDepartment(leadName)) return [leadName];
  return [placeDepartmentOfTitle(title) ?? placeGovernmentOfTitle(title)].filter((n): n is string => n !== null);
}

// A title forwarding another body's document (forwarding-title): 转发省农业厅关于…的通知, 市政府办公室转发市发改委关于….
const FORWARDING_RE = /^(.*?)(?:转发|批转)/;

/**
 * What a title names as its issuer before 关于: the whole of it, or, when the title forwards another body's document,
 * only what stands before 转发 (批转): the body whose document it forwards did not write this one.
 */
export function forwardingIssuer(beforeAbout: string): string {
  const m = FORWARDING_RE.exec(beforeAbout);
  return m ? m[1] : beforeAbout;
}

/**
 * site-masthead: a name alone above the website's own sections (正宁县人民政府 / 政府信息公开 / 全文检索) is the
 * website's name in its banner, not the author's above the title.
 */
export function isSiteMasthead(lines: readonly Line[], line: Line): boolean {
  const at = lines.findIndex((l) => l.index === line.index);
  const next = at >= 0 ? lines[at + 1] : undefined;
  return next !== undefined && isSiteSection(next.text);
}

/**
 * lead-above-title: a reposting site opens on a lead paragraph of its own, sentences summing up the document (日前,温州发改委
 * 发布2023年上半年工作总结…。文件显示,…。), above the document's title (温州市发展和改革委员会2023年上半年工作总结和下半年工作
 * 思路): the lead is no title, the line under it is. Only a line of sentences with a title-like line, no sentence of its
 * own, right under it.
 */
export function isLeadAboveTitle(text: string, next: string | undefined): boolean {
  if (next === undefined || !/[。！？]/.test(text)) return false;
  const title = next.trim();
  return title.length <= 60 && !/[。！？；，,：:]/.test(title) && TITLE_WORD_RE.test(title) && !dateOnlyLine(title);
}

// A title word with nothing else: a website column's heading (工作报告, 工作总结), not the report's title.
const COLUMN_HEADING_RE = /^(?:工作)?(?:报告|汇报|总结|情况|材料|说明)$/;

/** Lines above the body that may name the author: no website chrome, disclosure box, doc numbers or header fields. */
function topLines(lines: readonly Line[]): Line[] {
  const box = metadataBoxParagraphs(lines);
  const keep = (l: Line) => !isSiteChrome(l.text) && !COLUMN_HEADING_RE.test(l.text) && !box.has(l.index);
  return firstLines(lines, titleWindow(lines, keep), keep).filter((l) => !DOC_NUMBER_RE.test(l.text) && headerFields(l.text).length === 0);
}

/**
 * title-above-publication: how many lines may hold the title. The first few; further down only as far as the website's
 * publication line (发布时间：…), under which a title stands however many of the site's own lines come above it
 * ("清廉怀化" / 打造一流营商环境 / … / 【巡察整改】中共怀化市卫生健康委员会关于…的通报 / 发布时间:2025-08-18 17:39).
 */
export function titleWindow(lines: readonly Line[], keep: (line: Line) => boolean): number {
  const published = metadataFields(linesAboveBody(lines, PUBLICATION_LINES)).find((f) => isPublicationDateLabel(f.label));
  if (!published) return TITLE_LINES;
  const above = lines.filter((l) => l.index < published.paragraph && keep(l)).length;
  return Math.min(Math.max(TITLE_LINES, above), PUBLICATION_LINES);
}

function titleNames(lines: readonly Line[], shortNames: (s: string) => string | null): string[] {
  const names: string[] = [];
  const top: Line[] = [];
  const candidates = topLines(lines);
  // a date above the report's first sentence is under its title; one after it signs the report
  const firstSentence = lines.find((l) => /[。！？；]/.test(l.text))?.index ?? Infinity;
  for (const [k, line] of candidates.entries()) {
    const dated = dateOnlyLine(withClosingDay(line.text));
    if (!dated) {
      top.push(line);
      continue;
    }
    // a salutation with a date run onto it (省人大常委会:2013年7月22日) names the addressee (salutation-date)
    if (isSalutationWithDate(line.text)) continue;
    // a byline under the title: the author's name and the date (清水县人民政府 2024年01月08日)
    names.push(...dated.names);
    // announcement-byline: the issuer alone on the line above its date (龙 游 县 审 计 局 办 公 室 / （2024年4月12日公告）)
    const underTitle = line.index < firstSentence && dated.names.length === 0 && k > 0 && top.at(-1) === candidates[k - 1];
    const above = underTitle ? namesOnlyLine(candidates[k - 1].text) : null;
    if (above) {
      names.push(...above);
      top.pop();
    }
  }
  const speaker = speakerNames(lines);
  names.push(...speaker);
  const fromTitle = names.length;
  for (let k = 0; k < top.length; k++) {
    const text = unwrapMarkedTitle(withoutColumnTag(top[k].text));
    // a reposting site's lead paragraph above the title it reposts is no title (lead-above-title)
    if (isLeadAboveTitle(text, top[k + 1]?.text)) continue;
    // a name alone above the title (浑南区国资局 / 2022年政府信息公开工作年度报告)
    const alone = namesOnlyLine(text);
    if (alone && k + 1 < top.length) {
      if (!isSiteMasthead(lines, top[k])) names.push(...alone);
      continue;
    }
    // a bulletin's masthead names who compiled it
    const masthead = readMasthead(text);
    if (masthead && looksLikeDepartment(masthead.name)) {
      names.push(masthead.name);
      continue;
    }
    const letterhead = /^(.+?)(?:文件|公函)$/.exec(text);
    if (letterhead) {
      names.push(...(namesOnlyLine(letterhead[1]) ?? []));
      continue;
    }
    // the 关于 of a document the title cites (《关于…的审议意见》) is not the title's own (cited-title-about); a sentence
    // citing a document (根据…《关于…的通知》要求,…。) is no title, and is read as before
    const own = /[。！？；]/.test(text) ? text : withoutCitedTitles(text);
    const about = own.indexOf('关于');
    if (about > 0) {
      names.push(...(namesOnlyLine(forwardingIssuer(own.slice(0, about))) ?? []));
    } else if (about === 0 && k > 0) {
      // the title broken after the name: 区民政局 / 关于…的报告
      names.push(...(namesOnlyLine(top[k - 1].text) ?? []));
    } else if (about < 0 && TITLE_WORD_RE.test(text)) {
      const lead = LEADING_NAME_RE.exec(own);
      const leadName = lead ? bodyOfOffices(lead[1]) : '';
      if (lead && looksLikeDepartment(leadName)) names.push(leadName);
      // a title naming a place and no body: the place's government reports, or the department whose field the title
      // names when it is a report the government lays before its congress on that field (plan-report)
      else if (names.length === 0) names.push(...[placeDepartmentOfTitle(own) ?? placeGovernmentOfTitle(own)].filter((n): n is string => n !== null));
    }
    if (about >= 0 || TITLE_WORD_RE.test(text)) {
      names.push(...bracketNames(text, shortNames));
      break;
    }
  }
  // a government's report is delivered by an official speaking for it: the official's body reports nothing of its own
  if (speaker.length > 0 && titleNamesGovernment(names.slice(fromTitle))) return names.filter((n, k) => k >= fromTitle || !speaker.includes(n));
  return names;
}

// A title a reposting site writes whole inside book-title marks: 《成都市人民政府办公厅关于…的通知》.
const MARKED_TITLE_RE = /^《([^《》]+)》$/;

/** The title without the book-title marks around the whole of it (title-marks); any other line as it is. */
export function unwrapMarkedTitle(text: string): string {
  const m = MARKED_TITLE_RE.exec(text);
  return m && (m[1].includes('关于') || TITLE_WORD_RE.test(m[1])) ? m[1] : text;
}

// The field of a disclosure list that holds the document's title (信息名称：…, 标题：…).
const TITLE_FIELD_RE = /(?:名称|标题)$/;

/**
 * The bodies a disclosure list's title field names before its 关于 (title-field): 信息名称：河南省教育厅 河南省财政厅关于…
 * names both issuers, where the list's 发文机构 may name only the first.
 */
export function titleFieldNames(lines: readonly Line[]): string[] {
  const names: string[] = [];
  for (const field of metadataFields(linesAboveBody(lines, PUBLICATION_LINES))) {
    if (!TITLE_FIELD_RE.test(field.label)) continue;
    const about = field.value.indexOf('关于');
    if (about > 0) names.push(...(namesOnlyLine(field.value.slice(0, about)) ?? []));
  }
  return names;
}

/**
 * The body of the official who delivers a report to a people's congress, on the line under the meeting
 * line or heading the report above its first sentence (区政府国资局局长 吴芬 / 主任、各位副主任、各位委员：).
 */
function speakerNames(lines: readonly Line[]): string[] {
  // a disclosure table's rows above the title are no body, though their summary cell quotes its first sentence;
  // a disclosure box whose labels and values stand on lines of their own (发文单位 / 黄陂区发展和改革局) is skipped
  const box = metadataBoxParagraphs(lines);
  const top = firstLines(lines, TITLE_LINES + 4, (l) => !isSiteChrome(l.text) && !isTableRow(l.text) && !box.has(l.index));
  const firstSentence = top.findIndex((l) => /[。！？；]/.test(l.text));
  const above = firstSentence < 0 ? top : top.slice(0, firstSentence);
  for (const line of above) {
    const body = speakerBody(line.text);
    if (body) return [body];
  }
  return [];
}

// A website's publication lines come within the first lines, above the body.
const PUBLICATION_LINES = 12;

/**
 * The publisher a disclosure table or a website's publication line names (发布机构：…, 发文机关：…); failing
 * that, the office it came from (来源：区司法局), when that is a body's name.
 */
function publisherNames(lines: readonly Line[]): string[] {
  const fields = metadataFields(linesAboveBody(lines, PUBLICATION_LINES));
  const named = (accepts: (label: string) => boolean) => fields.filter((f) => accepts(f.label)).flatMap((f) => splitDepartmentList(f.value));
  const publishers = named(isPublisherLabel);
  return publishers.length > 0 ? publishers : named(isSourceLabel);
}

/** 报告（民政）, …落实情况（区民政局）: a body's name or short name in brackets closing the title. */
function bracketNames(title: string, shortNames: (s: string) => string | null): string[] {
  const m = /[（(]([^（）()]{2,30})[）)]\s*$/.exec(title);
  if (!m) return [];
  const listed = splitDepartmentList(m[1]);
  if (listed.length > 0) return listed;
  const short = shortNames(m[1].trim());
  return short ? [m[1].trim()] : [];
}

function headerNames(lines: readonly Line[], shortNames: (s: string) => string | null): string[] {
  const names: string[] = [];
  for (const field of metadataFields(lines)) {
    // a bare 单位： heads a form's submitter line, or a table's unit of measure (单位：万元)
    const bare = field.label === '单位';
    if ((!bare && !isSubmitterLabel(field.label)) || field.value === '') continue;
    const listed = splitDepartmentList(field.value);
    if (listed.length > 0) names.push(...listed);
    else if (shortNames(field.value)) names.push(field.value);
    // a labelled value is the submitter even when it does not look like a body's name
    else if (!bare && /^[\u4e00-\u9fff（）()]{2,30}$/.test(field.value)) names.push(field.value);
  }
  return names;
}

/**
 * Resolves a short name (民政, 人社) to the one known body whose name contains it, as a name to fold;
 * null when no known name or several contain it.
 */
export function shortNameResolver(ctx: DepartmentContext): (s: string) => string | null {
  const level = ctx.place?.level ?? '';
  // directory entries carry no level (人社局): give them the policy's, as the policy's own names have it
  const withLevel = (name: string) => (/^[区县市省镇]/.test(name) && !name.startsWith('市场') ? name : level + name);
  const candidates: { name: string; canonical: string }[] = [
    ...ctx.policyDepartments.map((name) => ({ name, canonical: name })),
    ...ctx.directory.aliases.flatMap((a) => [
      { name: a.alias, canonical: withLevel(a.canonical) },
      { name: a.canonical, canonical: withLevel(a.canonical) },
    ]),
  ];
  const stem = (name: string) => {
    for (const p of ctx.place?.prefixes ?? []) if (name.startsWith(p)) return name.slice(p.length);
    return withLevel(name) === name && name.length > 2 ? name.slice(1) : name;
  };
  const unique = (hits: { canonical: string }[]) => {
    const names = new Set(hits.map((c) => canonicalDepartment(c.canonical, ctx.directory, ctx.place)));
    return names.size === 1 ? [...names][0] : null;
  };
  return (s) => {
    if (!/^[\u4e00-\u9fff]{2,8}$/.test(s)) return null;
    // a short name abbreviates the start of the body's name (民政 → 区民政局, not 区人民政府办公室)
    const leading = candidates.filter((c) => stem(c.name).startsWith(s));
    if (leading.length > 0) return unique(leading);
    return unique(candidates.filter((c) => c.name.includes(s)));
  };
}

/**
 * Resolves a name; one written without its level (财政局, 人社局) takes the policy's level when that
 * makes it a body the policy or the directory knows.
 */
function resolveWithLevel(name: string, ctx: DepartmentContext): { resolved: ResolvedDepartment; known: boolean } {
  const attempt = (n: string) => {
    const resolved = resolveDepartment(n, ctx.directory, ctx.place);
    return { resolved, known: resolved.source !== 'name' || ctx.policyDepartments.includes(resolved.canonical) };
  };
  const level = ctx.place?.level ?? '';
  // A town's or a street's body is named by its own place, never with the level of the policy's issuer.
  if (level !== '' && splitLevel(name) === null && !name.startsWith('中共') && !isTownBody(name)) {
    const leveled = attempt(level + name);
    if (leveled.known) return leveled;
  }
  return attempt(name);
}

/**
 * A name no one knows that is made of known names written together (人社局民政局) stands for them;
 * names that open with a level character were split already, when the lines were read.
 */
function splitKnownNames(names: string[], ctx: DepartmentContext): string[] {
  const known = (name: string) => resolveWithLevel(name, ctx).known;
  return names.flatMap((name) => {
    if (!looksLikeDepartment(name) || known(name)) return [name];
    const parts = splitFusedNames(name, known);
    return parts && parts.every(known) ? parts : [name];
  });
}

/** The policy's name for a body, reading a name the policy does not use; null when it names none. */
type PolicyName = { canonical: string } | null;

// An office inside a body (办公室, 综合科, 财务股): it writes the report for the body.
const INNER_UNIT_RE = /^[\u4e00-\u9fff]{0,6}(?:办公室|科|股|室)$/;

/** 县发展和改革局办公室 → 县发展和改革局, when the policy names that body and no table knows the whole name. */
function parentOfUnit(form: string, inPolicy: (n: string) => string | null, ctx: DepartmentContext): string | null {
  if (resolveWithLevel(form, ctx).resolved.source !== 'name') return null;
  for (let i = form.length - 1; i >= 3; i--) {
    if (!INNER_UNIT_RE.test(form.slice(i))) continue;
    const parent = inPolicy(form.slice(0, i));
    if (parent) return parent;
  }
  return null;
}

// The Party organisation inside a body signs beside it: 中共…卫生健康局委员会, …局党委, …局党组.
const PARTY_ORG_RE = /^(?:中共|中国共产党)?(.+?)(?:机关委员会|机关党委|委员会|党委|党组|党总支|党支部)$/;

/** 中共枣庄市市中区卫生健康局委员会 → 区卫生健康局, when the policy names the body the committee sits in. */
function partyBodyOf(form: string, inPolicy: (n: string) => string | null): string | null {
  const m = PARTY_ORG_RE.exec(form);
  return m && m[1].length >= 3 ? inPolicy(m[1]) : null;
}

/**
 * A submitter name the policy does not use may still stand for one of its bodies:
 * - the place written after the name of a vertical system (国家税务总局云溪县税务局, 国网…县供电公司):
 *   what follows the place, under the level character, is the body (县税务局);
 * - an office inside one of its bodies (县发展和改革局办公室): the body;
 * - the Party committee or group of one of its bodies (中共县民政局委员会, 县民政局党组): the body;
 * - a name from before the institutional reforms (县国土资源局): the one body of the policy that took
 *   its work over (县自然资源局).
 */
function policyNameFor(name: string, ctx: DepartmentContext): PolicyName {
  const inPolicy = (n: string) => {
    if (ctx.policyDepartments.includes(n)) return n;
    const canonical = resolveWithLevel(n, ctx).resolved.canonical;
    return ctx.policyDepartments.includes(canonical) ? canonical : null;
  };
  const forms = [normalizeDepartmentName(name, ctx.place)];
  const level = ctx.place?.level ?? '';
  for (const prefix of [...(ctx.place?.prefixes ?? [])].sort((a, b) => b.length - a.length)) {
    const at = forms[0].indexOf(prefix);
    if (at > 0 && forms[0].length > at + prefix.length) {
      forms.push(level + forms[0].slice(at + prefix.length));
      break;
    }
  }
  for (const form of forms.slice(1)) {
    const canonical = inPolicy(form);
    if (canonical) return { canonical };
  }
  for (const form of forms) {
    const unit = parentOfUnit(form, inPolicy, ctx) ?? partyBodyOf(form, inPolicy);
    if (unit) return { canonical: unit };
  }
  for (const form of forms) {
    const split = splitLevel(form);
    const stemLevel = split ? split.level : level;
    const successors = new Set(successorStems(split ? split.stem : form).map((stem) => inPolicy(stemLevel + stem)).filter((c): c is string => c !== null));
    if (successors.size === 1) return { canonical: [...successors][0] };
  }
  return null;
}

/** Whether the name is one a body carried before the reforms (县国土资源局, 安监局). */
function isFormerName(name: string, ctx: DepartmentContext): boolean {
  const n = normalizeDepartmentName(name, ctx.place);
  return successorStems(splitLevel(n)?.stem ?? n).length > 0;
}

function writtenInBrackets(name: string, paragraphs: SubmissionParagraph[]): boolean {
  return paragraphs.some((p) => isBracketedName(name, p.text));
}

/** A name as the ledger counts it: the policy's or the directory's name for the body, or the name as written. */
interface CountedName {
  canonical: string;
  /** Neither the policy nor the directory knows it. */
  unknown: boolean;
  /** The form the rules read (a short name resolved to a body's name, or the name itself). */
  form: string;
}

function countedName(name: string, ctx: DepartmentContext, resolveShort: (s: string) => string | null): CountedName {
  const short = looksLikeDepartment(name) ? null : resolveShort(name);
  const form = short ?? name;
  const { resolved } = resolveWithLevel(form, ctx);
  const canonical = resolved.canonical || name;
  if (ctx.policyDepartments.includes(canonical)) return { canonical, unknown: false, form };
  const renamed = policyNameFor(form, ctx);
  if (renamed) return { canonical: renamed.canonical, unknown: false, form };
  return { canonical, unknown: resolved.source === 'name', form };
}

/** A generic actor, or a kind of body with its Party organisation alone (公司党委, kind-only-sender): no one body. */
function namesNoOne(name: string, ctx: DepartmentContext): boolean {
  return isGenericActor(name, ctx.directory) || isKindOnlySender(name);
}

/**
 * The bodies that names written elsewhere in a report stand for (a table row's 责任单位 cell), as its senders are
 * counted: generic actors (有关部门) and names no one knows are left out. `resolver` is shortNameResolver(ctx).
 */
export function countedBodies(names: readonly string[], ctx: DepartmentContext, resolver: (s: string) => string | null): string[] {
  const out: string[] = [];
  for (const name of names) {
    if (namesNoOne(name, ctx)) continue;
    const counted = countedName(name, ctx, resolver);
    if (!counted.unknown && !out.includes(counted.canonical)) out.push(counted.canonical);
  }
  return out;
}

export function detectDepartments(paragraphs: SubmissionParagraph[], ctx: DepartmentContext): DetectedDepartments {
  // built on first use: most reports write their names in full
  let resolver: ((s: string) => string | null) | undefined;
  const resolveShort = (s: string) => (resolver ??= shortNameResolver(ctx))(s);
  const raw = [...new Set(splitKnownNames(findSubmitterNames(paragraphs, resolveShort), ctx))];
  const departments: string[] = [];
  const rawDepartments: string[] = [];
  const warnings: string[] = [];
  for (const name of raw) {
    if (namesNoOne(name, ctx)) continue;
    const { canonical, unknown, form } = countedName(name, ctx, resolveShort);
    // the second plate of a body already found (县发展和改革局（县粮食和物资储备局）), or the other names of offices merged
    // into it (市政府办公室（市政府研究室、市机关事务局）, merged-offices), add no one the policy knows
    if (unknown && departments.length > 0 && writtenInBrackets(name, paragraphs)) continue;
    rawDepartments.push(name);
    if (departments.includes(canonical)) continue;
    departments.push(canonical);
    // folded by the default table or by the rule above: either way the user should know
    if (!unknown && isFormerName(form, ctx)) warnings.push(`报送单位“${name}”是机构改革前的名称，按“${canonical}”计`);
    // a name no table, alias or policy knows is kept as written, but the user should look at it
    if (unknown) warnings.push(`报送单位“${name}”不在政策或部门名录中，按原名保留`);
  }
  if (departments.length === 0) warnings.push('未能识别报送单位');
  return { departments: withoutPlacelessForms(withoutShortEndings(departments)), rawDepartments, warnings };
}

/**
 * One body written with its ending in short and in full (湖州市卫生健康委 in the title, 湖州市卫生健康委员会
 * in the signature): the full name stands for both.
 */
export function withoutShortEndings(names: string[]): string[] {
  const full = new Set(names);
  const longer = (n: string) => (n.endsWith('委') && full.has(`${n}员会`)) || (n.endsWith('办') && full.has(`${n}公室`));
  return names.filter((n) => !longer(n));
}

/**
 * One body written with its place and without it (镇康县农业农村局 in the title, 县农业农村局 in the disclosure box
 * above it): the name with the place stands for both. Only a name that opens on its level character (县…, 区…)
 * and that the other name ends with, after a place stem of its own (镇康), is dropped.
 */
export function withoutPlacelessForms(names: string[]): string[] {
  const placeless = (n: string) => /^[省市州区县旗盟]/.test(n) && names.some((m) => m.length >= n.length + 2 && m.endsWith(n) && /^[\u4e00-\u9fff]+$/.test(m.slice(0, m.length - n.length)) && !/[局委办厅院所]$/.test(m.slice(0, m.length - n.length)));
  return names.filter((n) => !placeless(n));
}
