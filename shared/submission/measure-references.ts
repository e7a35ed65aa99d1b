// Explicit references to the policy's measures: 第6条, 第十四条, 第（十）项, 第6、7条, 第6至8条, 任务八,
// 第二部分第3条 where the numbering restarts in each section, 第一部分第（二）项第1条, 一（二）1 and （二）1 where it
// restarts under each middle heading (the measure labelled 一、（二）1.),
// （三） where the policy numbers its measures that way, numbered headings that repeat a measure's
// title, and table rows whose first cell is a measure number. Numbers that are not references
// (培训200名, 第3季度) and clauses of other documents (《…》第6条, 条例第6条: article-owner) are left alone.
import { parseChineseNumber } from '../text/cn-numerals';
import { normalizeForMatching, normalizedText, originalSpan, type Normalized } from '../text/normalize';
import type { PolicyExtract } from '../types';
import { isWholeSection, measurePlace, ownLabel } from '../extract/measure-citation';
import { styleRank } from '../extract/policy-numbering';
import { articleOwner } from './article-owner';
import { titleOverlap } from './title-overlap';

export { titleOverlap };

export interface ReferenceHit {
  measure: number;
  /** Offsets in the original paragraph text. */
  start: number;
  end: number;
}

export interface ReferenceContext {
  numbers: Set<number>;
  titles: Map<number, string>;
  /** The policy numbers its measures （一）（二）…: a bare （三） can point at measure 3. */
  parenStyle: boolean;
  /**
   * A measure by its section, its middle heading where its label names one, and its own number there: "2||3"
   * (第二部分第3条, the measure 二、3.), "1|2|1" (第一部分第（二）项第1条, the measure 一、（二）1.) → the measure's number.
   */
  bySection: Map<string, number>;
  /** Sections whose labels name their middle headings: there 第一部分第1条 names no one measure. */
  groupedSections: Set<number>;
  /** Measures by middle heading and own number, "2|1" (（二）1) → the measures so labelled in any section. */
  byGroup: Map<string, number[]>;
  /** Measures labelled as written, numbered finer than （一） (12.): a middle heading may stand over them, unnamed. */
  runOn: Set<number>;
  /** Sections read as one measure (六、职责分工), by the section's number: 第六部分 alone names that measure. */
  wholeSections: Map<number, number>;
  policyTitle: string;
  docNumber: string | null;
}

const NUM = '(?:\\d{1,3}|[一二三四五六七八九十百零〇两]{1,4})';
const ITEM = `(?:${NUM}|（${NUM}）)`;
const SEP = '(?:、|，|和|及|与|至|到|-|—|－|~|～)';
const ARTICLE_RE = new RegExp(`第(${ITEM}(?:${SEP}第?${ITEM})*)(条|项)`, 'g');
const PAREN_RE = new RegExp(`（(${NUM})）`, 'g');
// 第二部分第3条, 第二部分第（三）项: a measure cited with its section, where numbering restarts in each.
const SECTION_ARTICLE_RE = new RegExp(`第([一二三四五六七八九十]{1,3})部分第?(${ITEM})(?:条|项)`, 'g');
// 第一部分第（二）项第1条, 第一部分第二项第1条, 一（二）1, 一、（二）1., （二）1, 第（二）项第1、2条: a measure cited with its middle
// heading, with or without its section, where the numbering restarts under each middle heading.
const CN_NUM = '[一二三四五六七八九十]{1,3}';
const GROUPED_RE = new RegExp(
  `(?:第(${CN_NUM})部分|(?:第|(?<![\\u4e00-\\u9fff]))(${CN_NUM})、?(?=（))?(?:第?（(${CN_NUM})）(?:项|条)?|第(${CN_NUM})项)第?(${NUM}(?:${SEP}第?${NUM})*)(条|项|点)?`,
  'g',
);
// What makes the number after a middle heading a count or an amount, where no 条 or 项 follows: （二）12个, （二）1.5亿元.
const GROUPED_COUNT = /^(?:[.．]?\d|[个家人万亿千百%％年月日号名次件元台套座所户处批笔吨米亩天周倍级期])/;
// 任务八, 措施3: the item named with its number after it, as a 工作方案's task list is often cited. What
// follows must close the mention (落实情况, a comma, the end), so 任务十分繁重 and 任务三季度 are no references.
const TASK_RE = new RegExp(`(?:任务|措施)(${NUM})(?=$|[\\s，。、；：:,.;！？!?）)”"’（(]|落实|完成|进展|推进|情况|的|中|要求|方面|工作|牵头|配合|共同|和|及|与)`, 'g');
const HEADING_RE = new RegExp(`^(?:第(${NUM})[条项][、.：:]?|(${NUM})[.、]|（(${NUM})）)`);
const MAX_RANGE = 10;

