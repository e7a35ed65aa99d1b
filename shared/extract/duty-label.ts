// Rule: the label of a responsibility line and the role it gives the bodies after it.
//   - a single word of duty before 单位/部门: 牵头单位 (lead), 配合单位 / 协办单位 / 协同单位 (support), 责任单位 (open: one
//     body leads alone, several share the duty unless marked);
//   - 部门分工 / 责任分工 / 任务分工 (open: the verbs after it decide, 「部门分工:省发展改革委牵头,各地、各部门配合。」,
//     广东省 粤府〔2021〕22号);
//   - a compound label that puts the role before 责任单位 / 责任部门, as work-report divisions write one field a line
//     (「牵头责任单位：市发改委。」「协同责任单位：市税务局、…」): the first word decides, 牵头 leads and 协同 / 配合 support.
// The same labels in a department's own plan, which divides the work among its internal offices: 处室 / 科室 / 股室
// and their bracketed forms stand where 单位 / 部门 stand (「（责任处室：规划处，配合处室：财务处、人事处）」,
// 「牵头处（室）：法规处」, 「责任科室：办公室」), with the same roles.
// A line naming the leader answerable (牵头负责领导：…, 责任领导：…, 分管省领导：…) names a person: it is no duty label,
// and, as a field of its own, it ends the line before it and names no department.
// A field that names a body for something other than the task itself — who supplies the figure a target is measured
// by (「数据提供单位:市统计局」, 成都市 2022年目标任务责任分解方案), who checks or whom to call — ends the duty list before
// it and assigns nothing: that body answers for no part of the measure.
// scope-field: a field saying where or to whom the measure holds (「适用范围：浙江自贸试验区」, 国发〔2018〕38号's
// 「（负责部门：发展改革委、粮食和储备局，适用范围：浙江自贸试验区）」) ends the duty list before it: the zones, places
// or people it names answer for nothing.
// unit-alternative: a label may give a second kind of unit in brackets after its own, 「牵头科室（单位）：」, where a
// bureau's own sections and its units are given the work alike; the role is the label's.
// handler-label: a compound label naming the bodies answerable and, after them, those who handle the work for them
// (「责任单位及承办科室：市自然资源局，储备中心」, 「责任单位及承办科室（单位）：市房管中心，市场处、租赁处」, 宿州市
// 房地产实施细则 2022): the list ends at the first comma, semicolon or space; what follows names the bodies' own
// sections, windows or units, which answer for no part of the measure on their own.

import { isSupportWord, SUPPORT_ROLE_SRC } from './support-label';

export type DutyRole = 'lead' | 'support' | 'open';

const ROLE = `(?:牵头|责任|负责|${SUPPORT_ROLE_SRC}|承办|实施|主责)`;
const ROLE_FIRST = `(?:牵头|${SUPPORT_ROLE_SRC}|承办|主责)`;
/** What a duty label names: a body (单位, 部门) or an internal office of one (处室, 科室, 处（室）). */
const UNIT = '(?:单位|部门|[处科股]室|[处科][（(]室[）)])';

/** Unit-alternative: a label may give a second kind of unit in brackets after its own (「牵头科室（单位）：计划科、…」,
 *  延安市科学技术局 2018: the bureau's sections and its units answer alike); the label is the same label. */
const UNIT_OR = `${UNIT}(?:[（(]${UNIT}[）)])?`;

/** The compound label of the bodies answerable and their handlers, without its colon (handler-label). */
const HANDLER_LABEL_SRC = `责任${UNIT}及承办${UNIT}(?:[（(](?:单位|部门|[处科股]室)[）)])?`;
const HANDLER_LABEL = new RegExp(`^${HANDLER_LABEL_SRC}\\s*[：:]$`);

/** A duty label with its colon, as a regular-expression source (no anchors, no flags). */
export const DUTY_LABEL_SRC = `(?:${HANDLER_LABEL_SRC}|(?:主要|具体)?(?:${ROLE_FIRST}(?:责任)${UNIT_OR}|${ROLE}${UNIT_OR})|(?:部门|责任|任务)分工)\\s*[：:]`;

/** A field naming a body for something other than the task, with its colon, as a regular-expression source. */
export const OTHER_FIELD_LABEL_SRC =
  '(?:(?:数据(?:提供|来源|报送)|统计(?:口径)?|监测|考核|督办|联系)(?:单位|部门)|(?:分管|协管|牵头|责任|联系)(?:负责)?(?:省|市|县|区)?(?:领导|负责同志))\\s*[：:]';

/** A field saying where or to whom a measure holds, with its colon (scope-field), as a regular-expression source. */
export const SCOPE_FIELD_LABEL_SRC = '(?:适用|实施|试点)(?:范围|地区|区域|对象)\\s*[：:]';

const AT_START = new RegExp(`^${DUTY_LABEL_SRC}`);
const OTHER_AT_START = new RegExp(`^${OTHER_FIELD_LABEL_SRC}`);

/** Whether a line opens with a field that names a body for something other than the task (数据提供单位：…). */
export function otherFieldAt(line: string): boolean {
  return OTHER_AT_START.test(line);
}

/** The duty label a line opens with ("协同责任单位："), or null. */
export function dutyLabelAt(line: string): string | null {
  return AT_START.exec(line)?.[0] ?? null;
}

/** The role a duty label gives the bodies listed after it. */
export function dutyLabelRole(label: string): DutyRole {
  const word = label.replace(/^(?:主要|具体)/, '');
  if (word.startsWith('牵头')) return 'lead';
  if (isSupportWord(word)) return 'support';
  return 'open';
}

/** Whether a duty label is the compound 责任单位及承办科室： whose list ends before the handlers (handler-label). */
export function isHandlerLabel(label: string): boolean {
  return HANDLER_LABEL.test(label.trim());
}

/**
 * The answerable bodies of a handler label's content (handler-label): up to the first comma or semicolon, a space
 * between words, or 在 right after a body's name opening where the work is handled (「市房管中心、市发改委 在市政务服务
 * 中心设立专门窗口受理…」, the space often lost when the text is copied).
 */
export function beforeHandlers(content: string): string {
  const cut = /[，,；;]|(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff])|(?<=[局委办院部会行司心])在/.exec(content);
  return cut ? content.slice(0, cut.index) : content;
}
