// Small rules for the metadata real reports carry around their text, each named and tested on its own:
// - list marks before header lines (• 发布时间：…, ① 报送单位：…) hide nothing;
// - a website's chrome (breadcrumb, clock, font-size switch, the bodies that sponsor it) is not part of the report;
// - the meeting line of a report to a people's congress (——2021年8月25日在…常务委员会第N次会议上, or without
//   在…上: 2024年11月27日县十八届人大常委会第二十三次会议) dates it, also when the copy ran its date together
//   and lost the session's numbers (--20211228日在市届人大常委会会议: runTogetherDate);
// - the official's line under it (区政府国资局局长 吴芬) names the reporting body, unless the title names a
//   government as the author, for whom the official speaks (titleNamesGovernment);
// - a title that names a place and no body (2020年静海区法治政府建设情况报告) is that place's government's; a town's
//   (下洋镇2023年…报告) its 人民政府, a street's (留下街道2022年度…报告) its 办事处;
// - a website's posting stamp whose parts ran together (202111/2215:11:21) still dates the page (runTogetherStamp);
// - the 关于 of a document the title cites (…落实《关于…的审议意见》研究处理情况的报告) is not the title's own
//   (withoutCitedTitles);
// - the website's column tag before a title (【巡察整改】…) is no part of it (withoutColumnTag).
import { PLACE_REPORTS } from '../departments/place-reports';
import { findFullDates } from '../text/dates';
import { looksLikeDepartment } from './department-names';

// ---------------------------------------------------------------- list marks

// Marks that only decorate a line: bullets and dashes.
const BULLET_RE = /^[•·●○◦■□◆◇▪▫►▶▸➢✔√\-–—*+]+[\s\u3000]*/;
// Marks that number a line: ①, 1. 1、 1）, （一）, 一、.
const NUMBER_MARK_RE = /^(?:[①-⑳]|\d{1,2}\s*[.．、)）](?!\d)|[（(]\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]|[一二三四五六七八九十]{1,3}\s*、)[\s\u3000]*/;

/** The line without a leading bullet (•, ·, -, *); a dash before a date (——2021年…) is kept for the meeting line. */
export function withoutBullet(text: string): string {
  if (/^[—\-–]{1,2}\s*(?:(?:\d{4}|[〇零一二三四五六七八九O]{4})\s*年|\d{8}日)/.test(text)) return text;
  return text.replace(BULLET_RE, '');
}

/**
 * The line without a leading list mark when what follows is metadata (`isMetadata` says so): a numbered
 * header line (1. 报送单位：…) gives up its number; a numbered body heading (1. 加强…) stays as written.
 */
export function withoutListMark(text: string, isMetadata: (rest: string) => boolean): string {
  const unbulleted = withoutBullet(text);
  const m = NUMBER_MARK_RE.exec(unbulleted);
  if (!m) return unbulleted;
  const rest = unbulleted.slice(m[0].length);
  return rest !== '' && isMetadata(rest) ? rest : unbulleted;
}

// ---------------------------------------------------------------- a date cut before 日

/**
 * A masthead or byline whose date lost its 日 at the end of the line (寿县人民政府督查室  2022年8月19), as text
 * copied from a web page often does: the day is still the day. Other lines are returned as they are.
 */
