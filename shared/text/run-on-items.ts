// Run-on items: a page that lost its paragraph breaks gives a whole list of measures as one paragraph —
// 「…现制定有关措施如下。一、激活市场活力1.发放普惠消费券。…(责任单位:…)2.积极开展房展会活动。…」, or a whole
// policy as one line (「…二、重点任务（一）加强统筹。…（牵头单位：…）（二）…」). A reader still sees where each
// number of the genre's schemes begins (numbering-schemes.ts: 第一章, 第一条, 一、, （一）, 1. or 1、, （1）): the numbers
// of a scheme run on one after the other, each after a full stop or a closing bracket (the duty bracket of the item
// before), or right after a heading of an outer scheme (「一、总体要求（一）指导思想。」), the first of a list also after
// a colon (「具体措施如下：（一）…」); an inner scheme starts again at 1 under each new heading of an outer one. The rule
// gives those places back as paragraph breaks. Numbers inside a sentence stay where they are: 「执行一、二、三星级绿色
// 建筑标准」 and 「按照（一）款」 (no full stop before them), 「（一）（二）项」 (the second right after the first),
// 「按0.8计算」 (a decimal), 「包括：1.机构；2.人员；3.经费」 (an enumeration after a colon and semicolons), and a pair of
// numbers is no list (three items of a scheme at least), unless a lone first item after the introduction runs to the
// end and closes on who answers for it, or its heading closes on a duty bracket (lone-item: a copy holding one
// measure), and the first item after a full stop inside an item so found; an unnumbered heading line between
// the introduction's colon and the first item opens a line of its own (colon-heading). Linear in the paragraph's
// length. Pure.
import { bodyColonLineStarts } from './body-colon-lines';
import { closingParagraphStart } from './closing-paragraph';
import { publicationNoteCuts } from './publication-note';
import { coverLineEnds } from './cover-lines';
import { fieldLineStarts } from './field-lines';
import { headingBodyStart } from './heading-body';
import { itemsAfterDutyBracket } from './items-after-duty-bracket';
import { NUMBERING_SCHEMES, readsAsDecimal, type NumberingScheme } from './numbering-schemes';
import type { LayoutBlock } from './repair';

const STOP = new Set(['。', '！', '？', '!', '?']);
const CLOSING_BRACKET = new Set(['）', ')', '】', '〕']);
const CLOSING_QUOTE = new Set(['”', '」', '』', '’']);
const COLON = new Set(['：', ':']);
const SKIPPED = /[\s\u3000*]/;
/** A heading: short, and no sentence punctuation in it but a comma (「一、坚持系统集成，推动审批全链条优化」). */
const HEADING_PUNCT = /[。；：！？;:]/;
const MAX_HEADING = 40;
/** Below this many numbers of a scheme in one block, the numbers are no run-on list. */
const MIN_ITEMS = 3;
/** How far back past spaces and marks the character before a number is looked for. */
const LOOK_BACK = 8;
/**
 * A field of the item before, with its label (责任单位：, 牵头部门：, 完成时限：, 责任领导：): the list of names or the
 * time it gives runs up to the next number, which opens a new item (duty-field-end).
 */
const FIELD_LABEL = /(?:单位|部门|[处科股]室|领导|时限|时间|节点)(?:要求)?(?:[（(][^（）()]{1,6}[）)])?\s*[：:]/;
/** A number right after one of these continues an enumeration (「1、2、3月」), whatever field it stands in. */
const LIST_SEPARATOR = new Set(['、', '，', ',', '；', ';']);
const FIELD_STOP = new Set(['。', '！', '？', '；', ';']);
/** The date or the document number that closes a line of a cover notice (front-matter-end). */
const FRONT_MATTER_END = /(?:月[\d一二三四五六七八九十〇]{1,3}日|[〕］\]]\d{1,4}号)$/;
/** The kind of document closing its title: the first number of a list may follow it (title-then-list). */
const TITLE_END = /(?:方案|意见|通知|计划|分解|分工|清单|要点|措施|办法|细则|规定|决定)$/;
/** How far back a field's label is looked for. */
const FIELD_REACH = 160;
/** Semicolons, and a heading of a few characters closed by a colon right after its number (heading-colon-list). */
const SEMICOLON = new Set(['；', ';']);
const MAX_COLON_HEADING_TEXT = 10;
const COLON_HEADING = new RegExp(`^[\\u4e00-\\u9fa5]{2,${MAX_COLON_HEADING_TEXT}}[：:]`);
/** Characters an unnumbered heading holds at least between a colon and the first item (colon-heading). */
const MIN_COLON_HEADING = 4;
/** Words that make a bracket or a closing sentence say who answers for the item (lone-item). */
const DUTY = /牵头|负责|主办|协办|配合|责任(?:单位|部门)/;
/** A heading closing on a duty bracket: short, no sentence punctuation before the bracket (lone-item). */
const HEADED_BY_DUTY = /^[^。；：！？;:（()）]{2,40}[（(][^（）()。；]{0,60}?(?:牵头|负责|责任单位|配合)[^（）()]{0,40}[）)]/;
/** How much of a block's end is looked at for the duty that closes a lone item. */
const DUTY_TAIL = 200;

