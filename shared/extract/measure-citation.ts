// How a user cites a measure. The label as written ("1.", "（三）", "第五条") is enough where the numbering runs on
// through the policy; where it starts again in each section, "3." names three measures, so the label itself puts
// the section in front ("二、3.") when the policy is read, and every citation in the app is made from the label:
//   measureCitation  the words for running text and headers: 第3条, 第五条, 第二部分第3条
//   sectionQualifiedLabels  the extraction step that writes the section into labels where numbering restarts
import type { Measure } from '../types';
import { readLabel } from './policy-numbering';

/** The numbering starts again in some section: one label names more than one measure. */
export function numberingRestarts(measures: readonly Pick<Measure, 'label'>[]): boolean {
  const labels = measures.map((m) => m.label);
  return new Set(labels).size < labels.length;
}

// "二、3." or "二、（三）": a section's numeral, then the measure's own label.
const QUALIFIED = /^([一二三四五六七八九十百]{1,4})、(.+)$/;

/** The section a label names, and the label within it; null for an unqualified label. */
function splitQualified(label: string): { section: string; own: string } | null {
  const m = QUALIFIED.exec(label);
  if (!m || !readLabel(m[2])) return null;
  return { section: m[1], own: m[2] };
}

/** The section a measure sits in and its own number there ("二、3." → 二, 3; "3." in section 二 → 二, 3), or null. */
export function sectionAndNumber(m: Pick<Measure, 'label' | 'section'>): { section: string; value: number } | null {
  const q = splitQualified(m.label.trim());
  const own = readLabel(q ? q.own : m.label.trim());
  const section = q?.section ?? m.section;
  return section && own ? { section, value: own.value } : null;
}

/** The measure's own label, without the section a restarting numbering puts in front: "二、（三）" → "（三）". */
export function ownLabel(label: string): string {
  return splitQualified(label.trim())?.own ?? label.trim();
}

/**
 * Where numbering restarts in each section, each measure that sits in a section gets a label naming it
 * ("二、3."); elsewhere labels are left as written. A label already qualified is kept. `policyRestarts` says the
 * policy's own numbering starts again even where the measures alone do not show it: the repeated labels sit in
 * sections that frame the tasks (一、总体要求（一）… 二、主要任务（一）… 三、实施步骤（一）…), so "（一）" names several
 * items of the text and only "二、（一）" names the measure.
 */
export function sectionQualifiedLabels<T extends Pick<Measure, 'label' | 'section'>>(measures: readonly T[], policyRestarts = false): T[] {
  if (!policyRestarts && !numberingRestarts(measures)) return [...measures];
  // a section read as one measure (六、职责分工) is labelled by the section's own label
  return measures.map((m) => (m.section && !splitQualified(m.label) && m.label !== `${m.section}、` ? { ...m, label: `${m.section}、${m.label}` } : m));
}

/**
 * The measure as a user cites it in a sentence or a header: 第3条 where the label's number is the measure's number
 * (1., （三）, 第三条 alike), the label's numeral where they differ, and 第二部分第3条 where the label names its section.
 * `noun` is 条 or 项, after the wording of the text it goes into.
 */
export function measureCitation(m: Pick<Measure, 'label' | 'number'>, noun: '条' | '项' = '条'): string {
  const label = m.label.trim();
  const article = readLabel(label);
  if (article?.style === 'article' && article.value !== m.number) return label;
  const qualified = splitQualified(label);
  const own = readLabel(qualified ? qualified.own : label);
  const numeral = own === null || own.value === m.number ? String(m.number) : own.numeral;
  return qualified ? `第${qualified.section}部分第${own?.numeral ?? numeral}${noun}` : `第${numeral}${noun}`;
}

/**
 * Measures of a policy cited at once, by number: 第3、5条 where each is cited by its number, else each in full
 * (第一部分第2条、第二部分第1条). A number the policy does not have is cited as 第N条.
 */
export function citeMeasureList(measures: readonly Pick<Measure, 'label' | 'number'>[], numbers: readonly number[], noun: '条' | '项' = '条'): string {
  const cite = measureCiter(measures, noun);
  const cited = numbers.map(cite);
  return cited.every((c, k) => c === `第${numbers[k]}${noun}`) ? `第${numbers.join('、')}${noun}` : cited.join('、');
}

/**
 * Citation by number for a list or a table of one policy's rows: each number cited as its measure (第二部分第1条),
 * a number the policy does not have (or no measures at all, still loading) as 第N条.
 */
export function measureCiter(measures: readonly Pick<Measure, 'label' | 'number'>[], noun: '条' | '项' = '条'): (number: number) => string {
  const byNumber = new Map(measures.map((m) => [m.number, m] as const));
  return (number) => measureCitation(byNumber.get(number) ?? { label: '', number }, noun);
}
