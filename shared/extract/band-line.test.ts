import { describe, expect, it } from 'vitest';
import { isBandLine } from './band-line';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// band-line: a line of its own between a task table's rows heads the rows after it.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const header = '任务类型 | 序号 | 工作任务 | 推进单位';

describe('band-line: a band row between the rows of a task table', () => {
  it('reads an action’s name before a row as a band', () => {
    expect(isBandLine('行动一：再造发展新极行动（综合区域整体焕新行动）', true)).toBe(true);
  });

  it('keeps the table going past each band, the band heading the rows after it', () => {
    const t = readTable(
      lines(
        header,
        '行动一：再造发展新极行动（综合区域整体焕新行动）',
        '| 1 | 推进走马塘片区规划研究 | 区规划资源局、区建设管理委',
        '行动二：重塑美丽新居行动（人居环境品质提升行动）',
        '旧区改造 | 2 | 全面完成零星旧里房屋改造 | 区房管局、各相关街镇',
      ),
      0,
      5,
    );
    expect(t.items.map((m) => m.value)).toEqual([1, 2]);
    expect(t.sections.map((s) => s.title)).toEqual(['行动一', '行动二', '旧区改造']);
    expect(t.items[0].section).not.toBe(t.items[1].section);
  });
});