export function referenceContext(extract: PolicyExtract): ReferenceContext {
  return {
    numbers: new Set(extract.measures.map((m) => m.number)),
    titles: new Map(extract.measures.map((m) => [m.number, m.title])),
    parenStyle: extract.measures.some((m) => /^[（(][一二三四五六七八九十百]+[）)]$/.test(ownLabel(m.label))),
    ...placesOf(extract),
    policyTitle: extract.title,
    docNumber: extract.docNumber,
  };
}

/** The measures by where their labels put them (bySection, groupedSections, byGroup). */
function placesOf(extract: PolicyExtract): Pick<ReferenceContext, 'bySection' | 'groupedSections' | 'byGroup' | 'runOn' | 'wholeSections'> {
  const bySection = new Map<string, number>();
  const wholeSections = new Map<number, number>();
  const runOn = new Set<number>();
  const groupedSections = new Set<number>();
  const byGroup = new Map<string, number[]>();
  for (const m of extract.measures) {
    const at = measurePlace(m);
    const section = at ? numberOf(at.section) : null;
    if (!at || section === null) continue;
    if (isWholeSection(m)) wholeSections.set(section, m.number);
    bySection.set(`${section}|${at.group ?? ''}|${at.value}`, m.number);
    if (ownLabel(m.label) === m.label.trim() && styleRank(at.style) > styleRank('paren-cn')) runOn.add(m.number);
    if (at.group !== null) groupedSections.add(section);
    // （二）1 names 一、（二）1., and 1. in the section （二） of a policy with no 一、 level
    const group = at.group ?? (at.sectionAsItem ? section : null);
    if (group !== null) byGroup.set(`${group}|${at.value}`, [...(byGroup.get(`${group}|${at.value}`) ?? []), m.number]);
  }
  return { bySection, groupedSections, byGroup, runOn, wholeSections };
}

