// Step 3 of policy extraction: sections and measures.
//
// Which numbering is the measure level: 第一条 when articles are used; otherwise the level whose items
// carry the responsibilities (a 一、 section holds many 1. measures, each with its own "（…牵头…）"), the
// coarser level winning a tie; with no responsibilities at all, the level just under the sections.
// Sections are the level above (一、, else 第一章).
//
// Measure numbers: the number as written when the numbering runs on through the whole policy (1 … 29
// across sections); when it starts again in each section, measures are numbered 1 … N in reading order
// and `label` keeps the numbering as written, with the section in front ("二、3."), and the middle heading too
// where the numbering starts again under each of those ("一、（二）1.", middle-level-restart in measure-citation.ts).
import type { MiddleHeading, Section } from '../types';
import { isDutyCellLine } from '../text/repair';
import { endsMidSentence, type PolicyLine } from './policy-lines';
import { firstSentence, stripEnd } from './measure-text';
import { readLabel, styleRank, type LabelStyle, type LineLabel } from './policy-numbering';
import { assignFromTable } from './division-table';
import { isCoverRequirementList } from './cover-requirements';
import { numberingRestarts, sectionQualifiedLabels } from './measure-citation';
import { readLabelInSequence } from './numbered-title';
import { subMeasureStarts } from './sub-measures';
import { headedSubItemStarts } from './headed-sub-items';
import { dutyLabelAt, otherFieldAt } from './duty-label';
import { isDutyFieldItem } from './duty-field-item';
import { dividesByParagraph } from './division-paragraphs';
import { closesOnDutyLine } from './section-duty-line';
import { dividesBySentence } from './division-sentences';
import { isTableRow, readTable, type MeasureItem, type MeasureRegion } from './policy-table';
import { prefersTaskList } from './attached-task-list';
import { leadOfHeading } from './lead-heading';
import { isOpeningFrameTitle } from './opening-frame';

export interface MeasureDraft {
  number: number;
  label: string;
  section: string | null;
  /** The heading between the section and the measure it sits under (（一）深化商事制度改革), where there is one. */
  middleHeading?: MiddleHeading;
  title: string;
  /** The measure without its label; lines split mid-sentence joined, others separated by "\n". */
  text: string;
  paragraphs: number[];
}

export interface PolicyStructure {
  sections: Section[];
  measures: MeasureDraft[];
  warnings: string[];
}

/** The words of a passage that assign a duty (a responsibility parenthesis, a 责任单位： line), or null. */
export type DutyReader = (text: string) => string | null;
type DutyTest = (text: string) => boolean;

interface Labelled {
  index: number;
  label: LineLabel;
}

// Lines after which no measure goes on: the attachment list, copy-to line, print line, publication note.
// attachment-table-list: a list of attached tables (「附表：1、“十四五”期间…推进计划表」) ends the text as 附件： does.
const STOP_LINE = /^(?:附[件表]\s*[\d一二三四五六七八九十]*\s*[：:]|抄送[：:]|[（(]此件.{0,8}[）)]$)|印发$/;
// The heading of an attachment ("附件", "附件2"): after measures, the text they belong to has ended.
const ATTACHMENT_HEADING = /^附[件表]\s*[\d一二三四五六七八九十]*$/;
const TIME_LABEL = /^(?:完成|办结)?(?:时限|时间节点|完成时间|期限|时间要求)\s*[：:]/;
// Other fields of a task list's item: 工作内容：…, 具体措施：…, 工作目标：….
const TASK_FIELD = /^[\u4e00-\u9fff]{0,4}(?:内容|措施|目标|要求|任务|举措|标准|成效)\s*[：:]/;
// A numbered field of an item: a short label naming what the field gives (督查时间：, 督查对象：, 人员安排：, 督查要求：) and a
// colon opening the line; a body's name before a colon (1．环卫公司：…) heads a division of duties instead.
const NUMBERED_FIELD = /^\s*[\u4e00-\u9fff]{0,4}(?:时间|时限|对象|安排|要求|内容|方式|范围|地点|形式|程序|步骤)\s*[：:]/;
// Sections that frame the tasks rather than assign them (总体要求, 保障措施) and items that only state the
// purpose, scope or entry into force (为…制定本办法, 本办法适用于…, 本措施自…起施行).
// schedule-section: a section titled only 推进计划 / 推进步骤 / 推进安排 sets out the phases of the work (启动阶段, 实施阶段,
// 提升阶段, each with its window), as 实施步骤 does: it frames the tasks (沈阳市城镇房屋安全管理三项制度工作方案, 2024).
// target-section: a section titled only 目标任务 states the targets of the whole work (「到2025年，全区建成…」), as 工作目标
// does (奉贤区关于进一步推进应急避难场所建设的实施方案, 2022).
const FRAME_SECTION = /^推进(?:计划|步骤|安排)$|^目标任务$|总体要求|指导思想|基本原则|工作原则|(?:工作|主要|总体)目标|适用范围|总则|附则|(?:工作|实施)范围$|保障措施|组织保障|工作保障|保障机制|工作要求|有关要求|几点要求|组织实施|实施步骤|工作步骤|进度安排|时间安排|工作安排/;
// content-section: a section titled only as what the work consists of (二、项目内容, 建设内容, 改造内容) states the task
// itself, as 主要任务 does (「原则上选取100平方米以上的…场所进行改造。一要增设…。二要加装…」, 虹应急〔2026〕2号)
const TASK_SECTION = /(?:主要|重点|工作)任务$|^(?:项目|建设|改造|工作)内容$/;
// dated-section: a section numbering no items whose paragraph closes on the day its work is due (「…以上工作要在2019年
// 2月底前完成。」, 国办发〔2018〕127号 二、, beside sections over numbered points) is a task of its own; the paragraph
// may run on from the heading's own line, as in a copy that lost its breaks
const DATED_CLOSE = /(?:以上|上述|此项|该项)?工作(?:要|须|应|需)?(?:在|于)\d{4}年\d{1,2}月(?:底|末|\d{1,2}日)?(?:前|之前)完成。?$/;
function closesOnDueDay(sectionLines: string[]): boolean {
  const last = sectionLines[sectionLines.length - 1] ?? '';
  return DATED_CLOSE.test(last.split(/(?<=。)(?=.)/).pop() ?? '');
}
const DUTY_TITLE = /^[\u4e00-\u9fa5]{0,8}(?:职责|职责分工|工作分工|责任分工)$/;
// (an article headed by its title on a line of its own (目的和依据), the words after the title; 本若干意见 as 本意见;
// scope-article: a sentence closing on 适用本办法 states the scope, 「本镇行政区域内村庄道路的建设和养护管理，适用本办法。」)
const FRAME_ITEM = /^(?:[\u4e00-\u9fa5]{2,12}\n)?(?:为(?:了)?[^。\n]{0,400}(?:制定|特制定|现制定)本|本(?:实施|若干)?(?:意见|方案|通知|办法|细则|措施|规定)(?:适用|所称|自|由|有效期|未尽)|[^。\n]{2,60}适用本(?:实施)?(?:意见|方案|办法|细则|措施|规定)。?(?:\n|$))/;
// What follows the last measure: 本意见自…施行, 各镇街、各部门…要及时向区政府报告.
// report-request: a request opening on 请各… that the returns of the whole work be sent by a day (「请各区民政局、市属单位于
// 8月15日前将…整改情况报市民政局养老服务处。」, 沪民养老发〔2024〕11号) is the notice's, no measure's.
const CLOSING_PHRASE = /^本(?:实施)?(?:意见|方案|通知|办法|细则|措施|规定)(?:自|由|从|有效期|所称)|^各.{0,40}(?:要|应|须).{0,60}(?:报告|报送|反馈)|^请各[^。]{0,40}(?:于|在)[^。]{0,20}前将[^。]{0,80}(?:情况|结果|总结)(?:报送?|报告|反馈)/;

