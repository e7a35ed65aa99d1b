// Rule (label-semicolon): a duty bracket whose label is closed by a semicolon where a colon belongs
// (「(责任单位;住建局、畜牧局、各乡镇场)」, beside 「(责任单位:交通局、各乡镇场)」 in the same notice, 扶余市, a 督办
// notice) names its bodies all the same. Only a duty label opening its bracket is read so; a semicolon after the label
// in running prose (「明确责任单位；建立台账」) is left as it is.
const LABEL_SEMICOLON = /([（(]\s*(?:牵头|责任|配合|协办|主办|承办|参与)(?:责任)?(?:单位|部门))\s*[;；](?=[^（）()]*[）)])/g;

/** The text with each duty bracket's label closed by a colon. */
export function withLabelColons(text: string): string {
  return text.replace(LABEL_SEMICOLON, '$1：');
}
