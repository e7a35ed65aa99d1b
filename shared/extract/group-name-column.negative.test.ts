import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// The group-name-column rule: what it leaves alone.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const titles = (...texts: string[]) => readTable(lines(...texts), 0, texts.length).items.map((m) => m.title);

describe('readTable: a column of groups, negative cases', () => {
  it('keeps each name the title when no name stands over two rows', () => {
    expect(titles('| 序号 | 重点任务 | 具体举措 | 牵头单位 |', '| 1 | 推动芯片。 | 支持研发攻关。 | 省科技厅 |', '| 2 | 建设算力。 | 建设平台。 | 省发展改革委 |')).toEqual(['推动芯片', '建设算力']);
  });

  it('keeps a row of one task cell as it is, beside rows of groups', () => {
    expect(titles('| 序号 | 重点任务 | 具体举措 | 牵头单位 |', '| 1 | 推进布局。 | 建设平台。 | 省发展改革委 |', '| 2 | 推进布局。 | 优化布局。 | 省发展改革委 |', '| 3 | 加强电力保障。 |  | 省能源局 |')).toEqual(['建设平台', '优化布局', '加强电力保障']);
  });
});