interface Marker {
  at: number;
  end: number;
  value: number;
  /** A number of an outer scheme too few to be a list of its own: kept only as the heading of inner items. */
  tentative?: boolean;
  /** The outer number whose heading this one follows. */
  under?: Marker;
  /** The number reads as a decimal too: it only goes on with a list begun. */
  decimal?: boolean;
  /** Where an unnumbered heading over the first item begins, right after a colon (colon-heading). */
  headingAt?: number;
}

type Opening = 'start' | 'stop' | 'colon' | 'title' | 'heading' | null;

function markersOf(text: string, scheme: NumberingScheme): Marker[] {
  const found: Marker[] = [];
  for (const m of text.matchAll(scheme.pattern)) {
    const at = m.index ?? 0;
    if (/[\d.．A-Za-z一二三四五六七八九十百零第]/.test(text[at - 1] ?? '')) continue; // part of a number or a code
    // in a spaced copy, the spaced halves of a figure (「20 21 、」) are one number
    if (m[0].includes(' ') && text[at - 1] === ' ' && /[\d.．]/.test(text[at - 2] ?? '')) continue;
    const value = scheme.read(m[1]);
    const end = at + m[0].length;
    if (value !== null && value > 0) found.push(readsAsDecimal(text, end) ? { at, end, value, decimal: true } : { at, end, value });
  }
  return found;
}

/** Index of the last character before `at` that is not a space or a markdown mark; -1 at the start. */
function previousIndex(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && at - i <= LOOK_BACK && SKIPPED.test(text[i])) i--;
  return i;
}

// closed-field: a field opened inside a bracket ends where its bracket closes (「…增长6%。(牵头单位:县发展和改革局)2.一般
// 公共预算收入增长3.5%左右。」, 金乡县 2025年政府重要工作事项责任分工): a number after that bracket stands in the next
// item's text, where a decimal (3.5%) is a figure, not the end of a field's list.
const FIELD_LABEL_ALL = new RegExp(FIELD_LABEL.source, 'g');
/** The sentence that runs up to `at` is a labelled field (责任单位：A、B), not closed by the bracket it opened in. Looks
 *  back no further than FIELD_REACH. */
function inField(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= FIELD_REACH && !FIELD_STOP.has(text[i])) i--;
  const part = text.slice(i + 1, at);
  const label = [...part.matchAll(FIELD_LABEL_ALL)].pop();
  if (label === undefined) return false;
  // a closing bracket after the label that no bracket after it opened closes the bracket the field stands in
  let depth = 0;
  for (const ch of part.slice((label.index ?? 0) + label[0].length)) {
    if (/[（(]/.test(ch)) depth++;
    else if (/[）)]/.test(ch) && --depth < 0) return false;
  }
  return true;
}

/**
 * Where a short heading line of no number begins, when one stands between a colon and the number at `at`
 * (「…提出如下任务分工:总体要求和主要预期目标1。在以…」); null otherwise.
 */
function headingAfterColon(text: string, at: number): number | null {
  for (let i = at - 1; i >= 0 && at - i <= MAX_HEADING + 1; i--) {
    if (COLON.has(text[i])) return at - i - 1 >= MIN_COLON_HEADING ? i + 1 : null;
    if (HEADING_PUNCT.test(text[i]) || /[，,、（）()\d]/.test(text[i])) return null;
  }
  return null;
}

/**
 * The item that runs from `at` to the end of the block closes on who answers for it: a duty bracket
 * (「…(市政府各部门分别负责,年内持续推进)」) or a closing sentence naming the lead (「省水利厅牵头,…等单位配合。」).
 */
function closesOnDuty(text: string, at: number): boolean {
  const tail = text.slice(Math.max(at, text.length - DUTY_TAIL)).trimEnd();
  const bracket = /[（(]([^（）()]{1,120})[）)]$/.exec(tail);
  if (bracket) return DUTY.test(bracket[1]);
  const sentence = /([^。！？；;（）()]{1,80})[。；;]$/.exec(tail);
  return sentence !== null && DUTY.test(sentence[1]);
}

