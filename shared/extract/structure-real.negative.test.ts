import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

// Structures seen in real policies: a duty line after an item's sub-points, titles opening with digits, a heading
// item closing on 。, a convention stated once.
const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });
const ledger = (...texts: string[]) => read(...texts).measures.map((m) => [m.label, m.title, m.lead, m.support]);

describe('structure of real policies: negative cases', () => {
  it('keeps sub-points that assign their own duties as the measures', () => {
    expect(
      ledger('1.完善应急预案体系', '(1)加强应急预案管理。（责任单位：市应急局）', '(2)加强应急预案演练。（责任单位：市消防救援支队）').map((m) => [m[0], m[2]]),
    ).toEqual([
      ['(1)', ['市应急局']],
      ['(2)', ['市消防救援支队']],
    ]);
  });

  it('does not apply a convention before the measure that states it', () => {
    expect(
      ledger('1.推进改革。（省发展改革委、省财政厅按职责分工负责）', '2.优化服务。（省商务厅、省市场监管局按职责分工负责，列第一位的为牵头单位，下同）').map((m) => [m[2], m[3]]),
    ).toEqual([
      [['省发展改革委', '省财政厅'], []],
      [['省商务厅'], ['省市场监管局']],
    ]);
  });

  it('reads a decimal figure opening a line as no label', () => {
    expect(ledger('1.推进改革。（区审批局负责）', '2.5%的企业完成改造。', '2.加强监管。（区市场监管局负责）').map((m) => m[0])).toEqual(['1.', '2.']);
  });

  it('keeps the label as written where the framing section numbers on into the tasks', () => {
    expect(
      ledger(
        '一、总体要求',
        '（一）指导思想。坚持以人民为中心。',
        '二、主要任务',
        '（二）推进改革。（区发改局牵头，区财政局配合）',
        '（三）优化服务。（区政务服务局负责）',
      ).map((x) => x[0]),
    ).toEqual(['（二）', '（三）']);
  });
});