export function withClosingDay(text: string): string {
  return /(?:\d{4}|[〇零一二三四五六七八九O]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*$/.test(text) ? `${text.trimEnd()}日` : text;
}

// ---------------------------------------------------------------- website chrome

const CHROME_RE = [
  /^(?:当前位置|您所在的位置|您的位置|所在位置|位置)\s*[:：]/,
  /首页\s*[>＞»›]/,
  /[>＞»›].*[>＞»›]/,
  /^今天是/,
  /星期[一二三四五六日天]/,
  /^(?:无障碍|简体|繁体|长者模式|关怀版|长辈版|适老版|English)(?:[\s|｜]|$)/,
  // the bars between the site's links, each on a line of its own once the page is copied (| / 手机版 / | / 无障碍)
  /^[|｜]+$/,
  /^[【[]?\s*(?:字号|字体|打印|关闭|分享到|收藏)\s*[:：]?/,
  /(?:打印本页|关闭窗口|【打印】|【关闭】)/,
  // the site's language switch and its QR-code links (• EN / • 扫一扫 / 打开 · 手机版 / 关注 · 政务微博)
  /^(?:EN|扫一扫|(?:(?:打开|关注)\s*[·•・]\s*)?(?:手机版|政务微博|政务微信|微信公众号|官方微博|官方微信))$/,
  // site-welcome: the site's greeting at the top of its pages (欢迎来到…博览会, 欢迎访问…网站), whatever it runs on to
  /^欢迎(?:来到|访问|光临|您访问)/,
  // site-sponsor: the bodies that run the website, at its head or its foot (中共峄城区委 、峄城区人民政府主办; 主办单位：…)
  /^[\u4e00-\u9fff（）()、，,\s]{2,40}主办$/,
  /^主办(?:单位)?\s*[:：]/,
];

// The site's own sections and search box under its name (正宁县人民政府 / 政府信息公开 / 全文检索).
const SITE_SECTION_RE = /^(?:政府信息公开|政务公开|信息公开|全文检索|站内搜索|高级检索|网站导航)$/;

/** A line naming one of the website's sections or its search box, as the site's banner shows them (site-masthead). */
export function isSiteSection(text: string): boolean {
  return SITE_SECTION_RE.test(text.trim());
}

/** A line of the website around the report (breadcrumb, today's date, font size), not of the report. */
export function isSiteChrome(text: string): boolean {
  const t = text.trim();
  return t !== '' && (CHROME_RE.some((re) => re.test(t)) || isSiteSection(t));
}

// ---------------------------------------------------------------- meeting line

// ——2021年8月25日在市第十七届人民代表大会常务委员会第三十次会议上; （2018年9月27日在市五届人大常委会第五次会议上）;
// 2024年11月27日县十八届人大常委会第二十三次会议 (no 在…上, as a county's copy often writes it). What follows the date:
const MEETING_REST_RE = /^在?(.{0,60}?)(?:人民代表大会|人大)(?:常务委员会|常委会)?(.{0,24}?)会议(?:上(?:的(?:报告|讲话|发言|说明))?)?$/;

/** The date of a meeting line under a report to a people's congress (or its standing committee); null otherwise. */
export function meetingLineDate(text: string): string | null {
  const squeezed = text.replace(/\s+/g, '');
  const dashed = /^[（(]?[—\-–]+/.test(squeezed);
  const line = squeezed.replace(/^[（(]?[—\-–]*/, '').replace(/[）)]$/, '');
  const written = findFullDates(line)[0];
  const date = written?.start === 0 ? written : runTogetherDate(line);
  if (!date) return null;
  const rest = line.slice(date.end);
  const m = MEETING_REST_RE.exec(rest);
  if (!m) return null;
  // a session of its own (第N次会议), not a body's meeting named in a sentence; a line under the title's dash that
  // says where it was delivered (——…在…会议上) is the meeting line even when the copy lost the session's numbers
  return /第.{1,6}次|次/.test(m[1] + m[2]) || (dashed && rest.startsWith('在')) ? date.date : null;
}

// A meeting line that gives where the report was delivered and not when (——在政协第十三届全国委员会第三次会议上, its dash
// sometimes lost in the copy), as a national session's report prints it, with the day alone in brackets on the line
// under it ((2020年5月21日)).
const UNDATED_MEETING_RE = /^[—\-–]*在.{2,60}?会议上$/;
const BRACKETED_DAY_RE = /^[（(]([^（）()]{6,16})[）)]$/;

/**
 * dated-under-meeting: the day in brackets alone under a meeting line that has none (——在…会议上 / (2020年5月21日)) is the
 * meeting's, the day the report was delivered; null for any other pair of lines.
 */
export function dateUnderMeetingLine(text: string, next: string | undefined): string | null {
  if (next === undefined || !UNDATED_MEETING_RE.test(text.replace(/\s+/g, ''))) return null;
  const m = BRACKETED_DAY_RE.exec(next.replace(/\s+/g, ''));
  if (!m) return null;
  const written = findFullDates(m[1])[0];
  return written && written.start === 0 && written.end === m[1].length ? written.date : null;
}

// A meeting line run into the title's line, as a copy that lost its breaks gives it: the title's last word (报告,
// 汇报, 说明), then a double dash opening the date and 在…会议上 closing it.
const INLINE_MEETING_RE = /(?:报告|汇报|说明)\s*(——[^—]{6,90}?会议上)(?=\s|$)/;

/**
 * inline-meeting-line: the date of a meeting line that follows the title on the same line (…工作情况报告 ——2022年7月28日在
 * 颛桥镇第六届人民代表大会 第二次会议上 镇长 …), read as the meeting line it was; null when there is none.
 */
export function inlineMeetingLineDate(text: string): string | null {
  const m = INLINE_MEETING_RE.exec(text);
  return m ? meetingLineDate(m[1]) : null;
}

// ---------------------------------------------------------------- a date whose 年 and 月 were lost

/**
 * A date whose 年 and 月 were lost when the page was copied, its digits run together before 日 (20211228日在…):
 * only eight digits, a year of this century or the last, a real month and day; a shorter run (2021915日) could
 * be read two ways and is not read. Null when the text does not open on one.
 */
export function runTogetherDate(text: string): { date: string; start: number; end: number } | null {
  const m = /^((?:19|20)\d{2})(\d{2})(\d{2})日/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > last) return null;
  return { date: `${m[1]}-${m[2]}-${m[3]}`, start: 0, end: m[0].length };
}

// A website's posting stamp whose year and month ran together when the page was copied (2021 11/22 15:11:21 read as
// 202111/2215:11:21): six digits for the year and month, a slash, the day, then the clock time; nothing else on the line.
const POSTING_STAMP_RE = /^((?:19|20)\d{2})(\d{2})\/(\d{2})\s*([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * posting-stamp: the day of a website's posting stamp that lost the spaces between its parts (202111/2215:11:21 →
 * 2021-11-22), when the line holds that stamp alone and its month and day are real; null otherwise.
 */
export function runTogetherStamp(text: string): string | null {
  const m = POSTING_STAMP_RE.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > last) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The date of a meeting line broken over two lines (——2026年1月24日在郎溪县第十八届 / 人民代表大会第六次会议上), as a
 * narrow page breaks it: the line opening on its date, read with the next; null when the two do not make one.
 */
export function brokenMeetingLineDate(text: string, next: string | undefined): string | null {
  if (next === undefined || !/^[（(]?[—\-–]*\s*(?:\d{4}|[〇零一二三四五六七八九O]{4})\s*年/.test(text.trim())) return null;
  return meetingLineDate(text) === null ? meetingLineDate(text + next) : null;
}

// A website's posting stamp at the head of its publication line, the fields after it run on with no space between
// (2018-07-24 15:33:00来源:大众网作者:): the date and clock time, then a label of the site's own fields.
const STAMP_BEFORE_FIELDS_RE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?\s*(?=(?:信息|文章)?来源|作者|编辑|浏览|点击|阅读)/;
// stamp-before-count: a blog's posting day opening the line that goes on with the page's read count and the poster
// (2018-12-25  本文已影响0人  DuDuDu_e980), with no clock time.
const STAMP_BEFORE_COUNT_RE = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s+(?=本文已影响\d+人|(?:阅读|浏览)(?:量|数|次数)?\s*[:：]?\s*\d+)/;
// A news site's date written month and day first, the year after a slash, alone on its line: 09-17 / 2025.
const YEAR_LAST_STAMP_RE = /^(\d{1,2})-(\d{1,2})\s*\/\s*((?:19|20)\d{2})$/;

/** An ISO date from its parts when the month and day are real; null otherwise. */
function realDate(year: string, month: string, day: string): string | null {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > last) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * stamp-before-fields: the day of a posting stamp that opens the website's publication line, its source and author
 * fields run on after it (2018-07-24 15:33:00来源:大众网作者: → 2018-07-24), or the page's read count after it with no
 * clock time (2018-12-25  本文已影响0人 → 2018-12-25: stamp-before-count); year-last-stamp: a date written month and
 * day first and the year after a slash, alone on its line (09-17 / 2025 → 2025-09-17). Null for any other line.
 */
export function leadingStamp(text: string): string | null {
  const t = text.trim();
  const before = STAMP_BEFORE_FIELDS_RE.exec(t) ?? STAMP_BEFORE_COUNT_RE.exec(t);
  if (before) return realDate(before[1], before[2], before[3]);
  const last = YEAR_LAST_STAMP_RE.exec(t);
  return last ? realDate(last[3], last[1], last[2]) : null;
}

// A posting stamp alone on its line, the day and the clock time and nothing else (2014-08-01 13:52, 2023/05/04 09:12:30).
const BARE_STAMP_RE = /^((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})[\s\u3000]+(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?$/;

/**
 * bare-stamp: the day of a website's posting stamp standing alone on its line under the title, with its clock time and
 * no label (李家镇人大召开政府半年工作通报会 / 2014-08-01 13:52 → 2014-08-01); null for any other line.
 */
export function bareStamp(text: string): string | null {
  const m = BARE_STAMP_RE.exec(text.trim());
  return m ? realDate(m[1], m[2], m[3]) : null;
}

// A title with the day the site posted it after it, nothing else on the line (五角场街道2015年工作总结和2016年工作安排
// 2016-03-07; the space closes up in an import, as beside any digit): the title ends on a kind of report or account,
// holds no sentence's marks and no label of the site's fields.
const TITLE_STAMP_RE = /^([^\s，,。；;：:]{4,60}?(?:报告|总结|安排|汇报|通报|情况|说明|计划|要点|公告|公示))[\s\u3000]*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$/;
// Words of the site's fields that end as a kind of report does: a label, not a title (发布情况, 办理情况 alone).
const FIELD_WORD_RE = /(?:时间|日期|来源|发布|浏览|点击|作者|编辑)/;

/**
 * title-stamp: the day a site posted a report, written after its title on the title's line (…工作安排 2016-03-07 →
 * 2016-03-07); null for any other line.
 */
export function titleStamp(text: string): string | null {
  const m = TITLE_STAMP_RE.exec(text.trim());
  if (!m || FIELD_WORD_RE.test(m[1])) return null;
  return realDate(m[2], m[3], m[4]);
}

// ---------------------------------------------------------------- the reporting official

// 区政府国资局局长 吴芬; 市生态环境局党组书记、局长 张三
const POSTS = '(?:(?:党组|党委)(?:书记|副书记)[、，,]?)?(?:副|代理|代)?(?:局长|主任|厅长|处长|科长|部长|署长|院长|检察长|主任委员|总经理|董事长|秘书长|书记)';
const SPEAKER_RE = new RegExp(`^([\\u4e00-\\u9fff（）()]{3,30}?)${POSTS}\\s*[\\u4e00-\\u9fff·]{2,4}$`);

/** The body of the official who delivers a report (its name before the post and the person's name); null otherwise. */
export function speakerBody(text: string): string | null {
  const m = SPEAKER_RE.exec(text.replace(/[\s\u3000]+/g, ''));
  return m && looksLikeDepartment(m[1]) ? m[1] : null;
}

/**
 * Whether the title names a government as the report's author (广东省人民政府关于…的整改情况报告): the official who
 * delivers it then speaks for that government (受省政府委托), and the official's own body (广东省审计厅厅长 马学斌)
 * is no second reporter. A government's office (…人民政府办公室) is a body of its own, not a government.
 */
export function titleNamesGovernment(titleBodies: readonly string[]): boolean {
  return titleBodies.some((name) => /[\u4e00-\u9fff]+?(?:人民)?政府$/.test(name.replace(/[\s\u3000]+/g, '')));
}

// ---------------------------------------------------------------- a title naming a place

const YEAR_PREFIX_RE = /^(?:(?:\d{4}|[〇零一二三四五六七八九O]{4})\s*年度?)?/;
// One level of a place name: 天津市, 静海区, 青阳县, 恩施土家族苗族自治州, 阿拉善盟; under them a town, a
// township or a street (下洋镇, 石门乡, 留下街道).
const PLACE_SEGMENT_RE = /^[\u4e00-\u9fff]{2,9}?(?:自治区|自治州|自治县|地区|省|市|州|盟|区|县|旗|街道|镇|乡)/;
// What opens a word, not a place (全区, 本市, 我县, 市区, 区域, 乡镇街道, 乡村); nor does a sentence citing what it follows
// (cited-place: 按照西咸新区《…实施方案》, 根据市委…): the place is the cited document's, the line no title; nor does a
// Party committee's organ by its short name (organ-title: 市委第二巡察组巡察市中心医院党委…, 县委督查室…): a body, not a place.
const NOT_A_PLACE_RE = /^(?:全|本|我|各|该|辖|城|市区|区域|县域|地区|自治|乡镇|乡村|镇村|镇街|按照|根据|依据|遵照|[省市州区县旗]委)/;
// A place's level characters that are the start of a word when read on (区域, 市场, 县级, 镇域, 乡村).
const LEVEL_WORD_RE = /^(?:域|场|级|属|直|内|外|委|村|街)/;
// A town's or a township's place ends the chain: nothing under it is a place.
const LOWEST_LEVEL_RE = /(?:街道|镇|乡)$/;

/** The place a title opens with, after an optional year (2020年静海区… → 静海区); null when none. */
function leadingPlace(title: string): { place: string; rest: string } | null {
  let rest = title.replace(YEAR_PREFIX_RE, '').trim();
  let place = '';
  for (let level = 0; level < 3; level++) {
    const m = PLACE_SEGMENT_RE.exec(rest);
    if (!m || NOT_A_PLACE_RE.test(m[0]) || LEVEL_WORD_RE.test(rest.slice(m[0].length))) break;
    place += m[0];
    rest = rest.slice(m[0].length);
    if (LOWEST_LEVEL_RE.test(place)) break;
  }
  return place === '' ? null : { place, rest };
}

/** Whether the text is a place's name and nothing more (上海市, 广东省, 静海区; not 全市上下在市). */
export function isPlaceName(text: string): boolean {
  const found = leadingPlace(text.replace(/[\s\u3000]+/g, ''));
  return found !== null && found.rest === '';
}

/** The longest body name the title reads as after the place (静海区财政局…); null when it goes on with its subject. */
function bodyNameAfter(place: string, rest: string): string | null {
  let found: string | null = null;
  for (let k = 2; k <= Math.min(rest.length, 16); k++) {
    const name = place + rest.slice(0, k);
    // 静海区法治政府建设…: 政府 inside the subject is not the place's government
    if (name.endsWith('政府') && !/^(?:人民)?政府/.test(rest)) continue;
    if (looksLikeDepartment(name)) found = name;
  }
  return found;
}

/**
 * The government of the place a report's title names when it names no body: 2020年静海区法治政府建设情况报告
 * → 静海区人民政府; 2022年上海市政府信息公开工作年度报告 → 上海市人民政府; 下洋镇2023年法治政府建设年度报告 →
 * 下洋镇人民政府; 留下街道2022年度法治政府建设工作报告 → 留下街道办事处. Null when the title opens with a
 * body (静海区财政局2021年工作总结) or with no place.
 */
export function placeGovernmentOfTitle(title: string): string | null {
  const found = leadingPlace(title.replace(/[\s\u3000]+/g, ''));
  if (!found || found.rest === '') return null;
  const body = bodyNameAfter(found.place, found.rest);
  // a street has no government: its office (街道办事处) reports
  const government = found.place.endsWith('街道') ? `${found.place}办事处` : `${found.place}人民政府`;
  if (body === null || body === government || body === `${found.place}政府`) return government;
  return null;
}

// The level of a place by the last part of its name: a province, a city, or a county or district under them.
const PROVINCE_RE = /(?:省|自治区)$/;
const CITY_RE = /(?:市|自治州|州|盟|地区)$/;

/**
 * plan-report: the department that drafts and delivers a report a place's government lays before its congress on that
 * department's field, when the title names the place and no body (广东省2021年国民经济和社会发展计划执行情况与2022年计划
 * 草案的报告 → 广东省发展和改革委员会); the fields and departments are data (shared/departments/place-reports). Null for
 * any other title, and for one naming a body (…省人民政府关于…计划执行情况的报告 is the government's).
 */
export function placeDepartmentOfTitle(title: string): string | null {
  const written = title.replace(/[\s\u3000]+/g, '');
  const report = PLACE_REPORTS.find((r) => written.includes(r.subject));
  const found = report ? leadingPlace(written) : null;
  if (!report || !found || found.rest === '' || bodyNameAfter(found.place, found.rest) !== null) return null;
  // the last level of the place decides the department's name: 广东省, 绍兴市, 越城区 (a city's district under it)
  const level = PROVINCE_RE.test(found.place) ? 'province' : CITY_RE.test(found.place) ? 'city' : 'county';
  return found.place + report.body[level];
}

// ---------------------------------------------------------------- a document cited inside the title

/**
 * cited-title-about: the title with the titles it cites emptied (《关于…的审议意见》 → 《》), so that the 关于 of a cited
 * document is not read as the title's own: 伊春市人民政府落实…《关于2023年度…报告的审议意见》研究处理情况的报告 has no 关于 of
 * its own and opens on its author. A title's own 关于 (…局关于落实《…》的报告) is kept where it stands.
 */
export function withoutCitedTitles(title: string): string {
  return title.replace(/《[^《》]*》/g, '《》');
}

// ---------------------------------------------------------------- a column tag before the title

// The website's column, in black brackets before the title: 【巡察整改】, 【通知公告】.
const COLUMN_TAG_RE = /^【[^【】\s]{2,8}】(?=\S)/;

/**
 * column-tag: the title without the website's column tag before it (【巡察整改】中共怀化市卫生健康委员会关于…的通报 →
 * 中共怀化市卫生健康委员会关于…的通报); any other line as it is.
 */
export function withoutColumnTag(text: string): string {
  return text.replace(COLUMN_TAG_RE, '');
}
