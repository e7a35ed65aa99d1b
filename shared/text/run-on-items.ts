// Run-on items: a page that lost its paragraph breaks gives a whole list of measures as one paragraph —
// 「…现制定有关措施如下。一、激活市场活力1.发放普惠消费券。…(责任单位:…)2.积极开展房展会活动。…」. A reader still
// sees where each section heading (一、二、三…) and each numbered item (1. 2. 3.…) begins: the numbers run on one after
// the other, each section heading after a full stop or a closing bracket, each item after one of those or right after a
// section heading. The rule gives those places back as paragraph breaks. Numbers inside a sentence stay where they are:
// 「执行一、二、三星级绿色建筑标准」 (no full stop before 一、), 「按0.8计算」 (a decimal), 「包括：1.机构；2.人员；3.经费」
// (an enumeration after a colon and semicolons), and a pair of numbers is no list (three items at least). Pure.
import { parseChineseNumber } from './cn-numerals';
import { itemsAfterDutyBracket } from './items-after-duty-bracket';
import type { LayoutBlock } from './repair';

/** Characters after which a new item may begin: a full stop, or a closing bracket (the duty bracket of the item before). */
const ITEM_BOUNDARY = /[。！？!?）)】〕]$/;
const SECTION = /[一二三四五六七八九十]{1,3}、/g;
const ITEM = /\d{1,3}[.．](?![\d.．])/g;
/** A section heading: no sentence punctuation in it, and short. */
const HEADING_PUNCT = /[，。；：！？,;:]/;
const MAX_HEADING = 40;
/** Below this many numbered items in one block, the numbers are no run-on list. */
const MIN_ITEMS = 3;

interface Candidate {
  at: number;
  value: number;
}

function candidates(text: string, pattern: RegExp, read: (token: string) => number | null): Candidate[] {
  const found: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    if (/[\d.．A-Za-z]$/.test(before)) continue; // part of a number or a code
    const value = read(m[0].replace(/[、.．]$/, ''));
    if (value !== null) found.push({ at, value });
  }
  return found;
}

/** The longest run of consecutive numbers among the candidates, each accepted where `allowed` says it may begin. */
function chain(found: Candidate[], allowed: (c: Candidate, first: boolean) => boolean): number[] {
  let best: number[] = [];
  for (let s = 0; s < found.length; s++) {
    if (!allowed(found[s], true)) continue;
    const run = [found[s].at];
    let expected = found[s].value + 1;
    for (let k = s + 1; k < found.length; k++) {
      if (found[k].value !== expected || !allowed(found[k], false)) continue;
      run.push(found[k].at);
      expected++;
    }
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * Offsets (after 0) at which a block that runs numbered items together opens a new paragraph; empty when it is no
 * run-on list.
 */
export function runOnItemStarts(text: string): number[] {
  const atBoundary = (at: number) => at === 0 || ITEM_BOUNDARY.test(text.slice(0, at).trimEnd());
  const sections = chain(candidates(text, SECTION, parseChineseNumber), (c) => atBoundary(c.at));
  /** The text between the last section heading before `at` and `at` is that heading alone. */
  const afterHeading = (at: number) => {
    const start = Math.max(-1, ...sections.filter((s) => s < at));
    if (start < 0) return false;
    const heading = text.slice(start, at);
    return heading.length <= MAX_HEADING && !HEADING_PUNCT.test(heading);
  };
  const items = chain(candidates(text, ITEM, (t) => Number(t)), (c) => atBoundary(c.at) || afterHeading(c.at));
  if (items.length < MIN_ITEMS) return [];
  const starts = new Set([...items, ...sections]);
  starts.delete(0);
  return [...starts].sort((a, b) => a - b);
}

/**
 * Splits each block that runs numbered items together into one block an item (tables and headings left alone): a
 * run-on list, else items run on after a duty bracket (items-after-duty-bracket).
 */
export function splitRunOnItems(blocks: LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const block of blocks) {
    const runOn = block.standalone || block.heading ? [] : runOnItemStarts(block.text);
    const starts = runOn.length > 0 || block.standalone || block.heading ? runOn : itemsAfterDutyBracket(block.text);
    if (starts.length === 0) {
      out.push(block);
      continue;
    }
    const cuts = [0, ...starts, block.text.length];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const text = block.text.slice(cuts[k], cuts[k + 1]).trim();
      if (text === '') continue;
      const start = Math.min(block.end, block.start + cuts[k]);
      const end = Math.min(block.end, block.start + cuts[k + 1]);
      const part: LayoutBlock = k === 0 ? { ...block, text, end } : { text, start, end, gap: 'break' };
      if (block.page !== undefined) part.page = block.page;
      out.push(part);
    }
  }
  return out;
}
