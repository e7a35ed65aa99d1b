import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// repeated-seq, negative cases: only the very next row, in the same section, with the same 序号.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const header = '序号 | 重点任务 | 牵头单位 | 完成时限';

describe('repeated-seq, negative cases', () => {
  it('keeps a 序号 written again further down (numbering that starts again) as a measure of its own', () => {
    const t = readTable(lines(header, '1 | 推进证照分离改革。 | 县审批局 | 6月底前', '2 | 推进工程审批改革。 | 县住建局 | 9月底前', '1 | 做好宣传解读。 | 县融媒体中心 | 12月底前'), 0, 4);
    expect(t.items).toHaveLength(3);
  });

  it('keeps the same 序号 under a new section as a measure of that section', () => {
    const t = readTable(lines(header, '一、优化营商环境', '1 | 推进证照分离改革。 | 县审批局 | 6月底前', '二、加强宣传', '1 | 做好宣传解读。 | 县融媒体中心 | 12月底前'), 0, 5);
    expect(t.items.map((m) => [m.section, m.value])).toEqual([
      ['一', 1],
      ['二', 1],
    ]);
  });

  it('keeps rows with no 序号 apart from the rules on a repeated one', () => {
    const t = readTable(lines('工作任务 | 牵头单位 | 完成时限', '推进证照分离改革。 | 县审批局 | 6月底前', '做好宣传解读。 | 县融媒体中心 | 12月底前'), 0, 3);
    expect(t.items).toHaveLength(2);
  });

  it('keeps a row as long as the header with an empty 序号 cell apart from this rule', () => {
    const t = readTable(lines(header, '1 | 推进证照分离改革。 | 县审批局 | 6月底前', ' | 做好宣传解读。 | 县融媒体中心 | 12月底前'), 0, 3);
    expect(t.items).toHaveLength(2);
  });

  it('keeps a short row in a table without 序号', () => {
    const t = readTable(lines('类别 | 工作任务 | 牵头单位 | 完成时限', '审批 | 推进证照分离改革。 | 县审批局 | 6月底前', '做好宣传解读。 | 县融媒体中心 | 12月底前'), 0, 3);
    expect(t.items).toHaveLength(2);
  });

  it('keeps each 具体措施 row under a merged 序号 and 重点任务 a measure of its own', () => {
    const t = readTable(
      lines('序号 | 重点任务 | 具体措施 | 牵头单位 | 完成时限', '2 | 深化审批制度改革 | 压缩审批时间。 | 市住建局 | 9月底前', '推行数字化审查。 | 市住建局 | 12月底前', '2 | 深化审批制度改革 | 推行联合验收。 | 市住建局 | 12月底前'),
      0,
      4,
    );
    expect(t.items).toHaveLength(3);
  });
});
