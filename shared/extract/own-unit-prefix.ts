// own-unit-prefix: a body's own office written with the body's one-character name in front (局综合科, 厅办公室,
// 部办公厅: the bureau's, the department's, the ministry's own) is the office the same plan writes bare (综合科,
// 办公室, 办公厅): one body, not two.
// (a head's office, 局长办公室, and a body under the bureau, 局属…, 局直…, keep theirs)
const OWN_PREFIX = /^(?:局|厅|部)(?![长属直])(?=[\u4e00-\u9fa5]{0,10}?(?:科|处|股|室|办公厅)$)/;

/** 局综合科 → 综合科; any other name as written. */
export function withoutOwnPrefix(name: string): string {
  return name.length >= 4 ? name.replace(OWN_PREFIX, '') : name;
}
