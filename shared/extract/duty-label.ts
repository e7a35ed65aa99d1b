// Rule: the label of a responsibility line and the role it gives the bodies after it.
//   - a single word of duty before 单位/部门: 牵头单位 (lead), 配合单位 / 协办单位 / 协同单位 (support), 责任单位 (open: one
//     body leads alone, several share the duty unless marked);
//   - a compound label that puts the role before 责任单位 / 责任部门, as work-report divisions write one field a line
//     (「牵头责任单位：市发改委。」「协同责任单位：市税务局、…」): the first word decides, 牵头 leads and 协同 / 配合 support.
// A line naming the leader answerable (牵头负责领导：…, 责任领导：…) names a person: it is no duty label.

export type DutyRole = 'lead' | 'support' | 'open';

const ROLE = '(?:牵头|责任|负责|配合|协办|协同|参与|协助|承办|实施|主责)';
const ROLE_FIRST = '(?:牵头|配合|协办|协同|参与|协助|承办|主责)';

/** A duty label with its colon, as a regular-expression source (no anchors, no flags). */
export const DUTY_LABEL_SRC = `(?:主要|具体)?(?:${ROLE_FIRST}(?:责任)(?:单位|部门)|${ROLE}(?:单位|部门))\\s*[：:]`;

const AT_START = new RegExp(`^${DUTY_LABEL_SRC}`);

/** The duty label a line opens with ("协同责任单位："), or null. */
export function dutyLabelAt(line: string): string | null {
  return AT_START.exec(line)?.[0] ?? null;
}

/** The role a duty label gives the bodies listed after it. */
export function dutyLabelRole(label: string): DutyRole {
  const word = label.replace(/^(?:主要|具体)/, '');
  if (word.startsWith('牵头')) return 'lead';
  if (/^(?:配合|协办|协同|参与|协助)/.test(word)) return 'support';
  return 'open';
}
