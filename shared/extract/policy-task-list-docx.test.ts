import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import';
import { extractPolicy } from './policy';

// A 任务清单 that is nothing but a Word table (序号 | 重点任务 | 具体措施 | 牵头单位 | 责任单位 | 完成时限), with
// no 发文字号 or date: read through the real .docx importer, as a user would open it.
const file = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__', 'policy-task-list-table-only.docx');

describe('extractPolicy on a task list that is only a Word table', () => {
  it('reads one measure per row, with its columns', async () => {
    const outcome = await importFile(file);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const e = extractPolicy({ paragraphs: outcome.doc.paragraphs });
    expect(e.title).toBe('东湖区2023年优化营商环境重点任务清单');
    expect(e.issuedOn).toBeNull();
    expect(e.warnings).toContain('未找到成文日期，只写月份的时限无法确定年份');
    expect(e.measures.map((m) => [m.number, m.title, m.lead, m.support, m.generic])).toEqual([
      [1, '优化企业开办服务', ['区市场监管局'], ['区税务局', '区公安分局'], []],
      [2, '提升不动产登记效率', ['区自然资源局'], ['区税务局'], []],
      [3, '加强涉企政策宣传', ['区工商联'], [], ['区直各有关部门']],
    ]);
    // The 具体措施 column belongs to the measure; the header row is not a measure.
    expect(e.measures[0].text).toContain('开办时间压缩至1个工作日以内');
    expect(e.measures.map((m) => m.deadlines.filter((d) => d.kind === 'by').map((d) => d.date))).toEqual([
      ['2023-06-30'],
      ['2023-09-30'],
      [],
    ]);
    expect(e.measures[2].deadlines.map((d) => d.text)).toContain('每季度末');
    expect(e.measures[2].targets.map((t) => [t.value, t.unit, t.comparison])).toEqual([[500, '家', '>=']]);
  });
});
