// heading-body: a measure's heading and the paragraph under it, run together once the page lost its breaks. In a
// policy set out as headings over paragraphs, 「一、强化科技创新(区科技局牵头)」 or 「（一）优化土地出让方式」 stands on a
// line of its own; run on, the heading ends where its duty bracket closes (「一、强化科技创新(区科技局牵头)以统筹…」), or
// where a word that only opens a sentence begins (「一、优化土地出让方式按照供需平衡原则，…」; the words are data,
// sentence-openers.ts, and a full date), or where a clause naming who answers begins (「1、…试验区事宜由杨志武副市长
// 负责,市发改委牵头,…」: duty-clause), or where the bodies it sets to work open the sentence (「一、各地自查各市（州）、
// 县（市、区）要按照…」: subject-opener). The heading is short, holds no sentence punctuation (nor, before an opener, a
// comma) and has a few characters of its own before the sentence. Read only on pieces that the run-on-items rule cut
// from a run-on line: a paragraph of a document with its breaks is left as it is. Pure.
import { SENTENCE_OPENERS } from './sentence-openers';

/** A number of the genre opening the piece: 一、 （一） 1. 1、 （1） 第一条. */
const NUMBER_AT_START = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,3}[.．、](?!\d)|第[一二三四五六七八九十百零]{1,5}条)/;
/** A bracket that names who leads or answers: 「(区科技局牵头)」, 「（责任单位：市财政局）」. */
const DUTY_BRACKET = /^[（(][^（）()。；]{0,60}?(?:牵头|负责|责任单位|配合)[^（）()]{0,40}[）)]/;
const HEADING_PUNCT = /[。；：！？;:]/;
const MAX_HEADING = 40;
/** Characters a heading holds at least before the sentence under it. */
const MIN_HEADING = 4;
/**
 * A clause naming who answers, opening the paragraph under a heading (duty-clause): 「1、在兰州设立综合配套改革试验区事宜
 * 由杨志武副市长负责,市发改委牵头,…」. 由 with who answers and a comma after it.
 */
const DUTY_CLAUSE = '由[\\u4e00-\\u9fa5]{2,20}?(?:负责|牵头)[,，]';
/**
 * The bodies a paragraph sets to work, opening its first sentence with what they are to do (subject-opener):
 * 「一、各地自查各市（州）、县（市、区）要按照…」, 「三、重点抽查省政府将对…」. 各… or a level's government or
 * departments, then 要, 应, 须 or 将, with no sentence punctuation between.
 */
const SUBJECT = '(?:各[\\u4e00-\\u9fa5（）()、]{1,16}?|[省市区县](?:级部门|人民政府|政府))(?:要|应|须|将)';
/**
 * A quoted title and what it says, opening the paragraph under a heading (quoted-says): 「一、背景《国家中长期教育改革与
 * 发展规划纲要》(2010-2020年)指出：…」. The title, its years or number in brackets, then 指出, 提出, 明确, 强调 or 要求.
 */
const QUOTED_SAYS = '《[^《》]{2,40}》(?:[（(][^（）()]{1,20}[）)])?(?:指出|提出|明确|强调|要求)';
const OPENER = new RegExp(`(?:${SENTENCE_OPENERS.join('|')}|20\\d\\d年\\d{1,2}月\\d{1,2}日|${DUTY_CLAUSE}|${SUBJECT}|${QUOTED_SAYS})`, 'g');

/**
 * Where the heading that opens `piece` ends and the paragraph under it begins, or null when the piece is no heading
 * run into a paragraph.
 */
export function headingBodyStart(piece: string): number | null {
  const number = NUMBER_AT_START.exec(piece);
  if (!number) return null;
  const from = number[0].length;
  const head = piece.slice(from, from + MAX_HEADING + 60);
  // the duty bracket closing the heading
  for (let k = MIN_HEADING; k < Math.min(head.length, MAX_HEADING); k++) {
    if (HEADING_PUNCT.test(head[k - 1])) break;
    if (head[k] !== '（' && head[k] !== '(') continue;
    const bracket = DUTY_BRACKET.exec(head.slice(k));
    if (!bracket) break;
    const end = k + bracket[0].length;
    const rest = head.slice(end);
    return rest === '' || /^[，。；：,;:、）)]/.test(rest) ? null : from + end;
  }
  // a word that only opens a sentence
  // looked for from the heading's least length on: an opener among its first words is the heading's own
  OPENER.lastIndex = MIN_HEADING;
  for (const m of head.matchAll(OPENER)) {
    const k = m.index ?? 0;
    if (k > MAX_HEADING) break;
    if (k < MIN_HEADING) continue;
    // a body after 、 goes on a list the sentence opened before it (「新片区管委会、各镇应…」)
    if (head[k - 1] === '、') continue;
    if (/[，,（(]/.test(head.slice(0, k)) || HEADING_PUNCT.test(head.slice(0, k))) return null;
    return from + k;
  }
  return null;
}