function numberOf(s: string): number | null {
  const n = parseChineseNumber(s.replace(/[（）]/g, ''));
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** 6、7 → [6, 7]; 6至8 → [6, 7, 8]. */
function numbersInList(list: string): number[] {
  const out: number[] = [];
  const parts = list.split(new RegExp(`(${SEP})`));
  for (let k = 0; k < parts.length; k += 2) {
    const n = numberOf(parts[k].replace(/^第/, ''));
    if (n === null) continue;
    const sep = parts[k - 1];
    const prev = out[out.length - 1];
    if (sep !== undefined && /至|到|-|—|－|~|～/.test(sep) && prev !== undefined && n > prev && n - prev <= MAX_RANGE) {
      for (let v = prev + 1; v <= n; v++) out.push(v);
    } else {
      out.push(n);
    }
  }
  return out;
}

/**
 * The pattern's matches in the text; none, without running it, when the text lacks every word the pattern
 * opens with: most paragraphs cite no article or task.
 */
function matchesOpening(text: string, pattern: RegExp, openers: string[]): Iterable<RegExpExecArray> {
  return openers.some((w) => text.includes(w)) ? text.matchAll(pattern) : [];
}

/** 第6条, 第十四条, 第（十）项 and lists of them, in the paragraph's own offsets. */
export function articleReferences(original: string, ctx: ReferenceContext, n: Normalized = normalizeForMatching(original)): ReferenceHit[] {
  const hits: ReferenceHit[] = [];
  // 第二部分第3条 names the measure labelled 二、3.; its 第3条 is not measure 3
  const qualified: [number, number][] = [];
  for (const hit of groupedReferences(n, ctx, qualified)) hits.push(hit);
  for (const m of matchesOpening(n.text, SECTION_ARTICLE_RE, ['第'])) {
    if (qualified.some(([s, e]) => m.index >= s && m.index < e)) continue;
    qualified.push([m.index, m.index + m[0].length]);
    if (articleOwner(n.text.slice(0, m.index), ctx) === 'other') continue;
    const value = numberOf(m[2]);
    const section = numberOf(m[1]);
    const measure = value === null ? undefined : ctx.bySection.get(`${section}||${value}`);
    if (measure !== undefined) hits.push({ measure, ...originalSpan(n, m.index, m.index + m[0].length) });
  }
  for (const m of matchesOpening(n.text, ARTICLE_RE, ['第'])) {
    if (qualified.some(([s, e]) => m.index >= s && m.index < e)) continue;
    if (articleOwner(n.text.slice(0, m.index), ctx) === 'other') continue;
    const span = originalSpan(n, m.index, m.index + m[0].length);
    for (const measure of numbersInList(m[1])) if (ctx.numbers.has(measure)) hits.push({ measure, ...span });
  }
  for (const m of matchesOpening(n.text, TASK_RE, ['任务', '措施'])) {
    if (articleOwner(n.text.slice(0, m.index), ctx) === 'other') continue;
    const measure = numberOf(m[1]);
    if (measure !== null && ctx.numbers.has(measure)) hits.push({ measure, ...originalSpan(n, m.index, m.index + m[0].length) });
  }
  if (ctx.wholeSections.size > 0) hits.push(...wholeSectionReferences(n, ctx, qualified));
  if (ctx.parenStyle) hits.push(...parenReferences(n, ctx));
  return hits;
}

// 第六部分, 第六部分“职责分工”: a part of the policy cited alone, with the title it may quote after it.
const SECTION_ALONE_RE = /第([一二三四五六七八九十]{1,3})部分(?:\s*[“"「（(]([^”"」）()]{1,30})[”"」）)])?/g;
// What makes 第六部分 the opening of a finer citation (第六部分第2条, 第六部分（二）1), read by the rules above.
const FINER_CITATION = /^\s*(?:第|[（(][一二三四五六七八九十\d]{1,3}[）)]|[\d一二三四五六七八九十]{1,3}[条项.．、])/;

/**
 * 第六部分 alone, where the policy's section 六、 is read as one measure (六、职责分工, cited 第六部分 by the app): that
 * measure. A section holding several measures is named by no 第N部分 alone, as 第一部分第1条 names none where it is two.
 * Like a numbered heading, a paragraph opening on 第六部分 is the report's own outline unless it repeats the measure's
 * title; a title quoted after it must be the measure's.
 */
function wholeSectionReferences(n: Normalized, ctx: ReferenceContext, taken: [number, number][]): ReferenceHit[] {
  const hits: ReferenceHit[] = [];
  for (const m of matchesOpening(n.text, SECTION_ALONE_RE, ['部分'])) {
    const section = numberOf(m[1]);
    const measure = section === null ? undefined : ctx.wholeSections.get(section);
    if (measure === undefined || taken.some(([s, e]) => m.index >= s && m.index < e)) continue;
    const end = m.index + m[0].length;
    if (m[2] === undefined && FINER_CITATION.test(n.text.slice(end))) continue;
    const title = ctx.titles.get(measure) ?? '';
    if (m[2] !== undefined && titleOverlap(title, m[2]) < HEADING_OVERLAP) continue;
    const opensParagraph = m.index === 0 || n.text[m.index - 1] === '\n';
    if (opensParagraph && m[2] === undefined && titleOverlap(title, n.text.slice(end).split(/[。；：:\n]/)[0].slice(0, 60)) < HEADING_OVERLAP) continue;
    if (articleOwner(n.text.slice(0, m.index), ctx) === 'other') continue;
    hits.push({ measure, ...originalSpan(n, m.index, end) });
  }
  return hits;
}

/**
 * 第一部分第（二）项第1条 and its shorter forms: the measure under that middle heading, in that section where one is
 * named, else the one measure of the policy so labelled. Each span read is added to `taken` where it names a
 * measure, or where the policy's labels name middle headings (so its 第1条 alone is not read as measure 1).
 */
function groupedReferences(n: Normalized, ctx: ReferenceContext, taken: [number, number][]): ReferenceHit[] {
  const hits: ReferenceHit[] = [];
  // most policies name no middle heading: then only 第一部分… can cite one (a numbering that runs on under it)
  for (const m of matchesOpening(n.text, GROUPED_RE, ctx.byGroup.size > 0 ? ['（', '项'] : ['部分'])) {
    const [whole, part, bare, paren, item, list, noun] = m;
    const end = m.index + whole.length;
    if (noun === undefined && (GROUPED_COUNT.test(n.text.slice(end)) || /[一二三四五六七八九十]/.test(list))) continue;
    const sectionWords = part ?? bare;
    const section = sectionWords === undefined ? null : numberOf(sectionWords);
    const group = numberOf(paren ?? item);
    if (group === null) continue;
    const values = numbersInList(list);
    const found = values.flatMap((v) => {
      const measure = section !== null ? inSection(ctx, section, group, v) : onlyOne(ctx.byGroup.get(`${group}|${v}`));
      return measure === undefined ? [] : [measure];
    });
    // a paragraph opening on 「（二）1.」 with no 第/条/项 is a heading: a reference only where it repeats the title
    const heading = !/[第条项]/.test(whole) && (m.index === 0 || n.text[m.index - 1] === '\n') && /^[.．、\s]/.test(n.text.slice(end));
    const named = heading ? found.filter((x) => titleOverlap(ctx.titles.get(x) ?? '', n.text.slice(end).split(/[。；：:\n]/)[0].slice(0, 60)) >= HEADING_OVERLAP) : found;
    const policyGrouped = ctx.groupedSections.size > 0 || (section === null && ctx.byGroup.size > 0);
    if (named.length === 0 && !policyGrouped) continue;
    taken.push([m.index, end]);
    if (articleOwner(n.text.slice(0, m.index), ctx) === 'other') continue;
    const span = originalSpan(n, m.index, end);
    for (const measure of named) hits.push({ measure, ...span });
  }
  return hits;
}

/**
 * The measure a section, middle heading and number name; in a section whose labels name no middle heading, the
 * measure of that number there when the numbering runs on (12. under 一、 cited as 第一部分第（二）项第12条).
 */
function inSection(ctx: ReferenceContext, section: number, group: number, value: number): number | undefined {
  const exact = ctx.bySection.get(`${section}|${group}|${value}`);
  if (exact !== undefined || ctx.groupedSections.has(section)) return exact;
  const runOn = ctx.bySection.get(`${section}||${value}`);
  return runOn !== undefined && ctx.runOn.has(runOn) ? runOn : undefined;
}

function onlyOne(measures: number[] | undefined): number | undefined {
  return measures?.length === 1 ? measures[0] : undefined;
}

/** （三） inside a sentence, when the words around it make it a reference: 关于（三）, （三）项. */
function parenReferences(n: Normalized, ctx: ReferenceContext): ReferenceHit[] {
  const hits: ReferenceHit[] = [];
  for (const m of n.text.matchAll(PAREN_RE)) {
    if (m.index === 0 || n.text[m.index - 1] === '第') continue; // headings and 第（三）项 are handled elsewhere
    const before = n.text.slice(Math.max(0, m.index - 4), m.index);
    const after = n.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (!/(?:关于|落实|对照|意见|方案|清单|任务|措施)$/.test(before) && !/^(?:项|条|任务|措施)/.test(after)) continue;
    const measure = numberOf(m[1]);
    if (measure !== null && ctx.numbers.has(measure)) hits.push({ measure, ...originalSpan(n, m.index, m.index + m[0].length) });
  }
  return hits;
}

// A heading must repeat at least this share of the measure's title to count as a reference to it.
const HEADING_OVERLAP = 0.5;

/**
 * A paragraph opening with a number (6. / 六、 / （六） / 第六条) whose words repeat measure 6's title:
 * the report follows the policy's numbering. A report's own outline (（三）加强宣传) does not, and
 * （六） is the report's own sub-heading unless the policy numbers its measures that way.
 */
export function headingReference(original: string, ctx: ReferenceContext, n: Normalized = normalizeForMatching(original)): ReferenceHit | null {
  const m = HEADING_RE.exec(n.text);
  if (!m || (m[3] !== undefined && !ctx.parenStyle)) return null;
  const measure = numberOf(m[1] ?? m[2] ?? m[3]);
  if (measure === null || !ctx.numbers.has(measure)) return null;
  const rest = n.text.slice(m[0].length);
  const heading = rest.split(/[。；：:\n]/)[0].slice(0, 60);
  const title = ctx.titles.get(measure) ?? '';
  if (titleOverlap(title, heading) < HEADING_OVERLAP) return null;
  return { measure, ...originalSpan(n, 0, m[0].length + heading.length) };
}

const CELL_SEPARATOR = /\s*[|｜\t]\s*/;
const CELL_NUMBER_RE = new RegExp(`^(?:第?(${NUM})[条项]?[.、]?|（(${NUM})）)$`);
// A header cell naming the policy's items rather than a running row count (序号).
const MEASURE_COLUMN_RE = /条|任务|措施|编号|条款|条目/;

export interface TableRow {
  cells: string[];
  /** The measure number in the first cell, if it reads as one. */
  number: number | null;
}

export function tableRow(original: string): TableRow | null {
  if (!/[|｜\t]/.test(original)) return null;
  const cells = original.split(CELL_SEPARATOR).map((c) => c.trim());
  while (cells.length > 0 && cells[0] === '') cells.shift();
  if (cells.length < 2) return null;
  const m = CELL_NUMBER_RE.exec(normalizedText(cells[0]));
  return { cells, number: m ? numberOf(m[1] ?? m[2]) : null };
}

/** Whether a table's header row says its first column holds measure numbers, not a row count. */
export function headerNamesMeasures(header: TableRow | null): boolean {
  if (!header || header.number !== null) return false;
  const first = header.cells[0].replace(/\s/g, '');
  return first !== '序号' && MEASURE_COLUMN_RE.test(first);
}
