import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

const read = (lines: string[]) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;

// in-charge-column: a bureau's own task table heads the column of its sections 负责科室 (负责处室, 负责单位).
describe('in-charge-column: 负责科室 names who does each task', () => {
  it('reads the sections of a 负责科室 column', () => {
    const measures = read([
      '序号 | 重点任务 | 负责科室 |',
      '1 | 及时发布财政预决算信息,自觉接受群众监督。 | 综合科 |',
      '2 | 对群众普遍关注的社会热点问题及时回应。 | 办公室 |',
    ]);
    expect(measures.map((m) => m.lead)).toEqual([['综合科'], ['办公室']]);
  });

  it('reads a 负责处室 column the same way', () => {
    const measures = read(['序号 | 工作任务 | 负责处室 |', '1 | 做好规划编制工作。 | 规划处 |', '2 | 做好预算编制工作。 | 财务处 |']);
    expect(measures.map((m) => m.lead)).toEqual([['规划处'], ['财务处']]);
  });
});
