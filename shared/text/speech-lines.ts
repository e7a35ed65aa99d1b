// The front lines of a report delivered at a meeting (a government's or a bureau's report to a people's congress or
// its standing committee), each a line of its own however the copy breaks its lines:
//   meeting-line: the date and the meeting it was delivered at (2024年11月27日县十八届人大常委会第二十三次会议,
//     ——2022年7月28日在颛桥镇第六届人民代表大会第二次会议上);
//   salutation-line: the addressees, closed by a colon (主任、各位副主任、各位委员:, 各位代表：);
//   title-meeting-line: the report's title with its meeting line run onto it after a dash (关于2023年省级决算草案的报告
//     ——2024年7月27日在四川省第十四届人民代表大会常务委员会第十四次会议上), as a site writes the two on one line.
// A copy wrapped at a printed width joins every line that does not close a sentence to the next; these close none,
// and without the rules the meeting line, the speaker's line under it and the salutation run into one paragraph. Pure.

/** Those a speech is addressed to, each alone or after 各位 / 尊敬的 (各位副主任, 尊敬的各位代表). */
export const ADDRESSEES: readonly string[] = [
  '主任', '副主任', '委员', '代表', '领导', '同志', '同志们', '来宾', '嘉宾', '朋友们', '委员长', '副委员长', '秘书长', '主席', '副主席',
  '议员', '列席人员',
];

const DATE = '(?:\\d{4}|[〇零一二三四五六七八九]{4})年[\\d〇零一二三四五六七八九十]{1,2}月[\\d〇零一二三四五六七八九十]{1,3}日';
const LEAD = '[-—–－―~～（(【\\[\\s]*';
const TAIL = '[）)】\\]\\s]*';
/** A date opening the line, and a meeting closing it, with no sentence punctuation between. */
const MEETING_LINE = new RegExp(`^${LEAD}${DATE}[^，。；！？,;:：]{0,50}会议上?${TAIL}$`);

/** The line is wholly a speech's date and meeting (meeting-line). */
export function isMeetingLine(text: string): boolean {
  return MEETING_LINE.test(text.trim());
}

// A dash, then the day and 在: the head of a meeting line, whatever the copy does with the meeting's name after it.
const MEETING_LINE_HEAD = new RegExp(`^[-—–－―]{1,2}\\s*${DATE}在`);

/**
 * meeting-line-head: the line opens on a meeting line's dash, day and 在 (——2024年2月2日在琼海市第十六届, the meeting's
 * name broken onto the next line): it opens a paragraph of its own, and joins no long line of a disclosure header above.
 */
export function opensMeetingLine(text: string): boolean {
  return MEETING_LINE_HEAD.test(text.trim());
}

// A report's title, closed by the kind of report it is, then a dash and the meeting line.
const TITLE_MEETING_LINE = new RegExp(`^[^，。；！？,;:：—]{2,80}?(?:报告|讲话|说明|汇报)\\s*[-—–－―]{1,2}\\s*${DATE}[^，。；！？,;:：]{0,50}会议上?${TAIL}$`);

/** The line is wholly a report's title with its meeting line run onto it (title-meeting-line). */
export function isTitleMeetingLine(text: string): boolean {
  return TITLE_MEETING_LINE.test(text.trim());
}

const ADDRESSEE = `(?:尊敬的)?(?:各位)?(?:${[...ADDRESSEES].sort((a, b) => b.length - a.length).join('|')})`;
/** Addressees joined by 、, ， or 和, closed by a colon. */
const SALUTATION_LINE = new RegExp(`^${ADDRESSEE}(?:[、，,和及]${ADDRESSEE})*[：:]$`);

/** The line is wholly a speech's salutation (salutation-line). */
export function isSalutationLine(text: string): boolean {
  return SALUTATION_LINE.test(text.replace(/[\s\u3000]+/g, ''));
}
