// How a user cites a measure. The label as written ("1.", "（三）", "第五条") is enough where the numbering runs on
// through the policy; where it starts again in each section, "3." names three measures, so the label itself puts
// the section in front ("二、3.") when the policy is read, and every citation in the app is made from the label.
// Where the measures sit under a middle heading and start again under each (一、 （一） 1. 2. （二） 1. 2.), the label
// names the middle heading too ("一、（二）1."), and a policy with no 一、 level writes its （二） sections so ("（二）1."):
//   measureCitation  the words for running text and headers: 第3条, 第五条, 第二部分第3条, 第一部分第二项第1条, and
//                    第六部分 for a section read as one measure (六、职责分工, division-paragraphs)
//   sectionQualifiedLabels  the extraction step that writes the section (and middle heading) into labels
import type { Measure } from '../types';
import { readLabel, styleRank, type LabelStyle, type LineLabel } from './policy-numbering';

/** The numbering starts again in some section: one label names more than one measure. */
export function numberingRestarts(measures: readonly Pick<Measure, 'label'>[]): boolean {
  const labels = measures.map((m) => m.label);
  return new Set(labels).size < labels.length;
}

/** Where a qualified label puts its measure: "一、（二）1." → 一、, （二）, 1.; "二、3." → 二、, 3.; "（二）1." → （二）, 1. */
interface LabelPath {
  /** The section as the label writes it: 一、 for a part of the policy, （二） where the policy has no 一、 level. */
  section: LineLabel;
  /** The middle heading between the section and the measure, where the numbering starts again under each. */
  group: LineLabel | null;
  own: LineLabel;
}

/** The labels a qualified label is made of, coarse to fine ("一、（二）1." → 一、 （二） 1.); null for a label of one level. */
function splitQualified(label: string): LabelPath | null {
  const chain: LineLabel[] = [];
  let rest = label.trim();
  while (rest !== '' && chain.length < 3) {
    const next = readLabel(rest);
    const last = chain[chain.length - 1];
    if (!next || (last && styleRank(next.style) <= styleRank(last.style))) return null;
    chain.push(next);
    rest = next.rest.trim();
  }
  if (rest !== '' || chain.length < 2 || (chain[0].style !== 'cn' && chain[0].style !== 'paren-cn')) return null;
  return { section: chain[0], group: chain.length === 3 ? chain[1] : null, own: chain[chain.length - 1] };
}

/** Where a measure sits, read from its label, else from its section: the numbers a report cites it by. */
export interface MeasurePlace {
  /** The section's numeral ("二"). */
  section: string;
  /** The label writes its section as an item, （二）, the policy having no 一、 level. */
  sectionAsItem: boolean;
  /** The middle heading's number ("一、（二）1." → 2), where the label names one. */
  group: number | null;
  /** The measure's own number in the section (or middle heading), and its level. */
  value: number;
  style: LabelStyle;
}

/** The section a measure sits in and its own number there ("一、（二）1." → 一, 2, 1; "3." in section 二 → 二, 3), or null. */
export function measurePlace(m: Pick<Measure, 'label' | 'section'>): MeasurePlace | null {
  const path = splitQualified(m.label);
  const own = path?.own ?? readLabel(m.label.trim());
  const section = path?.section.numeral ?? m.section;
  if (!section || !own) return null;
  return { section, sectionAsItem: path?.section.style === 'paren-cn', group: path?.group?.value ?? null, value: own.value, style: own.style };
}

/** The measure's own label, without the section and middle heading a restarting numbering puts in front: "一、（二）1." → "1.". */
export function ownLabel(label: string): string {
  return splitQualified(label)?.own.label ?? label.trim();
}

/**
 * A section read as one measure (六、职责分工 over paragraphs each headed by who answers, division-paragraphs): its label
 * is its section's own (六、), so it is cited as the part it is (第六部分), as its sibling measures cite their sections.
 */
export function isWholeSection(m: Pick<Measure, 'label'> & { section?: string | null }): boolean {
  return !!m.section && m.label.trim() === `${m.section}、`;
}

/** A measure as extraction reads it: the middle heading over it ("（二）" between 一、 and 1.), where there is one. */
type Placed = Pick<Measure, 'label' | 'section'> & { group?: string | null };

/**
 * middle-level-restart: the measures sit under middle headings and number again under each (一、 （一） 1. 2. （二）
 * 1. 2.): two middle headings of one section hold a measure of the same label.
 */
