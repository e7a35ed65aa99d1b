// A measure whose title starts with digits: "11.121人才梯队项目", "7.5G基站建设", "12.100个示范村". Read alone,
// "11.121" is a decimal, not a label, and the measure would run into the one before. In sequence it is plain:
// the label is the number that comes next, the digits after the point open the title.
import { readLabel, type LineLabel } from './policy-numbering';

const DIGIT_TITLE = /^(\s*(\d{1,3})\s*[.．])(?=\d)/;

/**
 * The line's label, reading "N.digits…" as label N when N follows the previous arabic label (previous + 1); the
 * plain reading otherwise.
 */
export function readLabelInSequence(text: string, previousArabic: number | null): LineLabel | null {
  const plain = readLabel(text);
  if (plain || previousArabic === null) return plain;
  const folded = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // figure-cell: a line that is a figure alone ("4.42", "25.20%"), a table's cell copied one a line, is no title
  if (/^\d+[.．]\d+\s*(?:%|％)?$/.test(folded.trim())) return null;
  const m = DIGIT_TITLE.exec(folded);
  if (!m || Number(m[2]) !== previousArabic + 1) return null;
  // a decimal with a unit or a percent is a figure, not a title: "3.5%的增长", "1.2万元"
  if (/^\d+(?:\.\d+)?\s*(?:%|％|万|亿|元|倍|个百分点)/.test(folded.slice(m[1].length - 1).replace(/^[.．]/, '0.'))) return null;
  return { style: 'arabic', label: text.slice(0, m[1].length).trim(), numeral: m[2], value: Number(m[2]), rest: text.slice(m[1].length) };
}
