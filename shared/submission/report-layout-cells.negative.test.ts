// Negative cases of bare-label-cells (see report-layout-cells.test.ts).
import { describe, expect, it } from 'vitest';
import { detectDate } from './detect-date';
import { withBareLabelCells } from './report-layout';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('bare-label-cells: negative cases', () => {
  it.each([
    ['one bar only', '发文日期 | 2023-03-16'],
    ['cells that are no label', '| 序号 | 任务 | 牵头单位 | 进展情况 |'],
    ['a label that already has its colon', '| 发布机构: | 某县卫生健康委员会 |'],
    ['a sentence in a cell', '| 发文日期以印发为准 | 2023-03-16 |'],
  ])('leaves %s as written', (_what, line) => {
    expect(withBareLabelCells(line)).toBe(line);
  });

  it('does not read a task table’s cells as a date label', () => {
    const text = [
      '某县2023年重点任务进展情况',
      '| 序号 | 任务 | 完成时间 |',
      '| 1 | 建成污水处理厂 | 2023-06-30 |',
    ].join('\n');
    expect(detectDate(paragraphs(text), '2099-01-01').dateSource).toBe('import');
  });
});
