// Rule (campaign-window): a campaign's notice that gives, as a section of its own at the top level of its numbering,
// the one window of the whole work (「一、整治时间:2021年6月23日-2021年7月1日」, 高庄镇, 2021) has every task of the
// campaign fall due when the window closes. Only a section titled as the time of the whole work (整治时间, 活动时间,
// 行动时间, 实施时间, 开展时间, 工作时间) and holding a window of two days and nothing more gives one; a phase of a schedule
// (启动阶段（…至…）, read by schedule-dates) or a window at a finer level (1、督查时间：…, a group's field) gives none.
import { readLabel, styleRank } from './policy-numbering';

/** What a window's section may be titled: the time of the whole campaign. */
const WINDOW_TITLE = /^(?:整治|活动|行动|实施|开展|工作|专项行动|集中整治)时间$/;
const DAY = '(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日';
/** Two days joined by a dash or 至/到, with nothing after them but a full stop. */
const WINDOW = new RegExp(`^(${DAY})\\s*(?:[-—–~～]{1,2}|至|到)\\s*(${DAY})[。.]?$`);

/**
 * The phrase of the day a campaign's window closes (「2021年7月1日前」), the year of its opening day lent to a closing
 * day written without one; null when the document gives no such window.
 */
export function campaignWindowClose(lines: string[]): string | null {
  const labels = lines.map((l) => readLabel(l.trim()));
  const ranks = labels.flatMap((l) => (l ? [styleRank(l.style)] : []));
  if (ranks.length === 0) return null;
  const top = Math.min(...ranks);
  for (let i = 0; i < lines.length; i++) {
    const label = labels[i];
    if (!label || styleRank(label.style) !== top) continue;
    // the window on the heading's line after a colon, or alone on the next line
    const [title, ...after] = label.rest.trim().split(/[：:]/);
    if (!WINDOW_TITLE.test(title.trim())) continue;
    const inline = after.join('：').trim();
    const text = inline !== '' ? inline : (lines[i + 1] ?? '').trim();
    const m = WINDOW.exec(text);
    if (!m) continue;
    const year = /^\d{4}年/.exec(m[1])?.[0] ?? '';
    const close = /^\d{4}年/.test(m[2]) ? m[2] : `${year}${m[2]}`;
    return `${close}前`;
  }
  return null;
}