function restartsUnderGroups(measures: readonly Placed[]): boolean {
  const seen = new Map<string, string>();
  for (const m of measures) {
    if (!m.section || !m.group) continue;
    const key = `${m.section}|${m.label}`;
    const group = seen.get(key);
    if (group !== undefined && group !== m.group) return true;
    seen.set(key, m.group);
  }
  return false;
}

/**
 * Where numbering restarts in each section, each measure that sits in a section gets a label naming it
 * ("二、3."); where it restarts under each middle heading, every measure under one names it as well ("一、（二）1.");
 * elsewhere labels are left as written. A label already qualified is kept. `policyRestarts` says the
 * policy's own numbering starts again even where the measures alone do not show it: the repeated labels sit in
 * sections that frame the tasks (一、总体要求（一）… 二、主要任务（一）… 三、实施步骤（一）…), so "（一）" names several
 * items of the text and only "二、（一）" names the measure. `sectionsAsItems`: the sections are the policy's （一）
 * items, there being no 一、 level, and are written so ("（二）1.").
 */
export function sectionQualifiedLabels<T extends Placed>(measures: readonly T[], policyRestarts = false, sectionsAsItems = false): T[] {
  const grouped = restartsUnderGroups(measures);
  if (!policyRestarts && !grouped && !numberingRestarts(measures)) return [...measures];
  const section = (s: string) => (sectionsAsItems ? `（${s}）` : `${s}、`);
  return measures.map((m) => {
    // a section read as one measure (六、职责分工) is labelled by the section's own label
    if (!m.section || splitQualified(m.label) || isWholeSection(m)) return m;
    const own = m.group && grouped ? `${m.group}${m.label}` : m.label;
    return { ...m, label: `${section(m.section)}${own}` };
  });
}

/** What a citation reads: the label and number, and the section where known (a section read as one measure). */
export type Cited = Pick<Measure, 'label' | 'number'> & { section?: string | null };

/**
 * The measure as a user cites it in a sentence or a header: 第3条 where the label's number is the measure's number
 * (1., （三）, 第三条 alike), the label's numeral where they differ, 第二部分第3条 where the label names its section,
 * and 第一部分第二项第1条 where it names a middle heading too (一、（二）1.; 第二项第1条 for （二）1.). `noun` is 条 or 项,
 * after the wording of the text it goes into; after a 项 the measure is always a 条. A section read as one measure
 * (label 六、 in section 六) is 第六部分, whatever the noun.
 */
export function measureCitation(m: Cited, noun: '条' | '项' = '条'): string {
  const label = m.label.trim();
  if (isWholeSection(m)) return `第${m.section}部分`;
  const article = readLabel(label);
  if (article?.style === 'article' && article.value !== m.number) return label;
  const path = splitQualified(label);
  if (!path) {
    const numeral = article === null || article.value === m.number ? String(m.number) : article.numeral;
    return `第${numeral}${noun}`;
  }
  // a part (一、) is a 部分, an item (（二）) a 项, an article (第三条) cited as written
  const item = (l: LineLabel) => (l.style === 'article' ? l.label : `第${l.numeral}项`);
  const words = [path.section.style === 'cn' ? `第${path.section.numeral}部分` : item(path.section)];
  if (path.group) words.push(item(path.group));
  const after = words[words.length - 1];
  const ownNoun = after.endsWith('项') ? '条' : after.endsWith('条') ? '项' : noun;
  return path.own.style === 'article' ? `${words.join('')}${path.own.label}` : `${words.join('')}第${path.own.numeral}${ownNoun}`;
}

/**
 * Measures of a policy cited at once, by number: 第3、5条 where each is cited by its number, else each in full
 * (第一部分第2条、第二部分第1条). A number the policy does not have is cited as 第N条.
 */
export function citeMeasureList(measures: readonly Cited[], numbers: readonly number[], noun: '条' | '项' = '条'): string {
  const cite = measureCiter(measures, noun);
  const cited = numbers.map(cite);
  return cited.every((c, k) => c === `第${numbers[k]}${noun}`) ? `第${numbers.join('、')}${noun}` : cited.join('、');
}

/**
 * Citation by number for a list or a table of one policy's rows: each number cited as its measure (第二部分第1条),
 * a number the policy does not have (or no measures at all, still loading) as 第N条.
 */
export function measureCiter(measures: readonly Cited[], noun: '条' | '项' = '条'): (number: number) => string {
  const byNumber = new Map(measures.map((m) => [m.number, m] as const));
  return (number) => measureCitation(byNumber.get(number) ?? { label: '', number }, noun);
}