function blockText(lines: PolicyLine[], from: number, to: number): string {
  return lines.slice(from, to).map((l) => l.text).join('\n');
}

/**
 * Items of `style` and the lines they cover: up to the next label of the same or a coarser level. Read from the end,
 * keeping the nearest such label, so a text of tens of thousands of labels costs one pass.
 */
function blocksOf(style: LabelStyle, labelled: Labelled[], end: number): { start: number; end: number }[] {
  const rank = styleRank(style);
  const out: { start: number; end: number }[] = [];
  let next = end;
  for (let k = labelled.length - 1; k >= 0; k--) {
    const l = labelled[k];
    if (l.label.style === style) out.push({ start: l.index, end: next });
    if (styleRank(l.label.style) <= rank) next = l.index;
  }
  return out.reverse();
}

/** Where in `labelled` (ordered by line) the first label on a line at or after `index` is. */
function labelPosition(labelled: Labelled[], index: number): number {
  let lo = 0;
  let hi = labelled.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (labelled[mid].index < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The label on line `index`, if any. */
function labelAt(labelled: Labelled[], index: number): Labelled | undefined {
  const l = labelled[labelPosition(labelled, index)];
  return l && l.index === index ? l : undefined;
}

/** The labels on the lines strictly between `start` and `end`. */
function labelsWithin(labelled: Labelled[], start: number, end: number): Labelled[] {
  return labelled.slice(labelPosition(labelled, start + 1), labelPosition(labelled, end));
}

/** A line that is only a responsibility in brackets: "（责任单位：市直各有关单位、各县（市、区）人民政府）". */
function isDutyLine(text: string, hasDuty: DutyTest): boolean {
  return /^[（(〔【].*[）)〕】]$/.test(text) && hasDuty(text);
}

/**
 * A block's text for counting duties. Sub-points (1)…(4) followed by one duty line on its own: the line assigns
 * the item the points belong to, not the last point, when none of the points before assigns anything.
 */
function ownText(lines: PolicyLine[], labelled: Labelled[], style: LabelStyle, b: { start: number; end: number }, hasDuty: DutyTest): string {
  // a duty on a heading over finer items is the section's, handed down to its items
  if (headingDuty(lines, labelled, style, b, hasDuty) !== null) return blockText(lines, b.start + 1, b.end);
  const text = blockText(lines, b.start, b.end);
  const last = lines[b.end - 1];
  if (!last || b.end - 1 === b.start || !isDutyLine(last.text, hasDuty)) return text;
  const rank = styleRank(style);
  const k = labelPosition(labelled, b.start);
  const next = labelled[labelPosition(labelled, b.end)];
  if (next && styleRank(next.label.style) >= rank) return text;
  const siblings: Labelled[] = [];
  for (let j = k - 1; j >= 0 && styleRank(labelled[j].label.style) >= rank; j--) if (labelled[j].label.style === style) siblings.push(labelled[j]);
  if (siblings.length === 0) return text;
  const earlierDuty = siblings.some((sib) => {
    let at = labelPosition(labelled, sib.index + 1);
    while (at < labelled.length && styleRank(labelled[at].label.style) > rank) at++;
    const after = labelled[at];
    return hasDuty(blockText(lines, sib.index, after ? after.index : b.start));
  });
  return earlierDuty ? text : blockText(lines, b.start, b.end - 1);
}

const TRAILING_BRACKET = /[（(〔【][^（()）〔〕【】]+[）)〕】]$/;

/**
 * The responsibility written on a heading that has finer items under it ("一、强化科技创新（区科技局牵头）"), or
 * null: the heading is short and ends in the bracket, and the bracket assigns a duty; or the heading names the bodies
 * leading its items ("一、县示范区管委会牵头工作(8项)", lead-heading) and those words assign a duty.
 */
function headingDuty(lines: PolicyLine[], labelled: Labelled[], style: LabelStyle, b: { start: number; end: number }, hasDuty: DutyTest): string | null {
  const own = labelAt(labelled, b.start);
  if (!own) return null;
  const rest = own.label.rest.trim();
  const bracket = TRAILING_BRACKET.exec(rest);
  // lead-heading: the heading names the bodies leading its items (一、县示范区管委会牵头工作(8项))
  const lead = leadOfHeading(rest);
  const duty = lead !== null ? lead : bracket && rest.length - bracket[0].length <= 30 && !/[。；]/.test(rest.slice(0, bracket.index)) ? bracket[0] : null;
  if (duty === null || !hasDuty(duty)) return null;
  const rank = styleRank(style);
  const finer = labelsWithin(labelled, b.start, b.end).some((l) => styleRank(l.label.style) > rank);
  return finer ? duty : null;
}

/** A bare heading: short, no sentence punctuation (一、优化就业创业环境; one comma between two phrases), or marked as a heading. */
function isHeadingLine(line: PolicyLine, label: LineLabel): boolean {
  if (line.heading || (line.boldEnd !== null && line.boldEnd >= line.text.length)) return true;
  // a heading may close with a full stop: （一）总体要求和主要预期目标。
  const rest = label.rest.replace(/[。.]$/, '');
  if (rest.length > 30 || /[。；：！？;:!?]/.test(rest)) return false;
  // two short phrases joined by one comma make a heading too (一、坚持系统集成，推动审批全链条优化), as long as
  // the line carries no bracket and does not close like a sentence
  const commas = (rest.match(/[，,]/g) ?? []).length;
  return commas === 0 || (commas === 1 && rest === label.rest && !/[（(]/.test(rest));
}

/** The nearest non-empty line before the first numbered item, or null. */
function lineBeforeFirstItem(lines: PolicyLine[], labelled: Labelled[]): string | null {
  if (labelled.length === 0) return null;
  for (let i = labelled[0].index - 1; i >= 0; i--) if (lines[i].text.trim() !== '') return lines[i].text;
  return null;
}

/**
 * prose-points: with no written duty anywhere, the level just under the sections holds the measures, unless its items
 * are all bare headings (（一）优化土地供应结构、布局、时序和方式) over finer points of which some make a named body the
 * subject of a duty in their prose (市住建局要及时向市自然资源局反馈…): then the points are the measures, each a task of
 * its own under a heading that only groups them. Items of the heading level with no points under them (the
 * paragraphs of a 保障措施 section) say nothing either way. Points naming no body (1.体检范围和对象。…) stay the content of the
 * heading's measure.
 */
function prosePointsLevel(lines: PolicyLine[], labelled: Labelled[], end: number, candidates: LabelStyle[], proseBody?: DutyTest): LabelStyle | null {
  if (!proseBody || candidates.length < 3) return null;
  const [heading, points] = [candidates[1], candidates[2]];
  // the items over points (a 保障措施 section's own paragraphs (（一）提高思想认识。…) have none)
  const over = labelled.filter((l) => l.label.style === heading && labelAt(labelled, l.index + 1)?.label.style === points);
  if (over.length < 2 || !over.every((l) => isHeadingLine(lines[l.index], l.label))) return null;
  return blocksOf(points, labelled, end).some((b) => proseBody(blockText(lines, b.start, b.end))) ? points : null;
}

/**
 * steps-with-paragraphs: points that carry the duties (「1.由平安办牵头，联合…实地检查」) sit under bare headings that are
 * steps of their own when a heading with no points under it gives a named body a duty in its own paragraph (「（一）资料审查」
 * over 「…由平安办牵头核查…」 beside 「（二）现场评审」 over points 1.–2., 洋泾街道临时停车场用地核查流程, 2024): the headings
 * are the measures, their points its parts. Not for the section level (一、).
 */
function stepsWithParagraphs(lines: PolicyLine[], labelled: Labelled[], end: number, candidates: LabelStyle[], measure: LabelStyle, proseBody?: DutyTest): LabelStyle | null {
  const k = candidates.indexOf(measure);
  if (!proseBody || k < 1) return null;
  const heading = candidates[k - 1];
  if (heading === 'cn' || heading === 'chapter' || heading === 'article') return null;
  const items = labelled.filter((l) => l.label.style === heading);
  if (items.length < 2 || !items.every((l) => isHeadingLine(lines[l.index], l.label))) return null;
  const blocks = blocksOf(heading, labelled, end);
  const withPoints = blocks.filter((b) => labelsWithin(labelled, b.start, b.end).some((l) => l.label.style === measure));
  const alone = blocks.filter((b) => labelsWithin(labelled, b.start, b.end).length === 0 && b.end - b.start > 1 && proseBody(blockText(lines, b.start + 1, b.end)));
  return withPoints.length > 0 && alone.length > 0 ? heading : null;
}

function chooseLevels(lines: PolicyLine[], labelled: Labelled[], end: number, hasDuty: DutyTest, proseBody?: DutyTest): { measure: LabelStyle; section: LabelStyle | null } | null {
  const present = [...new Set(labelled.map((l) => l.label.style))].sort((a, b) => styleRank(a) - styleRank(b));
  if (present.length === 0) return null;
  const count = (s: LabelStyle) => labelled.filter((l) => l.label.style === s).length;
  let measure: LabelStyle;
  if (count('article') >= 2) measure = 'article';
  else {
    // numbered-field-items: a finer level whose every item only opens a field of the item above (「1、督查时间：2004年7月
    // 中旬。」「2、督查对象：…」「3、人员安排：…」) numbers that item's fields, never measures of their own
    const fieldLevel = (s: LabelStyle) => {
      const items = labelled.filter((l) => l.label.style === s);
      return items.length >= 2 && items.every((l) => NUMBERED_FIELD.test(l.label.rest)) && present.some((p) => p !== 'chapter' && p !== 'article' && styleRank(p) < styleRank(s));
    };
    const candidates = present.filter((s) => s !== 'chapter' && s !== 'article' && !fieldLevel(s));
    if (candidates.length === 0) measure = present[present.length - 1];
    else {
      // an item that is only a duty field (（三） 责任单位：…) gives its duty to the item above it (duty-field-item)
      const fieldItem = (b: { start: number }) => isDutyFieldItem(labelAt(labelled, b.start)?.label.rest ?? '');
      // a 职责分工 section in paragraphs headed by who answers (division-paragraphs) says nothing of the level of the
      // measures beside it
      const divisionBlock = (b: { start: number; end: number }) => {
        if (labelsWithin(labelled, b.start, b.end).length > 0) return false;
        const rest = labelAt(labelled, b.start)?.label.rest ?? '';
        const section = lines.slice(b.start + 1, b.end).map((l) => l.text);
        return (dividesByParagraph(firstSentence(rest), section) || dividesBySentence(firstSentence(rest), section));
      };
      const duties = candidates.map((s) => blocksOf(s, labelled, end).filter((b) => !fieldItem(b) && !divisionBlock(b) && hasDuty(ownText(lines, labelled, s, b, hasDuty))).length);
      const best = Math.max(...duties);
      const tied = candidates.filter((_, k) => duties[k] === best);
      // On a tie the coarser level wins (its points carry no duty of their own), unless its lines are
      // bare headings: then it is the section level.
      const pick = tied.find((s, k) => k === tied.length - 1 || !labelled.filter((l) => l.label.style === s).every((l) => isHeadingLine(lines[l.index], l.label)));
      if (best > 0) measure = stepsWithParagraphs(lines, labelled, end, candidates, pick as LabelStyle, proseBody) ?? (pick as LabelStyle);
      else if (isCoverRequirementList(lineBeforeFirstItem(lines, labelled), false)) return null;
      else measure = prosePointsLevel(lines, labelled, end, candidates, proseBody) ?? (candidates.length > 1 ? candidates[1] : candidates[0]);
    }
  }
  const coarser = present.filter((s) => styleRank(s) < styleRank(measure));
  const section = coarser.includes('cn') ? 'cn' : coarser[0] ?? null;
  return { measure, section };
}

/**
 * section-own-level: a section with no item at the measure level whose items are all of one finer level, two or
 * more, gives those items as its measures (「二、职责分工」 over 1.–7., one office each, beside 「四、工作措施」 over
 * （一）–（五））. Returns, by the line of each such section's label, the level its measures are at.
 */
function sectionOwnLevels(
  labelled: Labelled[],
  levels: { measure: LabelStyle; section: LabelStyle | null },
  end: number,
  dutyAt: (start: number, end: number) => boolean,
): Map<number, LabelStyle> {
  const out = new Map<number, LabelStyle>();
  if (levels.section === null) return out;
  const measureRank = styleRank(levels.measure);
  for (const block of blocksOf(levels.section, labelled, end)) {
    const inside = labelsWithin(labelled, block.start, block.end);
    const styles = new Set(inside.map((l) => l.label.style));
    const points = headingPointsLevel(inside, levels.measure, block.end, dutyAt);
    if (points) out.set(block.start, points);
    const fielded = fieldedItemsLevel(inside, levels.measure);
    if (fielded) {
      out.set(block.start, fielded);
      continue;
    }
    if (inside.length < 2 || styles.size !== 1) continue;
    if (!inside.some((l) => styleRank(l.label.style) <= measureRank)) out.set(block.start, inside[0].label.style);
    // section-coarser-level: a section whose items are all of the level that heads groups of measures elsewhere
    // (「三、组织保障」 over （一）–（三） beside 「二、重点任务」 over （一） 1.–7.), each closing on a duty of its own,
    // gives those items as its measures
    else if (styleRank(inside[0].label.style) < measureRank && inside.every((l, k) => dutyAt(l.index, inside[k + 1]?.index ?? block.end))) out.set(block.start, inside[0].label.style);
  }
  return out;
}

// a field's title: a short label with nothing after it (适用范围, 申报主体, 操作流程, 提交材料)
const FIELD_TITLE = /^[\u4e00-\u9fa5]{2,8}$/;

/**
 * repeated-fields: a section whose coarser items (（一）–（五）, procedures) each stand over points of the measure level
 * titled with the same short labels (1.适用范围 2.申报主体 3.操作流程 4.提交材料 under every one) gives those items as its
 * measures: the points are the fields each item fills in, not measures (七宝镇限额以下小型建设工程管理的实施意见, 四、).
 * The labels: the points' titles that stand alone, two of them at least under two items at least; two items at least,
 * each over one point at least, every point opening on one of the labels (a copy that lost its breaks runs a field's
 * text on after its label: 「2.申报主体限额以下…」).
 */
function fieldedItemsLevel(inside: Labelled[], measure: LabelStyle): LabelStyle | null {
  const rank = styleRank(measure);
  const heads = inside.filter((l) => styleRank(l.label.style) < rank);
  if (heads.length < 2 || new Set(heads.map((h) => h.label.style)).size !== 1) return null;
  const titles = heads.map((h, k) => {
    const upTo = heads[k + 1]?.index ?? Infinity;
    return inside.filter((l) => l.index > h.index && l.index < upTo && l.label.style === measure).map((l) => l.label.rest.trim());
  });
  const labels = [...new Set(titles.flat().filter((t) => FIELD_TITLE.test(t)))];
  if (labels.filter((t) => titles.filter((ts) => ts.includes(t)).length >= 2).length < 2) return null;
  const fields = titles.every((ts) => ts.length > 0 && ts.every((t) => labels.some((l) => t.startsWith(l))));
  return fields ? heads[0].label.style : null;
}

/**
 * heading-over-duty-points: a section whose items of the measure level are headings with no duty of their own, each over
 * finer points that close on a duty of their own, gives those points as its measures (「二、大力推进产业项目建设…」 over
 * 「(一)全力推进产业项目建设。」 over 1., 2., each closing on 「(省发改委主办,…协办)」, beside 「一、」 whose (一)–(九)
 * carry their duties themselves). A heading with a duty of its own, or a point without one, keeps the section as it is.
 */
function headingPointsLevel(inside: Labelled[], measure: LabelStyle, end: number, dutyAt: (start: number, end: number) => boolean): LabelStyle | null {
  const heads = inside.filter((l) => l.label.style === measure);
  const finer = inside.filter((l) => styleRank(l.label.style) > styleRank(measure));
  const finerStyles = new Set(finer.map((l) => l.label.style));
  if (heads.length === 0 || finer.length < 2 || finerStyles.size !== 1 || heads.length + finer.length !== inside.length) return null;
  const nextOf = new Map(inside.map((l, k) => [l.index, inside[k + 1]?.index ?? end]));
  const next = (l: Labelled) => nextOf.get(l.index) ?? end;
  const finerLines = new Set(finer.map((f) => f.index));
  // lone-heading-item: beside the headings over points, a heading over a paragraph of its own that closes on its duty
  // (「（二）规范城镇燃气工程安装收费行为」 over 「加强…监管…。（市局反垄断和价格监督检查办公室负责）」 beside （一） over 1.,
  // 2., 沪市监特种〔2023〕414号) is a measure of its own among the points
  const over = heads.filter((h) => finerLines.has(next(h)));
  const lone = heads.filter((h) => !finerLines.has(next(h)));
  const overPoints = over.length > 0 && over.every((h) => !dutyAt(h.index, next(h))) && lone.every((h) => dutyAt(h.index, next(h)));
  return overPoints && finer.every((f) => dutyAt(f.index, next(f))) ? finer[0].label.style : null;
}

interface OpenMeasure {
  label: LineLabel;
  section: string | null;
  /** The heading between the section and the measure's level the measure sits under ("（二）"), if any. */
  group?: LineLabel;
  lines: PolicyLine[];
  /** A section read as one measure (division-paragraphs): its numeral is no measure's number. */
  whole?: true;
}

function measureTitle(m: OpenMeasure, text: string): string {
  const first = m.lines[0];
  if (first.boldEnd !== null) {
    const labelEnd = first.text.length - m.label.rest.length;
    if (first.boldEnd > labelEnd) {
      const bold = stripEnd(first.text.slice(labelEnd, first.boldEnd));
      if (bold !== '') return bold;
    }
  }
  if (hasHeadingLine(m)) return stripEnd(m.label.rest);
  return firstSentence(text);
}

/** A short heading line of its own ("1. 提升就业服务"), the body following on the next lines. */
function hasHeadingLine(m: OpenMeasure): boolean {
  const rest = m.label.rest;
  // comma-heading-line: two short phrases joined by one comma, no bracket, over a paragraph of their own (「（一） 完善机制，
  // 明确职责」, 罗店镇, 2020) make a heading line as one phrase does
  const twoPhrases = /^[\u4e00-\u9fa5、]{2,8}，[\u4e00-\u9fa5、]{2,8}$/.test(rest);
  if (rest !== '' && m.lines.length > 1 && (!/[。！？，；]/.test(rest) || twoPhrases) && rest.length <= 30) return true;
  return longHeadingLine(m);
}

// long-heading-line: a heading line up to 40 characters, of one phrase or two joined by a comma, with no bracket, figure
// or sentence punctuation, is a heading still when the paragraph under it is a whole sentence of its own, closing on
// 。 or ：, a duty's bracket after it or not (「（二）全面排查整治液化石油气钢瓶制造、充装、检验单位安全风险和重大隐患」 over 「各单位应按照…开展专项整治和
// 执法查处工作：」, 沪市监特种〔2022〕27号); a line the copy cut inside a sentence runs on into the next instead
const LONG_HEADING = /^[\u4e00-\u9fa5、“”]{6,40}(?:，[\u4e00-\u9fa5、“”]{6,40})?$/;
function longHeadingLine(m: OpenMeasure): boolean {
  const rest = m.label.rest.trim();
  const next = m.lines[1]?.text.trim() ?? '';
  return rest.length <= 40 && LONG_HEADING.test(rest) && /[。：:](?:[（(][^（()）]*[）)])?$/.test(next) && !readLabel(next);
}

/** A labelled line of a task list: 责任单位：…, 完成时限：…, 工作内容：…. */
function isFieldLine(text: string): boolean {
  return TIME_LABEL.test(text) || dutyLabelAt(text) !== null || otherFieldAt(text) || TASK_FIELD.test(text);
}

/**
 * Brackets opened less those closed: more opened than closed is a parenthesis the line break cut ("…、各乡镇（街道）" /
 * "配合）"). Counted line by line as a measure's text is joined, not over the whole text again at each line.
 */
function bracketBalance(text: string): number {
  return (text.match(/[（(]/g)?.length ?? 0) - (text.match(/[）)]/g)?.length ?? 0);
}

function measureText(m: OpenMeasure): string {
  // the lines are gathered and joined once; whether the text so far ends mid-sentence needs only its last characters
  const parts = [m.label.rest];
  let tail = m.label.rest.slice(-2);
  let empty = m.label.rest === '';
  let open = bracketBalance(m.label.rest);
  for (let k = 1; k < m.lines.length; k++) {
    const line = m.lines[k].text;
    const afterHeading = k === 1 && hasHeadingLine(m);
    // a field line (责任单位：区住建局) is a line of its own unless its list wraps (…、)
    const prev = k === 1 ? m.label.rest : m.lines[k - 1].text;
    // duty-cell-line: a table's cell of bodies closing on who leads (市发改委牵头落实) ends the step above it
    const afterField = (isFieldLine(prev) && !/[、，,]$/.test(prev)) || isDutyCellLine(prev);
    const continues = endsMidSentence(tail) || open > 0;
    const glue = !empty && !afterHeading && !afterField && continues && readLabel(line) === null && !isFieldLine(line) ? '' : '\n';
    if (empty) {
      parts.length = 0;
      parts.push(line);
      tail = line.slice(-2);
      empty = line === '';
    } else {
      parts.push(glue, line);
      tail = (tail + glue + line).slice(-2);
    }
    open += bracketBalance(line);
  }
  return parts.join('');
}

/**
 * Where a measure's responsibility ends, as a line count: the shortest run of lines that still reads the same
 * responsibility (a parenthesis split over two lines stays whole), and the field lines (完成时限：…, 工作内容：…)
 * right after it. Null when it names none.
 */
function dutyEnd(m: OpenMeasure, readDuty: DutyReader): number | null {
  const texts = m.lines.map((l, k) => (k === 0 ? m.label.rest : l.text));
  const full = readDuty(texts.join('\n'));
  if (full === null) return null;
  let end = shortestRun(texts.length, (k) => readDuty(texts.slice(0, k).join('\n')) === full);
  while (end < texts.length && isFieldLine(texts[end])) end++;
  return end;
}

/** A measure's length in lines up to which its runs are tried one by one; a longer one is halved. */
const LINES_TRIED_IN_TURN = 64;

/**
 * The fewest of `count` lines for which `reads` holds (it holds for all of them): tried one by one over a measure's
 * usual length; past it (a text of thousands of lines under one label), stepped back from the end by doubling
 * strides and then halved, so a hostile text costs a few readings, not one per line.
 */
function shortestRun(count: number, reads: (lines: number) => boolean): number {
  for (let k = 1; k <= Math.min(count, LINES_TRIED_IN_TURN); k++) if (reads(k)) return k;
  let lo = LINES_TRIED_IN_TURN + 1;
  let hi = count;
  for (let stride = 1; hi - stride >= lo; stride *= 2) {
    if (!reads(hi - stride)) {
      lo = hi - stride + 1;
      break;
    }
    hi -= stride;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reads(mid)) hi = mid;
    else lo = mid + 1;
  }
  return hi;
}

/**
 * Cuts what follows the last measure. Where the measures state their duties last, the last one ends with its
 * duties; where the others go on after theirs (责任单位 lines before the text), it ends before a closing phrase.
 */
function trimLastMeasure(open: OpenMeasure[], readDuty: DutyReader): void {
  const last = open[open.length - 1];
  const end = dutyEnd(last, readDuty);
  const textAfterDuty = open.slice(0, -1).some((m) => {
    const e = dutyEnd(m, readDuty);
    return e !== null && e < m.lines.length;
  });
  if (end !== null && !textAfterDuty) {
    last.lines = last.lines.slice(0, end);
    return;
  }
  const closing = last.lines.findIndex((l, k) => k > 0 && CLOSING_PHRASE.test(l.text));
  // closing-article: an item headed by a title of its own whose first line of text is the closing phrase (「第十六条
  // （实施日期）」 over 「本意见自2022年1月20日起施行…」) is that closing, kept whole so that it is read as a frame item
  if (closing === 1 && hasHeadingLine(last)) return;
  if (closing > 0) last.lines = last.lines.slice(0, closing);
}

function toItem(m: OpenMeasure): MeasureItem {
  const text = measureText(m);
  return {
    label: m.label.label,
    value: m.whole ? null : m.label.value,
    section: m.section,
    ...(m.group ? { group: m.group.label, groupTitle: firstSentence(m.group.rest) } : {}),
    title: measureTitle(m, text),
    text,
    paragraphs: [...new Set(m.lines.flatMap((l) => [l.para, ...(l.paras ?? [])]))],
  };
}

/** Numbered measures in lines [start, end). */
// header-without-rows: a task table's header that no row was joined to ends the numbered prose: its cells one a line
// (序号, then the columns' labels, one of them a column of bodies: 序号 / 目标任务 / 牵头单位 / 责任单位 / 责任人), or
// run together on a line (「…分解表序号目标任务牵头单位责任单位责任人」, as short lines are joined). What follows it is
// the table's: its category rows (「一、主要经济社会发展指标…工作目标(牵头领导:…)」) are no measures, even where the
// copy ends before the table's first row, and rows run together are no numbered prose.
const SEQ_HEADER_CELL = /^(?:序号|编号)$/;
const HEADER_LABEL = /^[\u4e00-\u9fa5（）()]{2,10}$/;
const BODIES_LABEL = /(?:单位|部门|[处科股]室)$/;
/** 序号 and two column labels or more run together, one of them a column of bodies'. */
const RUN_HEADER = /序号((?:[\u4e00-\u9fa5]{1,8}?(?:任务|名称|内容|措施|举措|事项|目标|单位|部门|[处科股]室|领导|责任人|时限|时间|节点)){2,})/;
const runHeaderLabels = (m: RegExpMatchArray) => m[1].match(/[\u4e00-\u9fa5]{1,8}?(?:任务|名称|内容|措施|举措|事项|目标|单位|部门|[处科股]室|领导|责任人|时限|时间|节点)/g) ?? [];
// titled-header: a header crawled as one line of cells, each closed by a pipe, its first cell run on from the table's
// title above it (「2021年政务公开工作主要任务分解表工作任务|工作要求|牵头单位|责任单位|」, a district's 任务分解表 whose
// rows the crawl lost): three labels or more, the first the task's, one a column of bodies
const TASK_LABEL = /(?:任务|措施|举措|事项|内容)$/;
const TITLE_BEFORE_CELL = /^.{2,40}?(?:表|清单)(?=[\u4e00-\u9fa5]{2,10}$)/;
function pipedHeader(text: string): boolean {
  const cells = text.replace(/[\s\u3000]+/g, '').replace(/\|$/, '').split('|');
  if (cells.length < 3) return false;
  const labels = [cells[0].replace(TITLE_BEFORE_CELL, ''), ...cells.slice(1)];
  return labels.every((l) => HEADER_LABEL.test(l)) && TASK_LABEL.test(labels[0]) && labels.some((l) => BODIES_LABEL.test(l));
}
/** Whether lines[i] opens a task table's header, one cell a line or run together. */
function tableHeaderAt(lines: PolicyLine[], i: number): boolean {
  const run = lines[i].text.replace(/[\s\u3000]+/g, '').match(RUN_HEADER);
  if (run && runHeaderLabels(run).some((l) => BODIES_LABEL.test(l))) return true;
  if (pipedHeader(lines[i].text)) return true;
  if (!SEQ_HEADER_CELL.test(lines[i].text.trim())) return false;
  const labels: string[] = [];
  for (let k = i + 1; k < lines.length && k <= i + 7; k++) {
    const t = lines[k].text.replace(/[\s\u3000]+/g, '');
    if (!HEADER_LABEL.test(t)) break;
    labels.push(t);
  }
  return labels.length >= 2 && labels.some((l) => BODIES_LABEL.test(l));
}

function readRegion(lines: PolicyLine[], start: number, end: number, readDuty: DutyReader, namesBody?: DutyTest, proseBody?: DutyTest): MeasureRegion {
  const hasDuty: DutyTest = (text) => readDuty(text) !== null;
  const labelled: Labelled[] = [];
  const labels = new Map<number, LineLabel>();
  let stop = end;
  let previousArabic: number | null = null;
  for (let i = start; i < end; i++) {
    // Before the first measure these lines belong to the cover note (a plan attached after "（此件公开发布）").
    if ((labelled.length > 0 && (STOP_LINE.test(lines[i].text) || ATTACHMENT_HEADING.test(lines[i].text))) || tableHeaderAt(lines, i)) {
      stop = i;
      break;
    }
    const label: LineLabel | null = isTableRow(lines[i].text) ? null : readLabelInSequence(lines[i].text, previousArabic);
    if (label) {
      labelled.push({ index: i, label });
      labels.set(i, label);
      if (label.style === 'arabic') previousArabic = label.value;
    }
  }
  const levels = chooseLevels(lines, labelled, stop, hasDuty, proseBody);
  if (!levels) return { sections: [], items: [] };

  const sections: Section[] = [];
  const open: OpenMeasure[] = [];
  let section: string | null = null;
  // the heading between the section level and the measures' level the next measures sit under (（二） between 一、 and 1.)
  let group: LineLabel | undefined;
  let current: OpenMeasure | null = null;
  // each style's blocks by the line they start on, read once
  const blocksByStart = new Map<LabelStyle, Map<number, { start: number; end: number }>>();
  const blockAt = (style: LabelStyle, i: number) => {
    if (!blocksByStart.has(style)) blocksByStart.set(style, new Map(blocksOf(style, labelled, stop).map((b) => [b.start, b])));
    return blocksByStart.get(style)!.get(i);
  };
  const ownLevels = sectionOwnLevels(labelled, levels, stop, (from, to) => hasDuty(lines.slice(from, to).map((l) => l.text).join('\n')));
  let measureStyle = levels.measure;
  let measureRank = styleRank(measureStyle);
  let sectionBlock: { start: number; end: number } | undefined;
  for (let i = start; i < stop; i++) {
    const line = lines[i];
    const label = labels.get(i) ?? null;
    if (label && label.style === levels.section) {
      current = null;
      group = undefined;
      section = label.numeral;
      sectionBlock = blockAt(label.style, i);
      measureStyle = ownLevels.get(i) ?? levels.measure;
      measureRank = styleRank(measureStyle);
      // A bare label ("一、") has its heading on the next line.
      const next = lines[i + 1];
      const heading = label.rest === '' && next && i + 1 < stop && !readLabel(next.text) ? next.text : label.rest;
      const block = blockAt(label.style, i);
      const duty = block ? headingDuty(lines, labelled, label.style, block, hasDuty) : null;
      const title = firstSentence(duty && heading.endsWith(duty) ? heading.slice(0, heading.lastIndexOf(duty)) : heading);
      sections.push(duty ? { number: label.numeral, title, responsibility: duty } : { number: label.numeral, title });
      // division-paragraphs: a 职责分工 section numbering no items, its paragraphs each opening on who answers and a
      // colon (市房产局：负责牵头…), is a measure of its own
      const numbersNone = block !== undefined && labelsWithin(labelled, i, block.end).length === 0;
      // section-duty-line: one closing on a duty line of its own, as the tasks do, is a measure of its own too;
      // task-section: a section titled as the tasks (…主要任务, 重点任务) that numbers none of them is one measure
      const sectionLines = block ? lines.slice(i + 1, block.end).map((l) => l.text) : [];
      if (numbersNone && label.rest !== '' && (dividesByParagraph(title, sectionLines) || dividesBySentence(title, sectionLines) || closesOnDutyLine(sectionLines, hasDuty) || TASK_SECTION.test(title) || closesOnDueDay([label.rest, ...sectionLines]))) {
        current = { label, section: label.numeral, lines: [line], whole: true };
        open.push(current);
      }
    } else if (label && label.style === measureStyle) {
      current = group ? { label, section, group, lines: [line] } : { label, section, lines: [line] };
      open.push(current);
    } else if ((label && styleRank(label.style) < measureRank) || isTableRow(line.text)) {
      // a coarser heading, or a table (read on its own), ends the measure
      current = null;
      if (label && levels.section !== null) group = styleRank(label.style) > styleRank(levels.section) ? label : undefined;
      // lone-heading-item: in a section whose measures are points under headings, a heading over no point, closing on
      // its duty, is a measure
      const block = label && levels.section !== null && styleRank(label.style) > styleRank(levels.section) ? blockAt(label.style, i) : undefined;
      const pointsInSection = sectionBlock !== undefined && labelsWithin(labelled, sectionBlock.start, sectionBlock.end).some((l) => l.label.style === measureStyle);
      if (label && block && pointsInSection && !labelsWithin(labelled, i, block.end).some((l) => l.label.style === measureStyle) && hasDuty(blockText(lines, i, block.end))) {
        current = { label, section, lines: [line] };
        open.push(current);
        group = undefined;
      }
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (open.length > 0) trimLastMeasure(open, readDuty);
  const measures = splitSubMeasures(open, sections, hasDuty);
  const items = withoutFrame(measures.map(toItem), sections, hasDuty, namesBody ?? hasDuty, proseBody);
  // a label the text repeats in a section it frames with (总体要求（一）) still names two items of the text
  const restarts = levels.section !== null && numberingRestarts(open.filter((m) => m.section !== null).map((m) => ({ label: m.label.label })));
  return { sections: sections.filter((s) => items.some((m) => m.section === s.number)), items, restarts, sectionsAsItems: levels.section === 'paren-cn' };
}

/**
 * An item outside any section that only groups sub-items each carrying a duty of its own becomes a section, its
 * sub-items the measures (sub-measures). A sub-item keeps its label as written ("（一）") unless another measure
 * has the same label, then its item's label goes in front ("二、（一）").
 */
function splitSubMeasures(open: OpenMeasure[], sections: Section[], hasDuty: DutyTest): OpenMeasure[] {
  const out = open.flatMap((m): (OpenMeasure & { parent?: LineLabel })[] => {
    // headed-sub-items: an item that is only a heading over sub-items headed by titles of their own groups them too
    const texts = m.lines.map((l) => l.text);
    const starts = m.section === null ? subMeasureStarts(texts, m.label.style, hasDuty) ?? headedSubItemStarts(texts, m.label.style) : null;
    if (!starts) return [m];
    sections.push({ number: m.label.numeral, title: firstSentence(m.label.rest) });
    return starts.map((s, n) => {
      const lines = m.lines.slice(s, starts[n + 1] ?? m.lines.length);
      return { label: readLabel(lines[0].text) as LineLabel, section: m.label.numeral, lines, parent: m.label };
    });
  });
  const count = (label: string) => out.filter((m) => m.label.label === label).length;
  return out.map(({ parent, ...m }) => (parent && count(m.label.label) > 1 ? { ...m, label: { ...m.label, label: parent.label + m.label.label } } : m));
}

/**
 * Drops what frames the tasks: the items of a 总体要求 or 保障措施 section none of whose items assigns a duty, and
 * items that only state purpose, scope or entry into force. A policy that assigns no duty to anyone (an opinion
 * addressed to 各地区、各部门) is framed the same way, unless nothing but its frame would be left.
 * frame-kind-duty: in such a section, a duty given only to a kind of department or a generic actor (「…工作由房产部门
 * 牵头，财政…等行业主管部门按照职责分工…」) is the frame's own wording, assigning no one (沈阳市, 七、保障措施).
 */
function withoutFrame(items: MeasureItem[], sections: Section[], hasDuty: DutyTest, namesBody: DutyTest, proseBody?: DutyTest): MeasureItem[] {
  const duty = items.map((m) => hasDuty(m.text));
  // frame-prose-duty: in a policy that writes no duty in a bracket, label or line anywhere, only in its prose, an item
  // whose prose makes a named body the subject of a duty (「绿化市容所组织…进行培训」, 「建交中心应责令整改」) is a task,
  // as one whose bracket names a body is in a policy that writes its duties so
  const proseOnly = proseBody !== undefined && !duty.some(Boolean);
  // duty-titled-item: an item titled as a division of duties (「第三条 （管理部门职责）」「（二）细化职责分工」) whose prose
  // names a body is a task wherever it stands, 总则 included (月浦镇村庄道路建设和养护管理办法, 2019)
  const dutyTitled = (m: MeasureItem) => proseBody !== undefined && DUTY_TITLE.test(m.text.split('\n')[0]) && proseBody(m.text);
  const named = (m: MeasureItem, k: number) => (duty[k] && namesBody(m.text)) || (proseOnly && proseBody(m.text));
  const frame = new Set(
    sections
      .filter((s) => FRAME_SECTION.test(s.title) && !items.some((m, k) => m.section === s.number && named(m, k)))
      .map((s) => s.number),
  );
  // opening-frame: an item of the measures' own level titled only as the plan's background, guiding thought or aims
  // (一、背景, 二、建设目标与指导思想) and assigning no duty frames the tasks
  const opening = (m: MeasureItem, k: number) => !duty[k] && m.section === null && /^[一二三四五六七八九十]+、$/.test(m.label) && isOpeningFrameTitle(m.title);
  const tasks = items.filter((m, k) => !opening(m, k) && ((duty[k] && !frame.has(m.section ?? '')) || !(frame.has(m.section ?? '') || FRAME_ITEM.test(m.text)) || dutyTitled(m)));
  // frame-alone: an item titled only as the opening frame stays out even when nothing else would be left
  return duty.some(Boolean) || tasks.length > 0 ? tasks : items.filter((m, k) => !opening(m, k));
}

/** `namesBody`: the passage gives a duty to a specific body, not only to kinds of department or generic actors.
 *  `proseBody`: the passage's prose makes a named body the subject of a duty (prose-points). */
export function readStructure(lines: PolicyLine[], zone: { bodyStart: number; closingStart: number }, readDuty: DutyReader, namesBody?: DutyTest, proseBody?: DutyTest): PolicyStructure {
  const hasDuty: DutyTest = (text) => readDuty(text) !== null;
  const warnings: string[] = [];
  // Where measures may be, in order of preference: numbered in the body; numbered in a plan attached
  // after the signature; rows of a task table. The first that assigns any duty wins; failing that,
  // the first that has measures at all.
  const none: MeasureRegion = { sections: [], items: [] };
  const attempts: { read: () => MeasureRegion; table?: true }[] = [
    { read: () => readRegion(lines, zone.bodyStart, zone.closingStart, readDuty, namesBody, proseBody) },
    { read: () => (zone.closingStart < lines.length ? readRegion(lines, zone.closingStart, lines.length, readDuty, namesBody, proseBody) : none) },
    { read: () => readTable(lines, zone.bodyStart, lines.length), table: true },
  ];
  let chosen: { region: MeasureRegion; table: boolean } | null = null;
  let fallback: MeasureRegion | null = null;
  for (const attempt of attempts) {
    const found = attempt.read();
    if (found.items.some((m) => hasDuty(m.text))) {
      chosen = { region: found, table: attempt.table === true };
      break;
    }
    if (!fallback && found.items.length > 0) fallback = found;
  }
  // attached-task-list: numbered prose giving duties only in its sentences gives way to a task list that divides the work
  if (chosen && !chosen.table) {
    const table = readTable(lines, zone.bodyStart, lines.length);
    const itemDuties = chosen.region.items.map((m) => readDuty(m.text));
    if (prefersTaskList(itemDuties, table.items.filter((m) => hasDuty(m.text)).length)) chosen = { region: table, table: true };
  }
  // Measures numbered in the text, their duties in a division table (任务分工表) at the end.
  const divided = chosen?.table && fallback ? assignFromTable(fallback, chosen.region.items) : null;
  const { sections, items, restarts, sectionsAsItems } = divided ?? chosen?.region ?? fallback ?? none;

  const written = items.map((m) => m.value);
  const runsOn = written.every((v, k) => v !== null && (k === 0 || v > (written[k - 1] as number)));
  if (!runsOn && items.length > 0) warnings.push(`措施编号在各部分重新开始或缺失，已按出现顺序连续编号为 1–${items.length}`);
  // where the numbering restarts in each section, a label says which section ("二、3."), and under each middle
  // heading, which heading too ("一、（二）1.")
  const qualified = sectionQualifiedLabels(items.map((m, k) => ({
    number: runsOn ? (m.value as number) : k + 1,
    label: m.label !== '' ? m.label : String(runsOn ? m.value : k + 1),
    section: m.section,
    group: m.group ?? null,
    ...(m.group ? { middleHeading: { label: m.group, title: m.groupTitle ?? '' } } : {}),
    title: m.title,
    text: m.text,
    paragraphs: m.paragraphs,
  })), restarts === true, sectionsAsItems === true);
  const measures = qualified.map(({ group: _group, ...m }): MeasureDraft => m);
  return { sections, measures, warnings };
}
