// Rule (section-duty-line): a section that numbers no items of its own but closes, as the tasks before it do, on a duty
// line of its own (「二、保障措施」 over one paragraph and 「（责任单位：区发展改革委、各相关部门，各街道管理办）」, 黄浦区可再生能源
// 发展行动方案, 黄发改委办〔2025〕5号) is a measure of its own, titled by the section: its bodies answer for it as the tasks'
// bodies answer for theirs. A duty given only in the section's sentences (「区发展改革委整体部署…」), or a bracket inside
// a sentence, does not make one.

/** A bracket standing as a line of its own. */
const BRACKET_LINE = /^[（(〔【][^（(〔【]*(?:[（(][^（）()]*[）)][^（(〔【]*)*[）)〕】]。?$/;

/** Whether a section's lines (after its heading) close on a bracketed duty line of their own (section-duty-line). */
export function closesOnDutyLine(lines: string[], hasDuty: (text: string) => boolean): boolean {
  const body = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (body.length < 2) return false;
  const last = body[body.length - 1];
  return BRACKET_LINE.test(last) && hasDuty(last);
}
