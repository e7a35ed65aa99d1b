import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// A table row that a PDF page break cut in two comes back as one measure.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const header = '序号 | 工作任务 | 牵头单位 | 完成时限';

describe('readTable: rows across a page, negative cases', () => {
  it('keeps a row without 序号 that names its own department', () => {
    const t = readTable(lines(header, '1 | 推进证照分离改革 | 县审批局 | 2022年6月底前', ' | 推进工程审批改革 | 县住建局 | 2022年9月底前'), 0, 3);
    expect(t.items).toHaveLength(2);
  });

  it('keeps a row after one that ends its sentence', () => {
    const t = readTable(lines(header, '1 | 推进证照分离改革。 | 县审批局 | 2022年6月底前', ' | 做好宣传解读。 |  | '), 0, 3);
    expect(t.items).toHaveLength(2);
  });

  it('joins nothing in a table without 序号', () => {
    const t = readTable(lines('工作任务 | 牵头单位 | 备注', '推进证照分离改革 | 县审批局 | 新增', '做好宣传解读 |  | 延续'), 0, 3);
    expect(t.items).toHaveLength(2);
  });
});
