// The report's plans (下一步工作打算, "下一步，我局将持续推动…"): they say what a department means to do,
// in the stock words of the whole policy, not what it did. Such a passage may back a link that other
// passages make, never make a content link on its own.
import type { SubmissionParagraph } from './types';

const OUTLINE_RE = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+部分)\s*/;
// A heading that opens a section of plans: 下一步工作打算, 下步工作计划, 今后工作思路, 2022年工作安排.
const PLAN_HEADING_RE = /下一步|下步|下阶段|下一阶段|今后|接下来|明年|打算|工作计划|工作思路|\d{4}年工作(?:安排|计划|思路)/;
// A paragraph that opens as a plan: 下一步，我局将… / 三、下一步，我们将…
const PLAN_OPENING_RE = /^(?:下一步|下步|下阶段|下一阶段|今后|接下来|明年)/;

/** A short line that names a section: 三、下一步工作打算, （二）税款电子退库, 下一步工作打算. */
function isHeading(text: string): boolean {
  const body = text.replace(/[。.]$/, '');
  if (/[。；！？]/.test(body)) return false;
  if (OUTLINE_RE.test(text)) return body.length <= 40;
  // without a number, only a short line with no punctuation at all (下一步工作打算)
  return text.length <= 20 && !/[，,：:。；！？.]/.test(text);
}

/** For each paragraph, whether it states plans rather than work done. */
export function planParagraphs(paragraphs: SubmissionParagraph[]): boolean[] {
  let inPlans = false;
  return paragraphs.map((p) => {
    const text = p.text.trim();
    if (text === '') return false;
    const opening = text.replace(OUTLINE_RE, '');
    if (isHeading(text)) {
      inPlans = PLAN_HEADING_RE.test(opening);
      return inPlans;
    }
    return inPlans || PLAN_OPENING_RE.test(opening);
  });
}
