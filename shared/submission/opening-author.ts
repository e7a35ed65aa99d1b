// Reports copied from a website without title, signature or header still say who wrote them, in their own
// opening sentences, in two wordings of the genre:
//   - an annual disclosure report (政府信息公开工作年度报告) opens on the template's sentence naming its body:
//     「本报告依据…要求，结合2022年昌江区民政局政府信息公开工作编制而成」;
//   - a 督查 bulletin or a report names the body that did the work before 现将…通报/报告 (or 现通报如下):
//     「…县政府督查室对…三季度完成情况进行了专项督查，现将相关情况予以通报」, 「县政府督查室对…开展了专项督查，现通报如下」;
//   - an annual disclosure report tells readers whom to ask, the report's body or its office:
//     「如对本报告相关数据存在疑问，请与大冶市自然资源和规划局办公室联系」 (the bureau);
//   - a year's work summary opens its overview on the body as the subject of its first sentence:
//     「2023年，市卫生健康委以习近平新时代中国特色社会主义思想为指导，…」 (subjectOfYear, the weakest evidence:
//     read only when no disclosure table or publication line names a publisher either).
// Read only when nothing above the body names anyone.
import { looksLikeDepartment } from './department-names';

// How many opening sentences may name the author.
const OPENING_SENTENCES = 3;

const DISCLOSURE_RE = /结合(?:\d{4}年度?)?([\u4e00-\u9fff（）()]{3,30}?)(?:\d{4}年度?)?政府信息公开工作编制/;
// The clause just before 现将…通报/报告 (现通报如下) that opens on the body: 县政府督查室对…进行了专项督查.
const WORK_DONE_RE = /(?:^|[，,；;])([\u4e00-\u9fff]{3,24}?)(?:对|就)[^，,；;。]{2,120}?(?:进行|开展)了?[^，,；;。]{0,8}[，,]\s*现(?:将[^。]{0,30}?)?(?:予以)?(?:通报|报告)/;
// Whom readers are to contact about the report: 请与…联系 (请联系…).
const CONTACT_RE = /请(?:与|联系)([\u4e00-\u9fff（）()]{3,30}?)(?:联系|[（(]|$)/;
// A body's own office answers for it (…局办公室 → …局); a government's office (县政府办公室) is a body of its own.
const OFFICE_OF_BODY_RE = /^(.+?(?:局|委员会|委|厅|署|中心|办事处))(?:办公室|综合科|综合股)$/;

/** The body a contact line names: its office stands for it. */
export function contactBody(name: string): string {
  return OFFICE_OF_BODY_RE.exec(name)?.[1] ?? name;
}

// A line opening on the year (or 今年以来, 一年来), then the body as the subject of how it worked: 2023年，市卫生健康委以….
const YEAR_SUBJECT_RE = /^(?:(?:\d{4}|[〇零一二三四五六七八九O]{4})年度?(?:以来)?|今年以来|一年来|过去一年)[，,]\s*([\u4e00-\u9fff]{3,24}?)(?:以|坚持|深入|认真|紧紧|全面|始终|聚焦|围绕)/;
// The overview's first sentence comes within the first lines.
const OPENING_LINES = 8;

function sentences(text: string): string[] {
  return text.split(/(?<=[。！？])/).map((s) => s.trim()).filter((s) => s !== '');
}

/** The author a report names in its opening sentences, or none. */
export function authorInOpening(lines: readonly { text: string }[]): string[] {
  const opening = sentences(lines.map((l) => l.text.trim()).join('\n')).slice(0, OPENING_SENTENCES);
  for (const s of opening) {
    const text = s.replace(/\s+/g, '');
    for (const re of [DISCLOSURE_RE, WORK_DONE_RE]) {
      const m = re.exec(text);
      if (m && looksLikeDepartment(m[1])) return [m[1]];
    }
    const contact = CONTACT_RE.exec(text);
    if (contact && looksLikeDepartment(contact[1])) return [contactBody(contact[1])];
  }
  return [];
}

/** The body a year's summary opens its overview on (2023年，市卫生健康委以…为指导); none otherwise. */
export function subjectOfYear(lines: readonly { text: string }[]): string[] {
  for (const line of lines.slice(0, OPENING_LINES)) {
    const m = YEAR_SUBJECT_RE.exec(line.text.replace(/\s+/g, ''));
    if (m) return looksLikeDepartment(m[1]) ? [m[1]] : [];
  }
  return [];
}