// bracket-decimal: a number that reads as a decimal too opens an item after a closing bracket only where that bracket
// names who answers (「…增长6%。(牵头单位:县发展和改革局)2.…」); after any other bracket it is a figure
// (「2027年…（徐行片区）1.38」, a table's cells run together).
/** The bracket closing at `close` names who leads or answers. */
function closesDutyBracket(text: string, close: number): boolean {
  let depth = 0;
  for (let k = close; k >= 0 && close - k <= DUTY_TAIL; k--) {
    if (CLOSING_BRACKET.has(text[k])) depth++;
    else if (/[（(]/.test(text[k]) && --depth === 0) return DUTY.test(text.slice(k + 1, close));
  }
  return false;
}

/** The heading after a number closes on a bracket naming who leads or answers (「一、强化科技创新(区科技局牵头)」). */
function headedByDuty(text: string, end: number): boolean {
  return HEADED_BY_DUTY.test(text.slice(end, end + MAX_HEADING + 100));
}

/** Index of the last marker (sorted by place) that ends at or before `at`, or -1. */
function lastBefore(markers: Marker[], at: number): number {
  let lo = 0;
  let hi = markers.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid].end <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Offsets (after 0) at which a block that runs numbered items together opens a new paragraph; empty when it is no
 * run-on list.
 */
export function runOnItemStarts(text: string): number[] {
  const all = NUMBERING_SCHEMES.map((scheme) => ({ scheme, markers: markersOf(text, scheme) }));
  /** Places where a number of any scheme closes: a bracket there belongs to a number, not to a duty bracket. */
  const numberEnds = new Set(all.flatMap((x) => x.markers.map((m) => m.end)));
  /** The numbers kept so far, of the outer schemes, in order of place. */
  let outer: Marker[] = [];
  const starts = new Set<number>();

  const opening = (m: Marker): Opening => {
    const at = m.at;
    m.under = undefined;
    const i = previousIndex(text, at);
    if (i < 0) return 'start';
    const ch = text[i];
    const h = lastBefore(outer, at);
    if (h >= 0) {
      const heading = text.slice(outer[h].end, at);
      // a heading may close on a full stop of its own (「（一）总体要求和主要预期目标。1.…」: heading-stop), or on a colon
      // (「三、整治任务:1.…」: heading-colon-list)
      if (at - outer[h].at <= MAX_HEADING && !HEADING_PUNCT.test(heading.trimEnd().replace(/[。：:]$/, ''))) {
        m.under = outer[h];
        return 'heading';
      }
      // heading-colon-list: under a short heading closed by a colon (「三、整治任务:1.清理…;2.全面…;3.做好…。四、」,
      // 高庄镇, 2021), the section's items follow one another after semicolons; an enumeration inside a sentence
      // (「包括：1.机构；2.人员」) stands under no such heading
      if (SEMICOLON.has(ch) && COLON_HEADING.test(text.slice(outer[h].end, outer[h].end + MAX_COLON_HEADING_TEXT + 1))) return 'stop';
    }
    if (STOP.has(ch)) return 'stop';
    if (CLOSING_BRACKET.has(ch) && !numberEnds.has(i + 1) && (!m.decimal || closesDutyBracket(text, i))) return 'stop';
    if (CLOSING_QUOTE.has(ch) && STOP.has(text[i - 1] ?? '')) return 'stop';
    if (!LIST_SEPARATOR.has(ch) && inField(text, at)) return 'stop';
    if (FRONT_MATTER_END.test(text.slice(Math.max(0, i - 8), i + 1))) return 'stop';
    if (COLON.has(ch)) return 'colon';
    if (TITLE_END.test(text.slice(Math.max(0, i - 2), i + 1))) return 'title';
    // a heading line of no number between the colon and the first item (「提出如下任务分工:总体要求和主要预期目标1。」)
    const colon = headingAfterColon(text, at);
    if (colon !== null) {
      m.headingAt = colon;
      return 'colon';
    }
    return null;
  };

  for (const rank of [...new Set(NUMBERING_SCHEMES.map((s) => s.rank))]) {
    const kept: Marker[] = [];
    for (const { scheme, markers } of all) {
      if (scheme.rank !== rank) continue;
      const runs: { markers: Marker[]; openedBy: Opening }[] = [];
      let current: { markers: Marker[]; openedBy: Opening } | null = null;
      /** A number in its place in the run that nothing marks as opening an item (after a caption, a table's cell). */
      let bridge: Marker | null = null;
      /** How many numbers of the scheme stand where an item may open. */
      let opened = 0;
      for (const m of markers) {
        const how = opening(m);
        if (how !== null) opened++;
        const last = current?.markers[current.markers.length - 1];
        if (how === null) {
          if (last && m.value === last.value + 1 && !m.decimal) bridge = m;
          continue;
        }
        if (current && last && m.value === last.value + 1) {
          current.markers.push(m);
          continue;
        }
        if (m.decimal) continue;
        // the run goes on past a number in its place: 「一、…。图1 示意图二、重点任务…。三、…」 (run-gap)
        if (current && last && bridge && bridge.at > last.at && m.value === bridge.value + 1) {
          current.markers.push(bridge, m);
          bridge = null;
          continue;
        }
        // a list starts again at 1 only under a new outer heading, or after the title of the document a cover sends;
        // the first list may start anywhere
        const underNewHeading = last !== undefined && lastBefore(outer, m.at) > lastBefore(outer, last.at);
        if (current === null || (m.value === 1 && (underNewHeading || how === 'title'))) {
          current = { markers: [m], openedBy: how };
          runs.push(current);
        }
      }
      // a number alone is no list, nor is a pair, unless it opens the items under a heading of an outer scheme: 「一、
      // 工作分工（一）关于…。（二）关于…」, 「一、提升服务效能1.加大放权力度。…」
      const underHeading = (r: { markers: Marker[]; openedBy: Opening }) => r.openedBy === 'heading' && r.markers[0].value === 1;
      /** A list started again after the title of the document a cover sends (the cover's own 一、二、三 before it). */
      const afterTitle = (r: { markers: Marker[]; openedBy: Opening }, k: number) => k > 0 && r.openedBy === 'title' && r.markers[0].value === 1;
      // a lone first item of the block's scheme, after the cover, a title or an introduction, that runs to the block's
      // end and closes on who answers for it (lone-item): 「…现提出以下意见:一、推进重大项目建设…(A牵头;B配合)」
      /** The lone number opens, after a full stop, the first item inside an outer item kept (「一、…。(一)加强…」). */
      const underKeptItem = (r: { markers: Marker[]; openedBy: Opening }) => {
        const h = lastBefore(outer, r.markers[0].at);
        return r.openedBy === 'stop' && h >= 0 && !outer[h].tentative;
      };
      const lone =
        runs.length === 1 &&
        runs[0].markers.length === 1 &&
        runs[0].markers[0].value === 1 &&
        runs[0].openedBy !== null &&
        runs[0].openedBy !== 'heading' &&
        opened === 1 &&
        (closesOnDuty(text, runs[0].markers[0].at) || headedByDuty(text, runs[0].markers[0].end) || underKeptItem(runs[0]));
      const lists = runs.filter((r, k) => r.markers.length >= 2 || underHeading(r) || afterTitle(r, k) || lone);
      const count = lists.reduce((n, r) => n + r.markers.length, 0);
      if (count < MIN_ITEMS && !lists.some(underHeading) && !lone) {
        for (const r of runs) kept.push(...r.markers.map((m) => ({ ...m, tentative: true })));
        continue;
      }
      for (const r of lists) kept.push(...r.markers);
    }
    for (const m of kept) {
      if (m.tentative) continue;
      starts.add(m.at);
      if (m.headingAt !== undefined) starts.add(m.headingAt);
      if (m.under?.tentative) starts.add(m.under.at);
    }
    outer = [...outer, ...kept].sort((a, b) => a.at - b.at);
  }
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
    // the notice's publication note, run on between its signature and an attachment (publication-note)
    const notes = block.standalone || block.heading ? [] : publicationNoteCuts(block.text);
    if (starts.length === 0 && notes.length === 0) {
      out.push(block);
      continue;
    }
    // a heading run into the paragraph under it is cut where the paragraph begins (heading-body)
    const bounds = [0, ...starts, block.text.length];
    const bodies = starts.length === 0 ? [] : bounds.slice(0, -1).flatMap((s, k) => {
      const piece = block.text.slice(s, bounds[k + 1]);
      const h = headingBodyStart(piece);
      // the measure's labelled fields, run on into it, each a line again (field-lines)
      const fields = k === 0 ? [] : fieldLineStarts(piece).map((f) => s + f);
      // the bodies' paragraphs of a division of work, run on into each other (body-colon-lines)
      const bodies = k === 0 ? [] : bodyColonLineStarts(piece).map((f) => s + f);
      return h === null ? [...fields, ...bodies] : [s + h, ...fields, ...bodies];
    });
    // the cover notice before the list, its lines run together (cover-lines)
    const cover = starts.length > 0 ? coverLineEnds(block.text, starts[0]) : [];
    // the paragraphs after the last measure's duty bracket (closing-paragraph)
    const lastStart = starts[starts.length - 1] ?? 0;
    const closing = starts.length > 0 ? closingParagraphStart(block.text.slice(lastStart)) : null;
    const tail = closing === null ? [] : [lastStart + closing];
    const cuts = [...new Set([...bounds, ...bodies, ...cover, ...tail, ...notes])].sort((a, b) => a - b);
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
