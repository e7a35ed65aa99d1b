import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// The group-name-column rule: once a table's short task names stand over several rows (merged cells), the column
// names groups in every row, and a group of one row takes its title from its own measure too.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const titles = (...texts: string[]) => readTable(lines(...texts), 0, texts.length).items.map((m) => m.title);

describe('readTable: a column of groups', () => {
  it('titles a group of one row by its own measure', () => {
    expect(
      titles(
        '| 序号 | 重点任务 | 具体举措 | 牵头单位 |',
        '| 1 | 有序推进算力布局。 | 强化算力资源统筹布局，加强能耗准入审查。 | 省发展改革委 |',
        '| 2 | 有序推进算力布局。 | 建设算力监测调度平台。 | 省发展改革委 |',
        '| 3 | 加强电力配套保障。 | 推动算电协同，加强电力接入等配套保障。 | 省能源局 |',
      ),
    ).toEqual(['强化算力资源统筹布局，加强能耗准入审查', '建设算力监测调度平台', '推动算电协同，加强电力接入等配套保障']);
  });
});
