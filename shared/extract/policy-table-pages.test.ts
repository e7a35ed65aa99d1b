import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// A table row that a PDF page break cut in two comes back as one measure.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const header = '序号 | 工作任务 | 牵头单位 | 完成时限';

describe('readTable: rows across a page', () => {
  it('joins the second part of a row to the first', () => {
    const t = readTable(lines(header, '1 | 推进证照分离改革，实行涉企经营许可事项 | 县审批局 | 2022年6月底前', ' | 清单管理。 |  | ', '2 | 深化工程审批改革。 | 县住建局 | 2022年9月底前'), 0, 4);
    expect(t.items.map((m) => [m.value, m.text.split('\n')[0], m.paragraphs])).toEqual([
      [1, '推进证照分离改革，实行涉企经营许可事项清单管理。', [1, 2]],
      [2, '深化工程审批改革。', [3]],
    ]);
  });
});
