import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

const read = (lines: string[]) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;

// in-charge-column, negative cases: the person in charge (负责人, 负责领导) is no body, and a column that only says what
// is to be done (负责事项) assigns no one.
describe('in-charge-column: columns of 负责 that name no body', () => {
  it('reads no department from a 负责人 column', () => {
    const measures = read(['序号 | 重点任务 | 负责人 | 责任单位 |', '1 | 做好规划编制工作。 | 张三 | 规划处 |', '2 | 做好预算编制工作。 | 李四 | 财务处 |']);
    expect(measures.flatMap((m) => [...m.lead, ...m.support])).toEqual(['规划处', '财务处']);
  });

  it('reads no department from a 负责事项 column', () => {
    const measures = read(['序号 | 负责事项 | 完成时限 |', '1 | 做好规划编制工作。 | 年底前 |']);
    expect(measures.flatMap((m) => [...m.lead, ...m.support])).toEqual([]);
  });
});
