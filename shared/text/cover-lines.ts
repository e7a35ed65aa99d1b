// cover-lines: the lines of a cover notice run together once the page lost its breaks: 「…的通知国办函〔2014〕31号
// 各省、自治区…：经…同意，现将…印发给你们，请认真贯彻执行。特此通知。××人民政府办公室2024年10月8日关于…的实施意见
// 为…，提出如下意见：」. A reader still sees its lines: the title closes on the kind of document before a document number,
// before the addressees (a list ending on a colon, 各… among them) or before a sentence's first word; the document
// number closes on 号, or is a line of its own in brackets under the title; the sentence that hands the policy on (印发给你们…。) and 特此通知。 close the cover; the date of
// the signature closes its line. Read only in the part of a run-on line before its first item. Pure.
import { SENTENCE_OPENERS } from './sentence-openers';

const DOC_KIND = '(?:通知|意见|方案|决定|办法|规定|细则|计划|要点|措施|清单|分解|分工|函)';
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［[]\d{4}[〕］\]]\d{1,4}号/g;
const HANDS_ON = /(?:印发给你们|转发给你们|印发你们)[^。]{0,40}。|特此(?:通知|函告)。/g;
const DATE = /(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日/g;
// form-name: a form's name closes on 单 (督查通知单, 督办通知单, 交办通知单): 通知 inside it ends no title (the 单 of a
// number's place, 「…的通知单政发〔2019〕7号」 for 单县, still follows a title's end)
const TITLE_END = new RegExp(`${DOC_KIND}(?!单(?<=(?:督查|督办|交办)通知单))(?=[\\s\\u3000]*(?:${SENTENCE_OPENERS.join('|')}|各|[\\u4e00-\\u9fa5]{1,10}[〔［[]\\d{4}))`, 'g');
/** The addressees after a title: a list up to its colon, with no full stop and 各 among them. */
const ADDRESSEES = /^[^。：:]{2,80}[：:]/;
/** How long a signature line may be (the issuing bodies) before its date. */
const MAX_SIGNATURE = 60;

/** Offsets (after 0, before `limit`) at which a line of the cover notice ends, in the text before a run-on list. */
export function coverLineEnds(text: string, limit: number): number[] {
  const head = text.slice(0, limit);
  const cuts = new Set<number>();
  /** A title closes outside any book-title marks: 「《…若干措施》的通知」 closes on 通知, not on 措施. */
  const closed = (end: number) => {
    const before = head.slice(Math.max(0, end - 200), end);
    return (before.match(/《/g) ?? []).length <= (before.match(/》/g) ?? []).length && !/^[》的之]/.test(head.slice(end));
  };
  for (const m of head.matchAll(TITLE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    if (closed(end)) cuts.add(end);
  }
  for (const m of head.matchAll(new RegExp(`${DOC_KIND}(?=[^。：:]{2,80}[：:])`, 'g'))) {
    const end = (m.index ?? 0) + m[0].length;
    const addressees = ADDRESSEES.exec(head.slice(end))?.[0] ?? '';
    if (/各/.test(addressees) && closed(end)) {
      cuts.add(end);
      cuts.add(end + addressees.length);
    }
  }
  for (const m of head.matchAll(DOC_NUMBER)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // under the title, a document number written in brackets (「…的通知(黑政办发〔2009〕17号)各市…」) is a line of its
    // own, brackets and all; a number cited in a sentence (「《…的通知》（国发〔2014〕1号）转发你们」) is not
    const bracketed = /[(（]/.test(head[at - 1] ?? '') && /[)）]/.test(head[end] ?? '');
    if (bracketed && new RegExp(`${DOC_KIND}$`).test(head.slice(0, at - 1)) && closed(at - 1)) cuts.add(at - 1).add(end + 1);
    else cuts.add(end);
  }
  for (const m of head.matchAll(HANDS_ON)) cuts.add((m.index ?? 0) + m[0].length);
  for (const m of head.matchAll(DATE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // a signature's date: the line before it since the last full stop is a name, and nothing goes on after it but text
    const line = head.slice(Math.max(0, head.lastIndexOf('。', at) + 1), at);
    if (line.length <= MAX_SIGNATURE && !/[，,、；：]/.test(line) && !/^[，。、,；）)前后起至止]/.test(head.slice(end))) {
      cuts.add(end);
      cuts.add(at);
      if (line !== '') cuts.add(at - line.length);
    }
  }
  return [...cuts].filter((c) => c > 0 && c < limit).sort((a, b) => a - b);
}
