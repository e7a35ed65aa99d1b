import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';
import { withUnheadedSeq } from './spanned-header';

// spanned-header: the header's first cell spans the task's kind and an unheaded 序号.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const header = '工作任务 | 具体要求 | 责任科室 | 时限要求';

describe('spanned-header: a 序号 under the header’s first cell', () => {
  it('puts the 序号 after the column the first cell names', () => {
    expect(withUnheadedSeq(['task', 'task', 'duty', 'deadline'], ['强化公开', '1', '全面清理文件。', '办公室', '年底前'])).toEqual(['task', 'seq', 'task', 'duty', 'deadline']);
  });

  it('reads each row as a measure numbered by its 序号, the first cell as the rows’ kind', () => {
    const t = readTable(
      lines(header, '强化文件公开 | 1 | 对文件进行全面清理。 | 办公室 | 年底前', '做好主动公开 | 2 | 规范发布主动公开内容。 | 各科室 | 持续推进', '做好主动公开 | 3 | 编制发布年度报告。 | 办公室 | 持续推进'),
      0,
      4,
    );
    expect(t.items.map((m) => [m.value, m.title])).toEqual([
      [1, '对文件进行全面清理'],
      [2, '规范发布主动公开内容'],
      [3, '编制发布年度报告'],
    ]);
    expect(t.items[0].duties).toEqual(['责任单位：办公室', '完成时限：年底前']);
    expect(t.sections.map((s) => s.title)).toEqual(['强化文件公开', '做好主动公开']);
  });
});
