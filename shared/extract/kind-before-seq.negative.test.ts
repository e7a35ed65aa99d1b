import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { readTable } from './policy-table';

// The kind-before-seq rule: what it leaves alone.
const lines = (...texts: string[]) => policyLines(texts.map((text, index) => ({ index, text })));
const read = (...texts: string[]) => readTable(lines(...texts), 0, texts.length);

describe('readTable: a column of kinds before the 序号, negative cases', () => {
  it('keeps a task column after the 序号 the task when no task column follows it', () => {
    const t = read('序号 | 重点任务 | 具体措施 | 牵头单位', '1 | 推动芯片。 | 支持研发攻关。 | 省科技厅');
    expect(t.sections).toEqual([]);
    expect(t.items.map((m) => m.title)).toEqual(['推动芯片']);
  });

  it('keeps the task column before a 序号 when nothing of the task follows it', () => {
    const t = read('工作任务 | 序号 | 责任单位', '全面清理文件。 | 1 | 县司法局');
    expect(t.sections).toEqual([]);
    expect(t.items.map((m) => m.title)).toEqual(['全面清理文件']);
  });
});
